#include "core/download/queue/QueueText.h"

#include <QCoreApplication>

namespace eoc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eoc::QueueText", text);
}

} // namespace

QString errorClassLabel(ErrorClass errorClass)
{
    switch (errorClass) {
    case ErrorClass::None: return {};
    case ErrorClass::BadInput: return tr("Invalid request");
    case ErrorClass::Auth: return tr("Sign-in problem");
    case ErrorClass::Quota: return tr("Provider quota used up");
    case ErrorClass::RateLimited: return tr("Too many requests");
    case ErrorClass::Transient: return tr("Connection problem");
    case ErrorClass::NotFound: return tr("Not found");
    case ErrorClass::Offline: return tr("Product offline");
    case ErrorClass::Integrity: return tr("Checksum or size check failed");
    case ErrorClass::LocalDisk: return tr("Cannot write to disk");
    case ErrorClass::Cancelled: return tr("Cancelled");
    case ErrorClass::Protocol: return tr("Unexpected answer from the server");
    case ErrorClass::Permanent: return tr("Refused by the provider");
    }
    return {};
}

QString errorClassAdvice(ErrorClass errorClass)
{
    switch (errorClass) {
    case ErrorClass::None: return {};
    case ErrorClass::BadInput:
        return tr("Check the scene id, link or option named in the message, then add the item again.");
    case ErrorClass::Auth:
        return tr("Check the provider account (Accounts): the password or token may be wrong or expired, "
                  "or the account may lack access to this product. Then retry.");
    case ErrorClass::Quota:
        return tr("The provider's download quota for this account is used up: wait until it is reset, "
                  "or use another account, then retry.");
    case ErrorClass::RateLimited:
        return tr("The provider asks for fewer requests: retry later, or lower the number of connections.");
    case ErrorClass::Transient:
        return tr("The network or the server had a problem. Retry; the download resumes from what is on disk.");
    case ErrorClass::NotFound:
        return tr("The provider no longer has this file. Search again: the scene may have been reprocessed "
                  "under a new id.");
    case ErrorClass::Offline:
        return tr("The product sits in the provider's long-term archive and could not be ordered. "
                  "Order it on the provider's site, then retry.");
    case ErrorClass::Integrity:
        return tr("The file that arrived is not the one the provider described; the bad copy was deleted. "
                  "Retry; if it fails again, the provider's file or checksum is wrong.");
    case ErrorClass::LocalDisk:
        return tr("Free some space or fix the permissions of the output folder, then resume.");
    case ErrorClass::Cancelled:
        return tr("Retry to download it again.");
    case ErrorClass::Protocol:
        return tr("The server answered something unexpected. Retry later; if it persists, the provider may "
                  "have changed its service.");
    case ErrorClass::Permanent:
        return tr("The provider refused the download. Read its message; retrying will not help unless "
                  "something changes on its side.");
    }
    return {};
}

QString problemText(const Error &error)
{
    if (!error.isError())
        return {};
    return tr("%1: %2").arg(errorClassLabel(error.errorClass), error.message);
}

QString queueStatusText(const QueueItemInfo &item)
{
    if (item.wish == QueueWish::Cancelled)
        return tr("Cancelled");
    if (item.state == QueueState::Failed)
        return tr("Failed: %1").arg(errorClassLabel(item.error.errorClass));
    if (item.wish == QueueWish::Paused && item.state != QueueState::Done) {
        // Paused because the disk is full is not the same as paused by the user.
        return item.error.errorClass == ErrorClass::LocalDisk
                   ? tr("Paused: %1").arg(errorClassLabel(item.error.errorClass))
                   : tr("Paused");
    }
    switch (item.state) {
    case QueueState::Waiting:
        return item.error.isError() ? tr("Waiting to retry: %1").arg(errorClassLabel(item.error.errorClass))
                                    : tr("Queued");
    case QueueState::Resolving: return tr("Preparing");
    case QueueState::Ordered: return tr("Ordered, waiting for the provider");
    case QueueState::WaitingForConnection: return tr("Waiting for a connection");
    case QueueState::Downloading: return tr("Downloading");
    case QueueState::Verifying: return tr("Verifying");
    case QueueState::Done: return tr("Done");
    case QueueState::Failed: break;   // above
    }
    return {};
}

} // namespace eoc

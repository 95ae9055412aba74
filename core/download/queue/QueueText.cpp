#include "core/download/queue/QueueText.h"

#include <QCoreApplication>

namespace eoc {

QString errorClassLabel(ErrorClass errorClass)
{
    switch (errorClass) {
    case ErrorClass::None: return {};
    case ErrorClass::BadInput: return QCoreApplication::translate("QueueText", "Invalid request");
    case ErrorClass::Auth: return QCoreApplication::translate("QueueText", "Sign-in problem");
    case ErrorClass::Quota: return QCoreApplication::translate("QueueText", "Provider quota used up");
    case ErrorClass::RateLimited: return QCoreApplication::translate("QueueText", "Too many requests");
    case ErrorClass::Transient: return QCoreApplication::translate("QueueText", "Connection problem");
    case ErrorClass::NotFound: return QCoreApplication::translate("QueueText", "Not found");
    case ErrorClass::Offline: return QCoreApplication::translate("QueueText", "Product offline");
    case ErrorClass::Integrity: return QCoreApplication::translate("QueueText", "Checksum or size check failed");
    case ErrorClass::LocalDisk: return QCoreApplication::translate("QueueText", "Cannot write to disk");
    case ErrorClass::Cancelled: return QCoreApplication::translate("QueueText", "Cancelled");
    case ErrorClass::Protocol: return QCoreApplication::translate("QueueText", "Unexpected answer from the server");
    case ErrorClass::Permanent: return QCoreApplication::translate("QueueText", "Refused by the provider");
    }
    return {};
}

QString errorClassAdvice(ErrorClass errorClass)
{
    switch (errorClass) {
    case ErrorClass::None: return {};
    case ErrorClass::BadInput:
        return QCoreApplication::translate("QueueText", "Check the scene id, link or option named in the message, then add the item again.");
    case ErrorClass::Auth:
        return QCoreApplication::translate("QueueText", "Check the provider account (Accounts): the password or token may be wrong or expired, "
                  "or the account may lack access to this product. Then retry.");
    case ErrorClass::Quota:
        return QCoreApplication::translate("QueueText", "The provider's download quota for this account is used up: wait until it is reset, "
                  "or use another account, then retry.");
    case ErrorClass::RateLimited:
        return QCoreApplication::translate("QueueText", "The provider asks for fewer requests: retry later, or lower the number of connections.");
    case ErrorClass::Transient:
        return QCoreApplication::translate("QueueText", "The network or the server had a problem. Retry; the download resumes from what is on disk.");
    case ErrorClass::NotFound:
        return QCoreApplication::translate("QueueText", "The provider no longer has this file. Search again: the scene may have been reprocessed "
                  "under a new id.");
    case ErrorClass::Offline:
        return QCoreApplication::translate("QueueText", "The product sits in the provider's long-term archive and could not be ordered. "
                  "Order it on the provider's site, then retry.");
    case ErrorClass::Integrity:
        return QCoreApplication::translate("QueueText", "The file that arrived is not the one the provider described; the bad copy was deleted. "
                  "Retry; if it fails again, the provider's file or checksum is wrong.");
    case ErrorClass::LocalDisk:
        return QCoreApplication::translate("QueueText", "Free some space or fix the permissions of the output folder, then resume.");
    case ErrorClass::Cancelled:
        return QCoreApplication::translate("QueueText", "Retry to download it again.");
    case ErrorClass::Protocol:
        return QCoreApplication::translate("QueueText", "The server answered something unexpected. Retry later; if it persists, the provider may "
                  "have changed its service.");
    case ErrorClass::Permanent:
        return QCoreApplication::translate("QueueText", "The provider refused the download. Read its message; retrying will not help unless "
                  "something changes on its side.");
    }
    return {};
}

QString problemText(const Error &error)
{
    if (!error.isError())
        return {};
    return QCoreApplication::translate("QueueText", "%1: %2").arg(errorClassLabel(error.errorClass), error.message);
}

QString queueStatusText(const QueueItemInfo &item)
{
    if (item.wish == QueueWish::Cancelled)
        return QCoreApplication::translate("QueueText", "Cancelled");
    if (item.state == QueueState::Failed)
        return QCoreApplication::translate("QueueText", "Failed: %1").arg(errorClassLabel(item.error.errorClass));
    if (item.wish == QueueWish::Paused && item.state != QueueState::Done) {
        // Paused because the disk is full is not the same as paused by the user.
        return item.error.errorClass == ErrorClass::LocalDisk
                   ? QCoreApplication::translate("QueueText", "Paused: %1").arg(errorClassLabel(item.error.errorClass))
                   : QCoreApplication::translate("QueueText", "Paused");
    }
    if (item.workerStopped())
        return QCoreApplication::translate("QueueText", "Waiting for another worker (%1 stopped)").arg(item.worker);
    switch (item.state) {
    case QueueState::Waiting:
        return item.error.isError() ? QCoreApplication::translate("QueueText", "Waiting to retry: %1").arg(errorClassLabel(item.error.errorClass))
                                    : QCoreApplication::translate("QueueText", "Queued");
    case QueueState::Resolving: return QCoreApplication::translate("QueueText", "Preparing");
    case QueueState::Ordered: return QCoreApplication::translate("QueueText", "Ordered, waiting for the provider");
    case QueueState::WaitingForConnection: return QCoreApplication::translate("QueueText", "Waiting for a connection");
    case QueueState::Downloading: return QCoreApplication::translate("QueueText", "Downloading");
    case QueueState::Verifying: return QCoreApplication::translate("QueueText", "Verifying");
    case QueueState::Done: return QCoreApplication::translate("QueueText", "Done");
    case QueueState::Failed: break;   // above
    }
    return {};
}

} // namespace eoc

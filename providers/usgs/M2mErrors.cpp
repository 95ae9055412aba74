#include "providers/usgs/M2mErrors.h"

#include <QCoreApplication>
#include <QStringList>

namespace eoc::usgs {

bool isExpiredKeyCode(const QString &errorCode)
{
    // AUTH_EXPIRED: "API key has expired due to inactivity" - a key unused for a while dies before
    // its two hours are up, so the session's own renewal timer cannot prevent it.
    return errorCode == QLatin1String("AUTH_KEY_INVALID") || errorCode == QLatin1String("AUTH_EXPIRED");
}

Error m2mError(const QString &errorCode, const QString &errorMessage, const QString &method)
{
    const QString said = errorMessage.isEmpty() ? errorCode
                                                : QCoreApplication::translate("UsgsProvider", "%1 (%2)").arg(errorMessage, errorCode);
    const QString prefix = QCoreApplication::translate("UsgsProvider", "USGS M2M %1: %2").arg(method, said);

    if (errorCode == QLatin1String("AUTH_INVALID")) {
        return Error(ErrorClass::Auth,
                     QCoreApplication::translate("UsgsProvider", "%1. Check the ERS user name and the application token "
                                                 "(M2M no longer accepts passwords; create a token in your "
                                                 "ERS profile).")
                         .arg(prefix));
    }
    if (isExpiredKeyCode(errorCode)) {
        return Error(ErrorClass::Auth, QCoreApplication::translate("UsgsProvider", "%1. The API key expired; log in again.").arg(prefix));
    }
    // The account has no machine-to-machine role (or not for this endpoint).
    if (errorCode == QLatin1String("AUTH_UNAUTHORIZED") || errorCode == QLatin1String("AUTH_UNAUTHROIZED")
        || errorCode == QLatin1String("UNAUTHORIZED_USER")) {
        return Error(ErrorClass::Auth,
                     QCoreApplication::translate("UsgsProvider", "%1. Your ERS account is not approved for machine access: "
                                                 "request it on the \"Access Request\" page of your ERS "
                                                 "profile (%2), then try again once USGS approves it.")
                         .arg(prefix, QLatin1String(kAccessRequestUrl)));
    }
    if (errorCode == QLatin1String("DATASET_UNAUTHORIZED")) {
        return Error(ErrorClass::Auth,
                     QCoreApplication::translate("UsgsProvider", "%1. This dataset needs an additional approval; request it on %2.")
                         .arg(prefix, QLatin1String(kAccessRequestUrl)));
    }
    if (errorCode == QLatin1String("RATE_LIMIT_USER_DL")) {
        return Error(ErrorClass::Quota, QCoreApplication::translate("UsgsProvider", "%1. Your USGS download limits are used up; wait for pending "
                                                                    "downloads to finish.")
                                            .arg(prefix));
    }
    if (errorCode.startsWith(QLatin1String("RATE_LIMIT"))) {
        return Error(ErrorClass::RateLimited, QCoreApplication::translate("UsgsProvider", "%1. Too many requests; wait and retry.").arg(prefix));
    }
    if (errorCode == QLatin1String("DATASET_INVALID") || errorCode == QLatin1String("NOT_FOUND")) {
        return Error(ErrorClass::NotFound, prefix);
    }
    if (errorCode.startsWith(QLatin1String("INPUT_"))) {
        return Error(ErrorClass::BadInput, prefix);
    }
    if (errorCode == QLatin1String("SERVER_ERROR")) {
        return Error(ErrorClass::Transient, prefix);
    }
    return Error(ErrorClass::Permanent, prefix);
}

} // namespace eoc::usgs

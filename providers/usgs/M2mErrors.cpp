#include "providers/usgs/M2mErrors.h"

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
                                                : QStringLiteral("%1 (%2)").arg(errorMessage, errorCode);
    const QString prefix = QStringLiteral("USGS M2M %1: %2").arg(method, said);

    if (errorCode == QLatin1String("AUTH_INVALID")) {
        return Error(ErrorClass::Auth,
                     prefix + QStringLiteral(". Check the ERS user name and the application token "
                                             "(M2M no longer accepts passwords; create a token in your "
                                             "ERS profile)."));
    }
    if (isExpiredKeyCode(errorCode)) {
        return Error(ErrorClass::Auth, prefix + QStringLiteral(". The API key expired; log in again."));
    }
    // The account has no machine-to-machine role (or not for this endpoint).
    if (errorCode == QLatin1String("AUTH_UNAUTHORIZED") || errorCode == QLatin1String("AUTH_UNAUTHROIZED")
        || errorCode == QLatin1String("UNAUTHORIZED_USER")) {
        return Error(ErrorClass::Auth,
                     prefix + QStringLiteral(". Your ERS account is not approved for machine access: "
                                             "request it on the \"Access Request\" page of your ERS "
                                             "profile (%1), then try again once USGS approves it.")
                                  .arg(QLatin1String(kAccessRequestUrl)));
    }
    if (errorCode == QLatin1String("DATASET_UNAUTHORIZED")) {
        return Error(ErrorClass::Auth,
                     prefix + QStringLiteral(". This dataset needs an additional approval; request it "
                                             "on %1.").arg(QLatin1String(kAccessRequestUrl)));
    }
    if (errorCode == QLatin1String("RATE_LIMIT_USER_DL")) {
        return Error(ErrorClass::Quota, prefix + QStringLiteral(". Your USGS download limits are used up; "
                                                                "wait for pending downloads to finish."));
    }
    if (errorCode.startsWith(QLatin1String("RATE_LIMIT"))) {
        return Error(ErrorClass::RateLimited, prefix + QStringLiteral(". Too many requests; wait and retry."));
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

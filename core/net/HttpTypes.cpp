#include "core/net/HttpTypes.h"

#include "core/net/RetryAfter.h"

namespace eoc {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Error errorForHttpStatus(int status, const QByteArray &retryAfter, const QString &message)
{
    Error error;
    error.httpStatus = status;
    error.message = message;
    if (status == 401 || status == 403)
        error.errorClass = ErrorClass::Auth;
    else if (status == 404 || status == 410)
        error.errorClass = ErrorClass::NotFound;
    else if (status == 429)
        error.errorClass = ErrorClass::RateLimited;
    else if (status == 503 && !retryAfter.isEmpty())
        error.errorClass = ErrorClass::RateLimited;
    else if (status >= 500)
        error.errorClass = ErrorClass::Transient;
    else if (status == 408)
        error.errorClass = ErrorClass::Transient;
    else if (status >= 400)
        error.errorClass = ErrorClass::Permanent;
    else
        error.errorClass = ErrorClass::Protocol;
    if (!retryAfter.isEmpty())
        error.retryAfter = parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc());
    return error;
}

} // namespace eoc

#include "core/odata/ODataErrors.h"

#include "core/net/RequestRules.h"

#include <QCoreApplication>

namespace eoc::odata {

namespace {

bool mentionsAny(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *w : words) {
        if (text.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

Error serviceError(const HttpResponse &response, const QString &what, const QString &provider)
{
    const QString said = net::serviceMessageFromBody(response.body);
    const int status = response.status;
    Error e = response.error.isError() ? response.error
                                       : Error(ErrorClass::Protocol, QString(), status);
    e.httpStatus = status;
    QString text = QCoreApplication::translate("eoc::odata", "%1 failed").arg(what);
    if (status > 0)
        text = QCoreApplication::translate("eoc::odata", "%1 (HTTP %2)").arg(text, QString::number(status));
    if (!said.isEmpty())
        text = QCoreApplication::translate("eoc::odata", "%1: %2").arg(text, said);
    else if (status == 0 && !response.error.message.isEmpty())
        text = QCoreApplication::translate("eoc::odata", "%1: %2").arg(text, response.error.message);

    switch (status) {
    case 401:
        e.errorClass = ErrorClass::Auth;
        text = QCoreApplication::translate("eoc::odata",
                                           "%1 (check the account with `eo-collector-cli account test %2`)")
                   .arg(text, provider);
        break;
    case 403:
    case 429:
        if (mentionsAny(said, {"quota", "volume", "transfer limit", "bandwidth", "session"}))
            e.errorClass = ErrorClass::Quota;
        else if (status == 429 || mentionsAny(said, {"connection", "concurrent", "too many", "rate"}))
            e.errorClass = ErrorClass::RateLimited;
        else
            e.errorClass = ErrorClass::Auth;
        break;
    case 404:
        e.errorClass = ErrorClass::NotFound;
        break;
    case 400:
    case 422:
        e.errorClass = ErrorClass::BadInput;
        break;
    default:
        break;
    }
    e.message = text;
    return e;
}

bool isSkipCapError(const HttpResponse &response)
{
    return response.status == 422 && response.body.contains("$skip");
}

} // namespace eoc::odata

#include "providers/dataspace/DataspaceErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eoc::dataspace {

namespace {

QString detailText(const QJsonValue &detail)
{
    if (detail.isString())
        return detail.toString();
    QStringList parts;
    const QJsonArray items = detail.toArray();
    for (const auto &item : items) {
        const QJsonObject o = item.toObject();
        QString msg = o.value(QStringLiteral("msg")).toString();
        QStringList loc;
        const QJsonArray locs = o.value(QStringLiteral("loc")).toArray();
        for (const auto &l : locs)
            loc << l.toVariant().toString();
        if (!loc.isEmpty())
            msg += QStringLiteral(" (%1)").arg(loc.join(QLatin1Char('.')));
        if (!msg.isEmpty())
            parts << msg;
    }
    return parts.join(QStringLiteral("; "));
}

bool mentionsAny(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *w : words) {
        if (text.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

QString serviceMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const auto *key : {"detail", "message", "Message", "error_description", "description"}) {
            const QJsonValue v = o.value(QString::fromLatin1(key));
            QString text = QLatin1String(key) == QLatin1String("detail") ? detailText(v) : v.toString();
            if (!text.isEmpty())
                return text.left(500);
        }
        const QJsonValue error = o.value(QStringLiteral("error"));
        if (error.isString())
            return error.toString().left(500);
        if (error.isObject()) {
            const QJsonObject e = error.toObject();
            const QString text = e.value(QStringLiteral("message")).toString();
            if (!text.isEmpty())
                return text.left(500);
        }
    }
    const QString text = QString::fromUtf8(body).simplified();
    if (text.isEmpty() || text.startsWith(QLatin1Char('<')))
        return {};                          // an HTML error page says nothing useful
    return text.left(500);
}

Error serviceError(const HttpResponse &response, const QString &what)
{
    const QString said = serviceMessage(response.body);
    const int status = response.status;
    Error e = response.error.isError() ? response.error
                                       : Error(ErrorClass::Protocol, QString(), status);
    e.httpStatus = status;
    QString text = QStringLiteral("%1 failed").arg(what);
    if (status > 0)
        text += QStringLiteral(" (HTTP %1)").arg(status);
    if (!said.isEmpty())
        text += QStringLiteral(": ") + said;
    else if (status == 0 && !response.error.message.isEmpty())
        text += QStringLiteral(": ") + response.error.message;

    switch (status) {
    case 401:
        e.errorClass = ErrorClass::Auth;
        text += QStringLiteral(" (check the account with `eo-collector-cli account test dataspace`)");
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

} // namespace eoc::dataspace

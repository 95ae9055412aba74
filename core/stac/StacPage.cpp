#include "core/stac/StacPage.h"

#include "core/model/JsonNumbers.h"
#include "core/net/RequestRules.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace eoc::stac {

namespace {

QJsonObject nextLinkObject(const QJsonObject &page)
{
    const auto links = page.value(QStringLiteral("links")).toArray();
    for (const auto &v : links) {
        const auto link = v.toObject();
        if (link.value(QStringLiteral("rel")).toString() == QLatin1String("next"))
            return link;
    }
    return {};
}

qint64 matchedOf(const QJsonObject &page)
{
    if (const auto matched = jsonCount(page.value(QStringLiteral("numberMatched"))))
        return *matched;
    const auto context = page.value(QStringLiteral("context")).toObject().value(QStringLiteral("matched"));
    return jsonCount(context).value_or(-1);
}

} // namespace

Result<SearchPage> parseSearchPage(const QByteArray &body, const SearchRequest &request)
{
    QJsonParseError parseError;
    const QJsonObject page = QJsonDocument::fromJson(body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || !page.value(QStringLiteral("features")).isArray()) {
        return Error(ErrorClass::Protocol, QCoreApplication::translate("StacPage", "The STAC search at %1 did not answer with a FeatureCollection")
                                               .arg(request.url.toString()));
    }
    SearchPage result;
    result.features = page.value(QStringLiteral("features")).toArray();
    result.matched = matchedOf(page);
    result.next = nextRequest(page, request);
    return result;
}

std::optional<SearchRequest> nextRequest(const QJsonObject &page, const SearchRequest &current)
{
    const QJsonObject link = nextLinkObject(page);
    const QString href = link.value(QStringLiteral("href")).toString();
    if (href.isEmpty())
        return std::nullopt;
    SearchRequest next;
    next.url = current.url.resolved(QUrl(href));
    next.method = link.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toUpper().toLatin1();
    if (next.method == "POST") {
        const QJsonObject linkBody = link.value(QStringLiteral("body")).toObject();
        if (link.value(QStringLiteral("merge")).toBool(false)) {
            next.body = current.body;
            for (auto it = linkBody.begin(); it != linkBody.end(); ++it)
                next.body[it.key()] = it.value();
        } else {
            next.body = linkBody;
        }
    }
    return next;
}

QUrl nextHref(const QJsonObject &page, const QUrl &base)
{
    const QString href = nextLinkObject(page).value(QStringLiteral("href")).toString();
    return href.isEmpty() ? QUrl() : base.resolved(QUrl(href));
}

QByteArray pageKey(const SearchRequest &request)
{
    return request.method + ' ' + request.url.toEncoded() + ' '
           + (request.method == "POST" ? QJsonDocument(request.body).toJson(QJsonDocument::Compact) : QByteArray());
}

HttpRequest jsonRequest(const QUrl &url, const QByteArray &method, const QJsonObject &body, const QString &limitKey)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.limitKey = limitKey;
    request.headers.append({QByteArray("Accept"), QByteArray("application/geo+json, application/json")});
    if (method == "POST") {
        request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return request;
}

HttpRequest jsonRequest(const SearchRequest &request, const QString &limitKey)
{
    return jsonRequest(request.url, request.method, request.body, limitKey);
}

Error stacHttpError(const HttpResponse &response, const QString &what)
{
    Error error = response.error;
    // The service's own words, read the one way every request of the network core reads them.
    const QString detail = net::serviceMessageFromBody(response.body);
    if (error.errorClass == ErrorClass::None)
        error.errorClass = ErrorClass::Protocol;
    QString message = what;
    if (response.status > 0)
        message += QStringLiteral(": HTTP %1").arg(response.status);
    if (!detail.isEmpty())
        message += QStringLiteral(": ") + detail;
    else if (!error.message.isEmpty())
        message += QStringLiteral(": ") + error.message;
    // A 400 from a search means the request (the user's filter) was refused.
    if (response.status == 400 || response.status == 422)
        error.errorClass = ErrorClass::BadInput;
    error.message = message;
    return error;
}

} // namespace eoc::stac

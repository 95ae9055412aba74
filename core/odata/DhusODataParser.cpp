#include "core/odata/DhusODataParser.h"

#include "core/net/RequestRules.h"
#include "core/model/JsonNumbers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace eoc::odata {

namespace {

// "/Date(1678394758338)/" -> UTC time.
QDateTime parseDhusTime(const QJsonValue &value)
{
    static const QRegularExpression re(QStringLiteral("^/Date\\((-?[0-9]+)\\)/$"));
    const auto m = re.match(value.toString());
    if (!m.hasMatch())
        return {};
    return QDateTime::fromMSecsSinceEpoch(m.captured(1).toLongLong(), Qt::UTC);
}

std::optional<qint64> textNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return jsonCount(value);
    bool ok = false;
    const qint64 n = value.toString().toLongLong(&ok);
    return ok && n >= 0 ? std::optional<qint64>(n) : std::nullopt;
}

bool textBool(const QJsonValue &value, bool fallback)
{
    if (value.isBool())
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    return fallback;
}

std::optional<double> leadingNumber(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

QString innerText(const QString &html, const QString &tag)
{
    const QRegularExpression re(QStringLiteral("<%1[^>]*>(.*?)</%1>").arg(tag),
                                QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(html);
    if (!m.hasMatch())
        return {};
    QString text = m.captured(1);
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text.simplified();
}

} // namespace

Result<Region> parseDhusGml(const QString &gml)
{
    static const QRegularExpression coordinates(QStringLiteral("<gml:coordinates>([^<]*)</gml:coordinates>"));
    QList<Polygon> polygons;
    auto it = coordinates.globalMatch(gml);
    while (it.hasNext()) {
        const QString text = it.next().captured(1).trimmed();
        Ring ring;
        const auto pairs = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (const QString &pair : pairs) {
            const auto parts = pair.split(QLatin1Char(','));
            bool okLat = false, okLon = false;
            const double lat = parts.value(0).toDouble(&okLat);
            const double lon = parts.value(1).toDouble(&okLon);
            if (parts.size() != 2 || !okLat || !okLon)
                return Error(ErrorClass::Protocol, QCoreApplication::translate("eoc::odata", "'%1' in a GML footprint is not a lat,lon pair").arg(pair));
            ring.append(GeoPoint{lon, lat});
        }
        if (ring.size() < 4)
            return Error(ErrorClass::Protocol, QCoreApplication::translate("eoc::odata", "A GML footprint ring has fewer than 4 points"));
        if (!(ring.first() == ring.last()))
            ring.append(ring.first());
        // The first ring of a polygon is its outline; DHuS writes one ring per polygon.
        polygons.append(Polygon{ring, {}});
    }
    if (polygons.isEmpty())
        return Error(ErrorClass::Protocol, QCoreApplication::translate("eoc::odata", "The GML footprint has no coordinates"));
    return Region::fromPolygons(polygons);
}

SceneResult parseDhusProduct(const QJsonObject &product, const ParseContext &context)
{
    SceneResult r;
    const QString name = product.value(QStringLiteral("Name")).toString();
    r.sceneId = sceneIdFromName(name);
    r.provider = context.provider;
    r.collection = context.collection;
    r.remoteId = product.value(QStringLiteral("Id")).toString();
    r.online = textBool(product.value(QStringLiteral("Online")), true);
    r.size = textNumber(product.value(QStringLiteral("ContentLength")));
    const QJsonObject contentDate = product.value(QStringLiteral("ContentDate")).toObject();
    r.start = parseDhusTime(contentDate.value(QStringLiteral("Start")));
    r.end = parseDhusTime(contentDate.value(QStringLiteral("End")));
    const QJsonObject checksum = product.value(QStringLiteral("Checksum")).toObject();
    const QString algorithm = checksum.value(QStringLiteral("Algorithm")).toString().toLower();
    const QString value = checksum.value(QStringLiteral("Value")).toString().toLower();
    if (!algorithm.isEmpty() && !value.isEmpty())
        r.checksums.insert(algorithm, value);

    QJsonObject attributes;
    const QJsonArray list = product.value(QStringLiteral("Attributes")).toObject().value(QStringLiteral("results")).toArray();
    for (const auto &entry : list) {
        const QJsonObject a = entry.toObject();
        const QString attributeName = a.value(QStringLiteral("Name")).toString();
        if (!attributeName.isEmpty())
            attributes.insert(attributeName, a.value(QStringLiteral("Value")));
    }
    for (const auto *key : {"Name", "ContentType", "IngestionDate", "CreationDate", "EvictionDate", "OnDemand"}) {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = product.value(k);
        if (!v.isUndefined() && !v.isNull())
            attributes.insert(k, v);
    }
    // The footprint: the GML of the entity (no GDAL needed), else the attributes' WKT.
    if (auto gml = parseDhusGml(product.value(QStringLiteral("ContentGeometry")).toString()))
        r.footprint = *gml;
    else if (const QString wkt = attributes.value(QStringLiteral("JTS footprint")).toString(); !wkt.isEmpty()) {
        if (auto region = Region::fromWkt(wkt))
            r.footprint = *region;
    }
    if (auto cloud = leadingNumber(attributes.value(QStringLiteral("Cloud Cover Percentage (%)")).toString()))
        r.cloudCover = cloud;
    else if (auto cloud2 = leadingNumber(attributes.value(QStringLiteral("Cloud Cover Percentage")).toString()))
        r.cloudCover = cloud2;
    r.tile = attributes.value(QStringLiteral("Tile Identifier")).toString();
    r.attributes = attributes;

    // The link is built on the configured root: the entity's own media_src names the hub as it
    // sees itself, which differs behind a proxy or a mirror. media_src only when no root is known.
    const QString media = product.value(QStringLiteral("__metadata")).toObject().value(QStringLiteral("media_src")).toString();
    if (!r.remoteId.isEmpty()) {
        QString base = context.downloadBase.toString();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        r.link = context.downloadBase.isValid() ? QUrl(base + QStringLiteral("/odata/v1/Products('%1')/$value").arg(r.remoteId))
                                                : QUrl(media);
    }
    SceneAsset asset;
    asset.key = QStringLiteral("product");
    asset.href = r.link;
    asset.mediaType = QStringLiteral("application/zip");
    asset.title = name;
    asset.roles = {QStringLiteral("data")};
    asset.size = r.size;
    asset.checksums = r.checksums;
    if (!r.link.isEmpty())
        r.assets.append(asset);
    return r;
}

Result<ODataPage> parseDhusProductsPage(const QByteArray &body, const ParseContext &context)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QJsonObject d = doc.object().value(QStringLiteral("d")).toObject();
    if (error.error != QJsonParseError::NoError || d.isEmpty()) {
        return Error(ErrorClass::Protocol,
                     QCoreApplication::translate("eoc::odata", "The hub answered something that is not an OData product list (%1)")
                         .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                      : QCoreApplication::translate("eoc::odata", "no 'd' object")));
    }
    ODataPage page;
    if (d.value(QStringLiteral("results")).isArray()) {
        const QJsonArray results = d.value(QStringLiteral("results")).toArray();
        for (const auto &v : results)
            page.results.append(parseDhusProduct(v.toObject(), context));
        page.count = textNumber(d.value(QStringLiteral("__count")));
        // Hubs page by $skip; a __next link, where one is given, is followed instead.
        if (const QString next = d.value(QStringLiteral("__next")).toString(); !next.isEmpty())
            page.nextLink = QUrl::fromEncoded(next.toUtf8());
        return page;
    }
    if (d.contains(QStringLiteral("Id"))) {
        page.results.append(parseDhusProduct(d, context));
        page.count = 1;
        return page;
    }
    return Error(ErrorClass::Protocol, QCoreApplication::translate("eoc::odata", "The hub's OData answer holds neither a product nor a list of products"));
}

std::optional<bool> parseOnlineValue(const QByteArray &body)
{
    const QByteArray text = body.trimmed().toLower();
    if (text == "true")
        return true;
    if (text == "false")
        return false;
    return std::nullopt;
}

QString dhusErrorMessage(const HttpResponse &response)
{
    // A Tomcat error page puts the cause in a "cause-message" header as well.
    if (const QByteArray cause = response.header("cause-message"); !cause.isEmpty())
        return QString::fromUtf8(cause).simplified();
    const QByteArray body = response.body.trimmed();
    if (body.startsWith('{')) {
        const QJsonObject e = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
        const QJsonValue message = e.value(QStringLiteral("message"));
        const QString text = message.isObject() ? message.toObject().value(QStringLiteral("value")).toString() : message.toString();
        if (!text.isEmpty())
            return text.simplified();
    }
    const QString textBody = QString::fromUtf8(body.left(64 * 1024));
    if (body.startsWith('<')) {
        for (const auto *tag : {"message", "h1", "title"}) {
            const QString text = innerText(textBody, QString::fromLatin1(tag));
            if (!text.isEmpty())
                return text;
        }
    }
    return net::serviceMessageFromBody(response.body);
}

Error hubError(const HttpResponse &response, const QString &what)
{
    const QString said = dhusErrorMessage(response);
    Error e = response.error.isError() ? response.error : Error(ErrorClass::Protocol, QString(), response.status);
    e.httpStatus = response.status;
    QString text = response.status > 0
        ? QCoreApplication::translate("eoc::odata", "%1 failed (HTTP %2)").arg(what, QString::number(response.status))
        : QCoreApplication::translate("eoc::odata", "%1 failed").arg(what);
    if (!said.isEmpty())
        text = QCoreApplication::translate("eoc::odata", "%1: %2").arg(text, said);
    else if (response.status == 0 && !response.error.message.isEmpty())
        text = QCoreApplication::translate("eoc::odata", "%1: %2").arg(text, response.error.message);
    switch (response.status) {
    case 401:
        e.errorClass = ErrorClass::Auth;
        text = QCoreApplication::translate("eoc::odata", "%1 (check the account with `eo-collector-cli account test dhus`)").arg(text);
        break;
    case 403:
        e.errorClass = said.contains(QLatin1String("quota"), Qt::CaseInsensitive) || said.contains(QLatin1String("exceed"), Qt::CaseInsensitive)
                           ? ErrorClass::Quota
                           : ErrorClass::Auth;
        break;
    case 404:
        e.errorClass = ErrorClass::NotFound;
        break;
    case 429:
        e.errorClass = ErrorClass::RateLimited;
        break;
    case 400:
        e.errorClass = ErrorClass::BadInput;
        break;
    default:
        break;
    }
    e.message = text;
    return e;
}

} // namespace eoc::odata

#include "core/odata/ODataParser.h"

#include <QCoreApplication>

#include "core/model/JsonNumbers.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace eoc::odata {

namespace {

QDateTime parseTime(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

// Footprint is EWKT: geography'SRID=4326;POLYGON ((...))'
QString wktFromEwkt(QString text)
{
    if (text.startsWith(QLatin1String("geography'")))
        text = text.mid(10);
    if (text.endsWith(QLatin1Char('\'')))
        text.chop(1);
    const auto semicolon = text.indexOf(QLatin1Char(';'));
    if (text.startsWith(QLatin1String("SRID=")) && semicolon > 0)
        text = text.mid(semicolon + 1);
    return text;
}

Region parseFootprint(const QJsonObject &product)
{
    const QJsonValue geo = product.value(QStringLiteral("GeoFootprint"));
    if (geo.isObject()) {
        if (auto region = Region::fromGeoJson(geo.toObject()))
            return *region;
    }
    const QString ewkt = product.value(QStringLiteral("Footprint")).toString();
    if (!ewkt.isEmpty()) {
        if (auto region = Region::fromWkt(wktFromEwkt(ewkt)))
            return *region;
    }
    return {};
}

} // namespace

QString sceneIdFromName(const QString &name)
{
    for (const auto *suffix : {".SAFE", ".SEN3", ".zip", ".nc"}) {
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return name.left(name.size() - int(qstrlen(suffix)));
    }
    return name;
}

QUrl productValueUrl(const QUrl &downloadBase, const QString &id)
{
    QString base = downloadBase.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + QStringLiteral("/Products(") + id + QStringLiteral(")/$value"));
}

SceneResult parseProduct(const QJsonObject &product, const ParseContext &context)
{
    SceneResult r;
    const QString name = product.value(QStringLiteral("Name")).toString();
    r.sceneId = sceneIdFromName(name);
    r.provider = context.provider;
    r.collection = context.collection;
    r.remoteId = product.value(QStringLiteral("Id")).toString();
    r.online = product.value(QStringLiteral("Online")).toBool(true);
    r.size = jsonCount(product.value(QStringLiteral("ContentLength")));
    const QJsonObject contentDate = product.value(QStringLiteral("ContentDate")).toObject();
    r.start = parseTime(contentDate.value(QStringLiteral("Start")));
    r.end = parseTime(contentDate.value(QStringLiteral("End")));
    r.footprint = parseFootprint(product);
    if (!r.remoteId.isEmpty())
        r.link = productValueUrl(context.downloadBase, r.remoteId);

    // Checksums can be missing or empty for some products; BLAKE3 is kept as well as MD5.
    const QJsonArray checksums = product.value(QStringLiteral("Checksum")).toArray();
    for (const auto &entry : checksums) {
        const QJsonObject c = entry.toObject();
        const QString algorithm = c.value(QStringLiteral("Algorithm")).toString().toLower();
        const QString value = c.value(QStringLiteral("Value")).toString().toLower();
        if (!algorithm.isEmpty() && !value.isEmpty())
            r.checksums.insert(algorithm, value);
    }

    // All attributes, flattened by name, plus the product fields a person may want to see.
    QJsonObject attributes;
    const QJsonArray list = product.value(QStringLiteral("Attributes")).toArray();
    for (const auto &entry : list) {
        const QJsonObject a = entry.toObject();
        const QString attributeName = a.value(QStringLiteral("Name")).toString();
        if (!attributeName.isEmpty())
            attributes.insert(attributeName, a.value(QStringLiteral("Value")));
    }
    for (const auto *key : {"ContentType", "OriginDate", "PublicationDate", "ModificationDate",
                            "EvictionDate", "S3Path", "Name"}) {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = product.value(k);
        if (!v.isUndefined() && !v.isNull())
            attributes.insert(k, v);
    }
    const QJsonValue cloud = attributes.value(QStringLiteral("cloudCover"));
    if (cloud.isDouble())
        r.cloudCover = cloud.toDouble();
    r.tile = attributes.value(QStringLiteral("tileId")).toString();
    r.attributes = attributes;

    SceneAsset productAsset;
    productAsset.key = QStringLiteral("product");
    productAsset.href = r.link;
    productAsset.mediaType = QStringLiteral("application/zip");
    productAsset.title = name;
    productAsset.roles = {QStringLiteral("data")};
    productAsset.size = r.size;
    productAsset.checksums = r.checksums;
    if (!r.link.isEmpty())
        r.assets.append(productAsset);

    const QJsonArray assets = product.value(QStringLiteral("Assets")).toArray();
    for (const auto &entry : assets) {
        const QJsonObject a = entry.toObject();
        if (a.value(QStringLiteral("Type")).toString().compare(QLatin1String("QUICKLOOK"), Qt::CaseInsensitive) != 0)
            continue;
        const QUrl link(a.value(QStringLiteral("DownloadLink")).toString());
        if (!link.isValid() || link.isEmpty())
            continue;
        r.quicklook = link;
        SceneAsset q;
        q.key = QStringLiteral("quicklook");
        q.href = link;
        q.mediaType = QStringLiteral("image/jpeg");
        q.roles = {QStringLiteral("thumbnail"), QStringLiteral("overview")};
        r.assets.append(q);
        break;
    }
    return r;
}

Result<ODataPage> parseProductsPage(const QByteArray &json, const ParseContext &context)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || !root.value(QStringLiteral("value")).isArray()) {
        return Error(ErrorClass::Protocol,
                     QCoreApplication::translate("eoc::odata", "The OData catalogue answered something that is not "
                                                               "a product list (%1)")
                         .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                           : QCoreApplication::translate("eoc::odata", "no 'value' array")));
    }
    ODataPage page;
    const QJsonArray values = root.value(QStringLiteral("value")).toArray();
    page.results.reserve(values.size());
    for (const auto &v : values)
        page.results.append(parseProduct(v.toObject(), context));
    page.count = jsonCount(root.value(QStringLiteral("@odata.count")));
    const QString next = root.value(QStringLiteral("@odata.nextLink")).toString();
    if (!next.isEmpty())
        page.nextLink = QUrl::fromEncoded(next.toUtf8());
    return page;
}

} // namespace eoc::odata

#include "core/stac/StacItem.h"

#include "core/model/JsonNumbers.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace eoc::stac {

namespace {

QDateTime parseTime(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    return t.toUTC();
}

std::optional<quint64> readVarint(const QByteArray &bytes, int &pos)
{
    quint64 value = 0;
    for (int shift = 0; pos < bytes.size() && shift < 63; shift += 7) {
        const auto b = static_cast<quint8>(bytes.at(pos++));
        value |= quint64(b & 0x7f) << shift;
        if ((b & 0x80) == 0)
            return value;
    }
    return std::nullopt;
}

bool isProductAsset(const QString &key, const QJsonObject &asset)
{
    if (key.compare(QLatin1String("product"), Qt::CaseInsensitive) == 0)
        return true;
    const auto roles = asset.value(QStringLiteral("roles")).toArray();
    return roles.contains(QStringLiteral("archive"));
}

// The https href of an asset's `alternate` entries (alternate-assets extension), if any.
QUrl httpsAlternate(const QJsonObject &asset)
{
    const QJsonObject alternates = asset.value(QStringLiteral("alternate")).toObject();
    for (auto it = alternates.begin(); it != alternates.end(); ++it) {
        const QUrl href(it.value().toObject().value(QStringLiteral("href")).toString());
        if (href.scheme() == QLatin1String("https"))
            return href;
    }
    return {};
}

// CDSE's "eodata" bucket lives on its own S3 service, not on AWS.
bool isAwsBucket(const QString &bucket)
{
    return bucket != QLatin1String("eodata");
}

QString tileOf(const QJsonObject &p)
{
    const QString mgrs = p.value(QStringLiteral("s2:mgrs_tile")).toString();
    if (!mgrs.isEmpty())
        return mgrs;
    if (p.contains(QStringLiteral("mgrs:utm_zone"))) {
        return QStringLiteral("%1%2%3")
            .arg(p.value(QStringLiteral("mgrs:utm_zone")).toInt(), 2, 10, QLatin1Char('0'))
            .arg(p.value(QStringLiteral("mgrs:latitude_band")).toString(),
                 p.value(QStringLiteral("mgrs:grid_square")).toString());
    }
    const QString grid = p.value(QStringLiteral("grid:code")).toString();
    if (grid.startsWith(QLatin1String("MGRS-")))
        return grid.mid(5);
    const QString path = p.value(QStringLiteral("landsat:wrs_path")).toString();
    const QString row = p.value(QStringLiteral("landsat:wrs_row")).toString();
    if (!path.isEmpty() && !row.isEmpty())
        return path.rightJustified(3, QLatin1Char('0')) + row.rightJustified(3, QLatin1Char('0'));
    return grid;
}

QString sceneIdOf(const QString &itemId, const QJsonObject &p)
{
    // Earth Search names items its own way (S2B_20EPT_20250731_0_L2A); the product's name is in
    // s2:product_uri (v1) or sentinel:product_id (the retired v0), and that is what other
    // catalogues call the scene.
    QString productUri = p.value(QStringLiteral("s2:product_uri")).toString();
    if (productUri.isEmpty())
        productUri = p.value(QStringLiteral("sentinel:product_id")).toString();
    if (!productUri.isEmpty()) {
        if (productUri.endsWith(QLatin1String(".SAFE")))
            productUri.chop(5);
        return productUri;
    }
    const QString s1 = p.value(QStringLiteral("s1:product_identifier")).toString();
    if (!s1.isEmpty())
        return s1;
    return itemId;
}

} // namespace

std::optional<std::pair<QString, QString>> decodeMultihash(const QString &hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex.trimmed().toLatin1());
    if (bytes.size() < 3)
        return std::nullopt;
    int pos = 0;
    const auto code = readVarint(bytes, pos);
    const auto length = readVarint(bytes, pos);
    if (!code || !length)
        return std::nullopt;
    QString name;
    switch (*code) {
    case 0x11: name = QStringLiteral("sha1"); break;
    case 0x12: name = QStringLiteral("sha256"); break;
    case 0x13: name = QStringLiteral("sha512"); break;
    case 0xd5: name = QStringLiteral("md5"); break;
    case 0x1e: name = QStringLiteral("blake3"); break;
    default: return std::nullopt;
    }
    const QByteArray digest = bytes.mid(pos);
    if (quint64(digest.size()) != *length)
        return std::nullopt;
    return std::make_pair(name, QString::fromLatin1(digest.toHex()));
}

QUrl s3ToHttps(const QUrl &s3, const QString &region)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    const QString bucket = s3.host();
    url.setHost(region.isEmpty() ? bucket + QStringLiteral(".s3.amazonaws.com")
                                 : QStringLiteral("%1.s3.%2.amazonaws.com").arg(bucket, region));
    url.setPath(s3.path(QUrl::FullyDecoded), QUrl::DecodedMode);
    return url;
}

bool isKnownRequesterPaysBucket(const QString &bucket)
{
    // AWS open-data buckets that bill the downloader (Sentinel-2 L1C/L2A JP2 since 2018,
    // Sentinel-1 L1, USGS Landsat Collection 2).
    static const QSet<QString> buckets = {
        QStringLiteral("sentinel-s2-l1c"), QStringLiteral("sentinel-s2-l2a"),
        QStringLiteral("sentinel-s1-l1c"), QStringLiteral("usgs-landsat"),
    };
    return buckets.contains(bucket);
}

Result<SceneResult> itemToScene(const QJsonObject &item, const QString &providerName)
{
    const QString id = item.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return Error(ErrorClass::Protocol, QCoreApplication::translate("StacItem", "A STAC item without an id"));
    const QJsonObject p = item.value(QStringLiteral("properties")).toObject();

    SceneResult r;
    r.sceneId = sceneIdOf(id, p);
    r.remoteId = id;
    r.provider = providerName;
    r.collection = item.value(QStringLiteral("collection")).toString();
    const auto cloud = p.value(QStringLiteral("eo:cloud_cover"));
    if (cloud.isDouble())
        r.cloudCover = cloud.toDouble();
    const auto geometry = item.value(QStringLiteral("geometry"));
    if (geometry.isObject()) {
        // An item whose geometry cannot be read is still a result: keep it without footprint.
        auto footprint = Region::fromGeoJson(geometry.toObject());
        if (footprint)
            r.footprint = footprint.value();
    }
    const QDateTime datetime = parseTime(p.value(QStringLiteral("datetime")));
    r.start = parseTime(p.value(QStringLiteral("start_datetime")));
    r.end = parseTime(p.value(QStringLiteral("end_datetime")));
    if (!r.start.isValid())
        r.start = datetime;
    if (!r.end.isValid())
        r.end = datetime.isValid() ? datetime : r.start;
    r.tile = tileOf(p);
    r.online = true;
    r.attributes = p;

    const QString itemRegion = p.value(QStringLiteral("storage:region")).toString();
    const bool itemRequesterPays = p.value(QStringLiteral("storage:requester_pays")).toBool(false);
    QJsonArray requesterPays;
    QUrl thumbnail;
    QUrl preview;
    const QJsonObject assets = item.value(QStringLiteral("assets")).toObject();
    for (auto it = assets.begin(); it != assets.end(); ++it) {
        const QJsonObject a = it.value().toObject();
        SceneAsset asset;
        asset.key = it.key();
        asset.href = QUrl(a.value(QStringLiteral("href")).toString());
        asset.mediaType = a.value(QStringLiteral("type")).toString();
        asset.title = a.value(QStringLiteral("title")).toString();
        const auto roles = a.value(QStringLiteral("roles")).toArray();
        for (const auto &role : roles)
            asset.roles << role.toString();
        asset.size = jsonCount(a.value(QStringLiteral("file:size")));
        const auto checksum = decodeMultihash(a.value(QStringLiteral("file:checksum")).toString());
        if (checksum)
            asset.checksums.insert(checksum->first, checksum->second);

        // s3:// files often have an https twin (CDSE: alternate.https on the download service,
        // flagged auth:refs oidc): that one is fetched, not a guessed AWS host.
        const QUrl alternate = httpsAlternate(a);
        if (asset.href.scheme() == QLatin1String("s3") && alternate.isValid()) {
            asset.href = alternate;
        } else if (asset.href.scheme() == QLatin1String("s3") && !isAwsBucket(asset.href.host())) {
            // A bucket of another S3 service (CDSE's eodata): no public https form, kept as is.
        } else if (asset.href.scheme() == QLatin1String("s3")) {
            const bool assetSays = a.contains(QStringLiteral("storage:requester_pays"));
            const bool pays = assetSays ? a.value(QStringLiteral("storage:requester_pays")).toBool()
                                        : (itemRequesterPays || isKnownRequesterPaysBucket(asset.href.host()));
            if (pays) {
                requesterPays.append(asset.key);
            } else {
                const QString region = a.value(QStringLiteral("storage:region")).toString(itemRegion);
                asset.href = s3ToHttps(asset.href, region);
            }
        }

        if (isProductAsset(asset.key, a)) {
            r.link = asset.href;
            r.size = asset.size;
            r.checksums = asset.checksums;
        }
        const bool isThumbnail = asset.key == QLatin1String("thumbnail") || asset.roles.contains(QLatin1String("thumbnail"));
        if (isThumbnail && !thumbnail.isValid() && asset.href.scheme().startsWith(QLatin1String("http")))
            thumbnail = asset.href;
        if (asset.key == QLatin1String("rendered_preview") && asset.href.scheme().startsWith(QLatin1String("http")))
            preview = asset.href;
        r.assets << asset;
    }
    r.quicklook = thumbnail.isValid() ? thumbnail : preview;
    if (!requesterPays.isEmpty())
        r.attributes[kRequesterPaysAssets] = requesterPays;

    const auto links = item.value(QStringLiteral("links")).toArray();
    for (const auto &v : links) {
        const auto link = v.toObject();
        if (link.value(QStringLiteral("rel")).toString() == QLatin1String("self")) {
            r.attributes[kItemUrl] = link.value(QStringLiteral("href")).toString();
            break;
        }
    }
    return r;
}

} // namespace eoc::stac

// Turns a search into bucket listings and listed folders into results. Google's index files have not
// been updated since August 2024, so the bucket itself is the catalogue: the tiles (or path/rows)
// covering the region are listed folder by folder and dates, baseline and orbit are read from the
// product names.
#include "providers/google/GoogleListings.h"

#include "core/model/SceneId.h"
#include "core/model/grid/SatelliteGrids.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace eoc::google {

namespace {

QString productName(const QString &folder)
{
    QString name = folder;
    if (name.endsWith(QLatin1Char('/')))
        name.chop(1);
    name = name.mid(name.lastIndexOf(QLatin1Char('/')) + 1);
    if (name.endsWith(QLatin1String(".SAFE"), Qt::CaseInsensitive))
        name.chop(5);
    return name;
}

// Products of 2015-2016 keep the long names of that time:
// S2A_OPER_PRD_MSIL1C_PDMC_<processing>_R<orbit>_V<sensing start>_<sensing end>.
struct LongS2Name {
    QString platform;
    QString level;
    int orbit = 0;
    QDateTime start;
};

std::optional<LongS2Name> parseLongS2Name(const QString &name)
{
    static const QRegularExpression re(QStringLiteral(
        "^S2([A-Z])_OPER_PRD_MSI(L[0-9][A-Z])_[A-Z0-9]{4}_[0-9]{8}T[0-9]{6}_R([0-9]{3})_V([0-9]{8}T[0-9]{6})_[0-9]{8}T[0-9]{6}$"));
    const auto m = re.match(name);
    if (!m.hasMatch())
        return std::nullopt;
    LongS2Name n;
    n.platform = QStringLiteral("sentinel-2") + m.captured(1).toLower();
    n.level = m.captured(2);
    n.orbit = m.captured(3).toInt();
    n.start = QDateTime::fromString(m.captured(4), QStringLiteral("yyyyMMdd'T'HHmmss"));
    n.start.setTimeSpec(Qt::UTC);
    if (!n.start.isValid())
        return std::nullopt;
    return n;
}

// "23LKC" or "T23LKC" or "5QKB".
std::optional<grid::S2Tile> parseTile(const QString &text)
{
    return grid::S2Tile::parse(text.trimmed().toUpper());
}

// The bucket writes the zone with two digits (tiles/01/C/CV/, tiles/04/M/ES/ in the public examples
// of zones below ten), as in the tile names.
QString tileFolder(const QString &root, const grid::S2Tile &tile)
{
    return root + tile.name().left(2) + QStringLiteral("/%1/%2/").arg(QChar::fromLatin1(tile.band), tile.square);
}

QString pathRowFolder(const QString &root, int path, int row)
{
    return root + QStringLiteral("%1/%2/").arg(path, 3, 10, QLatin1Char('0')).arg(row, 3, 10, QLatin1Char('0'));
}

Error tooLarge(int count, const QString &what)
{
    return Error(ErrorClass::BadInput,
                 QCoreApplication::translate("GoogleProvider", "The region covers %1 %2; Google's buckets are listed folder by folder, so "
                                                               "at most %3 are searched at once: draw a smaller region or name the tiles")
                     .arg(count)
                     .arg(what)
                     .arg(kMaxListings));
}

Region regionOf(const Polygon &polygon)
{
    auto region = Region::fromPolygons({polygon});
    return region ? *region : Region();
}

gcs::GcsListRequest folderListing(const QString &bucket, const QString &prefix)
{
    gcs::GcsListRequest l;
    l.bucket = bucket;
    l.prefix = prefix;
    l.delimiter = QStringLiteral("/");
    return l;
}

bool inDates(const QDateTime &when, const SearchQuery &query)
{
    if (!when.isValid())
        return false;
    if (query.start.isValid() && when < query.startTime())
        return false;
    if (query.end.isValid() && when > query.endTime())
        return false;
    return true;
}

} // namespace

Result<QList<gcs::GcsListRequest>> listingsFor(const GoogleCollection &collection, const SearchQuery &query)
{
    QList<gcs::GcsListRequest> listings;
    if (collection.layout == BucketLayout::Sentinel2Tiles) {
        QList<grid::S2Tile> tiles;
        for (const QString &text : query.tiles) {
            const auto tile = parseTile(text);
            if (!tile) {
                return Error(ErrorClass::BadInput,
                             QCoreApplication::translate("GoogleProvider", "'%1' is not a Sentinel-2 tile (MGRS, such as 23LKC)").arg(text));
            }
            tiles << *tile;
        }
        if (tiles.isEmpty()) {
            if (query.region.isEmpty()) {
                return Error(ErrorClass::BadInput, QCoreApplication::translate("GoogleProvider",
                                                                               "Google's Sentinel-2 bucket is searched tile by tile: give a "
                                                                               "region or the tiles (MGRS, such as 23LKC)"));
            }
            tiles = grid::sentinel2TilesCovering(query.region);
        }
        if (tiles.size() > kMaxListings)
            return tooLarge(int(tiles.size()), QCoreApplication::translate("GoogleProvider", "Sentinel-2 tiles"));
        for (const grid::S2Tile &tile : std::as_const(tiles))
            listings << folderListing(collection.bucket, tileFolder(collection.root, tile));
        return listings;
    }
    QList<grid::WrsPathRow> pathRows;
    for (const QString &text : query.tiles) {
        static const QRegularExpression re(QStringLiteral("^([0-9]{3})([0-9]{3})$"));
        const auto m = re.match(text.trimmed());
        if (!m.hasMatch()) {
            return Error(ErrorClass::BadInput,
                         QCoreApplication::translate("GoogleProvider", "'%1' is not a WRS-2 path/row (PPPRRR, such as 220069)").arg(text));
        }
        pathRows << grid::WrsPathRow{m.captured(1).toInt(), m.captured(2).toInt()};
    }
    if (pathRows.isEmpty()) {
        if (query.region.isEmpty()) {
            return Error(ErrorClass::BadInput, QCoreApplication::translate("GoogleProvider",
                                                                           "Google's Landsat bucket is searched path/row by path/row: give a "
                                                                           "region or the path/rows (PPPRRR, such as 220069)"));
        }
        pathRows = grid::wrs2PathRowsCovering(query.region);
    }
    if (pathRows.size() > kMaxListings)
        return tooLarge(int(pathRows.size()), QCoreApplication::translate("GoogleProvider", "WRS-2 path/rows"));
    for (const grid::WrsPathRow &pr : std::as_const(pathRows))
        listings << folderListing(collection.bucket, pathRowFolder(collection.root, pr.path, pr.row));
    return listings;
}

Result<gcs::GcsListRequest> listingForScene(const GoogleCollection &collection, const QString &sceneId)
{
    const QString id = productName(sceneId.trimmed());
    const auto parsed = parseSceneId(id);
    if (collection.layout == BucketLayout::Sentinel2Tiles) {
        const auto tile = parsed && parsed->family == QLatin1String("sentinel-2") ? parseTile(parsed->tile) : std::nullopt;
        if (!tile) {
            return Error(ErrorClass::BadInput, QCoreApplication::translate("GoogleProvider",
                                                                           "'%1' is not a Sentinel-2 product name with its tile "
                                                                           "(S2B_MSIL1C_20240105T131239_N0510_R138_T23LKC_...)")
                                                   .arg(sceneId));
        }
        return folderListing(collection.bucket, tileFolder(collection.root, *tile) + id);
    }
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9]{4}_[A-Z0-9]{4}_([0-9]{3})([0-9]{3})_"));
    const auto m = re.match(id);
    if (!m.hasMatch() || !parsed || parsed->family != QLatin1String("landsat")) {
        return Error(ErrorClass::BadInput, QCoreApplication::translate("GoogleProvider",
                                                                       "'%1' is not a Landsat Collection 1 product name "
                                                                       "(LC08_L1TP_044034_20130330_20170310_01_T1)")
                                               .arg(sceneId));
    }
    return folderListing(collection.bucket, pathRowFolder(collection.root, m.captured(1).toInt(), m.captured(2).toInt()) + id);
}

std::optional<SceneResult> sceneFromFolder(const GoogleCollection &collection, const QString &folder, const SearchQuery &query,
                                           const QUrl &base)
{
    const QString name = productName(folder);
    SceneResult scene;
    scene.sceneId = name;
    scene.provider = QStringLiteral("google");
    scene.collection = collection.info.name;
    scene.remoteId = folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/');
    scene.link = gcs::objectUrl(base, collection.bucket, scene.remoteId);
    scene.attributes.insert(QStringLiteral("bucket"), collection.bucket);
    scene.attributes.insert(QStringLiteral("folder"), scene.remoteId);
    QString platform;
    std::optional<int> orbit;
    if (collection.layout == BucketLayout::Sentinel2Tiles) {
        // The tile is the folder's (the long names of 2015-2016 do not carry it).
        const QStringList parts = scene.remoteId.mid(collection.root.size()).split(QLatin1Char('/'));
        if (parts.size() < 4)
            return std::nullopt;
        const auto tile = parseTile(QStringLiteral("%1%2%3").arg(parts.at(0).toInt(), 2, 10, QLatin1Char('0')).arg(parts.at(1), parts.at(2)));
        if (!tile)
            return std::nullopt;
        scene.tile = tile->name();
        scene.footprint = regionOf(grid::sentinel2TileFootprint(*tile));
        const QString wantedLevel = collection.root.startsWith(QLatin1String("L2/")) ? QStringLiteral("L2A") : QStringLiteral("L1C");
        if (const auto parsed = parseSceneId(name); parsed && parsed->family == QLatin1String("sentinel-2")) {
            if (parsed->level != wantedLevel || !parsed->sensingStart)
                return std::nullopt;
            scene.start = scene.end = *parsed->sensingStart;
            platform = parsed->platform;
            orbit = parsed->relativeOrbit;
            scene.attributes.insert(QStringLiteral("baseline"), parsed->baseline);
        } else if (const auto old = parseLongS2Name(name)) {
            if (old->level != wantedLevel)
                return std::nullopt;
            scene.start = scene.end = old->start;
            platform = old->platform;
            orbit = old->orbit;
        } else {
            return std::nullopt;
        }
        if (orbit)
            scene.attributes.insert(QStringLiteral("relative_orbit"), *orbit);
    } else {
        const auto parsed = parseSceneId(name);
        if (!parsed || parsed->family != QLatin1String("landsat") || !parsed->sensingStart)
            return std::nullopt;
        scene.start = scene.end = *parsed->sensingStart;
        scene.tile = parsed->tile;
        platform = parsed->platform;
        scene.attributes.insert(QStringLiteral("collection_number"), parsed->collection);
        scene.attributes.insert(QStringLiteral("tier"), parsed->tier);
        const auto pr = grid::WrsPathRow{parsed->tile.left(3).toInt(), parsed->tile.mid(3).toInt()};
        scene.footprint = regionOf(grid::wrs2Footprint(pr));
    }
    scene.attributes.insert(QStringLiteral("platform"), platform);
    if (!inDates(scene.start, query))
        return std::nullopt;
    if (!query.platform.isEmpty() && query.platform.compare(platform, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    if (query.relativeOrbit && orbit != query.relativeOrbit)
        return std::nullopt;
    return scene;
}

} // namespace eoc::google

#include "core/archive/ProductFiles.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace eoc {

namespace {

QString stemOf(const QString &member)
{
    return QFileInfo(member).completeBaseName();
}

bool endsWithCi(const QString &text, const QString &suffix)
{
    return text.endsWith(suffix, Qt::CaseInsensitive);
}

void addFirst(QMap<QString, QString> &map, const QString &key, const QString &member)
{
    if (!key.isEmpty() && !map.contains(key))
        map.insert(key, member);
}

// Sentinel-2 SAFE: the images under IMG_DATA. L2A names end with the resolution
// (T21LZG_20200223T135109_B02_10m.jp2 → B02), L1C names with the band (…_B02.jp2 → B02). Sorted
// order puts R10m before R20m and R60m, and the first occurrence of a band wins, as in the seed.
void sentinel2(const QStringList &members, ProductFiles &files)
{
    static const QRegularExpression resolution(QStringLiteral("^[0-9]+m$"));
    static const QSet<QString> assetBands{QStringLiteral("AOT"), QStringLiteral("WVP"), QStringLiteral("TCI")};
    for (const QString &member : members) {
        const QString name = QFileInfo(member).fileName();
        if (!member.contains(QLatin1Char('/')) && name.startsWith(QLatin1String("MTD_MSIL")) && endsWithCi(name, QStringLiteral(".xml")))
            addFirst(files.assets, stemOf(name), member);
        if (name == QLatin1String("MTD_TL.xml"))
            addFirst(files.assets, QStringLiteral("MTD_TL"), member);
        if (!member.contains(QLatin1String("/IMG_DATA/")))
            continue;
        if (endsWithCi(name, QStringLiteral(".jp2"))) {
            const QStringList tokens = stemOf(name).split(QLatin1Char('_'));
            if (tokens.size() < 2)
                continue;
            const QString band = resolution.match(tokens.last()).hasMatch() ? tokens.at(tokens.size() - 2) : tokens.last();
            if (assetBands.contains(band))
                addFirst(files.assets, band, member);
            else
                addFirst(files.bands, band, member);
        } else if (endsWithCi(name, QStringLiteral(".tif")) && member.section(QLatin1Char('/'), -2, -2) == QLatin1String("IMG_DATA")) {
            // Products made beside sen2cor's (Fmask4): the last token of the name.
            addFirst(files.bands, stemOf(name).section(QLatin1Char('_'), -1), member);
        }
    }
}

// A Sentinel-2 scene folder of files fetched one by one from a STAC catalogue, without the SAFE's
// IMG_DATA: Earth Search's cloud-optimised B04.tif, SCL.tif, TCI.tif, or Planetary Computer's
// T24MVV_20250731T130249_B04_10m.tif. The band is the name's last token (before a resolution).
void sentinel2Assets(const QStringList &members, ProductFiles &files)
{
    static const QRegularExpression band(QStringLiteral("^(B0[1-9]|B1[0-2]|B8A|SCL)$"));
    static const QRegularExpression resolution(QStringLiteral("^[0-9]+m$"));
    static const QSet<QString> assetBands{QStringLiteral("AOT"), QStringLiteral("WVP"), QStringLiteral("TCI")};
    for (const QString &member : members) {
        const QString name = QFileInfo(member).fileName();
        if (!endsWithCi(name, QStringLiteral(".tif")) && !endsWithCi(name, QStringLiteral(".jp2"))) {
            if (endsWithCi(name, QStringLiteral(".jpg")) || endsWithCi(name, QStringLiteral(".png")))
                addFirst(files.assets, QStringLiteral("thumbnail"), member);
            else if (endsWithCi(name, QStringLiteral(".xml")) || endsWithCi(name, QStringLiteral(".json")))
                addFirst(files.assets, stemOf(name), member);
            continue;
        }
        const QStringList tokens = stemOf(name).toUpper().split(QLatin1Char('_'));
        const QString last = tokens.size() > 1 && resolution.match(tokens.last().toLower()).hasMatch()
                                 ? tokens.at(tokens.size() - 2) : tokens.last();
        if (band.match(last).hasMatch())
            addFirst(files.bands, last, member);
        else if (assetBands.contains(last))
            addFirst(files.assets, last, member);
    }
}

// Landsat Collection 2 band files by sensor, each name whole.
QSet<QString> landsatBands(const SceneId &scene)
{
    QSet<QString> bands{QStringLiteral("QA_PIXEL"), QStringLiteral("QA_RADSAT"), QStringLiteral("ST_QA"),
                        QStringLiteral("ST_ATRAN"), QStringLiteral("ST_CDIST"), QStringLiteral("ST_DRAD"),
                        QStringLiteral("ST_EMIS"), QStringLiteral("ST_EMSD"), QStringLiteral("ST_TRAD"),
                        QStringLiteral("ST_URAD"), QStringLiteral("VAA"), QStringLiteral("VZA"),
                        QStringLiteral("SAA"), QStringLiteral("SZA"), QStringLiteral("BQA")};
    const bool oli = scene.platform == QLatin1String("landsat-8") || scene.platform == QLatin1String("landsat-9");
    const int reflective = oli ? 11 : 7;
    for (int b = 1; b <= reflective; ++b)
        bands << QStringLiteral("B%1").arg(b);
    for (int b = 1; b <= 7; ++b)
        bands << QStringLiteral("SR_B%1").arg(b);
    if (oli) {
        bands << QStringLiteral("ST_B10") << QStringLiteral("SR_QA_AEROSOL");
    } else {
        bands << QStringLiteral("ST_B6") << QStringLiteral("SR_ATMOS_OPACITY") << QStringLiteral("SR_CLOUD_QA")
              << QStringLiteral("B6_VCID_1") << QStringLiteral("B6_VCID_2") << QStringLiteral("B8");
    }
    return bands;
}

// Landsat: the .TIF files in the scene folder itself, named <product id>_<band>.TIF.
void landsat(const SceneId &scene, const QStringList &members, ProductFiles &files)
{
    static const QStringList assetSuffixes{
        QStringLiteral("MTL.txt"), QStringLiteral("MTL.xml"), QStringLiteral("MTL.json"), QStringLiteral("ANG.txt"),
        QStringLiteral("MD5.txt"), QStringLiteral("GCP.txt"), QStringLiteral("VER.jpg"), QStringLiteral("VER.txt"),
        QStringLiteral("stac.json"), QStringLiteral("thumb_small.jpeg"), QStringLiteral("thumb_large.jpeg")};
    const QSet<QString> known = landsatBands(scene);
    const QString prefix = scene.id + QLatin1Char('_');
    for (const QString &member : members) {
        if (member.contains(QLatin1Char('/')))
            continue;
        if (!member.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        const QString rest = member.mid(prefix.size());
        if (endsWithCi(rest, QStringLiteral(".tif"))) {
            const QString key = QFileInfo(rest).completeBaseName();
            const QString upper = key.toUpper();
            const bool band = known.contains(upper) || (upper.startsWith(QLatin1String("SR_")) && upper != QLatin1String("SR_AEROSOL"))
                              || key == QLatin1String("Fmask4") || key.startsWith(QLatin1String("nbar_"));
            if (band)
                addFirst(files.bands, key, member);
            else
                addFirst(files.assets, key, member);
            continue;
        }
        for (const QString &suffix : assetSuffixes) {
            if (rest.compare(suffix, Qt::CaseInsensitive) == 0)
                addFirst(files.assets, rest, member);
        }
    }
}

// Sentinel-1 SAFE: measurement/s1a-iw-grd-vh-…-002.tiff → iw-vh; processed products (…_VH_gamma0.tif)
// → the last two tokens of the name, as in the seed.
void sentinel1(const QStringList &members, ProductFiles &files)
{
    for (const QString &member : members) {
        const QString name = QFileInfo(member).fileName();
        const QString stem = stemOf(name);
        if (endsWithCi(name, QStringLiteral(".tiff")) || endsWithCi(name, QStringLiteral(".tif"))) {
            const QStringList dashes = stem.split(QLatin1Char('-'));
            if (member.contains(QLatin1String("measurement/")) && dashes.size() >= 4)
                addFirst(files.bands, dashes.at(1) + QLatin1Char('-') + dashes.at(3), member);
            else
                addFirst(files.bands, stem.section(QLatin1Char('_'), -2), member);
        } else if (name == QLatin1String("manifest.safe")) {
            addFirst(files.assets, QStringLiteral("manifest"), member);
        } else if (name == QLatin1String("quick-look.png")) {
            addFirst(files.assets, QStringLiteral("thumbnail"), member);
        } else if (endsWithCi(name, QStringLiteral(".xml")) && member.contains(QLatin1String("annotation/"))
                   && !member.contains(QLatin1String("calibration/"))) {
            addFirst(files.assets, name, member);
        }
    }
}

// Every other family: raster and NetCDF files, keyed by their name.
void anyFamily(const QStringList &members, ProductFiles &files)
{
    static const QStringList rasters{QStringLiteral(".tif"), QStringLiteral(".tiff"), QStringLiteral(".jp2"),
                                     QStringLiteral(".hdf"), QStringLiteral(".h5"), QStringLiteral(".nc")};
    for (const QString &member : members) {
        const QString name = QFileInfo(member).fileName();
        const bool raster = std::any_of(rasters.begin(), rasters.end(), [&name](const QString &s) { return endsWithCi(name, s); });
        if (raster)
            addFirst(files.bands, stemOf(name), member);
        else if (endsWithCi(name, QStringLiteral(".jpg")) || endsWithCi(name, QStringLiteral(".png")))
            addFirst(files.assets, QStringLiteral("thumbnail"), member);
    }
}

} // namespace

ProductFiles sortProductFiles(const SceneId &scene, QStringList members)
{
    std::sort(members.begin(), members.end());
    ProductFiles files;
    const bool safe = std::any_of(members.cbegin(), members.cend(),
                                  [](const QString &m) { return m.contains(QLatin1String("/IMG_DATA/")); });
    if (scene.family == QLatin1String("sentinel-2") && safe)
        sentinel2(members, files);
    else if (scene.family == QLatin1String("sentinel-2"))
        sentinel2Assets(members, files);
    else if (scene.family == QLatin1String("landsat"))
        landsat(scene, members, files);
    else if (scene.family == QLatin1String("sentinel-1"))
        sentinel1(members, files);
    else
        anyFamily(members, files);
    return files;
}

} // namespace eoc

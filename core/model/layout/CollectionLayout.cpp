#include "core/model/layout/CollectionLayout.h"

#include "core/model/layout/VersionFolder.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace eoc::layout {

namespace {

Error bad(const QString &message)
{
    return Error(ErrorClass::BadInput, message);
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

QString fourDigits(int value)
{
    return QStringLiteral("%1").arg(value, 4, 10, QLatin1Char('0'));
}

// The prefix, then the parts, with one '/' between each; no prefix gives a relative path.
QString joinPath(const QString &prefix, const QStringList &parts)
{
    QString base = prefix;
    while (base.size() > 1 && base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString rest = parts.join(QLatin1Char('/'));
    if (base.isEmpty())
        return rest;
    if (base == QLatin1String("/"))
        return base + rest;
    return base + QLatin1Char('/') + rest;
}

QString parentOf(const QString &path)
{
    const int slash = int(path.lastIndexOf(QLatin1Char('/')));
    return slash < 0 ? QString() : path.left(slash);
}

QString archiveExtension(const QString &family)
{
    if (family == QLatin1String("sentinel-1") || family == QLatin1String("sentinel-2")
        || family == QLatin1String("sentinel-3"))
        return QStringLiteral(".zip");
    if (family == QLatin1String("landsat"))
        return QStringLiteral(".tar.gz");
    if (family == QLatin1String("modis"))
        return QStringLiteral(".hdf");
    return {};
}

Status checkFolderName(const QString &what, const QString &name)
{
    if (name.trimmed().isEmpty())
        return bad(QCoreApplication::translate("CollectionLayout", "the %1 is empty").arg(what));
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name == QLatin1String(".")
        || name == QLatin1String(".."))
        return bad(QCoreApplication::translate("CollectionLayout", "the %1 '%2' must be a single folder name (no '/', '\\', '.' or '..')").arg(what, name));
    return success();
}

struct Inputs {
    QString name;
    QString version;   // the version folder
    QString id;
    QString tile;
    QDate date;
};

Result<SceneLocation> sentinel2(const Inputs &in, const LayoutOptions &options)
{
    static const QRegularExpression mgrs(QStringLiteral("^\\d{2}[A-Z][A-Z]{2}$"));
    if (!mgrs.match(in.tile).hasMatch())
        return bad(QCoreApplication::translate("CollectionLayout", "scene %1: tile '%2' is not an MGRS tile such as 21LZG").arg(in.id, in.tile));
    QStringList parts{in.name, in.version, in.tile.left(2), in.tile.mid(2, 1), in.tile.mid(3, 2),
                      fourDigits(in.date.year())};
    if (options.monthFolder)
        parts.append(twoDigits(in.date.month()));
    parts.append(in.id);
    SceneLocation location{LayoutKind::Sentinel2, joinPath(options.prefix, parts), {}};
    location.archivePath = location.directory + QLatin1Char('/') + in.id + QStringLiteral(".zip");
    return location;
}

SceneLocation sentinelByDate(LayoutKind kind, const Inputs &in, const LayoutOptions &options)
{
    // No scene folder: every scene of a day shares the day's folder.
    SceneLocation location{kind,
                           joinPath(options.prefix, {in.name, in.version, fourDigits(in.date.year()),
                                                     twoDigits(in.date.month()), twoDigits(in.date.day())}),
                           {}};
    location.archivePath = location.directory + QLatin1Char('/') + in.id + QStringLiteral(".zip");
    return location;
}

Result<SceneLocation> landsat(const Inputs &in, const LayoutOptions &options)
{
    static const QRegularExpression pathRow(QStringLiteral("^\\d{6}$"));
    if (!pathRow.match(in.tile).hasMatch())
        return bad(QCoreApplication::translate("CollectionLayout", "scene %1: tile '%2' is not a WRS-2 path and row PPPRRR").arg(in.id, in.tile));
    SceneLocation location{LayoutKind::Landsat,
                           joinPath(options.prefix, {in.name, in.version, in.tile.left(3), in.tile.mid(3, 3),
                                                     fourDigits(in.date.year()), in.id}),
                           {}};
    location.archivePath = location.directory + QLatin1Char('/') + in.id + QStringLiteral(".tar.gz");
    return location;
}

Result<SceneLocation> modis(const Inputs &in, const LayoutOptions &options)
{
    static const QRegularExpression sinusoidal(QStringLiteral("^h\\d{2}v\\d{2}$"));
    if (!sinusoidal.match(in.tile).hasMatch())
        return bad(QCoreApplication::translate("CollectionLayout", "scene %1: tile '%2' is not a MODIS tile such as h14v10").arg(in.id, in.tile));
    SceneLocation location{LayoutKind::Modis,
                           joinPath(options.prefix, {in.name, in.version, in.tile.left(3), in.tile.mid(3),
                                                     fourDigits(in.date.year()), in.id}),
                           {}};
    // The reference keeps the granule beside the scene folder, not inside it.
    location.archivePath = parentOf(location.directory) + QLatin1Char('/') + in.id + QStringLiteral(".hdf");
    return location;
}

QString yearMonth(const QDate &date)
{
    return fourDigits(date.year()) + QLatin1Char('-') + twoDigits(date.month());
}

} // namespace

Status checkCollectionName(const QString &name)
{
    return checkFolderName(QCoreApplication::translate("CollectionLayout", "collection name"), name);
}

LayoutKind layoutForFamily(const QString &family)
{
    if (family == QLatin1String("sentinel-1"))
        return LayoutKind::Sentinel1;
    if (family == QLatin1String("sentinel-2"))
        return LayoutKind::Sentinel2;
    if (family == QLatin1String("sentinel-3"))
        return LayoutKind::Sentinel3;
    if (family == QLatin1String("landsat"))
        return LayoutKind::Landsat;
    if (family == QLatin1String("modis"))
        return LayoutKind::Modis;
    if (family == QLatin1String("dgi"))
        return LayoutKind::Dgi;
    return LayoutKind::Default;
}

QString layoutName(LayoutKind layout)
{
    switch (layout) {
    case LayoutKind::Default: return QStringLiteral("default");
    case LayoutKind::Sentinel1: return QStringLiteral("sentinel-1");
    case LayoutKind::Sentinel2: return QStringLiteral("sentinel-2");
    case LayoutKind::Sentinel3: return QStringLiteral("sentinel-3");
    case LayoutKind::Landsat: return QStringLiteral("landsat");
    case LayoutKind::Modis: return QStringLiteral("modis");
    case LayoutKind::Dgi: return QStringLiteral("dgi");
    case LayoutKind::Flat: return QStringLiteral("flat");
    }
    return {};
}

Result<SceneLocation> sceneLocation(const Collection &collection, const SceneId &scene, const LayoutOptions &options)
{
    if (auto s = checkFolderName(QCoreApplication::translate("CollectionLayout", "scene id"), scene.id); !s)
        return s.error();
    if (options.flat) {
        SceneLocation location{LayoutKind::Flat, joinPath(options.prefix, {scene.id}), {}};
        if (const QString extension = archiveExtension(scene.family); !extension.isEmpty())
            location.archivePath = location.directory + QLatin1Char('/') + scene.id + extension;
        return location;
    }
    if (auto s = checkCollectionName(collection.name); !s)
        return s.error();
    const LayoutKind kind = layoutForFamily(scene.family);
    if (!scene.sensingStart || !scene.sensingStart->isValid())
        return bad(QCoreApplication::translate("CollectionLayout", "scene %1 has no sensing date, which the %2 layout needs").arg(scene.id, layoutName(kind)));

    Inputs in{collection.name, {}, scene.id, scene.tile, scene.sensingStart->toUTC().date()};
    // Checked for every layout, also the default one that has no version folder, so a typo in the
    // version is caught whatever the scene.
    auto version = versionFolder(collection.version);
    if (!version)
        return version.error();
    in.version = *version;
    switch (kind) {
    case LayoutKind::Sentinel2:
        return sentinel2(in, options);
    case LayoutKind::Sentinel1:
    case LayoutKind::Sentinel3:
        return sentinelByDate(kind, in, options);
    case LayoutKind::Landsat:
        return landsat(in, options);
    case LayoutKind::Modis:
        return modis(in, options);
    case LayoutKind::Dgi:
        return SceneLocation{kind, joinPath(options.prefix, {in.name, in.version, yearMonth(in.date)}), {}};
    case LayoutKind::Default:
    case LayoutKind::Flat:
        break;
    }
    QStringList parts{in.name, yearMonth(in.date)};
    if (!in.tile.isEmpty())
        parts.append(in.tile);
    parts.append(in.id);
    return SceneLocation{LayoutKind::Default, joinPath(options.prefix, parts), {}};
}

Result<SceneLocation> sceneLocation(const Collection &collection, const QString &sceneId, const LayoutOptions &options)
{
    auto scene = parseSceneId(sceneId.trimmed());
    if (!scene)
        return scene.error();
    return sceneLocation(collection, *scene, options);
}

} // namespace eoc::layout

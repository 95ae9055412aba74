#include "providers/usgs/UsgsDatasets.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace eoc::usgs {

QList<CollectionInfo> landsatDatasets()
{
    const QStringList filters = {QStringLiteral("cloud"), QStringLiteral("tile"), QStringLiteral("path"),
                                 QStringLiteral("row"), QStringLiteral("day_night")};
    const QString family = QStringLiteral("landsat");
    auto make = [&](const char *name, const char *title, QStringList aliases) {
        return CollectionInfo{QString::fromLatin1(name), QString::fromLatin1(title), std::move(aliases),
                              filters, family};
    };
    return {
        make("landsat_ot_c2_l1", "Landsat 8-9 OLI/TIRS Collection 2 Level-1 (BDC-Collectors' landsat_8_c1 "
             "maps here: Collection 1 is retired)",
             {QStringLiteral("landsat_8_c1"), QStringLiteral("LANDSAT_8"), QStringLiteral("LANDSAT_9")}),
        make("landsat_ot_c2_l2", "Landsat 8-9 OLI/TIRS Collection 2 Level-2", {}),
        make("landsat_etm_c2_l1", "Landsat 7 ETM+ Collection 2 Level-1 (landsat_etm_c1 maps here)",
             {QStringLiteral("landsat_etm_c1"), QStringLiteral("LANDSAT_7")}),
        make("landsat_etm_c2_l2", "Landsat 7 ETM+ Collection 2 Level-2", {}),
        make("landsat_tm_c2_l1", "Landsat 4-5 TM Collection 2 Level-1 (landsat_tm_c1 maps here)",
             {QStringLiteral("landsat_tm_c1"), QStringLiteral("LANDSAT_5")}),
        make("landsat_tm_c2_l2", "Landsat 4-5 TM Collection 2 Level-2", {}),
        make("landsat_mss_c2_l1", "Landsat 1-5 MSS Collection 2 Level-1 (landsat_mss_c1 maps here)",
             {QStringLiteral("landsat_mss_c1")}),
    };
}

QList<FilterField> landsatFilterFields()
{
    FilterField path;
    path.key = QStringLiteral("path");
    path.title = QCoreApplication::translate("UsgsProvider", "WRS-2 path");
    path.kind = FilterField::Kind::Integer;
    path.minimum = 1;
    path.maximum = 233;
    path.description = QCoreApplication::translate("UsgsProvider", "Worldwide Reference System 2 path (1-233)");
    FilterField row = path;
    row.key = QStringLiteral("row");
    row.title = QCoreApplication::translate("UsgsProvider", "WRS-2 row");
    row.maximum = 248;
    row.description = QCoreApplication::translate("UsgsProvider", "Worldwide Reference System 2 row (1-248)");
    FilterField dayNight;
    dayNight.key = QStringLiteral("day_night");
    dayNight.title = QCoreApplication::translate("UsgsProvider", "Day or night");
    dayNight.kind = FilterField::Kind::Choice;
    dayNight.choices = {QStringLiteral("day"), QStringLiteral("night")};
    FilterField unknownCloud;
    unknownCloud.key = QStringLiteral("include_unknown_cloud");
    unknownCloud.title = QCoreApplication::translate("UsgsProvider", "Include unknown cloud cover");
    unknownCloud.kind = FilterField::Kind::Boolean;
    unknownCloud.description = QCoreApplication::translate("UsgsProvider", "With a cloud cover limit, also scenes whose cloud cover is not known");
    return {path, row, dayNight, unknownCloud};
}

Result<QList<CollectionInfo>> parseDatasetSearch(const QJsonValue &data)
{
    if (!data.isArray()) {
        return Error(ErrorClass::Protocol,
                     QCoreApplication::translate("UsgsProvider", "USGS M2M dataset-search answered without a list of datasets"));
    }
    QList<CollectionInfo> out;
    const QJsonArray items = data.toArray();
    for (const auto &item : items) {
        const QJsonObject dataset = item.toObject();
        const QString alias = dataset.value(QStringLiteral("datasetAlias")).toString().trimmed();
        if (alias.isEmpty())
            continue;   // nothing a search could name
        QString title = dataset.value(QStringLiteral("collectionName")).toString().trimmed();
        if (title.isEmpty())
            title = alias;
        CollectionInfo info;
        info.name = alias;
        info.title = title;
        if (alias.startsWith(QLatin1String("landsat_")))
            info.family = QStringLiteral("landsat");
        out.append(info);
    }
    return out;
}

QList<CollectionInfo> mergeDatasets(const QList<CollectionInfo> &fixed, const QList<CollectionInfo> &listed)
{
    QSet<QString> known;
    for (const auto &info : fixed) {
        known.insert(info.name.toLower());
        for (const auto &alias : info.aliases)
            known.insert(alias.toLower());
    }
    QList<CollectionInfo> out = fixed;
    for (const auto &info : listed) {
        const QString key = info.name.toLower();
        if (known.contains(key))
            continue;
        known.insert(key);
        out.append(info);
    }
    return out;
}

QString datasetForSceneId(const QString &sceneId)
{
    // Product id: LXSS_LLLL_PPPRRR_YYYYMMDD_yyyymmdd_CC_TX; entity id: LXSPPPRRRYYYYDDDGSIVV.
    static const QRegularExpression productId(QStringLiteral("^L([COTEM])(\\d{2})_(L\\w{3})_"));
    static const QRegularExpression entityId(QStringLiteral("^L([COTEM])(\\d)\\d{13}[A-Z]{3}\\d{2}$"));
    QString sensor;
    bool level2 = false;
    if (const auto m = productId.match(sceneId); m.hasMatch()) {
        sensor = m.captured(1);
        level2 = m.captured(3).startsWith(QLatin1String("L2"));
    } else if (const auto e = entityId.match(sceneId); e.hasMatch()) {
        sensor = e.captured(1);
    } else {
        return {};
    }
    const QString level = level2 ? QStringLiteral("l2") : QStringLiteral("l1");
    if (sensor == QLatin1String("C") || sensor == QLatin1String("O"))
        return QStringLiteral("landsat_ot_c2_") + level;
    if (sensor == QLatin1String("E"))
        return QStringLiteral("landsat_etm_c2_") + level;
    if (sensor == QLatin1String("T"))
        return QStringLiteral("landsat_tm_c2_") + level;
    return QStringLiteral("landsat_mss_c2_l1");
}

QString wrsTileFromDisplayId(const QString &displayId)
{
    static const QRegularExpression tile(QStringLiteral("^L[COTEM]\\d{2}_\\w{4}_(\\d{6})_"));
    const auto m = tile.match(displayId);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace eoc::usgs

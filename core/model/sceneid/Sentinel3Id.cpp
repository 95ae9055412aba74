// Sentinel-3 product names are fixed-width (94 characters); fields are padded with '_', and some
// fields may be all '_' (a stripe has no frame number, a product of both satellites is "S3_"), so
// the name is read by position and never split on '_':
//
//   0   MMM               mission: S3A, S3B, ... or S3_ for products of the constellation
//   4   II                data source: OL, SL, SR, SY, MW, DO, GN
//   7   L                 processing level: 0, 1, 2 or '_'
//   9   TTTTTT            data type: EFR___, LFR___, SRA___, WAT___, SYN___, ...
//   16  YYYYMMDDTHHMMSS   sensing start
//   32  YYYYMMDDTHHMMSS   sensing stop
//   48  YYYYMMDDTHHMMSS   creation date
//   64  instance (17):    DDDD_CCC_LLL_FFFF (frame) or DDDD_CCC_LLL_____ (stripe): duration (s),
//                         cycle, relative orbit, frame along track; or a tile / area name
//   82  GGG               generating centre
//   86  P                 platform class: O operational, F reference, D development, R reprocessing
//   88  XX                timeliness: NR near real time, ST short time critical, NT non time critical
//   91  BBB               baseline collection
#include "core/model/sceneid/SceneIdParsing.h"

#include <QCoreApplication>
#include <QHash>

namespace eoc::sceneid {

namespace {

const QString kFamily = QStringLiteral("sentinel-3");
constexpr int kLength = 94;

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

bool isField(QStringView text)
{
    for (const QChar c : text) {
        if (!(c.isDigit() || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_')))
            return false;
    }
    return true;
}

QString trimPadding(QStringView text)
{
    QString out = text.toString();
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('_')))
        out.remove(0, 1);
    return out;
}

QString sensorOf(const QString &dataSource)
{
    static const QHash<QString, QString> sensors = {
        {QStringLiteral("OL"), QStringLiteral("olci")},
        {QStringLiteral("SL"), QStringLiteral("slstr")},
        {QStringLiteral("SR"), QStringLiteral("sral")},
        {QStringLiteral("MW"), QStringLiteral("mwr")},
        {QStringLiteral("SY"), QStringLiteral("synergy")},   // OLCI and SLSTR combined
        {QStringLiteral("DO"), QStringLiteral("doris")},
        {QStringLiteral("GN"), QStringLiteral("gnss")},
    };
    return sensors.value(dataSource, dataSource.toLower());
}

} // namespace

ParseOutcome parseSentinel3(const QString &id)
{
    if (id.size() != kLength || !id.startsWith(QLatin1String("S3")))
        return std::nullopt;
    const QStringView v(id);
    for (const int sep : {3, 6, 8, 15, 31, 47, 63, 81, 85, 87, 90}) {
        if (v.at(sep) != QLatin1Char('_'))
            return std::nullopt;
    }
    const QChar sat = v.at(2);
    const QStringView source = v.mid(4, 2);
    const QChar level = v.at(7);
    const QStringView type = v.mid(9, 6);
    const QStringView start = v.mid(16, 15);
    const QStringView stop = v.mid(32, 15);
    const QStringView created = v.mid(48, 15);
    const QStringView instance = v.mid(64, 17);
    const QStringView centre = v.mid(82, 3);
    const QChar platformClass = v.at(86);
    const QStringView timeliness = v.mid(88, 2);
    const QStringView baseline = v.mid(91, 3);
    if (!(sat.isUpper() || sat == QLatin1Char('_')) || !isField(source) || source.contains(u'_')
        || !(level.isDigit() || level == QLatin1Char('_')) || !isField(type) || !isField(instance)
        || !isField(centre) || !isField(timeliness) || !isField(baseline) || !platformClass.isUpper()) {
        return std::nullopt;
    }

    SceneId s;
    s.id = id;
    s.family = kFamily;
    s.platform = sat == QLatin1Char('_') ? QStringLiteral("sentinel-3")
                                         : QStringLiteral("sentinel-3") + sat.toLower();
    s.sensor = sensorOf(source.toString());
    s.productType = trimPadding(type);
    if (level.isDigit())
        s.level = QStringLiteral("L") + level;
    s.baseline = baseline.toString();

    const auto sensingStart = parseCompactDateTime(start);
    if (!sensingStart)
        return Result<SceneId>(invalidField(id, kFamily, QCoreApplication::translate("SceneId", "sensing start"), start));
    const auto sensingStop = parseCompactDateTime(stop);
    if (!sensingStop)
        return Result<SceneId>(invalidField(id, kFamily, QCoreApplication::translate("SceneId", "sensing stop"), stop));
    const auto creation = parseCompactDateTime(created);
    if (!creation)
        return Result<SceneId>(invalidField(id, kFamily, QCoreApplication::translate("SceneId", "creation date"), created));
    s.sensingStart = sensingStart;
    s.sensingEnd = sensingStop;
    s.processingDate = creation;

    // Frame and stripe instances carry duration, cycle and relative orbit; tiles and areas a name.
    const bool orbital = isDigits(instance.mid(0, 4)) && instance.at(4) == QLatin1Char('_')
        && isDigits(instance.mid(5, 3)) && instance.at(8) == QLatin1Char('_')
        && isDigits(instance.mid(9, 3)) && instance.at(12) == QLatin1Char('_');
    if (orbital) {
        s.extra[QStringLiteral("duration_s")] = instance.mid(0, 4).toInt();
        s.extra[QStringLiteral("cycle")] = instance.mid(5, 3).toInt();
        const int orbit = instance.mid(9, 3).toInt();
        if (orbit < 1 || orbit > 385)
            return Result<SceneId>(invalidField(id, kFamily, QCoreApplication::translate("SceneId", "relative orbit (1-385)"), instance.mid(9, 3)));
        s.relativeOrbit = orbit;
        const QStringView frame = instance.mid(13, 4);
        if (isDigits(frame)) {
            s.extra[QStringLiteral("frame")] = frame.toInt();
            s.extra[QStringLiteral("instance_kind")] = QStringLiteral("frame");
        } else {
            s.extra[QStringLiteral("instance_kind")] = QStringLiteral("stripe");
        }
    } else {
        s.extra[QStringLiteral("instance_kind")] = QStringLiteral("tile");
        s.extra[QStringLiteral("instance")] = trimPadding(instance);
    }
    s.extra[QStringLiteral("data_source")] = source.toString();
    s.extra[QStringLiteral("centre")] = trimPadding(centre);
    s.extra[QStringLiteral("platform_class")] = QString(platformClass);
    const QString timelinessCode = trimPadding(timeliness);
    if (!timelinessCode.isEmpty())
        s.extra[QStringLiteral("timeliness")] = timelinessCode;
    return Result<SceneId>(std::move(s));
}

} // namespace eoc::sceneid

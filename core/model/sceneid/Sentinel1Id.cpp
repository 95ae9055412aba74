// Sentinel-1 product names: MMM_BB_TTTR_LFPP_YYYYMMDDTHHMMSS_YYYYMMDDTHHMMSS_OOOOOO_DDDDDD_CCCC
// (mission, beam mode, product type + resolution, level + class + polarisation, start, stop,
// absolute orbit, mission data take id, product unique id). Product types shorter than four
// characters are padded with '_' (SLC_, RAW_, OCN_), so the name is matched as a whole instead of
// being split on '_'.
#include "core/model/sceneid/SceneIdParsing.h"

#include <QCoreApplication>

namespace eoc::sceneid {

namespace {

const QString kFamily = QStringLiteral("sentinel-1");

// Relative orbit from the absolute one, per satellite. The offsets are those of the reference
// orbits: S1A (abs - 73) % 175 + 1 and S1B (abs - 27) % 175 + 1 (each has a 12-day, 175-orbit repeat
// cycle). Sentinel-1C and -1D fly the same cycle, but no offset for them is published in a form we
// could check against recorded products, so their relative orbit is left unset rather than guessed.
std::optional<int> relativeOrbit(QChar satellite, int absoluteOrbit)
{
    int offset = 0;
    if (satellite == QLatin1Char('A'))
        offset = 73;
    else if (satellite == QLatin1Char('B'))
        offset = 27;
    else
        return std::nullopt;
    if (absoluteOrbit <= offset)
        return std::nullopt;
    return (absoluteOrbit - offset) % 175 + 1;
}

QString sarLevel(QChar digit)
{
    return QStringLiteral("L") + digit;
}

} // namespace

ParseOutcome parseSentinel1(const QString &id)
{
    static const QRegularExpression re(QStringLiteral(
        "S1(?<sat>[A-Z_])_(?<mode>[A-Z0-9]{2})_(?<type>[A-Z]{3}[A-Z_])_"
        "(?<level>[0-9])(?<class>[A-Z])(?<pol>[A-Z]{2})_"
        "(?<start>[0-9]{8}T[0-9]{6})_(?<stop>[0-9]{8}T[0-9]{6})_"
        "(?<orbit>[0-9]{6})_(?<take>[0-9A-F]{6})(?:_(?<unique>[0-9A-F]{4}))?$"));
    const auto m = matchWhole(re, id);
    if (!m.hasMatch())
        return std::nullopt;

    SceneId s;
    s.id = id;
    s.family = kFamily;
    const QChar sat = m.captured(u"sat").at(0);
    // "S1_" names products of the constellation rather than of one satellite.
    s.platform = sat == QLatin1Char('_') ? QStringLiteral("sentinel-1")
                                         : QStringLiteral("sentinel-1") + sat.toLower();
    s.sensor = QStringLiteral("sar");
    QString type = m.captured(u"type");
    while (type.endsWith(QLatin1Char('_')))
        type.chop(1);
    s.productType = type;
    s.level = sarLevel(m.captured(u"level").at(0));

    const auto start = parseCompactDateTime(m.capturedView(u"start"));
    if (!start)
        return Result<SceneId>(invalidField(id, kFamily, QCoreApplication::translate("SceneId", "sensing start"), m.capturedView(u"start")));
    const auto stop = parseCompactDateTime(m.capturedView(u"stop"));
    if (!stop)
        return Result<SceneId>(invalidField(id, kFamily, QCoreApplication::translate("SceneId", "sensing stop"), m.capturedView(u"stop")));
    if (*stop < *start)
        return Result<SceneId>(invalidField(id, kFamily, QCoreApplication::translate("SceneId", "sensing stop (before the start)"),
                                            m.capturedView(u"stop")));
    s.sensingStart = start;
    s.sensingEnd = stop;

    const int orbit = m.capturedView(u"orbit").toInt();
    s.absoluteOrbit = orbit;
    s.relativeOrbit = relativeOrbit(sat, orbit);

    s.extra[QStringLiteral("beam_mode")] = m.captured(u"mode");
    s.extra[QStringLiteral("product_class")] = m.captured(u"class");
    s.extra[QStringLiteral("polarisation")] = m.captured(u"pol");
    s.extra[QStringLiteral("mission_data_take_id")] = m.captured(u"take");
    if (m.hasCaptured(u"unique"))
        s.extra[QStringLiteral("product_unique_id")] = m.captured(u"unique");
    return Result<SceneId>(std::move(s));
}

} // namespace eoc::sceneid

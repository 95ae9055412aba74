// MODIS and VIIRS granule names from the NASA DAACs:
//   PRODUCT.AYYYYDDD.hHHvVV.CCC.YYYYDDDHHMMSS   gridded (sinusoidal tile hHHvVV)
//   PRODUCT.AYYYYDDD.HHMM.CCC.YYYYDDDHHMMSS     swath (5- or 6-minute granule starting at HH:MM)
// Both dates are year + day of year; the production time adds HHMMSS (not a calendar date).
#include "core/model/sceneid/SceneIdParsing.h"

#include <QCoreApplication>

namespace eoc::sceneid {

namespace {

struct Mission {
    QLatin1String prefix;
    QLatin1String family;
    QLatin1String platform;
    QLatin1String sensor;
};

// MCD products combine Terra and Aqua: the platform lists both, comma separated, as STAC items of
// combined products list both platforms.
const Mission kMissions[] = {
    {QLatin1String("MOD"), QLatin1String("modis"), QLatin1String("terra"), QLatin1String("modis")},
    {QLatin1String("MYD"), QLatin1String("modis"), QLatin1String("aqua"), QLatin1String("modis")},
    {QLatin1String("MCD"), QLatin1String("modis"), QLatin1String("terra,aqua"), QLatin1String("modis")},
    {QLatin1String("VNP"), QLatin1String("viirs"), QLatin1String("suomi-npp"), QLatin1String("viirs")},
    {QLatin1String("VJ1"), QLatin1String("viirs"), QLatin1String("noaa-20"), QLatin1String("viirs")},
    {QLatin1String("VJ2"), QLatin1String("viirs"), QLatin1String("noaa-21"), QLatin1String("viirs")},
};

} // namespace

ParseOutcome parseModisViirs(const QString &id)
{
    static const QRegularExpression re(QStringLiteral(
        "(?<product>(?<mission>MOD|MYD|MCD|VNP|VJ1|VJ2)[0-9A-Z_]{2,10})\\.A(?<year>[0-9]{4})(?<doy>[0-9]{3})\\."
        "(?:h(?<h>[0-9]{2})v(?<v>[0-9]{2})|(?<hhmm>[0-9]{4}))\\.(?<collection>[0-9]{3})\\."
        "(?<pyear>[0-9]{4})(?<pdoy>[0-9]{3})(?<ptime>[0-9]{6})$"));
    const auto m = matchWhole(re, id);
    if (!m.hasMatch())
        return std::nullopt;

    const QString missionCode = m.captured(u"mission");
    const Mission *mission = nullptr;
    for (const auto &candidate : kMissions) {
        if (candidate.prefix == missionCode)
            mission = &candidate;
    }
    if (!mission)
        return std::nullopt;

    SceneId s;
    s.id = id;
    s.family = mission->family;
    s.platform = mission->platform;
    s.sensor = mission->sensor;
    s.productType = m.captured(u"product");
    s.collection = m.captured(u"collection");

    const bool gridded = m.hasCaptured(u"h");
    if (gridded) {
        const int h = m.capturedView(u"h").toInt();
        const int v = m.capturedView(u"v").toInt();
        if (h > 35)
            return Result<SceneId>(invalidField(id, s.family, QCoreApplication::translate("SceneId", "horizontal tile (h00-h35)"), m.capturedView(u"h")));
        if (v > 17)
            return Result<SceneId>(invalidField(id, s.family, QCoreApplication::translate("SceneId", "vertical tile (v00-v17)"), m.capturedView(u"v")));
        s.tile = QStringLiteral("h") + m.capturedView(u"h") + QStringLiteral("v") + m.capturedView(u"v");
    }
    const auto start = parseYearDayOfYear(m.capturedView(u"year"), m.capturedView(u"doy"),
                                          gridded ? QStringView() : m.capturedView(u"hhmm"));
    if (!start) {
        const QString text = m.captured(u"year") + m.captured(u"doy")
            + (gridded ? QString() : QStringLiteral(".") + m.captured(u"hhmm"));
        return Result<SceneId>(invalidField(id, s.family, QCoreApplication::translate("SceneId", "acquisition date"), text));
    }
    const auto processed = parseYearDayOfYear(m.capturedView(u"pyear"), m.capturedView(u"pdoy"),
                                              m.capturedView(u"ptime"));
    if (!processed) {
        return Result<SceneId>(invalidField(id, s.family, QCoreApplication::translate("SceneId", "production date"),
                                            QString(m.capturedView(u"pyear") + m.capturedView(u"pdoy")
                                                    + m.capturedView(u"ptime"))));
    }
    s.sensingStart = start;
    s.processingDate = processed;
    s.extra[QStringLiteral("granule_kind")] = gridded ? QStringLiteral("tile") : QStringLiteral("swath");
    return Result<SceneId>(std::move(s));
}

} // namespace eoc::sceneid

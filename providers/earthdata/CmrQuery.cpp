#include "providers/earthdata/CmrQuery.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace eoc::earthdata {
namespace {

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

QString boxText(double west, double south, double east, double north)
{
    return QStringList{number(west), number(south), number(east), number(north)}.join(QLatin1Char(','));
}

// Shoelace sum: positive for counter-clockwise rings in lon/lat.
double signedArea(const Ring &ring)
{
    double sum = 0;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i)
        sum += ring.at(i).lon * ring.at(i + 1).lat - ring.at(i + 1).lon * ring.at(i).lat;
    return sum / 2;
}

QString polygonText(Ring ring)
{
    if (!ring.isEmpty() && !(ring.first() == ring.last()))
        ring.append(ring.first());
    if (signedArea(ring) < 0)
        std::reverse(ring.begin(), ring.end());
    QStringList parts;
    for (const auto &p : ring)
        parts << number(p.lon) << number(p.lat);
    return parts.join(QLatin1Char(','));
}

} // namespace

bool isModisTile(const QString &tile)
{
    static const QRegularExpression form(QStringLiteral("^h\\d{2}v\\d{2}$"), QRegularExpression::CaseInsensitiveOption);
    return form.match(tile).hasMatch();
}

Result<QUrlQuery> cmrGranuleQuery(const SearchQuery &query, const CmrCollectionRef &collection, int pageSize)
{
    QUrlQuery q;
    if (!collection.conceptId.isEmpty()) {
        q.addQueryItem(QStringLiteral("collection_concept_id"), collection.conceptId);
    } else {
        q.addQueryItem(QStringLiteral("short_name"), collection.shortName);
        if (!collection.version.isEmpty())
            q.addQueryItem(QStringLiteral("version"), collection.version);
    }
    if (!collection.cmrProvider.isEmpty() && collection.conceptId.isEmpty())
        q.addQueryItem(QStringLiteral("provider"), collection.cmrProvider);

    if (query.start.isValid() || query.end.isValid()) {
        const QString start = query.start.isValid() ? query.startTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")) : QString();
        const QString end = query.end.isValid()
            ? QDateTime(query.end, QTime(23, 59, 59), Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
            : QString();
        q.addQueryItem(QStringLiteral("temporal"), start + QLatin1Char(',') + end);
    }

    const Region &region = query.region;
    if (region.isBox()) {
        const BoundingBox box = region.box();
        if (box.crossesAntimeridian()) {
            q.addQueryItem(QStringLiteral("bounding_box[]"), boxText(box.west, box.south, 180, box.north));
            q.addQueryItem(QStringLiteral("bounding_box[]"), boxText(-180, box.south, box.east, box.north));
            q.addQueryItem(QStringLiteral("options[bounding_box][or]"), QStringLiteral("true"));
        } else {
            q.addQueryItem(QStringLiteral("bounding_box"), boxText(box.west, box.south, box.east, box.north));
        }
    } else if (!region.isEmpty()) {
        const auto &polygons = region.polygons();
        if (polygons.size() == 1) {
            q.addQueryItem(QStringLiteral("polygon"), polygonText(polygons.first().outer));
        } else {
            for (const auto &p : polygons)
                q.addQueryItem(QStringLiteral("polygon[]"), polygonText(p.outer));
            q.addQueryItem(QStringLiteral("options[polygon][or]"), QStringLiteral("true"));
        }
    }

    if (query.cloudMax)
        q.addQueryItem(QStringLiteral("cloud_cover"), QStringLiteral("0,") + number(*query.cloudMax));

    const QString dayNight = query.extra.value(QStringLiteral("day_night")).toString().trimmed().toLower();
    if (!dayNight.isEmpty() && dayNight != QLatin1String("all")) {
        if (dayNight != QLatin1String("day") && dayNight != QLatin1String("night")
            && dayNight != QLatin1String("both") && dayNight != QLatin1String("unspecified")) {
            return Error(ErrorClass::BadInput,
                         QCoreApplication::translate("EarthdataProvider", "day_night '%1' is not one of: day, night, both, unspecified, all").arg(dayNight));
        }
        q.addQueryItem(QStringLiteral("day_night_flag"), dayNight);
    }

    if (!query.tiles.isEmpty()) {
        static const QRegularExpression mgrs(QStringLiteral("^T?(\\d{2}[A-Z]{3})$"), QRegularExpression::CaseInsensitiveOption);
        for (const auto &tile : query.tiles) {
            const QString t = tile.trimmed();
            if (isModisTile(t)) {
                q.addQueryItem(QStringLiteral("readable_granule_name[]"), QStringLiteral("*.%1.*").arg(t.toLower()));
            } else if (const auto m = mgrs.match(t); m.hasMatch()) {
                q.addQueryItem(QStringLiteral("readable_granule_name[]"),
                               QStringLiteral("*.T%1.*").arg(m.captured(1).toUpper()));
            } else {
                return Error(ErrorClass::BadInput,
                             QCoreApplication::translate("EarthdataProvider", "'%1' is not a tile: MODIS/VIIRS tiles are hHHvVV (e.g. h12v10), "
                                            "HLS tiles are MGRS (e.g. 23KPQ)").arg(t));
            }
        }
        q.addQueryItem(QStringLiteral("options[readable_granule_name][pattern]"), QStringLiteral("true"));
    }

    q.addQueryItem(QStringLiteral("page_size"), QString::number(std::clamp(pageSize, 1, 2000)));
    q.addQueryItem(QStringLiteral("sort_key"), QStringLiteral("start_date"));
    return q;
}

} // namespace eoc::earthdata

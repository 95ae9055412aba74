#include "providers/usgs/UsgsSearchJob.h"

#include "core/model/JsonNumbers.h"
#include "providers/usgs/UsgsSceneParser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace eoc::usgs {
namespace {

QJsonObject mbr(const BoundingBox &box)
{
    auto corner = [](double lat, double lon) {
        return QJsonObject{{QStringLiteral("latitude"), lat}, {QStringLiteral("longitude"), lon}};
    };
    return QJsonObject{{QStringLiteral("filterType"), QStringLiteral("mbr")},
                       {QStringLiteral("lowerLeft"), corner(box.south, box.west)},
                       {QStringLiteral("upperRight"), corner(box.north, box.east)}};
}

QJsonArray ringCoordinates(const Ring &ring)
{
    QJsonArray coordinates;
    for (const auto &p : ring)
        coordinates.append(QJsonArray{p.lon, p.lat});
    return coordinates;
}

QJsonArray polygonCoordinates(const Polygon &polygon)
{
    QJsonArray rings{ringCoordinates(polygon.outer)};
    for (const auto &hole : polygon.holes)
        rings.append(ringCoordinates(hole));
    return rings;
}

// Spatial filters for the region: one per box half across the antimeridian, polygons as GeoJSON.
QList<QJsonValue> spatialParts(const Region &region)
{
    if (region.isEmpty())
        return {QJsonValue()};
    if (region.isBox()) {
        const BoundingBox box = region.box();
        if (box.crossesAntimeridian()) {
            return {mbr({box.west, box.south, 180.0, box.north}), mbr({-180.0, box.south, box.east, box.north})};
        }
        return {mbr(box)};
    }
    const auto &polygons = region.polygons();
    QJsonObject geometry;
    if (polygons.size() == 1) {
        geometry[QStringLiteral("type")] = QStringLiteral("Polygon");
        geometry[QStringLiteral("coordinates")] = polygonCoordinates(polygons.first());
    } else {
        QJsonArray all;
        for (const auto &p : polygons)
            all.append(polygonCoordinates(p));
        geometry[QStringLiteral("type")] = QStringLiteral("MultiPolygon");
        geometry[QStringLiteral("coordinates")] = all;
    }
    return {QJsonObject{{QStringLiteral("filterType"), QStringLiteral("geojson")},
                        {QStringLiteral("geoJson"), geometry}}};
}

QString findFilterId(const QJsonArray &filters, const std::function<bool(const QString &)> &labelMatches)
{
    for (const auto &f : filters) {
        const QJsonObject filter = f.toObject();
        if (labelMatches(filter.value(QStringLiteral("fieldLabel")).toString().trimmed()))
            return filter.value(QStringLiteral("id")).toString();
    }
    return {};
}

QJsonObject filterWithId(const QJsonArray &filters, const QString &id)
{
    for (const auto &f : filters) {
        if (f.toObject().value(QStringLiteral("id")).toString() == id)
            return f.toObject();
    }
    return {};
}

QJsonObject between(const QString &id, int first, int second)
{
    return QJsonObject{{QStringLiteral("filterType"), QStringLiteral("between")},
                       {QStringLiteral("filterId"), id},
                       {QStringLiteral("firstValue"), first},
                       {QStringLiteral("secondValue"), second}};
}

QJsonObject valueFilter(const QString &id, const QString &value)
{
    return QJsonObject{{QStringLiteral("filterType"), QStringLiteral("value")},
                       {QStringLiteral("filterId"), id},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("operand"), QStringLiteral("=")}};
}

QJsonObject combine(const QString &type, const QJsonArray &children)
{
    if (children.size() == 1)
        return children.first().toObject();
    return QJsonObject{{QStringLiteral("filterType"), type}, {QStringLiteral("childFilters"), children}};
}

// A path or row from SearchQuery::extra: a number, "12" or a range "10-12".
Result<QPair<int, int>> range(const QVariant &value, const QString &name, int max)
{
    const QString text = value.toString().trimmed();
    static const QRegularExpression form(QStringLiteral("^(\\d{1,3})(?:\\s*-\\s*(\\d{1,3}))?$"));
    const auto m = form.match(text);
    if (!m.hasMatch()) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("UsgsProvider", "WRS-2 %1 '%2' is not a number or a range like 10-12").arg(name, text));
    }
    const int first = m.captured(1).toInt();
    const int second = m.captured(2).isEmpty() ? first : m.captured(2).toInt();
    if (first < 1 || second > max || first > second) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("UsgsProvider", "WRS-2 %1 '%2' must lie within 1..%3").arg(name, text).arg(max));
    }
    return QPair<int, int>(first, second);
}

} // namespace

UsgsSearchJob::UsgsSearchJob(M2mApi api, std::shared_ptr<DatasetFilterCache> filterCache, int pageSize,
                             SearchQuery query, QString dataset, QString lookupId)
    : m_api(std::move(api))
    , m_filterCache(std::move(filterCache))
    , m_pageSize(std::clamp(pageSize, 1, kSearchCap))
    , m_query(std::move(query))
    , m_dataset(std::move(dataset))
    , m_lookupId(std::move(lookupId))
    , m_guard(PageGuard::Options{m_query.limit.value_or(0), 3})
{
}

void UsgsSearchJob::start()
{
    QTimer::singleShot(0, this, [this] {
        if (m_done)
            return;
        if (m_lookupId.isEmpty()) {
            if (const Status valid = m_query.validate(); !valid) {
                fail(valid.error());
                return;
            }
        }
        if (needsDatasetFilters())
            withDatasetFilters();
        else
            run({});
    });
}

void UsgsSearchJob::cancel()
{
    if (m_done)
        return;
    fail(Error(ErrorClass::Cancelled, QCoreApplication::translate("UsgsProvider", "Search cancelled")));
    // Aborts the M2M call in flight (and the login it waits for, when nothing else waits).
    delete m_calls;
}

bool UsgsSearchJob::needsDatasetFilters() const
{
    return !m_lookupId.isEmpty() || !m_query.tiles.isEmpty() || m_query.extra.contains(QStringLiteral("path"))
        || m_query.extra.contains(QStringLiteral("row")) || m_query.extra.contains(QStringLiteral("day_night"));
}

void UsgsSearchJob::withDatasetFilters()
{
    if (m_filterCache && m_filterCache->contains(m_dataset)) {
        run(m_filterCache->value(m_dataset));
        return;
    }
    m_api.call(QStringLiteral("dataset-filters"), QJsonObject{{QStringLiteral("datasetName"), m_dataset}}, m_calls,
               [this](const Result<QJsonValue> &data) {
        if (m_done)
            return;
        if (!data) {
            fail(data.error());
            return;
        }
        const QJsonArray filters = data->toArray();
        if (m_filterCache)
            m_filterCache->insert(m_dataset, filters);
        run(filters);
    });
}

void UsgsSearchJob::run(const QJsonArray &datasetFilters)
{
    auto idFor = [&](const QString &label) -> Result<QString> {
        const QString id = findFilterId(datasetFilters, [&](const QString &l) {
            return l.compare(label, Qt::CaseInsensitive) == 0;
        });
        if (id.isEmpty()) {
            return Error(ErrorClass::BadInput,
                         QCoreApplication::translate("UsgsProvider", "USGS dataset %1 has no '%2' filter").arg(m_dataset, label));
        }
        return id;
    };

    QJsonArray children;
    if (!m_lookupId.isEmpty()) {
        // Product ids (LC08_L2SP_...) or entity ids (LC82260782020217LGN00).
        const bool productId = m_lookupId.contains(QLatin1Char('_'));
        const QString level = m_dataset.endsWith(QLatin1String("_l2")) ? QStringLiteral("L2") : QStringLiteral("L1");
        QString id = findFilterId(datasetFilters, [&](const QString &l) {
            return productId ? l.compare(QStringLiteral("Landsat Product Identifier ") + level, Qt::CaseInsensitive) == 0
                             : l.compare(QLatin1String("Landsat Scene Identifier"), Qt::CaseInsensitive) == 0;
        });
        if (id.isEmpty() && productId) {
            id = findFilterId(datasetFilters, [](const QString &l) {
                return l.startsWith(QLatin1String("Landsat Product Identifier"), Qt::CaseInsensitive);
            });
        }
        if (id.isEmpty()) {
            fail(Error(ErrorClass::BadInput,
                       QCoreApplication::translate("UsgsProvider", "USGS dataset %1 cannot be searched by scene id").arg(m_dataset)));
            return;
        }
        children.append(valueFilter(id, m_lookupId));
    }

    const bool wantsWrs = !m_query.tiles.isEmpty() || m_query.extra.contains(QStringLiteral("path"))
        || m_query.extra.contains(QStringLiteral("row"));
    if (wantsWrs) {
        const auto pathId = idFor(QStringLiteral("WRS Path"));
        const auto rowId = idFor(QStringLiteral("WRS Row"));
        if (!pathId || !rowId) {
            fail(!pathId ? pathId.error() : rowId.error());
            return;
        }
        QJsonArray tiles;
        static const QRegularExpression wrs(QStringLiteral("^(\\d{3})(\\d{3})$"));
        for (const auto &tile : std::as_const(m_query.tiles)) {
            const auto m = wrs.match(tile.trimmed());
            if (!m.hasMatch()) {
                fail(Error(ErrorClass::BadInput,
                           QCoreApplication::translate("UsgsProvider", "'%1' is not a WRS-2 tile: write path and row as PPPRRR, e.g. 226078")
                               .arg(tile)));
                return;
            }
            const int path = m.captured(1).toInt();
            const int row = m.captured(2).toInt();
            tiles.append(combine(QStringLiteral("and"), {between(*pathId, path, path), between(*rowId, row, row)}));
        }
        if (!tiles.isEmpty())
            children.append(combine(QStringLiteral("or"), tiles));
        if (m_query.extra.contains(QStringLiteral("path"))) {
            const auto path = range(m_query.extra.value(QStringLiteral("path")), QStringLiteral("path"), 251);
            if (!path) {
                fail(path.error());
                return;
            }
            children.append(between(*pathId, path->first, path->second));
        }
        if (m_query.extra.contains(QStringLiteral("row"))) {
            const auto row = range(m_query.extra.value(QStringLiteral("row")), QStringLiteral("row"), 248);
            if (!row) {
                fail(row.error());
                return;
            }
            children.append(between(*rowId, row->first, row->second));
        }
    }

    if (m_query.extra.contains(QStringLiteral("day_night"))) {
        const QString wanted = m_query.extra.value(QStringLiteral("day_night")).toString().trimmed();
        if (wanted.compare(QLatin1String("all"), Qt::CaseInsensitive) != 0 && !wanted.isEmpty()) {
            const auto id = idFor(QStringLiteral("Day/Night Indicator"));
            if (!id) {
                fail(id.error());
                return;
            }
            // The filter's valueList maps the value to send to its label: {"DAY": "Day", ...}.
            const QJsonObject values = filterWithId(datasetFilters, *id).value(QStringLiteral("valueList")).toObject();
            QString value;
            for (auto it = values.begin(); it != values.end(); ++it) {
                if (!it.key().isEmpty()
                    && (it.key().compare(wanted, Qt::CaseInsensitive) == 0
                        || it.value().toString().compare(wanted, Qt::CaseInsensitive) == 0))
                    value = it.key();
            }
            if (value.isEmpty()) {
                fail(Error(ErrorClass::BadInput,
                           QCoreApplication::translate("UsgsProvider", "day_night '%1' is not one of: day, night, all").arg(wanted)));
                return;
            }
            children.append(valueFilter(*id, value));
        }
    }

    if (!children.isEmpty())
        m_sceneFilterBase[QStringLiteral("metadataFilter")] = combine(QStringLiteral("and"), children);
    if (m_query.start.isValid() || m_query.end.isValid()) {
        // Dates are inclusive on both ends at M2M's date level.
        QJsonObject acquisition;
        acquisition[QStringLiteral("start")] = (m_query.start.isValid() ? m_query.start : QDate(1972, 7, 23))
                                                   .toString(Qt::ISODate);
        acquisition[QStringLiteral("end")] = (m_query.end.isValid() ? m_query.end
                                                                    : QDateTime::currentDateTimeUtc().date())
                                                 .toString(Qt::ISODate);
        m_sceneFilterBase[QStringLiteral("acquisitionFilter")] = acquisition;
    }
    if (m_query.cloudMax) {
        m_sceneFilterBase[QStringLiteral("cloudCoverFilter")] = QJsonObject{
            {QStringLiteral("min"), 0},
            {QStringLiteral("max"), *m_query.cloudMax},
            {QStringLiteral("includeUnknown"), m_query.extra.value(QStringLiteral("include_unknown_cloud")).toBool()}};
    }
    m_spatialParts = m_lookupId.isEmpty() ? spatialParts(m_query.region) : QList<QJsonValue>{QJsonValue()};
    m_part = 0;
    m_startingNumber = 1;
    requestPage();
}

void UsgsSearchJob::requestPage()
{
    // The page key: which part of the region, from which record.
    if (!m_guard.admitPage(QByteArray::number(m_part) + ':' + QByteArray::number(m_startingNumber))) {
        finish();
        return;
    }
    QJsonObject sceneFilter = m_sceneFilterBase;
    const QJsonValue spatial = m_spatialParts.value(m_part);
    if (spatial.isObject())
        sceneFilter[QStringLiteral("spatialFilter")] = spatial;
    int pageSize = m_pageSize;
    if (m_query.limit)
        pageSize = int(std::min<qint64>(pageSize, std::max<qint64>(1, *m_query.limit - m_guard.delivered())));
    QJsonObject body{{QStringLiteral("datasetName"), m_dataset},
                     {QStringLiteral("maxResults"), pageSize},
                     {QStringLiteral("startingNumber"), m_startingNumber},
                     {QStringLiteral("metadataType"), QStringLiteral("summary")}};
    if (!sceneFilter.isEmpty())
        body[QStringLiteral("sceneFilter")] = sceneFilter;
    m_api.call(QStringLiteral("scene-search"), body, m_calls, [this](const Result<QJsonValue> &data) {
        if (m_done)
            return;
        if (!data) {
            fail(data.error());
            return;
        }
        onPage(data->toObject());
    });
}

void UsgsSearchJob::onPage(const QJsonObject &data)
{
    const QJsonArray results = data.value(QStringLiteral("results")).toArray();
    const qint64 totalHits = jsonCount(data.value(QStringLiteral("totalHits"))).value_or(0);
    if (m_startingNumber == 1)
        m_total += totalHits;

    QList<SceneResult> parsed;
    parsed.reserve(results.size());
    for (const auto &item : results)
        parsed.append(sceneFromM2m(item.toObject(), m_dataset));
    // Scenes already delivered (a repeated page, the other half of an antimeridian box) and those
    // past the limit are dropped; pages adding nothing end the search.
    const QList<SceneResult> page = m_guard.accept(parsed);
    if (!page.isEmpty())
        Q_EMIT pageReady(page);
    Q_EMIT progress(m_guard.delivered(), m_total);

    // recordsReturned counts this page; nextRecord is not reliable on the last page (the recorded
    // answers give nextRecord == totalHits), so the position is advanced by what was returned.
    const int returned = int(results.size());
    const int next = m_startingNumber + returned;
    if (m_guard.shouldStop()) {
        finish();
        return;
    }
    if (returned == 0 || next > totalHits || next > kSearchCap) {
        nextPart();
        return;
    }
    m_startingNumber = next;
    requestPage();
}

void UsgsSearchJob::nextPart()
{
    if (++m_part < m_spatialParts.size()) {
        m_startingNumber = 1;
        requestPage();
        return;
    }
    finish();
}

void UsgsSearchJob::finish()
{
    if (m_done)
        return;
    m_done = true;
    if (const QString why = m_guard.stopWarning(); !why.isEmpty())
        Q_EMIT warning(QCoreApplication::translate("UsgsProvider", "USGS M2M: %1").arg(why));
    Q_EMIT finished();
}

void UsgsSearchJob::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(error);
}

} // namespace eoc::usgs

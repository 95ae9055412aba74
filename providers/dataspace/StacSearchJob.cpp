#include "providers/dataspace/StacSearchJob.h"

#include "core/net/NetworkAccess.h"
#include "providers/dataspace/DataspaceErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace eoc::dataspace {

namespace {

QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QDateTime parseTime(const QJsonValue &v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

} // namespace

Result<QJsonObject> stacSearchBody(const SearchQuery &query, const QString &stacCollection, int pageSize)
{
    if (stacCollection.isEmpty()) {
        return Error(ErrorClass::BadInput,
                     QStringLiteral("The STAC service of the Copernicus Data Space has no collection for "
                                    "%1%2; use the OData strategy (--set dataspace.strategy=odata)")
                         .arg(query.collection,
                              query.productType.isEmpty() ? QString() : QLatin1Char('/') + query.productType));
    }
    QJsonObject body;
    body[QStringLiteral("collections")] = QJsonArray{stacCollection};
    body[QStringLiteral("limit")] = query.limit ? std::min(*query.limit, pageSize) : pageSize;
    if (!query.region.isEmpty()) {
        const BoundingBox b = query.region.isBox() ? query.region.box() : query.region.bounds();
        body[QStringLiteral("bbox")] = QJsonArray{b.west, b.south, b.east, b.north};
    }
    if (query.start.isValid() || query.end.isValid()) {
        body[QStringLiteral("datetime")] = QString((query.start.isValid() ? rfc3339(query.startTime()) : QStringLiteral(".."))
            + QLatin1Char('/') + (query.end.isValid() ? rfc3339(query.endTime()) : QStringLiteral("..")));
    }
    if (query.cloudMax) {
        body[QStringLiteral("filter-lang")] = QStringLiteral("cql2-json");
        body[QStringLiteral("filter")] = QJsonObject{
            {QStringLiteral("op"), QStringLiteral("<=")},
            {QStringLiteral("args"), QJsonArray{QJsonObject{{QStringLiteral("property"), QStringLiteral("eo:cloud_cover")}},
                                                *query.cloudMax}}};
    }
    body[QStringLiteral("sortby")] = QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("properties.datetime")},
                                                            {QStringLiteral("direction"), QStringLiteral("asc")}}};
    return body;
}

SceneResult parseStacItem(const QJsonObject &item, const QString &provider, const QString &collection)
{
    SceneResult r;
    const QString id = item.value(QStringLiteral("id")).toString();
    r.sceneId = id.endsWith(QLatin1String(".SAFE")) ? id.chopped(5) : id;
    r.remoteId = id;
    r.provider = provider;
    r.collection = collection;
    const QJsonObject props = item.value(QStringLiteral("properties")).toObject();
    r.start = parseTime(props.value(props.contains(QStringLiteral("start_datetime")) ? QStringLiteral("start_datetime")
                                                                                      : QStringLiteral("datetime")));
    r.end = props.contains(QStringLiteral("end_datetime")) ? parseTime(props.value(QStringLiteral("end_datetime"))) : r.start;
    const QJsonValue cloud = props.value(QStringLiteral("eo:cloud_cover"));
    if (cloud.isDouble())
        r.cloudCover = cloud.toDouble();
    r.tile = props.value(QStringLiteral("grid:code")).toString().remove(QStringLiteral("MGRS-"));
    if (item.value(QStringLiteral("geometry")).isObject()) {
        if (auto region = Region::fromGeoJson(item.value(QStringLiteral("geometry")).toObject()))
            r.footprint = *region;
    }
    r.attributes = props;
    const QJsonObject assets = item.value(QStringLiteral("assets")).toObject();
    for (auto it = assets.begin(); it != assets.end(); ++it) {
        const QJsonObject a = it.value().toObject();
        SceneAsset asset;
        asset.key = it.key();
        QString href = a.value(QStringLiteral("href")).toString();
        // Band files live on S3; their https twin is on the zipper with the same token.
        const QString alternate = a.value(QStringLiteral("alternate")).toObject().value(QStringLiteral("https"))
                                      .toObject().value(QStringLiteral("href")).toString();
        if (href.startsWith(QLatin1String("s3://")) && !alternate.isEmpty())
            href = alternate;
        asset.href = QUrl(href);
        asset.mediaType = a.value(QStringLiteral("type")).toString();
        asset.title = a.value(QStringLiteral("title")).toString();
        const QJsonArray roles = a.value(QStringLiteral("roles")).toArray();
        for (const auto &role : roles)
            asset.roles << role.toString();
        if (a.value(QStringLiteral("file:size")).isDouble())
            asset.size = qint64(a.value(QStringLiteral("file:size")).toDouble());
        if (it.key().compare(QLatin1String("product"), Qt::CaseInsensitive) == 0) {
            r.link = asset.href;
            r.size = asset.size;
        }
        if (r.quicklook.isEmpty() && (asset.roles.contains(QStringLiteral("thumbnail"))
                                      || it.key().compare(QLatin1String("thumbnail"), Qt::CaseInsensitive) == 0))
            r.quicklook = asset.href;
        r.assets.append(asset);
    }
    return r;
}

StacSearchJob::StacSearchJob(NetworkAccess *network, StacSearchPlan plan, QObject *parent)
    : SearchJob(parent)
    , m_network(network)
    , m_plan(std::move(plan))
{
}

StacSearchJob::~StacSearchJob()
{
    // Nothing may be emitted from here: the request's answer is no longer wanted.
    m_done = true;
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void StacSearchJob::start()
{
    QString base = m_plan.stacBase.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl url(base + QStringLiteral("/search"));
    QTimer::singleShot(0, this, [this, url] { send(url, "POST", m_plan.body); });
}

void StacSearchJob::cancel()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
    finish(Error(ErrorClass::Cancelled, QStringLiteral("Search cancelled")));
}

void StacSearchJob::send(const QUrl &url, const QByteArray &method, const QJsonObject &body)
{
    if (m_done || !m_network)
        return;
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.limitKey = m_plan.limitKey;
    request.headers.append({QByteArray("Accept"), QByteArray("application/geo+json, application/json")});
    if (method == "POST") {
        request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    m_job = m_network->send(request);
    connect(m_job, &HttpJob::finished, this, &StacSearchJob::onResponse);
}

void StacSearchJob::onResponse(const HttpResponse &response)
{
    if (m_done)
        return;
    if (!response.ok()) {
        finish(serviceError(response, QStringLiteral("The Copernicus Data Space STAC search")));
        return;
    }
    const QJsonObject root = QJsonDocument::fromJson(response.body).object();
    if (!root.value(QStringLiteral("features")).isArray()) {
        finish(Error(ErrorClass::Protocol, QStringLiteral("The STAC service answered something that is not an item list")));
        return;
    }
    const QJsonValue matched = root.value(QStringLiteral("numberMatched"));
    if (matched.isDouble() && m_total < 0)
        m_total = qint64(matched.toDouble());
    QList<SceneResult> page;
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();
    for (const auto &f : features) {
        if (m_plan.limit && m_delivered + page.size() >= *m_plan.limit)
            break;
        SceneResult r = parseStacItem(f.toObject(), m_plan.provider, m_plan.collection);
        if (m_seen.contains(r.remoteId))
            continue;
        m_seen.insert(r.remoteId);
        page.append(r);
    }
    m_delivered += page.size();
    if (!page.isEmpty())
        Q_EMIT pageReady(page);
    if (m_done)
        return;
    Q_EMIT progress(m_delivered, m_total);
    if ((m_plan.limit && m_delivered >= *m_plan.limit) || features.isEmpty()) {
        finish(std::nullopt);
        return;
    }
    const QJsonArray links = root.value(QStringLiteral("links")).toArray();
    for (const auto &l : links) {
        const QJsonObject link = l.toObject();
        if (link.value(QStringLiteral("rel")).toString() != QLatin1String("next"))
            continue;
        const QUrl href(link.value(QStringLiteral("href")).toString());
        const QByteArray method = link.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toUpper().toLatin1();
        QJsonObject body = m_plan.body;
        if (link.value(QStringLiteral("body")).isObject()) {
            const QJsonObject extra = link.value(QStringLiteral("body")).toObject();
            // STAC API: merge=true means "add to the previous body", otherwise it replaces it.
            if (!link.value(QStringLiteral("merge")).toBool(false))
                body = {};
            for (auto it = extra.begin(); it != extra.end(); ++it)
                body.insert(it.key(), it.value());
        }
        m_plan.body = body;
        send(href, method, body);
        return;
    }
    finish(std::nullopt);
}

void StacSearchJob::finish(const std::optional<Error> &error)
{
    if (m_done)
        return;
    m_done = true;
    if (error)
        Q_EMIT failed(*error);
    else
        Q_EMIT finished();
}

} // namespace eoc::dataspace

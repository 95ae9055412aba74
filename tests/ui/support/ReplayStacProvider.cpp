#include "tests/ui/support/ReplayStacProvider.h"

#include "core/net/NetworkAccess.h"
#include "core/stac/StacItem.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

namespace eoc::test {

namespace {

class ReplaySearchJob final : public SearchJob
{
public:
    ReplaySearchJob(NetworkAccess *network, QUrl url, QByteArray body, int maxPages, bool withAssets)
        : m_network(network), m_url(std::move(url)), m_body(std::move(body)), m_maxPages(maxPages), m_withAssets(withAssets) {}

    void start() override { post(m_body); }
    void cancel() override
    {
        m_cancelled = true;
        if (m_job)
            m_job->cancel();
    }

private:
    void post(const QByteArray &body)
    {
        HttpRequest request;
        request.method = "POST";
        request.url = m_url;
        request.body = body;
        request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        m_job = m_network->send(request);
        connect(m_job, &HttpJob::finished, this, [this](const HttpResponse &response) { onPage(response); });
    }

    void onPage(const HttpResponse &response)
    {
        if (m_cancelled)
            return;
        if (!response.ok()) {
            Q_EMIT failed(response.error);
            return;
        }
        const QJsonObject page = QJsonDocument::fromJson(response.body).object();
        QList<SceneResult> results;
        for (const QJsonValue &feature : page.value(QLatin1String("features")).toArray())
            results.append(ReplayStacProvider::itemToResult(feature.toObject(), m_withAssets));
        m_received += results.size();
        Q_EMIT pageReady(results);
        Q_EMIT progress(m_received, page.value(QLatin1String("numberMatched")).toInteger(-1));
        if (++m_pages >= m_maxPages) {
            Q_EMIT finished();
            return;
        }
        for (const QJsonValue &link : page.value(QLatin1String("links")).toArray()) {
            const QJsonObject l = link.toObject();
            if (l.value(QLatin1String("rel")).toString() == QLatin1String("next")) {
                post(QJsonDocument(l.value(QLatin1String("body")).toObject()).toJson(QJsonDocument::Compact));
                return;
            }
        }
        Q_EMIT finished();
    }

    NetworkAccess *m_network;
    QUrl m_url;
    QByteArray m_body;
    QPointer<HttpJob> m_job;
    qint64 m_received = 0;
    int m_maxPages = 2;
    bool m_withAssets = false;
    int m_pages = 0;
    bool m_cancelled = false;
};

// Hands out a plan for one file on the replay server, on the next turn of the event loop.
class ReplayPlanJob final : public PlanJob
{
public:
    explicit ReplayPlanJob(DownloadPlan plan) : m_plan(std::move(plan)) {}
    void start() override
    {
        QTimer::singleShot(0, this, [this] {
            if (!m_cancelled)
                Q_EMIT finished(m_plan);
        });
    }
    void cancel() override { m_cancelled = true; }

private:
    DownloadPlan m_plan;
    bool m_cancelled = false;
};

} // namespace

ReplayStacProvider::ReplayStacProvider(NetworkAccess *network, QUrl searchUrl, int maxPages, bool withAssets,
                                       QObject *parent)
    : Provider(parent), m_network(network), m_searchUrl(std::move(searchUrl)), m_maxPages(maxPages), m_withAssets(withAssets)
{
}

QList<CollectionInfo> ReplayStacProvider::collections() const
{
    return {{QStringLiteral("sentinel-2-l2a"), QStringLiteral("Sentinel-2 Level-2A"), {}, {QStringLiteral("cloud"), QStringLiteral("tile")}, QStringLiteral("sentinel-2")},
            {QStringLiteral("sentinel-1-grd"), QStringLiteral("Sentinel-1 GRD"), {}, {QStringLiteral("orbit_direction")}, QStringLiteral("sentinel-1")}};
}

ProviderCapabilities ReplayStacProvider::capabilities() const
{
    ProviderCapabilities caps;
    caps.needsCredentials = false;
    caps.registrationUrl = QStringLiteral("https://example.org/register");
    return caps;
}

QList<SettingSpec> ReplayStacProvider::settingSpecs() const
{
    return {{QStringLiteral("replay.search_url"), m_searchUrl.toString(), QStringLiteral("The STAC /search endpoint")}};
}

SearchJob *ReplayStacProvider::search(const SearchQuery &query)
{
    QJsonObject body;
    body.insert(QStringLiteral("collections"), QJsonArray{query.collection});
    if (query.cloudMax)
        body.insert(QStringLiteral("filter"), QJsonObject{{QStringLiteral("op"), QStringLiteral("lte")},
            {QStringLiteral("args"), QJsonArray{QJsonObject{{QStringLiteral("property"), QStringLiteral("eo:cloud_cover")}}, *query.cloudMax}}});
    return new ReplaySearchJob(m_network, m_searchUrl, QJsonDocument(body).toJson(QJsonDocument::Compact), m_maxPages, m_withAssets);
}

SearchJob *ReplayStacProvider::lookup(const QString &, const QString &)
{
    return failedSearchJob(Error(ErrorClass::Permanent, QStringLiteral("lookup is not replayed")));
}

PlanJob *ReplayStacProvider::resolve(const SceneResult &scene)
{
    DownloadPlan plan;
    DownloadFile file;
    file.url = m_searchUrl.resolved(QUrl(QStringLiteral("/files/%1.tif").arg(scene.sceneId)));
    file.relativePath = scene.sceneId + QStringLiteral(".tif");
    plan.files.append(file);
    plan.limitKey = name();
    return new ReplayPlanJob(plan);
}

SceneResult ReplayStacProvider::itemToResult(const QJsonObject &item, bool withAssets)
{
    const QJsonObject props = item.value(QLatin1String("properties")).toObject();
    SceneResult r;
    r.sceneId = item.value(QLatin1String("id")).toString();
    r.remoteId = r.sceneId;
    r.provider = QStringLiteral("replay");
    r.collection = item.value(QLatin1String("collection")).toString();
    if (props.contains(QLatin1String("eo:cloud_cover")))
        r.cloudCover = props.value(QLatin1String("eo:cloud_cover")).toDouble();
    const QString when = props.value(QLatin1String("datetime")).toString();
    r.start = QDateTime::fromString(when.isEmpty() ? props.value(QLatin1String("start_datetime")).toString() : when, Qt::ISODateWithMs);
    r.end = r.start;
    const Result<Region> geometry = Region::fromGeoJson(item.value(QLatin1String("geometry")).toObject());
    if (geometry) {
        r.footprint = *geometry;
    } else {
        const QJsonArray bbox = item.value(QLatin1String("bbox")).toArray();
        r.footprint = Region::fromBox({bbox.at(0).toDouble(), bbox.at(1).toDouble(), bbox.at(2).toDouble(), bbox.at(3).toDouble()});
    }
    for (const char *key : {"s2:mgrs_tile", "grid:code", "landsat:wrs_path"})
        if (props.contains(QLatin1String(key))) {
            r.tile = props.value(QLatin1String(key)).toString();
            break;
        }
    const QJsonObject thumbnail = item.value(QLatin1String("assets")).toObject().value(QLatin1String("thumbnail")).toObject();
    const QUrl quicklook(thumbnail.value(QLatin1String("href")).toString());
    // UI tests stay on the loopback interface: the table fetches the thumbnails of the rows it
    // paints, so a recorded quicklook on the internet is dropped unless the replay rewrote it to
    // the local server.
    const QHostAddress host(quicklook.host());
    if (quicklook.scheme().startsWith(QLatin1String("http"))
        && (host.isLoopback() || quicklook.host() == QLatin1String("localhost")))
        r.quicklook = quicklook;
    if (withAssets) {
        if (auto scene = stac::itemToScene(item, r.provider))
            r.assets = scene->assets;
    }
    return r;
}

} // namespace eoc::test

#include "core/net/NetworkAccess.h"
#include "providers/stac/StacItem.h"
#include "providers/stac/StacJobs.h"
#include "providers/stac/StacProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace eoc::stac {

namespace {

QJsonObject nextLink(const QJsonObject &page)
{
    const auto links = page.value(QStringLiteral("links")).toArray();
    for (const auto &v : links) {
        const auto link = v.toObject();
        if (link.value(QStringLiteral("rel")).toString() == QLatin1String("next"))
            return link;
    }
    return {};
}

// numberMatched (OGC API Features) or context.matched (the older context extension); -1 unknown.
qint64 matchedOf(const QJsonObject &page)
{
    const auto matched = page.value(QStringLiteral("numberMatched"));
    if (matched.isDouble())
        return static_cast<qint64>(matched.toDouble());
    const auto context = page.value(QStringLiteral("context")).toObject().value(QStringLiteral("matched"));
    if (context.isDouble())
        return static_cast<qint64>(context.toDouble());
    return -1;
}

QString knownNames(const QList<CollectionInfo> &list)
{
    QStringList names;
    for (const auto &c : list)
        names << c.name;
    if (names.size() > 30)
        return names.mid(0, 30).join(QStringLiteral(", ")) + QStringLiteral(", ...");
    return names.join(QStringLiteral(", "));
}

} // namespace

StacSearchJob::StacSearchJob(StacProvider *provider, SearchQuery query)
    : m_provider(provider), m_query(std::move(query))
{
}

void StacSearchJob::start()
{
    if (!m_provider) {
        fail(Error(ErrorClass::Permanent, QStringLiteral("The STAC provider is gone")));
        return;
    }
    const Status valid = m_query.validate();
    if (!valid) {
        fail(valid.error());
        return;
    }
    auto ep = m_provider->endpoint(m_query.extra);
    if (!ep) {
        fail(ep.error());
        return;
    }
    m_endpoint = ep.value();
    m_provider->withServer(m_endpoint.url, this, [this](const Result<StacServer> &server) {
        if (!server) {
            fail(server.error());
            return;
        }
        if (m_query.collection.isEmpty()) {
            searchWith(server.value());
            return;
        }
        // Check the collection name against the server's list, so a typo is a clear error rather
        // than an empty result. A server without a readable list is searched anyway.
        const StacServer s = server.value();
        m_provider->withCollections(m_endpoint.url, this, [this, s](const Result<QList<CollectionInfo>> &list) {
            if (list && !list->isEmpty()) {
                bool known = false;
                for (const auto &c : list.value())
                    known = known || c.name == m_query.collection;
                if (!known) {
                    fail(Error(ErrorClass::BadInput, QStringLiteral("Unknown collection '%1' at %2; it has: %3")
                                                         .arg(m_query.collection, m_endpoint.url.toString(),
                                                              knownNames(list.value()))));
                    return;
                }
            }
            searchWith(s);
        });
    });
}

void StacSearchJob::searchWith(const StacServer &server)
{
    auto request = buildSearchRequest(m_query, server, m_endpoint.preset, m_provider->pageSize());
    if (!request) {
        fail(request.error());
        return;
    }
    send(request.value());
}

void StacSearchJob::send(const SearchRequest &request)
{
    if (m_done || !m_provider)
        return;
    // A server that hands out the same next link again would page forever.
    const QByteArray key = request.method + ' ' + request.url.toEncoded() + ' '
                           + QJsonDocument(request.body).toJson(QJsonDocument::Compact);
    if (m_requestsSent.contains(key)) {
        complete();
        return;
    }
    m_requestsSent.insert(key);
    m_http = m_provider->network()->send(StacProvider::jsonRequest(request.url, request.method, request.body));
    connect(m_http, &HttpJob::finished, this, [this, request](const HttpResponse &response) {
        onPage(response, request);
    });
}

void StacSearchJob::onPage(const HttpResponse &response, const SearchRequest &request)
{
    if (m_done)
        return;
    if (!response.ok()) {
        fail(stacHttpError(response, QStringLiteral("The STAC search at %1 failed").arg(request.url.toString())));
        return;
    }
    QJsonParseError parseError;
    const QJsonObject page = QJsonDocument::fromJson(response.body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || !page.contains(QStringLiteral("features"))) {
        fail(Error(ErrorClass::Protocol,
                   QStringLiteral("The STAC search at %1 did not answer with a FeatureCollection").arg(request.url.toString())));
        return;
    }

    const auto features = page.value(QStringLiteral("features")).toArray();
    QList<SceneResult> results;
    for (const auto &f : features) {
        if (m_query.limit && m_received + results.size() >= *m_query.limit)
            break;
        auto scene = itemToScene(f.toObject(), m_provider->name());
        if (!scene)
            continue;   // one malformed item does not spoil the page
        // The query extension cannot say "this path AND that row, OR ...": narrow down here.
        if (!matchesTiles(scene->tile, m_query.tiles))
            continue;
        results << scene.value();
    }
    m_received += results.size();
    if (!results.isEmpty())
        Q_EMIT pageReady(results);
    qint64 total = matchedOf(page);
    if (m_query.limit && (total < 0 || total > *m_query.limit))
        total = *m_query.limit;
    Q_EMIT progress(m_received, total);

    const QJsonObject next = nextLink(page);
    if (features.isEmpty() || next.isEmpty() || (m_query.limit && m_received >= *m_query.limit)) {
        complete();
        return;
    }
    SearchRequest nextRequest;
    nextRequest.url = request.url.resolved(QUrl(next.value(QStringLiteral("href")).toString()));
    nextRequest.method = next.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toUpper().toLatin1();
    if (nextRequest.method == "POST") {
        const QJsonObject linkBody = next.value(QStringLiteral("body")).toObject();
        if (next.value(QStringLiteral("merge")).toBool(false)) {
            // merge: the link's body is applied on top of the previous request's body.
            nextRequest.body = request.body;
            for (auto it = linkBody.begin(); it != linkBody.end(); ++it)
                nextRequest.body[it.key()] = it.value();
        } else {
            nextRequest.body = linkBody;
        }
    }
    send(nextRequest);
}

void StacSearchJob::cancel()
{
    if (m_done)
        return;
    fail(Error(ErrorClass::Cancelled, QStringLiteral("The search was cancelled")));
    if (m_http)
        m_http->cancel();
}

void StacSearchJob::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    QTimer::singleShot(0, this, [this, error] { Q_EMIT failed(error); });
}

void StacSearchJob::complete()
{
    if (m_done)
        return;
    m_done = true;
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(); });
}

// ---------------------------------------------------------------------------------------------

StacLookupJob::StacLookupJob(StacProvider *provider, QString collection, QString sceneId)
    : m_provider(provider), m_collection(std::move(collection)), m_sceneId(std::move(sceneId))
{
}

void StacLookupJob::start()
{
    if (!m_provider) {
        fail(Error(ErrorClass::Permanent, QStringLiteral("The STAC provider is gone")));
        return;
    }
    if (m_collection.isEmpty() || m_sceneId.isEmpty()) {
        fail(Error(ErrorClass::BadInput, QStringLiteral("Looking up a STAC item needs a collection and an id")));
        return;
    }
    auto ep = m_provider->endpoint();
    if (!ep) {
        fail(ep.error());
        return;
    }
    m_provider->withServer(ep->url, this, [this](const Result<StacServer> &server) {
        if (!server) {
            fail(server.error());
            return;
        }
        QUrl url = server->collectionsUrl;
        url.setPath(url.path() + QLatin1Char('/') + m_collection + QStringLiteral("/items/") + m_sceneId);
        const StacServer s = server.value();
        m_http = m_provider->network()->send(StacProvider::jsonRequest(url));
        connect(m_http, &HttpJob::finished, this, [this, s](const HttpResponse &response) {
            if (response.ok()) {
                deliver(QJsonDocument::fromJson(response.body).object());
                return;
            }
            if (response.status == 404) {
                searchByIds(s);   // the scene id may be a product name rather than the item id
                return;
            }
            fail(stacHttpError(response, QStringLiteral("Could not read item %1").arg(m_sceneId)));
        });
    });
}

void StacLookupJob::searchByIds(const StacServer &server)
{
    SearchQuery query;
    query.collection = m_collection;
    auto built = buildSearchRequest(query, server, std::nullopt, 10);
    if (!built) {
        fail(built.error());
        return;
    }
    SearchRequest request = built.value();
    if (request.method == "POST") {
        request.body[QStringLiteral("ids")] = QJsonArray{m_sceneId};
    } else {
        QString q = request.url.query(QUrl::FullyEncoded);
        q += QStringLiteral("&ids=") + QString::fromLatin1(QUrl::toPercentEncoding(m_sceneId));
        request.url.setQuery(q, QUrl::StrictMode);
    }
    m_http = m_provider->network()->send(StacProvider::jsonRequest(request.url, request.method, request.body));
    connect(m_http, &HttpJob::finished, this, [this](const HttpResponse &response) {
        if (!response.ok()) {
            fail(stacHttpError(response, QStringLiteral("Could not look up %1").arg(m_sceneId)));
            return;
        }
        const auto features = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("features")).toArray();
        if (features.isEmpty()) {
            fail(Error(ErrorClass::NotFound,
                       QStringLiteral("No item '%1' in the STAC collection '%2'").arg(m_sceneId, m_collection)));
            return;
        }
        deliver(features.first().toObject());
    });
}

void StacLookupJob::deliver(const QJsonObject &item)
{
    auto scene = itemToScene(item, m_provider->name());
    if (!scene) {
        fail(scene.error());
        return;
    }
    m_done = true;
    const QList<SceneResult> page = {scene.value()};
    QTimer::singleShot(0, this, [this, page] {
        Q_EMIT pageReady(page);
        Q_EMIT finished();
    });
}

void StacLookupJob::cancel()
{
    fail(Error(ErrorClass::Cancelled, QStringLiteral("The lookup was cancelled")));
    if (m_http)
        m_http->cancel();
}

void StacLookupJob::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    QTimer::singleShot(0, this, [this, error] { Q_EMIT failed(error); });
}

} // namespace eoc::stac

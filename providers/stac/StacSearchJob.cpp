#include "core/net/NetworkAccess.h"
#include "core/stac/StacItem.h"
#include "core/stac/StacPage.h"
#include "providers/stac/StacJobs.h"
#include "providers/stac/StacProvider.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace eoc::stac {

namespace {

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
    if (isDone())
        return;
    if (!m_provider) {
        fail(Error(ErrorClass::Permanent, QCoreApplication::translate("StacProvider", "The STAC provider is gone")));
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
        if (isDone())
            return;
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
                    fail(Error(ErrorClass::BadInput, QCoreApplication::translate("StacProvider", "Unknown collection '%1' at %2; it has: %3")
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
    if (isDone() || !m_provider)
        return;
    auto request = buildSearchRequest(m_query, server, m_endpoint.preset, m_provider->pageSize());
    if (!request) {
        fail(request.error());
        return;
    }
    StacPager::Options options;
    options.providerName = m_provider->name();
    options.limitKey = QStringLiteral("stac");
    options.limit = m_query.limit;
    const QStringList tiles = m_query.tiles;
    // The query extension cannot say "this path AND that row, OR ...": narrow down here.
    options.adjust = [tiles](SceneResult &scene) { return matchesTiles(scene.tile, tiles); };
    m_pager = new StacPager(m_provider->network(), options, this);
    connect(m_pager, &StacPager::pageReady, this, &SearchJob::pageReady);
    connect(m_pager, &StacPager::progress, this, &SearchJob::progress);
    connect(m_pager, &StacPager::warning, this, &SearchJob::warning);
    connect(m_pager, &StacPager::finished, this, [this] { emitFinishedOnce(); });
    connect(m_pager, &StacPager::failed, this, [this](const Error &error) { emitFailedOnce(error); });
    m_pager->start(request.value());
}

void StacSearchJob::cancel()
{
    if (m_pager)
        m_pager->abort();
    if (m_provider)
        m_provider->withdraw(this);
    // Ends now: a later start() sends nothing, and answers still on their way are ignored.
    emitFailedOnce(Error(ErrorClass::Cancelled, QCoreApplication::translate("StacProvider", "The search was cancelled")));
}

void StacSearchJob::fail(const Error &error)
{
    if (isDone())
        return;
    QTimer::singleShot(0, this, [this, error] { emitFailedOnce(error); });
}

// ---------------------------------------------------------------------------------------------

StacCollectionsJob::StacCollectionsJob(StacProvider *provider, QVariantMap filters)
    : m_provider(provider), m_filters(std::move(filters))
{
}

void StacCollectionsJob::start()
{
    QTimer::singleShot(0, this, [this] {
        if (!m_provider) {
            emitFailedOnce(Error(ErrorClass::Permanent, QCoreApplication::translate("StacProvider", "The STAC provider is gone")));
            return;
        }
        const QString keyword = m_filters.value(QStringLiteral("keyword")).toString().trimmed();
        m_provider->reloadCollections(this, [this, keyword](const Result<QList<CollectionInfo>> &list) {
            if (!list) {
                emitFailedOnce(list.error());
                return;
            }
            QList<CollectionInfo> matching;
            for (const auto &c : list.value()) {
                if (keyword.isEmpty() || c.name.contains(keyword, Qt::CaseInsensitive)
                    || c.title.contains(keyword, Qt::CaseInsensitive))
                    matching << c;
            }
            emitFinishedOnce(matching);
        });
    });
}

void StacCollectionsJob::cancel()
{
    if (m_provider)
        m_provider->withdraw(this);
    emitFailedOnce(Error(ErrorClass::Cancelled, QCoreApplication::translate("StacProvider", "Listing the collections was cancelled")));
}

// ---------------------------------------------------------------------------------------------

StacLookupJob::StacLookupJob(StacProvider *provider, QString collection, QString sceneId)
    : m_provider(provider), m_collection(std::move(collection)), m_sceneId(std::move(sceneId))
{
}

void StacLookupJob::start()
{
    if (!m_provider) {
        fail(Error(ErrorClass::Permanent, QCoreApplication::translate("StacProvider", "The STAC provider is gone")));
        return;
    }
    if (m_collection.isEmpty() || m_sceneId.isEmpty()) {
        fail(Error(ErrorClass::BadInput, QCoreApplication::translate("StacProvider", "Looking up a STAC item needs a collection and an id")));
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
        m_http = m_provider->network()->send(m_provider->jsonRequest(url));
        connect(m_http, &HttpJob::finished, this, [this, s](const HttpResponse &response) {
            if (response.ok()) {
                deliver(QJsonDocument::fromJson(response.body).object());
                return;
            }
            if (response.status == 404) {
                searchByIds(s);   // the scene id may be a product name rather than the item id
                return;
            }
            fail(stacHttpError(response, QCoreApplication::translate("StacProvider", "Could not read item %1").arg(m_sceneId)));
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
    m_http = m_provider->network()->send(m_provider->jsonRequest(request.url, request.method, request.body));
    connect(m_http, &HttpJob::finished, this, [this, request](const HttpResponse &response) {
        if (!response.ok()) {
            fail(stacHttpError(response, QCoreApplication::translate("StacProvider", "Could not look up %1").arg(m_sceneId)));
            return;
        }
        const auto page = parseSearchPage(response.body, request);
        if (!page) {
            fail(page.error());
            return;
        }
        if (page->features.isEmpty()) {
            fail(Error(ErrorClass::NotFound,
                       QCoreApplication::translate("StacProvider", "No item '%1' in the STAC collection '%2'").arg(m_sceneId, m_collection)));
            return;
        }
        deliver(page->features.first().toObject());
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
    if (m_provider)
        m_provider->withdraw(this);
    fail(Error(ErrorClass::Cancelled, QCoreApplication::translate("StacProvider", "The lookup was cancelled")));
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

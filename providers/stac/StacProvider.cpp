#include "providers/stac/StacProvider.h"

#include "core/provider/DateSplitSearchJob.h"
#include "core/stac/StacQueryables.h"

#include "core/net/NetworkAccess.h"
#include "core/net/RequestRules.h"
#include "providers/stac/BdcCollections.h"
#include "providers/stac/StacJobs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStac, "eoc.provider.stac", QtWarningMsg)

namespace eoc::stac {

namespace {

constexpr int kMaxCollectionPages = 50;

QJsonObject parseObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QString familyOf(const QString &id)
{
    const QString c = id.toLower();
    if (c.contains(QLatin1String("sentinel-2")) || c.startsWith(QLatin1String("s2")))
        return QStringLiteral("sentinel-2");
    if (c.contains(QLatin1String("sentinel-1")))
        return QStringLiteral("sentinel-1");
    if (c.contains(QLatin1String("landsat")))
        return QStringLiteral("landsat");
    if (c.startsWith(QLatin1String("cb4")) || c.contains(QLatin1String("cbers")))
        return QStringLiteral("cbers");
    return {};
}

// Filters every STAC collection can take (SearchQuery field names).
QStringList standardFilters()
{
    return {QStringLiteral("cloud"), QStringLiteral("product_type"), QStringLiteral("tile"),
            QStringLiteral("platform"), QStringLiteral("orbit_direction"), QStringLiteral("relative_orbit")};
}

} // namespace

StacProvider::StacProvider(const ProviderContext &context, QObject *parent)
    : Provider(parent), m_context(context)
{
}

StacProvider::StacProvider(const ProviderContext &context, const FixedCatalog &fixed, QObject *parent)
    : Provider(parent), m_context(context), m_fixed(fixed)
{
}

CredentialSource *StacProvider::credentialSource() const
{
    return m_context.credentials;
}

QString StacProvider::account() const
{
    return m_context.account;
}

QString StacProvider::fixedUrlSetting() const
{
    return m_fixed->name + QStringLiteral(".url");
}

QList<SettingSpec> StacProvider::settingSpecs() const
{
    if (m_fixed) {
        return {{fixedUrlSetting(), presetByName(m_fixed->name)->defaultUrl,
                 QCoreApplication::translate("StacProvider", "Root URL of %1's STAC API").arg(m_fixed->title)}};
    }
    QList<SettingSpec> specs = {
        {QStringLiteral("stac.url"), presetByName(kDefaultPreset)->defaultUrl,
         QCoreApplication::translate("StacProvider", "Root URL of the STAC API to search. Set to anything other than the default, it wins "
                        "over stac.preset.")},
        {QStringLiteral("stac.preset"), QString(),
         QCoreApplication::translate("StacProvider", "A known public catalogue: earth-search, planetary-computer, landsatlook, bdc, cdse "
                        "(empty: earth-search, or the catalogue stac.url points at).")},
        {QStringLiteral("stac.pc_sas_url"), QStringLiteral("https://planetarycomputer.microsoft.com/api/sas/v1/token"),
         QCoreApplication::translate("StacProvider", "Planetary Computer SAS token endpoint; GET <url>/<account>/<container> signs the downloads "
                        "from that storage container.")},
        {QStringLiteral("stac.pc_public_accounts"), QStringLiteral("ai4edatasetspublicassets"),
         QCoreApplication::translate("StacProvider", "Planetary Computer storage accounts that are public (comma-separated): no SAS token.")},
        {QStringLiteral("stac.page_size"), QStringLiteral("100"),
         QCoreApplication::translate("StacProvider", "Items per search page (the catalogue's own cap applies).")},
        {QStringLiteral("stac.search_connections"), QStringLiteral("4"),
         QCoreApplication::translate("StacProvider", "A search of several days without a limit is cut into this many date ranges searched at "
                                                     "once (1: one search, one page after the other).")},
    };
    for (const auto &p : stacPresets())
        specs << SettingSpec{p.urlSettingKey(), p.defaultUrl, QCoreApplication::translate("StacProvider", "Root URL of %1").arg(p.title)};
    return specs;
}

ProviderCapabilities StacProvider::capabilities() const
{
    ProviderCapabilities caps;
    caps.canSearch = true;
    caps.canDownload = true;
    caps.needsCredentials = false;
    caps.maxConnections = 4;
    caps.canRefreshCollections = true;
    // Any collection id the catalogue has is searchable; the search checks it against the server.
    caps.openCollections = true;
    if (m_fixed && m_fixed->name == QLatin1String("bdc")) {
        // An optional access token for restricted cube collections (all were public in 2026).
        caps.credentialKind = QStringLiteral("token");
        caps.registrationUrl = QStringLiteral("https://data.inpe.br/bdc/");
    }
    return caps;
}

Result<StacEndpoint> StacProvider::endpoint(const QVariantMap &extra) const
{
    if (!m_fixed)
        return resolveEndpoint(m_context.settings, extra);
    // One catalogue only: its URL setting wins over any catalog filter or stac.* setting, and the
    // preset's rules apply even when the URL points elsewhere (a mirror, a test server).
    const auto preset = presetByName(m_fixed->name);
    QVariantMap fixed = extra;
    fixed[QStringLiteral("catalog")] = settingOr(m_context.settings, fixedUrlSetting(), preset->defaultUrl).trimmed();
    const auto resolved = resolveEndpoint(m_context.settings, fixed);
    if (!resolved)
        return resolved.error();
    return StacEndpoint{resolved->url, preset};
}

int StacProvider::pageSize() const
{
    bool ok = false;
    const int size = settingOr(m_context.settings, QStringLiteral("stac.page_size"), QStringLiteral("100")).toInt(&ok);
    return ok && size > 0 ? size : 100;
}

QUrl StacProvider::sasUrl() const
{
    return QUrl(settingOr(m_context.settings, QStringLiteral("stac.pc_sas_url"),
                          QStringLiteral("https://planetarycomputer.microsoft.com/api/sas/v1/token")));
}

QStringList StacProvider::publicStorageAccounts() const
{
    QStringList accounts;
    const auto parts = settingOr(m_context.settings, QStringLiteral("stac.pc_public_accounts"),
                                 QStringLiteral("ai4edatasetspublicassets")).split(QLatin1Char(','));
    for (const auto &p : parts) {
        if (!p.trimmed().isEmpty())
            accounts << p.trimmed().toLower();
    }
    return accounts;
}

QStringList StacProvider::presets() const
{
    // The fixed catalogues (bdc) talk to one service only.
    QStringList names;
    if (!m_fixed) {
        for (const auto &preset : stac::stacPresets())
            names << preset.name;
    }
    return names;
}

QList<CollectionInfo> StacProvider::collections() const
{
    const auto ep = endpoint();
    if (!ep)
        return {};
    const auto listed = m_collections.value(ep->url.toString());
    // The Brazil Data Cube's own names are offered before the catalogue is asked (BDC-Collectors'
    // users know them); what the catalogue lists replaces them.
    if (listed.isEmpty() && m_fixed && m_fixed->name == QLatin1String("bdc"))
        return bdcKnownCollections();
    return listed;
}

HttpRequest StacProvider::jsonRequest(const QUrl &url, const QByteArray &method, const QJsonObject &body)
{
    return stac::jsonRequest(url, method, body, QStringLiteral("stac"));
}

void StacProvider::withServer(const QUrl &root, QObject *context, ServerCallback callback)
{
    const QString key = root.toString();
    if (m_servers.contains(key)) {
        const StacServer server = m_servers.value(key);
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(this, [guard, callback, server] {
            if (guard)
                callback(server);
        }, Qt::QueuedConnection);
        return;
    }
    const bool inFlight = m_serverWaiters.contains(key);
    m_serverWaiters[key].append({context, std::move(callback)});
    if (inFlight)
        return;

    auto deliver = [this, key](const Result<StacServer> &r) {
        m_serverJobs.remove(key);
        if (r)
            m_servers.insert(key, r.value());
        const auto waiters = m_serverWaiters.take(key);
        for (const auto &w : waiters) {
            if (w.context)
                w.callback(r);
        }
    };
    auto *job = network()->send(jsonRequest(root));
    m_serverJobs.insert(key, job);
    connect(job, &HttpJob::finished, this, [this, root, key, deliver](const HttpResponse &response) {
        if (!response.ok()) {
            deliver(stacHttpError(response, QCoreApplication::translate("StacProvider", "The STAC API at %1 did not answer").arg(root.toString())));
            return;
        }
        const QJsonObject landing = parseObject(response.body);
        if (landing.isEmpty()) {
            deliver(Error(ErrorClass::Protocol,
                          QCoreApplication::translate("StacProvider", "%1 is not a STAC API: its landing page is not a JSON object").arg(root.toString())));
            return;
        }
        StacServer server = parseLanding(landing, root);
        if (!server.conformance.isEmpty()) {
            deliver(server);
            return;
        }
        // Older servers list conformance classes only at /conformance.
        QUrl conformanceUrl = root;
        conformanceUrl.setPath(root.path() + QStringLiteral("/conformance"));
        auto *conformanceJob = network()->send(jsonRequest(conformanceUrl));
        m_serverJobs.insert(key, conformanceJob);
        connect(conformanceJob, &HttpJob::finished, this, [server, deliver](const HttpResponse &r) mutable {
            if (r.ok()) {
                QStringList classes;
                const auto array = parseObject(r.body).value(QStringLiteral("conformsTo")).toArray();
                for (const auto &c : array)
                    classes << c.toString();
                applyConformance(server, classes);
            }
            deliver(server);
        });
    });
}

void StacProvider::withCollections(const QUrl &root, QObject *context, CollectionsCallback callback)
{
    const QString key = root.toString();
    if (m_collections.contains(key)) {
        const auto list = m_collections.value(key);
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(this, [guard, callback, list] {
            if (guard)
                callback(list);
        }, Qt::QueuedConnection);
        return;
    }
    const bool inFlight = m_collectionWaiters.contains(key);
    m_collectionWaiters[key].append({context, std::move(callback)});
    if (inFlight)
        return;
    // The listing waits for the server under a context of its own, so that withdrawing the
    // listing withdraws that wait too.
    auto *fetcher = new QObject(this);
    m_collectionFetchers.insert(key, fetcher);
    withServer(root, fetcher, [this, root](const Result<StacServer> &server) {
        if (!server) {
            finishCollections(root, server.error());
            return;
        }
        fetchCollectionsPage(root, server->collectionsUrl, {}, 0);
    });
}

void StacProvider::withdraw(QObject *context)
{
    const auto gone = [context](const auto &waiter) { return !waiter.context || waiter.context == context; };
    const QStringList listings = m_collectionWaiters.keys();
    for (const QString &key : listings) {
        auto &waiters = m_collectionWaiters[key];
        waiters.removeIf(gone);
        if (!waiters.isEmpty())
            continue;
        m_collectionWaiters.remove(key);
        if (const QPointer<HttpJob> job = m_collectionJobs.take(key))
            job->cancel();   // its answer finds nobody waiting
        delete m_collectionFetchers.take(key).data();
    }
    const QStringList servers = m_serverWaiters.keys();
    for (const QString &key : servers) {
        auto &waiters = m_serverWaiters[key];
        waiters.removeIf(gone);
        if (!waiters.isEmpty())
            continue;
        m_serverWaiters.remove(key);
        if (const QPointer<HttpJob> job = m_serverJobs.take(key))
            job->cancel();
    }
}

void StacProvider::fetchCollectionsPage(const QUrl &root, const QUrl &url, QList<CollectionInfo> collected, int pages)
{
    auto *job = network()->send(jsonRequest(url));
    m_collectionJobs.insert(root.toString(), job);
    connect(job, &HttpJob::finished, this, [this, root, url, collected, pages](const HttpResponse &response) mutable {
        if (!response.ok()) {
            finishCollections(root, stacHttpError(response, QCoreApplication::translate("StacProvider", "Could not list the collections of %1")
                                                                 .arg(root.toString())));
            return;
        }
        const QJsonObject page = parseObject(response.body);
        const auto array = page.value(QStringLiteral("collections")).toArray();
        for (const auto &v : array) {
            const auto c = v.toObject();
            CollectionInfo info;
            info.name = c.value(QStringLiteral("id")).toString();
            info.title = c.value(QStringLiteral("title")).toString(info.name);
            info.filters = standardFilters();
            info.family = familyOf(info.name);
            if (!info.name.isEmpty())
                collected << info;
        }
        const QUrl next = nextHref(page, url);
        if (!array.isEmpty() && next.isValid() && next != url && pages + 1 < kMaxCollectionPages) {
            fetchCollectionsPage(root, next, collected, pages + 1);
            return;
        }
        finishCollections(root, collected);
    });
}

void StacProvider::finishCollections(const QUrl &root, const Result<QList<CollectionInfo>> &result)
{
    const QString key = root.toString();
    m_collectionJobs.remove(key);
    if (QObject *fetcher = m_collectionFetchers.take(key))
        fetcher->deleteLater();
    if (result)
        m_collections.insert(key, result.value());
    const auto waiters = m_collectionWaiters.take(key);
    for (const auto &w : waiters) {
        if (w.context)
            w.callback(result);
    }
    if (result)
        Q_EMIT collectionsChanged();
}

void StacProvider::reloadCollections(QObject *context, CollectionsCallback callback)
{
    const auto ep = endpoint();
    if (!ep) {
        const Error error = ep.error();
        QMetaObject::invokeMethod(context, [callback, error] { callback(error); }, Qt::QueuedConnection);
        return;
    }
    // A refresh already under way answers this caller too; otherwise read the list again.
    if (!m_collectionWaiters.contains(ep->url.toString()))
        m_collections.remove(ep->url.toString());
    withCollections(ep->url, context, std::move(callback));
}

CollectionsJob *StacProvider::refreshCollections(const QVariantMap &filters)
{
    return new StacCollectionsJob(this, filters);
}

QList<FilterField> StacProvider::filterFields(const QString &collection) const
{
    const auto ep = endpoint();
    if (!ep)
        return {};
    return m_filterFields.value(filterFieldsKey(ep->url, collection));
}

void StacProvider::requestFilterFields(const QString &collection)
{
    const auto ep = endpoint();
    if (collection.isEmpty() || !ep)
        return;
    // Once per server and collection: the answer is cached, a request under way is not repeated.
    const QString key = filterFieldsKey(ep->url, collection);
    if (m_filterFields.contains(key) || m_queryablesPending.contains(key))
        return;
    refreshQueryables(collection);
}

QString StacProvider::filterFieldsKey(const QUrl &root, const QString &collection)
{
    return root.toString() + QLatin1Char('\n') + collection;
}

void StacProvider::refreshQueryables(const QString &collection)
{
    const auto ep = endpoint();
    if (!ep) {
        qCWarning(lcStac) << ep.error().message;
        return;
    }
    const QUrl root = ep->url;
    const QString pendingKey = filterFieldsKey(root, collection);
    m_queryablesPending.insert(pendingKey);
    withServer(root, this, [this, root, collection, pendingKey](const Result<StacServer> &server) {
        if (!server) {
            m_queryablesPending.remove(pendingKey);
            qCWarning(lcStac) << server.error().message;
            return;
        }
        QUrl perCollection = server->collectionsUrl;
        perCollection.setPath(perCollection.path() + QLatin1Char('/') + collection + QStringLiteral("/queryables"));
        const QUrl global = server->queryablesUrl;
        auto apply = [this, root, collection, pendingKey](const QJsonObject &schema) {
            m_queryablesPending.remove(pendingKey);
            m_filterFields.insert(pendingKey, filterFieldsFromQueryables(schema));
            QStringList names = standardFilters();
            const auto properties = schema.value(QStringLiteral("properties")).toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                if (!isBuiltInQueryable(it.key()) && !names.contains(it.key()))
                    names << it.key();
            }
            auto &list = m_collections[root.toString()];
            bool found = false;
            for (auto &info : list) {
                if (info.name == collection) {
                    info.filters = names;
                    found = true;
                }
            }
            if (!found)
                list << CollectionInfo{collection, collection, {}, names, familyOf(collection)};
            Q_EMIT collectionsChanged();
            Q_EMIT filterFieldsChanged(collection);
        };
        auto *job = network()->send(jsonRequest(perCollection));
        connect(job, &HttpJob::finished, this, [this, global, apply, pendingKey](const HttpResponse &response) {
            if (response.ok()) {
                apply(parseObject(response.body));
                return;
            }
            auto *fallback = network()->send(jsonRequest(global));
            connect(fallback, &HttpJob::finished, this, [this, apply, pendingKey](const HttpResponse &r) {
                if (r.ok()) {
                    apply(parseObject(r.body));
                    return;
                }
                // No queryables: the form keeps its free key=value input; asked again next time.
                m_queryablesPending.remove(pendingKey);
                qCWarning(lcStac) << stacHttpError(r, QStringLiteral("Could not read the queryables")).message;
            });
        });
    });
}

std::optional<StacProvider::SasToken> StacProvider::cachedSasToken(const QString &container) const
{
    const auto it = m_sasTokens.constFind(container);
    // A token about to expire would fail in the middle of a long download: renew it early.
    if (it == m_sasTokens.constEnd() || it->expiry <= QDateTime::currentDateTimeUtc().addSecs(300))
        return std::nullopt;
    return *it;
}

void StacProvider::storeSasToken(const QString &container, const SasToken &token)
{
    m_sasTokens.insert(container, token);
}

std::shared_ptr<OidcSession> StacProvider::dataspaceSession()
{
    if (!m_context.credentials)
        return nullptr;
    if (!m_sessions)
        m_sessions = std::make_unique<OidcSessionRegistry>(m_context.network, m_context.credentials);
    OidcConfig config;
    config.tokenUrl = QUrl(settingOr(m_context.settings, QStringLiteral("dataspace.token_url"),
                                     QStringLiteral("https://identity.dataspace.copernicus.eu/auth/realms/CDSE/protocol/openid-connect/token")));
    config.logoutUrl = QUrl(settingOr(m_context.settings, QStringLiteral("dataspace.logout_url"),
                                      QStringLiteral("https://identity.dataspace.copernicus.eu/auth/realms/CDSE/protocol/openid-connect/logout")));
    config.clientId = settingOr(m_context.settings, QStringLiteral("dataspace.client_id"), QStringLiteral("cdse-public"));
    config.provider = QStringLiteral("dataspace");   // the account is the user's dataspace account
    config.limitKey = QStringLiteral("dataspace");
    return m_sessions->session(config);
}

QStringList StacProvider::dataspaceHosts()
{
    return {QStringLiteral("download.dataspace.copernicus.eu"), QStringLiteral("zipper.dataspace.copernicus.eu")};
}

void StacProvider::shutdown()
{
    if (m_sessions)
        m_sessions->endAll();
}

SearchJob *StacProvider::search(const SearchQuery &query)
{
    bool ok = false;
    const int parallel = settingOr(m_context.settings, QStringLiteral("stac.search_connections"), QStringLiteral("4")).toInt(&ok);
    return DateSplitSearchJob::create(query, ok ? parallel : 4,
                                      [this](const SearchQuery &part) { return new StacSearchJob(this, part); });
}

SearchJob *StacProvider::lookup(const QString &collection, const QString &sceneId)
{
    return new StacLookupJob(this, collection, sceneId);
}

PlanJob *StacProvider::resolve(const SceneResult &scene)
{
    return new StacPlanJob(this, scene);
}

} // namespace eoc::stac

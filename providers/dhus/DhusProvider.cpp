#include "providers/dhus/DhusProvider.h"

#include "core/odata/DhusODataParser.h"
#include "core/odata/ODataSearchJob.h"
#include "core/opensearch/DhusOpenSearchParser.h"
#include "core/settings/SettingsView.h"
#include "providers/dhus/DhusHub.h"
#include "providers/dhus/DhusJobs.h"

#include <algorithm>
#include <QCoreApplication>

namespace eoc::dhus {

namespace {

QList<SettingSpec> buildSpecs()
{
    return {
        {QStringLiteral("dhus.url"), QString(),
         QCoreApplication::translate("DhusProvider", "Root of the hub (it serves /odata/v1 and /search), e.g. https://colhub.met.no")},
        {QStringLiteral("dhus.preset"), QString(),
         QCoreApplication::translate("DhusProvider", "A known hub when dhus.url is empty: colhub, colhub-archive or finhub (apihub and "
                                                     "scihub closed in October 2023)")},
        {QStringLiteral("dhus.strategy"), QStringLiteral("odata"),
         QCoreApplication::translate("DhusProvider", "Search API: odata or opensearch")},
        {QStringLiteral("dhus.accounts"), QString(),
         QCoreApplication::translate("DhusProvider", "Accounts used in turn to spread the hub's per-account limits, names separated by "
                                                     "commas (their passwords are in the keychain); empty: the default account")},
        {QStringLiteral("dhus.search_connections"), QStringLiteral("2"),
         QCoreApplication::translate("DhusProvider", "Search pages fetched at once (1: one after the other)")},
        {QStringLiteral("dhus.max_connections"), QStringLiteral("2"),
         QCoreApplication::translate("DhusProvider", "Simultaneous downloads per account (the hubs allowed 2)")},
        // The Open Access Hub allowed a limited number of archive retrievals per user and period;
        // each hub sets its own, unverified here: 20 an hour by default, a setting to match the hub.
        {QStringLiteral("dhus.archive_requests_per_hour"), QStringLiteral("20"),
         QCoreApplication::translate("DhusProvider", "Long-term archive requests per account and hour")},
        {QStringLiteral("dhus.page_size"), QStringLiteral("100"),
         QCoreApplication::translate("DhusProvider", "Results per request (the hubs allow at most 100)")},
    };
}

} // namespace

DhusProvider::DhusProvider(const ProviderContext &context, QObject *parent)
    : Provider(parent)
    , m_context(context)
{
}

DhusProvider::~DhusProvider() = default;

QString DhusProvider::title() const
{
    return QCoreApplication::translate("DhusProvider", "Data Hub Software hubs (SciHub protocol)");
}

QString DhusProvider::unavailableReason() const
{
    const auto hub = root();
    return hub ? QString() : hub.error().message;
}

QList<CollectionInfo> DhusProvider::collections() const
{
    const QStringList filters{QStringLiteral("cloud"), QStringLiteral("strategy")};
    return {
        {QStringLiteral("SENTINEL-1"), QStringLiteral("Sentinel-1 (all product types)"), {}, filters, QStringLiteral("sentinel-1")},
        {QStringLiteral("SENTINEL-2"), QStringLiteral("Sentinel-2 (all product types)"), {}, filters, QStringLiteral("sentinel-2")},
        {QStringLiteral("SENTINEL-3"), QStringLiteral("Sentinel-3 (all product types)"), {}, filters, QStringLiteral("sentinel-3")},
        {QStringLiteral("SENTINEL-5P"), QStringLiteral("Sentinel-5P (all product types)"), {}, filters, {}},
        {QStringLiteral("S2MSI1C"), QStringLiteral("Sentinel-2 Level-1C"), {}, filters, QStringLiteral("sentinel-2")},
        {QStringLiteral("S2MSI2A"), QStringLiteral("Sentinel-2 Level-2A"), {}, filters, QStringLiteral("sentinel-2")},
        {QStringLiteral("GRD"), QStringLiteral("Sentinel-1 Level-1 GRD"), {}, filters, QStringLiteral("sentinel-1")},
        {QStringLiteral("SLC"), QStringLiteral("Sentinel-1 Level-1 SLC"), {}, filters, QStringLiteral("sentinel-1")},
        {QStringLiteral("OCN"), QStringLiteral("Sentinel-1 Level-2 OCN"), {}, filters, QStringLiteral("sentinel-1")},
    };
}

ProviderCapabilities DhusProvider::capabilities() const
{
    ProviderCapabilities caps;
    caps.needsCredentials = true;
    caps.canOrderOffline = true;
    caps.maxConnections = connectionsPerAccount();
    caps.credentialKind = QStringLiteral("password");
    caps.registrationUrl = QStringLiteral("https://colhub.met.no");
    return caps;
}

QList<SettingSpec> DhusProvider::settingSpecs() const
{
    return buildSpecs();
}

QString DhusProvider::setting(const QString &key) const
{
    return settingValue(m_context.settings, key);
}

int DhusProvider::intSetting(const QString &key, int fallback) const
{
    bool ok = false;
    const int v = setting(key).toInt(&ok);
    return ok && v > 0 ? v : fallback;
}

Result<QUrl> DhusProvider::root() const
{
    return hubRoot(setting(QStringLiteral("dhus.url")), setting(QStringLiteral("dhus.preset")));
}

int DhusProvider::connectionsPerAccount() const
{
    return intSetting(QStringLiteral("dhus.max_connections"), 2);
}

SearchJob *DhusProvider::search(const SearchQuery &query)
{
    auto hub = root();
    if (!hub)
        return failedSearchJob(hub.error());
    if (auto valid = query.validate(); !valid)
        return failedSearchJob(valid.error());
    auto terms = nameTerms(query.collection, query.productType);
    if (!terms)
        return failedSearchJob(terms.error());
    QString strategy = query.extra.value(QStringLiteral("strategy")).toString().trimmed().toLower();
    if (strategy.isEmpty())
        strategy = setting(QStringLiteral("dhus.strategy")).trimmed().toLower();
    if (strategy != QLatin1String("odata") && strategy != QLatin1String("opensearch")) {
        return failedSearchJob(Error(ErrorClass::BadInput,
                                     QCoreApplication::translate("DhusProvider", "Unknown dhus search strategy '%1' (odata or opensearch)").arg(strategy)));
    }

    odata::ODataSearchPlan plan;
    plan.odataBase = *hub;
    plan.window = odata::queryWindow(query);
    plan.pageSize = std::min(intSetting(QStringLiteral("dhus.page_size"), 100), 100);
    plan.parallelPages = std::max(1, intSetting(QStringLiteral("dhus.search_connections"), 2));
    plan.skipCap = 0;
    plan.limit = query.limit;
    plan.parse.provider = name();
    plan.parse.collection = query.collection;
    plan.parse.downloadBase = *hub;
    plan.limitKey = name();
    plan.serviceName = QCoreApplication::translate("DhusProvider", "The hub's search");
    odata::ODataDialect dialect;
    const QUrl hubUrl = *hub;
    const NameTerms nameTerm = *terms;
    if (strategy == QLatin1String("odata")) {
        dialect.pageUrl = [hubUrl, nameTerm](const std::optional<odata::TimeWindow> &window, int top, qint64 skip, bool count) {
            return odataPageUrl(hubUrl, nameTerm, window, top, skip, count);
        };
        dialect.parsePage = &odata::parseDhusProductsPage;
    } else {
        dialect.pageUrl = [hubUrl, nameTerm, query](const std::optional<odata::TimeWindow> &window, int top, qint64 skip, bool) {
            return openSearchPageUrl(hubUrl, nameTerm, query, window, top, skip);
        };
        dialect.parsePage = &opensearch::parseDhusOpenSearchPage;
    }
    dialect.httpError = [service = plan.serviceName](const HttpResponse &response) { return odata::hubError(response, service); };
    plan.dialect = dialect;
    auto *job = new odata::ODataSearchJob(m_context.network, plan);
    // OData searches cannot send the area (see odataPageUrl); OpenSearch's own filter is trusted,
    // and the check costs nothing there either.
    const Region region = query.region;
    const std::optional<double> cloudMax = query.cloudMax;
    job->keepOnly([region, cloudMax](const SceneResult &r) {
        if (!footprintOverlaps(r.footprint, region))
            return false;
        return !cloudMax || !r.cloudCover || *r.cloudCover <= *cloudMax;
    });
    return job;
}

SearchJob *DhusProvider::lookup(const QString &collection, const QString &sceneId)
{
    auto hub = root();
    if (!hub)
        return failedSearchJob(hub.error());
    const QString wanted = odata::sceneIdFromName(sceneId.trimmed());
    if (wanted.isEmpty())
        return failedSearchJob(Error(ErrorClass::BadInput, QCoreApplication::translate("DhusProvider", "No scene id given")));
    odata::ODataSearchPlan plan;
    plan.odataBase = *hub;
    plan.pageSize = 10;
    plan.skipCap = 0;
    plan.limit = 1;
    plan.parse.provider = name();
    plan.parse.collection = collection;
    plan.parse.downloadBase = *hub;
    plan.limitKey = name();
    plan.serviceName = QCoreApplication::translate("DhusProvider", "The hub's search");
    odata::ODataDialect dialect;
    const QUrl hubUrl = *hub;
    dialect.pageUrl = [hubUrl, wanted](const std::optional<odata::TimeWindow> &, int top, qint64 skip, bool) {
        return lookupUrl(hubUrl, wanted, top, skip);
    };
    dialect.parsePage = &odata::parseDhusProductsPage;
    dialect.httpError = [service = plan.serviceName](const HttpResponse &response) { return odata::hubError(response, service); };
    plan.dialect = dialect;
    auto *job = new odata::ODataSearchJob(m_context.network, plan);
    job->keepOnly([wanted](const SceneResult &r) { return r.sceneId == wanted; });
    return job;
}

PlanJob *DhusProvider::resolve(const SceneResult &scene)
{
    auto hub = root();
    if (!hub)
        return failedPlanJob(hub.error());
    return new DhusResolveJob(this, scene);
}

PlanJob *DhusProvider::order(const SceneResult &scene)
{
    auto hub = root();
    if (!hub)
        return failedPlanJob(hub.error());
    return new DhusOrderJob(this, scene);
}

QString DhusProvider::nextAccount()
{
    QStringList accounts;
    const auto names = setting(QStringLiteral("dhus.accounts")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &n : names) {
        if (!n.trimmed().isEmpty())
            accounts << n.trimmed();
    }
    if (accounts.isEmpty())
        return m_context.account;
    // In turn, so each account's per-user limits carry its share of a batch.
    return accounts.at(m_turn++ % accounts.size());
}

std::shared_ptr<BasicAuthSession> DhusProvider::session(const QString &account)
{
    auto &s = m_sessions[account];
    if (!s)
        s = std::make_shared<BasicAuthSession>(m_context.credentials, name(), account);
    return s;
}

int DhusProvider::archiveRequestLimit() const
{
    return intSetting(QStringLiteral("dhus.archive_requests_per_hour"), 20);
}

int DhusProvider::archiveRequests(const QString &account)
{
    auto &times = m_archiveRequests[account];
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    times.removeIf([&hourAgo](const QDateTime &t) { return t < hourAgo; });
    return int(times.size());
}

void DhusProvider::recordArchiveRequest(const QString &account)
{
    m_archiveRequests[account].append(QDateTime::currentDateTimeUtc());
}

} // namespace eoc::dhus

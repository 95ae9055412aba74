#include "providers/http/HttpProvider.h"

#include "core/download/ftp/FtpSession.h"
#include "core/net/NetworkAccess.h"
#include "core/settings/SettingsView.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace eoc::providers {

namespace {

const QString kMaxConnectionsKey = QStringLiteral("http.max_connections");
constexpr int kDefaultMaxConnections = 4;
const QString kRequestsPerMinuteKey = QStringLiteral("http.requests_per_minute");

// Resolving a plain link needs no request: the plan is ready at once.
class ReadyPlanJob final : public PlanJob
{
public:
    explicit ReadyPlanJob(DownloadPlan plan) : m_plan(std::move(plan)) {}
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

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
           && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

// A plain link may also name a file on an FTP or FTPS server (the transfer logs in for it).
bool isPlainLink(const QUrl &url)
{
    return isHttpUrl(url) || isFtpUrl(url);
}

Result<HeaderList> headersFrom(const QJsonValue &value)
{
    HeaderList headers;
    const QJsonArray list = value.toArray();
    for (const auto &entry : list) {
        const QString line = entry.toString();
        const int colon = int(line.indexOf(QLatin1Char(':')));
        if (colon <= 0) {
            return Error(ErrorClass::BadInput,
                         QCoreApplication::translate("HttpProvider", "Header '%1' is not of the form 'Name: value'").arg(line));
        }
        const QByteArray name = line.left(colon).trimmed().toLatin1();
        const QByteArray text = line.mid(colon + 1).trimmed().toUtf8();
        if (name.contains(' ') || name.contains('\r') || name.contains('\n') || text.contains('\r') || text.contains('\n'))
            return Error(ErrorClass::BadInput, QCoreApplication::translate("HttpProvider", "Header '%1' contains invalid characters").arg(line));
        // Results are journaled and exported: credentials never travel in them.
        const QByteArray lower = name.toLower();
        if (lower == "authorization" || lower == "proxy-authorization" || lower == "cookie")
            return Error(ErrorClass::BadInput, QCoreApplication::translate("HttpProvider", "Header %1 carries a credential; plain links take no credentials")
                                                   .arg(QString::fromLatin1(name)));
        headers.append({name, text});
    }
    return headers;
}

} // namespace

HttpProvider::HttpProvider(const ProviderContext &context, QObject *parent)
    : Provider(parent), m_context(context)
{
}

ProviderCapabilities HttpProvider::capabilities() const
{
    ProviderCapabilities c;
    c.canSearch = false;
    c.canDownload = true;
    c.maxConnections = maxConnections();
    return c;
}

QList<SettingSpec> HttpProvider::settingSpecs() const
{
    return {{kMaxConnectionsKey, QString::number(kDefaultMaxConnections),
             QCoreApplication::translate("HttpProvider", "Plain links: files downloaded at once")},
            {kRequestsPerMinuteKey, QStringLiteral("0"),
             QCoreApplication::translate("HttpProvider", "Plain links: requests per minute, spread evenly and shared by every worker of a "
                                                         "shared queue (0: no limit)")}};
}

void HttpProvider::applyRequestLimits()
{
    if (!m_context.network || !m_context.settings)
        return;
    bool ok = false;
    const int perMinute = m_context.settings->value(kRequestsPerMinuteKey).toInt(&ok);
    ConnectionLimits limits;
    limits.requestsPerSecond = ok && perMinute > 0 ? perMinute / 60.0 : 0.0;
    limits.burst = 1;    // a server's own limit is unknown: no two requests back to back
    m_context.network->setLimits(name(), limits);
}

int HttpProvider::maxConnections() const
{
    // Read when needed, not at construction: settings may be overridden per run.
    if (m_context.settings) {
        bool ok = false;
        const int n = m_context.settings->value(kMaxConnectionsKey).toInt(&ok);
        if (ok && n > 0)
            return n;
    }
    return kDefaultMaxConnections;
}

SearchJob *HttpProvider::search(const SearchQuery &)
{
    return failedSearchJob(Error(ErrorClass::BadInput, QCoreApplication::translate("HttpProvider", "Plain links cannot be searched")));
}

SearchJob *HttpProvider::lookup(const QString &, const QString &sceneId)
{
    return failedSearchJob(Error(ErrorClass::BadInput,
                                 QCoreApplication::translate("HttpProvider", "Plain links have no scene ids to look up ('%1'); use --url").arg(sceneId)));
}

Result<DownloadPlan> HttpProvider::planFor(const SceneResult &scene, int maxConnections)
{
    DownloadPlan plan;
    plan.limitKey = QStringLiteral("http");
    plan.maxConnections = maxConnections;
    auto headers = headersFrom(scene.attributes.value(QStringLiteral("headers")));
    if (!headers)
        return headers.error();
    plan.headers = headers.value();
    if (!scene.link.isEmpty()) {
        if (!isPlainLink(scene.link)) {
            return Error(ErrorClass::BadInput, QCoreApplication::translate("HttpProvider", "'%1' is not an http, https, ftp or ftps URL")
                                                   .arg(scene.link.toString(QUrl::RemoveUserInfo)));
        }
        DownloadFile file;
        file.url = scene.link;
        file.relativePath = scene.attributes.value(QStringLiteral("fileName")).toString();
        file.size = scene.size;
        file.checksums = scene.checksums;
        // Metalink mirrors (metalinkFileToResult keeps them in the attributes, so the journal does).
        const QJsonArray mirrors = scene.attributes.value(QStringLiteral("mirrors")).toArray();
        for (const QJsonValue &mirror : mirrors) {
            const QUrl url(mirror.toString());
            if (isPlainLink(url))
                file.mirrors << url;
        }
        plan.files << file;
        return plan;
    }
    for (const auto &asset : scene.assets) {
        if (!isHttpUrl(asset.href))
            continue;
        DownloadFile file;
        file.url = asset.href;
        file.size = asset.size;
        file.checksums = asset.checksums;
        plan.files << file;
    }
    if (plan.files.isEmpty())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("HttpProvider", "'%1' has no http or https link to download").arg(scene.sceneId));
    return plan;
}

PlanJob *HttpProvider::resolve(const SceneResult &scene)
{
    // Read at each resolve: settings may be overridden per run.
    applyRequestLimits();
    auto plan = planFor(scene, maxConnections());
    if (!plan)
        return failedPlanJob(plan.error());
    DownloadPlan ready = plan.value();
    ready.ftpCredentials = m_context.credentials;
    return new ReadyPlanJob(ready);
}

Provider *HttpProviderFactory::create(const ProviderContext &context, QObject *parent)
{
    return new HttpProvider(context, parent);
}

} // namespace eoc::providers

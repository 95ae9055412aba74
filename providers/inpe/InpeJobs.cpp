#include "providers/inpe/InpeJobs.h"

#include "core/auth/CredentialSource.h"
#include "core/net/HttpJob.h"
#include "core/net/NetworkAccess.h"
#include "core/provider/AssetSelection.h"
#include "providers/inpe/InpeCatalogue.h"
#include "providers/inpe/InpeProvider.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

namespace eoc::inpe {

namespace {

constexpr int kMaxPages = 50;

PageGuard::Options guardOptions(const SearchQuery &query)
{
    PageGuard::Options options;
    options.limit = query.limit.value_or(0);
    return options;
}

// The service's own words on a refused request ({"message": "..."}), else the HTTP error's.
QString serviceMessage(const HttpResponse &response)
{
    const QString message = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("message")).toString();
    return message.isEmpty() ? response.error.message : message;
}

} // namespace

InpeSearchJob::InpeSearchJob(InpeProvider *provider, SearchQuery query)
    : m_provider(provider)
    , m_query(std::move(query))
    , m_guard(guardOptions(m_query))
{
}

InpeSearchJob::~InpeSearchJob()
{
    markDone();
    if (m_request) {
        disconnect(m_request, nullptr, this, nullptr);
        m_request->cancel();
    }
}

void InpeSearchJob::start()
{
    QTimer::singleShot(0, this, [this] { fetch(1); });
}

void InpeSearchJob::cancel()
{
    if (m_request) {
        disconnect(m_request, nullptr, this, nullptr);
        m_request->cancel();
    }
    emitFailedOnce(Error(ErrorClass::Cancelled, QCoreApplication::translate("InpeProvider", "Cancelled")));
}

void InpeSearchJob::fetch(int page)
{
    if (isDone())
        return;
    if (!m_provider) {
        emitFailedOnce(Error(ErrorClass::Permanent, QCoreApplication::translate("InpeProvider", "The provider is gone")));
        return;
    }
    const int pageSize = std::min(kMaxPageSize, m_query.limit.value_or(kMaxPageSize));
    HttpRequest request;
    request.method = "POST";
    request.url = m_provider->searchUrl();
    request.body = searchBody(m_query, m_provider->collectionName(m_query.collection), page, pageSize);
    request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    request.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    request.limitKey = m_provider->name();
    if (!m_guard.admitPage(request.body)) {
        Q_EMIT warning(m_guard.stopWarning());
        emitFinishedOnce();
        return;
    }
    m_request = m_provider->network()->send(request);
    connect(m_request, &HttpJob::finished, this, [this, page, pageSize](const HttpResponse &response) {
        m_request = nullptr;
        if (isDone())
            return;
        if (!response.ok()) {
            Error error = response.error;
            error.message = QCoreApplication::translate("InpeProvider", "Searching INPE's catalogue failed: %1").arg(serviceMessage(response));
            emitFailedOnce(error);
            return;
        }
        auto answer = parseSearchAnswer(response.body);
        if (!answer) {
            emitFailedOnce(answer.error());
            return;
        }
        for (const QString &w : std::as_const(answer->warnings))
            Q_EMIT warning(w);
        const int returned = int(answer->results.size());
        m_seen += returned;
        QList<SceneResult> wanted;
        for (const SceneResult &scene : std::as_const(answer->results)) {
            // Several path/rows are not sent (the service takes one): they are filtered here.
            if (m_query.tiles.size() > 1 && !m_query.tiles.contains(scene.tile))
                continue;
            wanted << scene;
        }
        wanted = m_guard.accept(wanted);
        if (!wanted.isEmpty())
            Q_EMIT pageReady(wanted);
        Q_EMIT progress(m_seen, answer->matched);
        if (isDone())
            return;
        const bool more = answer->matched > m_seen && returned == pageSize;
        if (more && !m_guard.shouldStop() && page < kMaxPages) {
            fetch(page + 1);
            return;
        }
        if (m_guard.shouldStop() && !m_guard.limitReached())
            Q_EMIT warning(m_guard.stopWarning());
        emitFinishedOnce();
    });
}

InpePlanJob::InpePlanJob(InpeProvider *provider, SceneResult scene)
    : m_provider(provider)
    , m_scene(std::move(scene))
{
}

void InpePlanJob::start()
{
    QTimer::singleShot(0, this, [this] {
        if (isDone())
            return;
        if (!m_provider) {
            finish(Error(ErrorClass::Permanent, QCoreApplication::translate("InpeProvider", "The provider is gone")));
            return;
        }
        auto assets = chooseDownloadAssets(m_scene);
        if (!assets) {
            finish(assets.error());
            return;
        }
        DownloadPlan plan;
        plan.limitKey = m_provider->name();
        plan.maxConnections = m_provider->capabilities().maxConnections;
        QSet<QString> names;
        for (const SceneAsset &a : std::as_const(*assets)) {
            DownloadFile file;
            file.url = a.href;
            file.relativePath = a.href.fileName().isEmpty() ? a.key : a.href.fileName();
            if (names.contains(file.relativePath))
                file.relativePath = a.key + QLatin1Char('_') + file.relativePath;
            names.insert(file.relativePath);
            file.size = a.size;
            file.checksums = a.checksums;
            plan.files << file;
            if (isInpeHost(a.href.host(), m_provider->searchUrl()) && !plan.trustedHosts.contains(a.href.host(), Qt::CaseInsensitive))
                plan.trustedHosts << a.href.host();
        }
        if (plan.trustedHosts.isEmpty()) {
            // Nothing is served by INPE itself: no e-mail is needed, or sent.
            finish(plan);
            return;
        }
        CredentialSource *credentials = m_provider->credentials();
        if (!credentials) {
            finish(m_provider->missingEmailError());
            return;
        }
        credentials->credentials(m_provider->name(), m_provider->account(), this, [this, plan](const Result<Credentials> &c) mutable {
            if (isDone())
                return;
            if (!c || c->account.trimmed().isEmpty()) {
                finish(m_provider ? m_provider->missingEmailError() : Error(ErrorClass::Auth, QString()));
                return;
            }
            // The account's name is the e-mail INPE registered; it is added to each request to
            // the hosts above when it is sent, never stored with the URLs.
            plan.secretQueryItems = {{QStringLiteral("email"), c->account.trimmed()}};
            finish(plan);
        });
    });
}

void InpePlanJob::cancel()
{
    finish(Error(ErrorClass::Cancelled, QCoreApplication::translate("InpeProvider", "Cancelled")));
}

void InpePlanJob::finish(const Result<DownloadPlan> &plan)
{
    if (plan)
        emitFinishedOnce(*plan);
    else
        emitFailedOnce(plan.error());
}

} // namespace eoc::inpe

#include "providers/earthdata/CmrSearchJob.h"

#include "providers/earthdata/UmmGranuleParser.h"

#include "core/net/NetworkAccess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace eoc::earthdata {

Error cmrError(const HttpResponse &response, const QString &what)
{
    QStringList reasons;
    const QJsonArray errors = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("errors")).toArray();
    for (const auto &e : errors)
        reasons.append(e.isString() ? e.toString() : QString::fromUtf8(QJsonDocument(e.toObject()).toJson(QJsonDocument::Compact)));
    Error error = response.error;
    if (response.status == 400 || response.status == 422)
        error.errorClass = ErrorClass::BadInput;
    error.message = QStringLiteral("%1: %2%3").arg(
        what, error.message, reasons.isEmpty() ? QString() : QStringLiteral(": ") + reasons.join(QStringLiteral("; ")));
    return error;
}

CmrSearchJob::CmrSearchJob(NetworkAccess *network, QUrl granulesUrl, QUrlQuery query, QString collection,
                           std::optional<int> limit)
    : m_network(network)
    , m_url(std::move(granulesUrl))
    , m_query(std::move(query))
    , m_collection(std::move(collection))
    , m_guard(PageGuard::Options{limit.value_or(0), 3})
{
}

void CmrSearchJob::resolveShortNameFirst(QUrl collectionsUrl, QString wholeName)
{
    m_collectionsUrl = std::move(collectionsUrl);
    m_wholeName = std::move(wholeName);
}

void CmrSearchJob::start()
{
    QTimer::singleShot(0, this, [this] {
        if (isDone())
            return;
        if (m_wholeName.isEmpty())
            requestPage();
        else
            resolveCollection();
    });
}

void CmrSearchJob::cancel()
{
    // Ended first, so the aborted request's answer finds the job done.
    fail(Error(ErrorClass::Cancelled, QCoreApplication::translate("EarthdataProvider", "Search cancelled")));
    if (m_request)
        m_request->cancel();
}

HttpRequest CmrSearchJob::cmrRequest(QUrl url) const
{
    HttpRequest request;
    request.url = std::move(url);
    request.limitKey = QStringLiteral("earthdata");
    // CMR asks clients to identify themselves.
    request.headers.append({QByteArray("Client-Id"), QByteArray("eo-collector")});
    return request;
}

void CmrSearchJob::resolveCollection()
{
    QUrl url = m_collectionsUrl;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("short_name"), m_wholeName);
    query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("1"));
    url.setQuery(query);
    m_request = m_network->send(cmrRequest(url));
    connect(m_request, &HttpJob::finished, this, [this](const HttpResponse &response) {
        if (isDone())
            return;
        if (!response.ok()) {
            fail(cmrError(response, QCoreApplication::translate("EarthdataProvider", "NASA CMR collection search")));
            return;
        }
        const QJsonArray entries = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("feed")).toObject()
                                       .value(QStringLiteral("entry")).toArray();
        const QString conceptId = entries.isEmpty() ? QString()
                                                    : entries.first().toObject().value(QStringLiteral("id")).toString();
        if (!conceptId.isEmpty()) {
            // The whole name is the short name; the concept id also pins the CMR provider.
            for (const char *key : {"short_name", "version", "provider"})
                m_query.removeAllQueryItems(QLatin1String(key));
            m_query.addQueryItem(QStringLiteral("collection_concept_id"), conceptId);
        }
        requestPage();
    });
}

void CmrSearchJob::requestPage()
{
    if (!m_guard.admitPage(m_searchAfter)) {
        // CMR handed back a token it had given before: the next page would repeat what was read.
        finish();
        return;
    }
    QUrl url = m_url;
    url.setQuery(m_query);
    HttpRequest request = cmrRequest(url);
    request.headers.append({QByteArray("Accept"), QByteArray("application/vnd.nasa.cmr.umm_results+json")});
    if (!m_searchAfter.isEmpty())
        request.headers.append({QByteArray("CMR-Search-After"), m_searchAfter});
    m_request = m_network->send(request);
    connect(m_request, &HttpJob::finished, this, &CmrSearchJob::onPage);
}

void CmrSearchJob::onPage(const HttpResponse &response)
{
    if (isDone())
        return;
    if (!response.ok()) {
        fail(cmrError(response, QCoreApplication::translate("EarthdataProvider", "NASA CMR search")));
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    bool hitsKnown = false;
    const qint64 hits = response.header("CMR-Hits").toLongLong(&hitsKnown);
    // Zero hits is an answer, not an error (CMR may then send another format's empty list).
    if (hitsKnown && hits == 0) {
        Q_EMIT progress(0, 0);
        finish();
        return;
    }
    if (!body.contains(QStringLiteral("items"))) {
        fail(Error(ErrorClass::Protocol, QCoreApplication::translate("EarthdataProvider", "NASA CMR answered without a granule list (status %1)")
                                             .arg(response.status), response.status));
        return;
    }
    const QJsonArray items = body.value(QStringLiteral("items")).toArray();
    QList<SceneResult> parsed;
    parsed.reserve(items.size());
    for (const auto &item : items)
        parsed.append(sceneFromUmm(item.toObject(), m_collection));
    // Twins first (their ids differ: one concept id per CMR provider), then the guard's repeats and limit.
    const QList<SceneResult> page = m_guard.accept(m_copies.keepOnePerGranule(parsed));
    if (!page.isEmpty())
        Q_EMIT pageReady(page);
    Q_EMIT progress(m_guard.delivered(), hitsKnown ? hits : -1);

    m_searchAfter = response.header("CMR-Search-After");
    const bool more = !items.isEmpty() && !m_searchAfter.isEmpty() && (!hitsKnown || m_guard.delivered() < hits)
        && !m_guard.shouldStop();
    if (more)
        requestPage();
    else
        finish();
}

void CmrSearchJob::finish()
{
    if (const QString why = m_guard.stopWarning(); !why.isEmpty() && !isDone())
        Q_EMIT warning(QCoreApplication::translate("EarthdataProvider", "NASA CMR: %1").arg(why));
    emitFinishedOnce();
}

void CmrSearchJob::fail(const Error &error)
{
    emitFailedOnce(error);
}

} // namespace eoc::earthdata

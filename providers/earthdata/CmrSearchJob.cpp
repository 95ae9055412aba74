#include "providers/earthdata/CmrSearchJob.h"

#include "providers/earthdata/UmmGranuleParser.h"

#include "core/net/NetworkAccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace eoc::earthdata {

CmrSearchJob::CmrSearchJob(NetworkAccess *network, QUrl granulesUrl, QUrlQuery query, QString collection,
                           std::optional<int> limit)
    : m_network(network)
    , m_url(std::move(granulesUrl))
    , m_query(std::move(query))
    , m_collection(std::move(collection))
    , m_limit(limit)
{
}

void CmrSearchJob::start()
{
    QTimer::singleShot(0, this, [this] {
        if (!m_done)
            requestPage();
    });
}

void CmrSearchJob::cancel()
{
    fail(Error(ErrorClass::Cancelled, QStringLiteral("Search cancelled")));
}

void CmrSearchJob::requestPage()
{
    HttpRequest request;
    request.url = m_url;
    request.url.setQuery(m_query);
    request.limitKey = QStringLiteral("earthdata");
    // CMR asks clients to identify themselves.
    request.headers.append({QByteArray("Client-Id"), QByteArray("eo-collector")});
    request.headers.append({QByteArray("Accept"), QByteArray("application/vnd.nasa.cmr.umm_results+json")});
    if (!m_searchAfter.isEmpty())
        request.headers.append({QByteArray("CMR-Search-After"), m_searchAfter});
    auto *job = m_network->send(request);
    connect(job, &HttpJob::finished, this, [this](const HttpResponse &response) {
        if (m_done)
            return;
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        if (!response.ok()) {
            // CMR explains bad parameters in {"errors": ["..."]}.
            QStringList reasons;
            const QJsonArray errors = body.value(QStringLiteral("errors")).toArray();
            for (const auto &e : errors)
                reasons.append(e.isString() ? e.toString() : QString::fromUtf8(QJsonDocument(e.toObject()).toJson(QJsonDocument::Compact)));
            Error error = response.error;
            if (response.status == 400 || response.status == 422)
                error.errorClass = ErrorClass::BadInput;
            error.message = QStringLiteral("NASA CMR search: %1%2").arg(
                error.message, reasons.isEmpty() ? QString() : QStringLiteral(": ") + reasons.join(QStringLiteral("; ")));
            fail(error);
            return;
        }
        bool hitsKnown = false;
        const qint64 hits = response.header("CMR-Hits").toLongLong(&hitsKnown);
        // Zero hits is an answer, not an error (CMR may then send another format's empty list).
        if (hitsKnown && hits == 0) {
            Q_EMIT progress(0, 0);
            m_done = true;
            Q_EMIT finished();
            return;
        }
        if (!body.contains(QStringLiteral("items"))) {
            fail(Error(ErrorClass::Protocol, QStringLiteral("NASA CMR answered without a granule list (status %1)")
                                                 .arg(response.status), response.status));
            return;
        }
        const QJsonArray items = body.value(QStringLiteral("items")).toArray();
        QList<SceneResult> page;
        for (const auto &item : items) {
            if (m_limit && m_received + page.size() >= *m_limit)
                break;
            page.append(sceneFromUmm(item.toObject(), m_collection));
        }
        m_received += page.size();
        if (!page.isEmpty())
            Q_EMIT pageReady(page);
        Q_EMIT progress(m_received, hitsKnown ? hits : -1);

        m_searchAfter = response.header("CMR-Search-After");
        const bool more = !items.isEmpty() && !m_searchAfter.isEmpty() && (!hitsKnown || m_received < hits)
            && (!m_limit || m_received < *m_limit);
        if (more) {
            requestPage();
            return;
        }
        m_done = true;
        Q_EMIT finished();
    });
}

void CmrSearchJob::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(error);
}

} // namespace eoc::earthdata

#include "core/odata/ODataSearchJob.h"

#include "core/net/NetworkAccess.h"
#include "core/odata/ODataErrors.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcODataSearch, "eoc.odata.search", QtWarningMsg)

namespace eoc::odata {

ODataSearchJob::ODataSearchJob(NetworkAccess *network, ODataSearchPlan plan, QObject *parent)
    : SearchJob(parent)
    , m_network(network)
    , m_plan(std::move(plan))
    , m_guard(std::make_unique<PageGuard>(PageGuard::Options{m_plan.limit.value_or(0), 3}))
{
}

ODataSearchJob::~ODataSearchJob()
{
    // Nothing may be emitted from here: the request's answer is no longer wanted.
    m_done = true;
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void ODataSearchJob::start()
{
    m_pending.push_back(m_plan.window);
    QTimer::singleShot(0, this, &ODataSearchJob::nextWindow);
}

void ODataSearchJob::cancel()
{
    if (m_done)
        return;
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
    fail(Error(ErrorClass::Cancelled, QCoreApplication::translate("eoc::odata", "Search cancelled")));
}

void ODataSearchJob::nextWindow()
{
    if (m_done)
        return;
    if (m_pending.empty()) {
        succeed();
        return;
    }
    m_window = m_pending.front();
    m_pending.pop_front();
    m_windowCount = -1;
    m_windowReceived = 0;
    m_lastStart = {};
    if (m_window)
        m_windowsSearched.append(*m_window);
    QStringList clauses = m_plan.clauses;
    if (m_window)
        clauses << dateClause(*m_window);
    m_windowSkip = 0;
    fetch(m_plan.dialect ? m_plan.dialect->pageUrl(m_window, m_plan.pageSize, 0, true)
                         : productsUrl(m_plan.odataBase, clauses, m_plan.pageSize, true),
          true);
}

void ODataSearchJob::fetch(const QUrl &url, bool firstOfWindow)
{
    if (!m_network) {
        fail(Error(ErrorClass::Permanent, QCoreApplication::translate("eoc::odata", "The network is shut down")));
        return;
    }
    if (!m_guard->admitPage(url.toEncoded())) {
        succeed();                            // a link back to a page already read
        return;
    }
    m_currentUrl = url;
    HttpRequest request;
    request.url = url;
    request.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    request.limitKey = m_plan.limitKey;
    m_job = m_network->send(request);
    connect(m_job, &HttpJob::finished, this, [this, firstOfWindow](const HttpResponse &response) {
        onResponse(response, firstOfWindow);
    });
}

bool ODataSearchJob::splitCurrentWindow()
{
    const TimeWindow w = m_window ? *m_window : *queryWindow([] {
        SearchQuery everything;
        everything.start = QDate(1970, 1, 1);
        return everything;
    }());
    const qint64 span = w.start.msecsTo(w.end);
    if (span < 2 * m_plan.minWindowMs) {
        if (m_warnedWindowFloor)
            return false;
        m_warnedWindowFloor = true;
        Q_EMIT warning(QCoreApplication::translate("eoc::odata", "The catalogue holds %1 products between %2 and %3, more than it pages "
                                      "through (%4); only those it lists are delivered. Narrow the search "
                                      "(area, product type) to get them all.")
                           .arg(m_windowCount)
                           .arg(odataTime(w.start), odataTime(w.end))
                           .arg(m_plan.skipCap));
        return false;
    }
    const QDateTime middle = w.start.addMSecs(span / 2);
    // Earlier half first, so results keep arriving in ContentDate order.
    m_pending.push_front(TimeWindow{middle.addMSecs(1), w.end});
    m_pending.push_front(TimeWindow{w.start, middle});
    return true;
}

void ODataSearchJob::onResponse(const HttpResponse &response, bool firstOfWindow)
{
    if (m_done)
        return;
    if (!response.ok()) {
        if (isSkipCapError(response) && m_lastStart.isValid() && m_window) {
            // The count grew under us: go on from the last product seen (duplicates are dropped).
            qCInfo(lcODataSearch) << "the $skip cap was reached; continuing from" << m_lastStart;
            m_pending.push_front(TimeWindow{m_lastStart, m_window->end});
            nextWindow();
            return;
        }
        fail(m_plan.dialect && m_plan.dialect->httpError ? m_plan.dialect->httpError(response)
                                                         : serviceError(response, m_plan.serviceName, m_plan.parse.provider));
        return;
    }
    auto page = m_plan.dialect ? m_plan.dialect->parsePage(response.body, m_plan.parse)
                               : parseProductsPage(response.body, m_plan.parse);
    if (!page) {
        fail(page.error());
        return;
    }
    if (firstOfWindow) {
        m_windowCount = page->count.value_or(-1);
        if (m_total < 0)
            m_total = m_windowCount;
        if (m_plan.skipCap > 0 && m_windowCount > m_plan.skipCap && splitCurrentWindow()) {
            qCInfo(lcODataSearch) << m_windowCount << "results are more than the catalogue pages through;"
                                      << "splitting the time window";
            nextWindow();
            return;
        }
    }

    m_windowReceived += page->results.size();
    const bool pageHadResults = !page->results.isEmpty();
    if (pageHadResults && page->results.last().start.isValid())
        m_lastStart = page->results.last().start;

    QList<SceneResult> results = std::move(page->results);
    if (m_keep)
        results.removeIf([this](const SceneResult &r) { return !m_keep(r); });
    const QList<SceneResult> fresh = m_guard->accept(std::move(results));
    if (!fresh.isEmpty())
        Q_EMIT pageReady(fresh);
    if (m_done)
        return;                                // a receiver cancelled
    Q_EMIT progress(m_guard->delivered(), m_total);
    if (m_guard->shouldStop()) {
        succeed();
        return;
    }
    // A link to a page already read is caught by the guard before it is fetched.
    if (page->nextLink.isValid() && !page->nextLink.isEmpty() && pageHadResults) {
        fetch(page->nextLink, false);
        return;
    }
    // Dialects without next links page by $skip while pages come back full.
    if (m_plan.dialect && page->nextLink.isEmpty() && pageHadResults && m_windowReceived - m_windowSkip >= m_plan.pageSize) {
        m_windowSkip = m_windowReceived;
        if (m_windowSkip < m_plan.skipCap || m_plan.skipCap <= 0) {
            fetch(m_plan.dialect->pageUrl(m_window, m_plan.pageSize, m_windowSkip, false), false);
            return;
        }
    }
    windowExhausted();
}

void ODataSearchJob::windowExhausted()
{
    // The catalogue stops offering a next link before $skip passes its cap; when the window held
    // more than we were given, read on from the last product's time.
    if (m_windowCount > m_windowReceived && m_lastStart.isValid() && m_window) {
        if (m_lastStart > m_window->start) {
            m_pending.push_front(TimeWindow{m_lastStart, m_window->end});
        } else {
            qCWarning(lcODataSearch) << "more than" << m_plan.skipCap
                                         << "products share one start time; some are not listed";
        }
    }
    nextWindow();
}

void ODataSearchJob::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(error);
}

void ODataSearchJob::succeed()
{
    if (m_done)
        return;
    const QString why = m_guard->stopWarning();
    if (!why.isEmpty())
        Q_EMIT warning(why);
    m_done = true;
    Q_EMIT finished();
}

} // namespace eoc::odata

#include "core/odata/ODataSearchJob.h"

#include "core/net/NetworkAccess.h"
#include "core/odata/ODataErrors.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcODataSearch, "eoc.odata.search", QtWarningMsg)

namespace eoc::odata {

namespace {

// The $skip of a next link, whether its name came encoded (%24skip, as the Data Space writes it)
// or not; 0 when it has none.
qint64 skipOf(const QUrl &link)
{
    const auto items = QUrlQuery(link).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("$skip"))
            return value.toLongLong();
    }
    return 0;
}

// `link` with its $skip set to `skip`; every other part stays as the catalogue wrote it.
QUrl withSkip(const QUrl &link, qint64 skip)
{
    QStringList items = link.query(QUrl::FullyEncoded).split(QLatin1Char('&'));
    for (QString &item : items) {
        const QString key = item.section(QLatin1Char('='), 0, 0);
        if (QUrl::fromPercentEncoding(key.toUtf8()) == QLatin1String("$skip"))
            item = key + QLatin1Char('=') + QString::number(skip);
    }
    QUrl url = link;
    url.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

} // namespace

ODataSearchJob::ODataSearchJob(NetworkAccess *network, ODataSearchPlan plan, QObject *parent)
    : SearchJob(parent)
    , m_network(network)
    , m_plan(std::move(plan))
    , m_guard(std::make_unique<PageGuard>(PageGuard::Options{m_plan.limit.value_or(0), 3}))
{
}

ODataSearchJob::~ODataSearchJob()
{
    // Nothing may be emitted from here: the requests' answers are no longer wanted.
    m_done = true;
    abortRequests();
}

void ODataSearchJob::start()
{
    addWindow(m_slots.end(), m_plan.window);
    QTimer::singleShot(0, this, &ODataSearchJob::sendWaitingPages);
}

void ODataSearchJob::cancel()
{
    if (m_done)
        return;
    fail(Error(ErrorClass::Cancelled, QCoreApplication::translate("eoc::odata", "Search cancelled")));
}

ODataSearchJob::SlotIt ODataSearchJob::addWindow(SlotIt before, std::optional<TimeWindow> range)
{
    auto window = std::make_shared<Window>();
    window->range = range;
    window->unfinishedPages = 1;
    if (range)
        m_windowsSearched.append(*range);
    Slot first;
    first.window = window;
    first.firstOfWindow = true;
    first.expected = m_plan.pageSize;
    if (m_plan.dialect) {
        first.url = m_plan.dialect->pageUrl(range, m_plan.pageSize, 0, true);
    } else {
        QStringList clauses = m_plan.clauses;
        if (range)
            clauses << dateClause(*range);
        first.url = productsUrl(m_plan.odataBase, clauses, m_plan.pageSize, true);
    }
    return m_slots.insert(before, std::move(first));
}

void ODataSearchJob::sendWaitingPages()
{
    if (m_done)
        return;
    const int cap = std::max(1, m_plan.parallelPages);
    const qint64 limit = m_plan.limit.value_or(0);
    qint64 ahead = m_guard->delivered();      // results expected before the slot looked at
    bool refused = false;
    for (auto it = m_slots.begin(); it != m_slots.end() && m_inFlight < cap && !m_done; ++it) {
        const qint64 expected = it->answered ? it->results.size() : it->expected;
        if (it->answered || it->job) {
            ahead += expected;
            continue;
        }
        // With a limit, a page is asked for only when those before it may not reach the limit.
        if (limit > 0 && ahead >= limit)
            break;
        ahead += expected;
        if (!m_guard->admitPage(it->url.toEncoded())) {
            // A link back to a page already read: nothing after it is read (see deliverInOrder).
            it->answered = true;
            it->endsSearch = true;
            refused = true;
            break;
        }
        send(it);
    }
    if (refused || (m_slots.empty() && m_inFlight == 0))
        deliverInOrder();
}

void ODataSearchJob::send(SlotIt slot)
{
    if (!m_network) {
        fail(Error(ErrorClass::Permanent, QCoreApplication::translate("eoc::odata", "The network is shut down")));
        return;
    }
    HttpRequest request;
    request.url = slot->url;
    request.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    request.limitKey = m_plan.limitKey;
    slot->job = m_network->send(request);
    ++m_inFlight;
    m_mostInFlight = std::max(m_mostInFlight, m_inFlight);
    connect(slot->job, &HttpJob::finished, this, [this, slot](const HttpResponse &response) {
        onResponse(slot, response);
    });
}

void ODataSearchJob::onResponse(SlotIt slot, const HttpResponse &response)
{
    --m_inFlight;
    slot->job = nullptr;
    if (m_done)
        return;
    Window &window = *slot->window;
    if (!response.ok()) {
        if (isSkipCapError(response) && !slot->firstOfWindow && window.range) {
            // The count grew under us: the window is read on from its last product once all of
            // its pages are in (duplicates are dropped).
            qCInfo(lcODataSearch) << "the $skip cap was reached; the window will be read on";
            window.skipCapRefused = true;
            slot->answered = true;
            if (--window.unfinishedPages == 0)
                windowAnswered(slot);
            deliverInOrder();
            sendWaitingPages();
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
    if (slot->firstOfWindow) {
        window.count = page->count.value_or(-1);
        if (m_total < 0)
            m_total = window.count;
        // The split replaces the slot and its window: neither may be used after it.
        if (m_plan.skipCap > 0 && window.count > m_plan.skipCap && splitWindow(slot)) {
            sendWaitingPages();
            return;
        }
    }
    onWindowPage(slot, page.value());
    deliverInOrder();
    sendWaitingPages();
}

void ODataSearchJob::onWindowPage(SlotIt slot, ODataPage &page)
{
    Window &window = *slot->window;
    window.received += page.results.size();
    for (const SceneResult &r : std::as_const(page.results)) {
        if (r.start.isValid() && (!window.lastStart.isValid() || r.start > window.lastStart))
            window.lastStart = r.start;
    }
    scheduleFollowingPages(slot, page);
    QList<SceneResult> results = std::move(page.results);
    if (m_keep)
        results.removeIf([this](const SceneResult &r) { return !m_keep(r); });
    slot->results = std::move(results);
    slot->answered = true;
    if (--window.unfinishedPages == 0)
        windowAnswered(slot);
}

void ODataSearchJob::scheduleFollowingPages(SlotIt slot, const ODataPage &page)
{
    if (page.results.isEmpty())
        return;
    Window &window = *slot->window;
    auto after = std::next(slot);
    auto addPage = [&](const QUrl &url, qint64 skip, bool chains) {
        Slot next;
        next.window = slot->window;
        next.expected = page.results.size();
        next.url = url;
        next.skip = skip;
        next.chains = chains;
        m_slots.insert(after, std::move(next));
        ++window.unfinishedPages;
    };
    const bool knownOffsets = slot->firstOfWindow && window.count > 0;
    auto allowed = [this](qint64 skip) { return m_plan.skipCap <= 0 || skip <= m_plan.skipCap; };

    if (page.nextLink.isValid() && !page.nextLink.isEmpty()) {
        // The step is the next link's $skip: the catalogue may serve fewer than $top a page.
        const qint64 step = skipOf(page.nextLink);
        if (knownOffsets && step > 0) {
            for (qint64 skip = step; skip < window.count && allowed(skip); skip += step)
                addPage(withSkip(page.nextLink, skip), skip, false);
        } else if (slot->firstOfWindow || slot->chains) {
            addPage(page.nextLink, 0, true);      // a cycle is caught before it is fetched
        }
        return;
    }
    // Dialects without next links page by skip while pages come back full.
    if (!m_plan.dialect || page.results.size() < m_plan.pageSize)
        return;
    auto dialectAllowed = [this](qint64 skip) { return m_plan.skipCap <= 0 || skip < m_plan.skipCap; };
    if (knownOffsets) {
        for (qint64 skip = m_plan.pageSize; skip < window.count && dialectAllowed(skip); skip += m_plan.pageSize)
            addPage(m_plan.dialect->pageUrl(window.range, m_plan.pageSize, skip, false), skip, false);
    } else if (slot->firstOfWindow || slot->chains) {
        const qint64 skip = slot->skip + page.results.size();
        if (dialectAllowed(skip))
            addPage(m_plan.dialect->pageUrl(window.range, m_plan.pageSize, skip, false), skip, true);
    }
}

bool ODataSearchJob::splitWindow(SlotIt slot)
{
    const Window &window = *slot->window;
    const TimeWindow w = window.range ? *window.range : *queryWindow([] {
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
                           .arg(window.count)
                           .arg(odataTime(w.start), odataTime(w.end))
                           .arg(m_plan.skipCap));
        return false;
    }
    qCInfo(lcODataSearch) << window.count << "results are more than the catalogue pages through;"
                          << "splitting the time window";
    const QDateTime middle = w.start.addMSecs(span / 2);
    // Both halves take the window's place, earlier first, so results keep ContentDate order.
    const SlotIt after = m_slots.erase(slot);
    const SlotIt later = addWindow(after, TimeWindow{middle.addMSecs(1), w.end});
    addWindow(later, TimeWindow{w.start, middle});
    return true;
}

void ODataSearchJob::windowAnswered(SlotIt lastSlot)
{
    // The catalogue stops offering pages before $skip passes its cap; when the window held more
    // than we were given, read on from its last product's time, right after its own pages.
    const Window &window = *lastSlot->window;
    if ((window.count <= window.received && !window.skipCapRefused) || !window.lastStart.isValid() || !window.range)
        return;
    if (window.lastStart <= window.range->start) {
        qCWarning(lcODataSearch) << "more than" << m_plan.skipCap << "products share one start time; some are not listed";
        return;
    }
    SlotIt after = lastSlot;
    while (after != m_slots.end() && after->window == lastSlot->window)
        ++after;
    addWindow(after, TimeWindow{window.lastStart, window.range->end});
}

void ODataSearchJob::deliverInOrder()
{
    while (!m_done && !m_slots.empty() && m_slots.front().answered) {
        Slot slot = std::move(m_slots.front());
        m_slots.pop_front();
        if (slot.endsSearch) {
            succeed();
            return;
        }
        const QList<SceneResult> fresh = m_guard->accept(std::move(slot.results));
        if (!fresh.isEmpty())
            Q_EMIT pageReady(fresh);
        if (m_done)
            return;                            // a receiver cancelled
        Q_EMIT progress(m_guard->delivered(), m_total);
        if (m_done)
            return;
        if (m_guard->limitReached() || m_guard->stalled()) {
            succeed();
            return;
        }
    }
    if (!m_done && m_slots.empty() && m_inFlight == 0)
        succeed();
}

void ODataSearchJob::abortRequests()
{
    for (Slot &slot : m_slots) {
        if (slot.job) {
            disconnect(slot.job, nullptr, this, nullptr);
            slot.job->cancel();
            slot.job = nullptr;
        }
    }
    m_inFlight = 0;
}

void ODataSearchJob::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    abortRequests();
    Q_EMIT failed(error);
}

void ODataSearchJob::succeed()
{
    if (m_done)
        return;
    m_done = true;
    abortRequests();
    const QString why = m_guard->stopWarning();
    if (!why.isEmpty())
        Q_EMIT warning(why);
    Q_EMIT finished();
}

} // namespace eoc::odata

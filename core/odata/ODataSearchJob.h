#pragma once

#include "core/provider/PageGuard.h"
#include "core/provider/Provider.h"
#include "core/odata/ODataFilter.h"
#include "core/odata/ODataParser.h"

#include <QPointer>
#include <QSet>

#include <list>
#include <functional>
#include <memory>

namespace eoc {
class HttpJob;
class NetworkAccess;
} // namespace eoc

namespace eoc::odata {

// How a catalogue that speaks another OData dialect (Data Hub Software's OData v2, ONDA's
// $search) is asked and read. Without one, the CSC dialect of the Copernicus catalogues is used:
// $filter clauses, @odata.count and @odata.nextLink.
struct ODataDialect {
    // The URL of the page starting at `skip` of `window` (none: all time); `count` asks for the
    // total with it where the dialect can.
    std::function<QUrl(const std::optional<TimeWindow> &window, int top, qint64 skip, bool count)> pageUrl;
    std::function<Result<ODataPage>(const QByteArray &body, const ParseContext &context)> parsePage;
    // A refused or failed answer as an error with the service's words; empty: serviceError().
    std::function<Error(const HttpResponse &response)> httpError;
};

struct ODataSearchPlan {
    QUrl odataBase;                   // .../odata/v1
    QStringList clauses;              // every $filter clause but the dates
    std::optional<TimeWindow> window; // the user's dates; none: all time
    int pageSize = 1000;              // $top (the catalogue allows 0..1000)
    int skipCap = 10000;              // the catalogue refuses $skip beyond this; 0: no cap
    qint64 minWindowMs = 3600 * 1000; // windows are not cut below this (one hour)
    std::optional<int> limit;
    ParseContext parse;
    QString limitKey;                 // the connection limits the requests count against
    // Pages of this search in flight at once (the provider's connection cap): once a window's
    // count and page step are known, its pages, and the halves of a split window, are fetched
    // concurrently. 1: one page after the other.
    int parallelPages = 1;
    QString serviceName;              // names the search in errors: "The Copernicus Data Space search"
    std::optional<ODataDialect> dialect;
};

// A Products search that delivers every result even past the catalogue's $skip cap: the first
// page of each time window asks for @odata.count, and a window holding more than the cap is cut
// in two (by ContentDate/Start) until each half fits. A window's further pages are at known
// offsets once its count and step are known (the $skip of the first page's next link, or $top for
// dialects that page by skip), so up to `parallelPages` pages and windows are fetched at once;
// results are still delivered in the catalogue's order, each page as soon as every page before it
// has been delivered. Without a count, next links are followed one after the other.
// A window of the minimum length is not cut further: what paging gives of it is delivered, with a
// warning. Paging follows PageGuard's rules: a next link to a page already read ends that chain
// (A -> B -> A), results are unique by Id (overlapping windows never repeat a product), and pages
// that add nothing new end the search.
class ODataSearchJob final : public SearchJob
{
    Q_OBJECT
public:
    ODataSearchJob(NetworkAccess *network, ODataSearchPlan plan, QObject *parent = nullptr);
    ~ODataSearchJob() override;

    void start() override;
    void cancel() override;

    // Results that fail `keep` are dropped before they are counted or delivered (a lookup by name
    // in a catalogue whose search matches more than the name). Set before start().
    void keepOnly(std::function<bool(const SceneResult &)> keep) { m_keep = std::move(keep); }

    // The windows searched so far, for tests and diagnostics.
    const QList<TimeWindow> &windowsSearched() const { return m_windowsSearched; }
    // The most pages that were in flight at once, for tests and diagnostics.
    int mostPagesInFlight() const { return m_mostInFlight; }

private:
    // One time window being read: its count, what arrived, and whether it must be read on.
    struct Window {
        std::optional<TimeWindow> range;
        qint64 count = -1;            // @odata.count of its first page
        qint64 received = 0;          // products of it received (duplicates included)
        int unfinishedPages = 0;      // its pages not answered yet
        QDateTime lastStart;          // the latest ContentDate/Start among its products
        bool skipCapRefused = false;  // a page was refused past the $skip cap
    };
    // One request's place in the order results are delivered in.
    struct Slot {
        std::shared_ptr<Window> window;
        QUrl url;                     // empty for a window's first page (built when sent)
        qint64 skip = 0;              // for dialects that page by skip
        qint64 expected = 0;          // results it should hold (its page size), for the limit
        bool firstOfWindow = false;
        bool chains = false;          // a page found by following links: its own link is followed
        bool answered = false;
        bool endsSearch = false;      // its link was read before (a cycle): paging ends here
        QPointer<HttpJob> job;
        QList<SceneResult> results;
    };
    using SlotIt = std::list<Slot>::iterator;

    SlotIt addWindow(SlotIt before, std::optional<TimeWindow> range);
    void sendWaitingPages();
    void send(SlotIt slot);
    void onResponse(SlotIt slot, const HttpResponse &response);
    void onWindowPage(SlotIt slot, ODataPage &page);
    void scheduleFollowingPages(SlotIt slot, const ODataPage &page);
    bool splitWindow(SlotIt slot);
    void windowAnswered(SlotIt lastSlot);
    void deliverInOrder();
    void abortRequests();
    void fail(const Error &error);
    void succeed();

    QPointer<NetworkAccess> m_network;
    ODataSearchPlan m_plan;
    std::list<Slot> m_slots;                  // in delivery order; the delivered ones are gone
    int m_inFlight = 0;
    int m_mostInFlight = 0;
    QList<TimeWindow> m_windowsSearched;
    std::unique_ptr<PageGuard> m_guard;
    qint64 m_total = -1;
    std::function<bool(const SceneResult &)> m_keep;
    bool m_warnedWindowFloor = false;
    bool m_done = false;
};

} // namespace eoc::odata

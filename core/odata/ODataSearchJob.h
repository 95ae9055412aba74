#pragma once

#include "core/provider/PageGuard.h"
#include "core/provider/Provider.h"
#include "core/odata/ODataFilter.h"
#include "core/odata/ODataParser.h"

#include <QPointer>
#include <QSet>

#include <deque>
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
    QString serviceName;              // names the search in errors: "The Copernicus Data Space search"
    std::optional<ODataDialect> dialect;
};

// A Products search that delivers every result even past the catalogue's $skip cap: the first
// page of each time window asks for @odata.count, and a window holding more than the cap is cut
// in two (by ContentDate/Start) until each half fits; pages are followed by @odata.nextLink.
// A window of the minimum length is not cut further: what paging gives of it is delivered, with a
// warning. Paging follows PageGuard's rules: a next link to a page already read ends the search
// (A -> B -> A), results are unique by Id (overlapping windows never repeat a product), and pages
// that add nothing new end it.
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

private:
    void nextWindow();
    void fetch(const QUrl &url, bool firstOfWindow);
    void onResponse(const HttpResponse &response, bool firstOfWindow);
    void windowExhausted();
    bool splitCurrentWindow();
    void fail(const Error &error);
    void succeed();

    QPointer<NetworkAccess> m_network;
    ODataSearchPlan m_plan;
    std::deque<std::optional<TimeWindow>> m_pending;
    std::optional<TimeWindow> m_window;       // the window being read
    qint64 m_windowCount = -1;                // its @odata.count
    qint64 m_windowReceived = 0;              // products of it received (duplicates included)
    qint64 m_windowSkip = 0;                  // the next page's $skip, for dialects without next links
    QDateTime m_lastStart;                    // ContentDate/Start of its last product
    QList<TimeWindow> m_windowsSearched;
    std::unique_ptr<PageGuard> m_guard;
    qint64 m_total = -1;
    QPointer<HttpJob> m_job;
    QUrl m_currentUrl;
    std::function<bool(const SceneResult &)> m_keep;
    bool m_warnedWindowFloor = false;
    bool m_done = false;
};

} // namespace eoc::odata

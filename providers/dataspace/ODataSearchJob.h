#pragma once

#include "core/provider/Provider.h"
#include "providers/dataspace/ODataFilter.h"
#include "providers/dataspace/ODataParser.h"

#include <QPointer>
#include <QSet>

#include <deque>

namespace eoc {
class HttpJob;
class NetworkAccess;
} // namespace eoc

namespace eoc::dataspace {

struct ODataSearchPlan {
    QUrl odataBase;                   // .../odata/v1
    QStringList clauses;              // every $filter clause but the dates
    std::optional<TimeWindow> window; // the user's dates; none: all time
    int pageSize = 1000;              // $top (the catalogue allows 0..1000)
    int skipCap = 10000;              // the catalogue refuses $skip beyond this
    std::optional<int> limit;
    ParseContext parse;
    QString limitKey = QStringLiteral("dataspace");
};

// A Products search that delivers every result even past the catalogue's $skip cap: the first
// page of each time window asks for @odata.count, and a window holding more than the cap is cut
// in two (by ContentDate/Start) until each half fits; pages are followed by @odata.nextLink.
// Results are deduplicated by Id, so overlapping windows never repeat a product.
class ODataSearchJob final : public SearchJob
{
    Q_OBJECT
public:
    ODataSearchJob(NetworkAccess *network, ODataSearchPlan plan, QObject *parent = nullptr);
    ~ODataSearchJob() override;

    void start() override;
    void cancel() override;

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
    QDateTime m_lastStart;                    // ContentDate/Start of its last product
    QList<TimeWindow> m_windowsSearched;
    QSet<QString> m_seen;
    qint64 m_delivered = 0;
    qint64 m_total = -1;
    QPointer<HttpJob> m_job;
    QUrl m_currentUrl;
    bool m_done = false;
};

} // namespace eoc::dataspace

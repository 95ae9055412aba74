#pragma once

#include "tests/support/LocalHttpServer.h"

#include <QDateTime>
#include <QObject>
#include <QList>

namespace eoc::test {

// A synthetic OData Products catalogue far bigger than the Data Space's $skip cap, answering like
// the real one: @odata.count of the filtered set when asked ($count=true), ContentDate/Start
// windows from `ge`/`le` clauses, pages of $top from $skip, a nextLink only while skip+top stays
// within the cap, and the documented 422 body past it. Product i starts `spacingMs` after i-1.
// With `delayMs`, every answer waits that long, as a distant catalogue would.
class ODataCatalogueServer
{
public:
    ODataCatalogueServer(int products, QDateTime first, qint64 spacingMs, int delayMs = 0);

    CannedResponse handle(const RecordedRequest &request, const LocalHttpServer &server);

    int refusedSkips = 0;
    QList<qint64> countsServed;

    // The most requests waiting for their answer at once (with a delay; else 0). A request counts
    // from its arrival until just before its answer is written, so one sent after an answer
    // never overlaps it.
    int mostRequestsAtOnce() const { return m_mostWaiting; }

private:
    QList<QDateTime> m_starts;
    int m_delayMs = 0;
    int m_waiting = 0;
    int m_mostWaiting = 0;
    QObject m_timers;                 // owns the countdowns, so none outlives the server
};

// A query parameter, whether its name came encoded (%24skip, as in the recorded nextLinks) or not.
QString queryParameter(const RecordedRequest &request, const char *name);

} // namespace eoc::test

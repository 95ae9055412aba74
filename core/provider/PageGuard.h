#pragma once

#include "core/model/SceneResult.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace eoc {

// The paging rules every search job shares, whatever the protocol pages with (next links, POST
// bodies, search-after tokens, $skip): services have been seen to link back to a page already
// read, to hand out new links forever for the same items, and to repeat whole pages. So:
//  - a page key (link, body, token) fetched before in this search is a cycle: paging stops;
//  - results are unique by id (the provider's key, else the scene id) within a search;
//  - `maxStalePages` pages in a row that add nothing new end paging;
//  - the user's limit ends paging once reached.
// stopWarning() says why paging ended early, for the search job's warning signal.
class PageGuard
{
public:
    struct Options {
        int limit = 0;          // 0: no limit
        int maxStalePages = 3;
    };

    PageGuard();
    explicit PageGuard(Options options);
    PageGuard(const PageGuard &) = delete;
    PageGuard &operator=(const PageGuard &) = delete;

    // Before fetching a page. False when `pageKey` was fetched before in this search (a cycle);
    // the guard then reports shouldStop() and a warning.
    bool admitPage(const QByteArray &pageKey);

    // A fetched page, filtered: results delivered before (by id) and those past the limit are
    // dropped. A page adding nothing new counts as stale; one that adds something resets the count.
    QList<SceneResult> accept(QList<SceneResult> page);

    bool limitReached() const;
    bool stalled() const;
    bool cycled() const { return m_cycled; }
    bool shouldStop() const { return limitReached() || stalled() || m_cycled; }
    int delivered() const { return m_delivered; }
    int pagesAdmitted() const { return m_pages; }

    // Why paging stopped before the service said it was done; empty when it did not.
    QString stopWarning() const;

private:
    Options m_options;
    QSet<QByteArray> m_pageKeys;
    QSet<QString> m_ids;
    int m_delivered = 0;
    int m_pages = 0;
    int m_stale = 0;
    bool m_cycled = false;
};

} // namespace eoc

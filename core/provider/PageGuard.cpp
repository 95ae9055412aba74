#include "core/provider/PageGuard.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace eoc {

PageGuard::PageGuard()
    : PageGuard(Options{})
{
}

PageGuard::PageGuard(Options options)
    : m_options(options)
{
    if (m_options.maxStalePages < 1)
        m_options.maxStalePages = 1;
}

bool PageGuard::admitPage(const QByteArray &pageKey)
{
    // Keys can be whole POST bodies; a digest keeps the memory per page small.
    const QByteArray digest = QCryptographicHash::hash(pageKey, QCryptographicHash::Sha256);
    if (m_pageKeys.contains(digest)) {
        m_cycled = true;
        return false;
    }
    m_pageKeys.insert(digest);
    ++m_pages;
    return true;
}

QList<SceneResult> PageGuard::accept(QList<SceneResult> page)
{
    QList<SceneResult> fresh;
    fresh.reserve(page.size());
    for (SceneResult &result : page) {
        if (limitReached())
            break;
        // The provider's own key tells results apart best (two products may share a name after a
        // reprocessing); results with neither key cannot be told apart and are all kept.
        const QString &id = result.remoteId.isEmpty() ? result.sceneId : result.remoteId;
        if (!id.isEmpty()) {
            if (m_ids.contains(id))
                continue;
            m_ids.insert(id);
        }
        fresh.append(std::move(result));
        ++m_delivered;
    }
    if (fresh.isEmpty() && !limitReached())
        ++m_stale;
    else
        m_stale = 0;
    return fresh;
}

bool PageGuard::limitReached() const
{
    return m_options.limit > 0 && m_delivered >= m_options.limit;
}

bool PageGuard::stalled() const
{
    return m_stale >= m_options.maxStalePages;
}

QString PageGuard::stopWarning() const
{
    if (m_cycled) {
        return QCoreApplication::translate("PageGuard", "The service linked back to a page it had already sent (after %1 pages); "
                              "paging stopped there with %2 results.")
            .arg(m_pages)
            .arg(m_delivered);
    }
    if (stalled()) {
        return QCoreApplication::translate("PageGuard", "The service sent %1 pages in a row without a new result; paging stopped "
                              "there with %2 results.")
            .arg(m_options.maxStalePages)
            .arg(m_delivered);
    }
    return {};
}

} // namespace eoc

// The search form kept between runs: the last query (provider, collection, dates, filters and
// region), stored as the same JSON as a saved search.
#include "ui/search/SearchPanel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace eoc::ui {

namespace {
const QString kLastQuery = QStringLiteral("search/query");
const QString kAlsoSearch = QStringLiteral("search/also_search");
} // namespace

void SearchPanel::saveSession(QSettings &state) const
{
    state.setValue(kLastQuery, QString::fromUtf8(QJsonDocument(query().toJson()).toJson(QJsonDocument::Compact)));
    state.setValue(kAlsoSearch, extraSources());
}

void SearchPanel::restoreSession(const QSettings &state)
{
    const QJsonDocument doc = QJsonDocument::fromJson(state.value(kLastQuery).toString().toUtf8());
    // A query that no longer reads is dropped quietly: today's defaults are the safe start.
    const Result<SearchQuery> last = SearchQuery::fromJson(doc.object());
    if (!doc.isObject() || !last)
        return;
    const Region before = m_region;
    m_wantedSources = state.value(kAlsoSearch).toStringList();
    applyQuery(*last);
    updateSources();
    if (m_region != before)
        Q_EMIT regionEdited(m_region);
}

} // namespace eoc::ui

// The note shown instead of the search form when the chosen provider cannot search: a service
// that closed (ONDA DIAS), or one that needs a setting first (which hub to ask).
#include "ui/search/SearchPanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace eoc::ui {

QString SearchPanel::providerNotice() const
{
    const Provider *provider = currentProvider();
    return provider ? provider->unavailableReason() : QString();
}

void SearchPanel::updateProviderNotice()
{
    const QString notice = providerNotice();
    const bool searchable = notice.isEmpty();
    m_providerNotice->setText(notice);
    if (searchable == m_searchable && m_providerNotice->isHidden() == searchable)
        return;
    // Showing a row shows every widget in it; these two have their own reasons to be hidden.
    const bool refreshHidden = m_refreshCollections->isHidden();
    const bool busyHidden = m_collectionsBusy->isHidden();
    // Row 0 is the provider and row 1 this note; the form's other rows make no sense without a
    // service to send them to.
    m_form->setRowVisible(1, !searchable);
    for (int row = 2; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, searchable);
    m_refreshCollections->setHidden(refreshHidden);
    m_collectionsBusy->setHidden(busyHidden);
    if (searchable != m_searchable) {
        m_searchable = searchable;
        Q_EMIT searchableChanged(searchable);
    }
}

} // namespace eoc::ui

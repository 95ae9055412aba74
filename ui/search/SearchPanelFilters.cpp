// The search form's typed filters: what the provider says the chosen collection accepts (STAC
// queryables, USGS path/row, MODIS tiles), offered by type; free key=value input otherwise.
#include "ui/search/SearchPanel.h"

#include "ui/search/FilterFieldsEditor.h"

#include <QComboBox>
#include <QPointer>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace eoc::ui {

void SearchPanel::setUpFilterFields(QWidget *container)
{
    m_fieldsEditor = new FilterFieldsEditor(container);
    m_fieldsEditor->setObjectName(QStringLiteral("filterFields"));
    m_fieldsEditor->hide();
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fieldsEditor);
    layout->addWidget(m_freeFilters);
    connect(m_fieldsEditor, &FilterFieldsEditor::otherFilterWanted, this, [this] {
        m_freeFilters->show();
        addExtraRow();
    });
    // Typing a collection name changes it with every key: ask the service once the typing stops.
    m_fieldsRequest = new QTimer(this);
    m_fieldsRequest->setSingleShot(true);
    m_fieldsRequest->setInterval(300);
    connect(m_fieldsRequest, &QTimer::timeout, this, [this] {
        if (Provider *provider = currentProvider(); provider && !collectionName().isEmpty())
            provider->requestFilterFields(collectionName());
    });
}

void SearchPanel::watchFilterFields(Provider *provider)
{
    connect(provider, &Provider::filterFieldsChanged, this,
            [this, guard = QPointer<Provider>(provider)](const QString &collection) {
                if (guard && guard == currentProvider() && collection == collectionName())
                    applyFilterFields();
            });
}

void SearchPanel::applyFilterFields()
{
    Provider *provider = currentProvider();
    const QString collection = collectionName();
    m_fieldsEditor->setFields(provider && !collection.isEmpty() ? provider->filterFields(collection)
                                                                : QList<FilterField>());
    moveKnownFiltersToFields();
    m_fieldsEditor->setVisible(m_fieldsEditor->hasFields());
    if (provider && !collection.isEmpty() && !m_fieldsEditor->hasFields())
        m_fieldsRequest->start();
}

void SearchPanel::moveKnownFiltersToFields()
{
    // Free rows naming an offered field (a restored session, text typed before the fields came)
    // become that field's input, so that each filter is given once.
    for (int row = m_extra->rowCount() - 1; row >= 0; --row) {
        const QString key = m_extra->item(row, 0) ? m_extra->item(row, 0)->text().trimmed() : QString();
        const QString value = m_extra->item(row, 1) ? m_extra->item(row, 1)->text().trimmed() : QString();
        if (!key.isEmpty() && m_fieldsEditor->setValue(key, value))
            m_extra->removeRow(row);
    }
    // Without offered fields the free input is the way to give filters; with them it stays only
    // while it holds a filter the provider did not list.
    m_freeFilters->setVisible(!m_fieldsEditor->hasFields() || m_extra->rowCount() > 0);
}

} // namespace eoc::ui

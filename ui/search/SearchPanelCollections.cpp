// The search panel's providers and collections: the lists, the choice, and the filters the chosen
// collection accepts.
#include "ui/search/SearchPanel.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSlider>

namespace eoc::ui {

void SearchPanel::setProviders(const QList<Provider *> &providers)
{
    m_providers.clear();
    for (Provider *provider : providers) {
        // Providers that cannot search now are listed too when they say why (a closed service,
        // a hub to choose): the user finds them and reads the note instead of wondering.
        if (provider->capabilities().canSearch || !provider->unavailableReason().isEmpty())
            m_providers.append(provider);
    }
    const QSignalBlocker blocker(m_provider);
    m_provider->clear();
    for (Provider *provider : std::as_const(m_providers))
        m_provider->addItem(provider->title(), provider->name());
    for (Provider *provider : std::as_const(m_providers))
        watchFilterFields(provider);
    fillCollections();
    updateSources();
    Q_EMIT providerChanged(providerName());
}

void SearchPanel::refreshCollections()
{
    // Keep the user's choice when it is still offered, and a name or keyword typed for an open
    // provider as it was typed.
    const QString typed = typedCollection();
    const QString current = m_collection->currentData().toString();
    fillCollections();
    setCollection(current);
    if (!typed.isEmpty())
        m_collection->setEditText(typed);
}

QString SearchPanel::typedCollection() const
{
    if (!m_collection->isEditable())
        return {};
    const QString text = m_collection->currentText().trimmed();
    // Text shown for a listed collection is that collection, not something typed.
    const int index = m_collection->findText(text, Qt::MatchFixedString);
    return index >= 0 ? QString() : text;
}

QString SearchPanel::collectionName() const
{
    const QString typed = typedCollection();
    return typed.isEmpty() ? m_collection->currentData().toString() : typed;
}

void SearchPanel::setProvider(const QString &name)
{
    const int index = m_provider->findData(name);
    if (index >= 0)
        m_provider->setCurrentIndex(index);
}

void SearchPanel::setCollection(const QString &name)
{
    const int index = m_collection->findData(name);
    if (index >= 0)
        m_collection->setCurrentIndex(index);
}

QString SearchPanel::providerName() const { return m_provider->currentData().toString(); }

Provider *SearchPanel::currentProvider() const
{
    const int index = m_provider->currentIndex();
    return index >= 0 && index < m_providers.size() ? m_providers.at(index) : nullptr;
}

void SearchPanel::fillCollections()
{
    const QSignalBlocker blocker(m_collection);
    m_collection->clear();
    const int index = m_provider->currentIndex();
    // Providers that accept any collection the service knows (CMR) take a typed name or keyword,
    // with completion from the listed ones.
    const bool open = index >= 0 && index < m_providers.size() && m_providers.at(index)->capabilities().openCollections;
    m_collection->setEditable(open);
    if (open) {
        m_collection->setInsertPolicy(QComboBox::NoInsert);
        m_collection->completer()->setCompletionMode(QCompleter::PopupCompletion);
        m_collection->completer()->setFilterMode(Qt::MatchContains);
        m_collection->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        m_collection->lineEdit()->setPlaceholderText(tr("Name, concept id or keyword"));
        m_collection->setToolTip(tr("Pick a collection or type a short name, SHORTNAME.VERSION or concept id; "
                                    "the refresh button searches the service's collections for the typed words"));
    } else {
        m_collection->setToolTip(QString());
    }
    if (index >= 0 && index < m_providers.size()) {
        for (const CollectionInfo &info : m_providers.at(index)->collections()) {
            m_collection->addItem(info.title.isEmpty() ? info.name : QStringLiteral("%1 (%2)").arg(info.title, info.name),
                                  info.name);
        }
    }
    applyCollectionFilters();
    updateProviderNotice();
}

void SearchPanel::applyCollectionFilters()
{
    // Only the filters the chosen collection accepts are enabled; the others would be ignored.
    const int providerIndex = m_provider->currentIndex();
    QStringList filters;
    bool known = false;
    if (providerIndex >= 0 && providerIndex < m_providers.size()) {
        if (auto info = m_providers.at(providerIndex)->findCollection(collectionName())) {
            filters = info->filters;
            known = true;
        }
    }
    const auto accepts = [&](const char *name) { return !known || filters.contains(QLatin1String(name)); };
    m_cloud->setEnabled(accepts("cloud"));
    m_productType->setEnabled(accepts("product_type"));
    m_tile->setEnabled(accepts("tile"));
    const QString hint = tr("Not offered by this collection");
    m_cloud->setToolTip(m_cloud->isEnabled() ? tr("Largest cloud cover accepted") : hint);
    m_productType->setToolTip(m_productType->isEnabled() ? QString() : hint);
    applyFilterFields();
}

} // namespace eoc::ui

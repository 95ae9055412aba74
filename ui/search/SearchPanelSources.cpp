// SearchPanel: the "Also search" row. Other providers (and presets) that carry the chosen
// collection under a shared name (core/provider/CanonicalCollections.h) can be searched at the
// same time; the menu offers exactly those, and "Every provider that carries it".
#include "ui/search/SearchPanel.h"

#include "core/provider/CanonicalCollections.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace eoc::ui {

void SearchPanel::setUpSourcesRow(QFormLayout *form)
{
    m_alsoSearch = new QToolButton(this);
    m_alsoSearch->setObjectName(QStringLiteral("alsoSearch"));
    m_alsoSearch->setPopupMode(QToolButton::InstantPopup);
    m_alsoSearch->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Its width follows the form, never the list chosen: a long list would widen the whole panel.
    m_alsoSearch->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_alsoSearch->setMenu(new QMenu(m_alsoSearch));

    m_alsoSearchLabel = new QLabel(tr("Also search:"), this);
    form->addRow(m_alsoSearchLabel, m_alsoSearch);
    connect(m_collection, &QComboBox::currentIndexChanged, this, &SearchPanel::updateSources);
    connect(m_collection, &QComboBox::editTextChanged, this, &SearchPanel::updateSources);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &SearchPanel::updateSources);
}

QString SearchPanel::currentSource() const
{
    // A STAC catalogue chosen in the filters ("catalog" = a preset) is that preset's source.
    const QString provider = providerName();
    const QString catalog = query().extra.value(QStringLiteral("catalog")).toString().trimmed().toLower();
    if (!catalog.isEmpty() && currentProvider() && currentProvider()->presets().contains(catalog))
        return provider + QLatin1Char(':') + catalog;
    return provider;
}

QString SearchPanel::sharedCollection() const
{
    const auto canonical = canonicalCollectionOf(currentSource(), collectionName());
    return canonical ? canonical->name : QString();
}

QStringList SearchPanel::extraSources() const
{
    QStringList sources;
    if (!m_alsoSearch || m_alsoSearch->isHidden())
        return sources;
    const auto actions = m_alsoSearch->menu()->actions();
    for (QAction *action : actions) {
        if (action->isCheckable() && action->isChecked() && !action->data().toString().isEmpty())
            sources << action->data().toString();
    }
    return sources;
}

void SearchPanel::setExtraSources(const QStringList &sources)
{
    const auto actions = m_alsoSearch->menu()->actions();
    for (QAction *action : actions) {
        if (action->isCheckable() && !action->data().toString().isEmpty())
            action->setChecked(sources.contains(action->data().toString()));
    }
    updateSourcesText();
}

void SearchPanel::updateSources()
{
    if (!m_alsoSearch)
        return;
    const QStringList wanted = m_wantedSources.isEmpty() ? extraSources() : m_wantedSources;
    QMenu *menu = m_alsoSearch->menu();
    menu->clear();
    const auto canonical = canonicalCollectionOf(currentSource(), collectionName());
    QStringList offered;
    if (canonical) {
        const QString current = currentSource();
        for (const QString &source : sourcesCarrying(*canonical)) {
            const QString provider = source.section(QLatin1Char(':'), 0, 0);
            // Only providers this program has (and that can search) are offered.
            const bool known = std::any_of(m_providers.begin(), m_providers.end(), [&provider](Provider *p) {
                return p->name() == provider && p->unavailableReason().isEmpty();
            });
            if (known && source != current)
                offered << source;
        }
    }
    m_alsoSearch->setVisible(!offered.isEmpty());
    m_alsoSearchLabel->setVisible(!offered.isEmpty());
    if (offered.isEmpty())
        return;
    QAction *every = menu->addAction(tr("Every provider that carries %1").arg(canonical->name));
    connect(every, &QAction::triggered, this, [this, offered] { setExtraSources(offered); });
    QAction *none = menu->addAction(tr("Only %1").arg(currentSource()));
    connect(none, &QAction::triggered, this, [this] { setExtraSources({}); });
    menu->addSeparator();
    for (const QString &source : std::as_const(offered)) {
        QAction *action = menu->addAction(source);
        action->setCheckable(true);
        action->setData(source);
        action->setChecked(wanted.contains(source));
        connect(action, &QAction::toggled, this, &SearchPanel::updateSourcesText);
    }
    m_wantedSources.clear();
    updateSourcesText();
}

void SearchPanel::updateSourcesText()
{
    const QStringList chosen = extraSources();
    // Two names fit the form; more are summed up, and the tool tip names every one.
    QString text = tr("No other provider");
    if (chosen.size() == 1 || chosen.size() == 2)
        text = chosen.join(QStringLiteral(", "));
    else if (chosen.size() > 2)
        text = tr("%1 and %n more", nullptr, int(chosen.size() - 1)).arg(chosen.first());
    m_alsoSearch->setText(text);
    QString tip = tr("Search other providers that carry this collection at the same time: each scene is "
                     "listed once, with a badge per source, and a download falls back to the next "
                     "source if the first one fails.");
    if (!chosen.isEmpty())
        tip += QStringLiteral("\n\n") + tr("Also searched: %1").arg(chosen.join(QStringLiteral(", ")));
    m_alsoSearch->setToolTip(tip);
}

} // namespace eoc::ui

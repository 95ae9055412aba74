#include "ui/app/SavedSearchesActions.h"

#include "ui/search/SearchPanel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace eoc::ui {

SavedSearchesActions::SavedSearchesActions(const QString &path, SearchPanel *panel, QAction *searchAction,
                                           QWidget *window)
    : QObject(window), m_store(path), m_panel(panel), m_searchAction(searchAction), m_window(window)
{
    m_save = new QAction(tr("Sa&ve search..."), this);
    m_save->setObjectName(QStringLiteral("saveSearch"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_save->setToolTip(tr("Keep the region, provider, collection, dates and filters under a name"));
    m_list = new QAction(tr("Saved searc&hes..."), this);
    m_list->setObjectName(QStringLiteral("savedSearches"));
    m_list->setToolTip(tr("Run or delete a saved search (also: eo-collector-cli search --saved NAME)"));
    connect(m_save, &QAction::triggered, this, &SavedSearchesActions::saveCurrent);
    connect(m_list, &QAction::triggered, this, &SavedSearchesActions::showList);
    m_prompt = [window](const QStringList &existing) {
        bool ok = false;
        const QString name = QInputDialog::getItem(window, tr("Save search"), tr("Name of the search:"), existing,
                                                   -1, true, &ok);
        return ok ? name.trimmed() : QString();
    };
}

QStringList SavedSearchesActions::names()
{
    if (const Status loaded = m_store.load(); !loaded) {
        Q_EMIT failed(loaded.error());
        return {};
    }
    return m_store.names();
}

void SavedSearchesActions::saveCurrent()
{
    const QString name = m_prompt(names()).trimmed();
    if (name.isEmpty())
        return;
    // Read first: never overwrite a file that could not be read.
    if (const Status loaded = m_store.load(); !loaded) {
        Q_EMIT failed(loaded.error());
        return;
    }
    if (const Status saved = m_store.save(name, m_panel->query()); !saved)
        Q_EMIT failed(saved.error());
}

void SavedSearchesActions::run(const QString &name)
{
    if (const Status loaded = m_store.load(); !loaded) {
        Q_EMIT failed(loaded.error());
        return;
    }
    const Result<SearchQuery> query = m_store.find(name);
    if (!query) {
        Q_EMIT failed(query.error());
        return;
    }
    m_panel->applyQuery(*query);
    if (m_searchAction->isEnabled())
        m_searchAction->trigger();
}

Status SavedSearchesActions::remove(const QString &name)
{
    Status result = m_store.load();
    if (result)
        result = m_store.remove(name);
    if (!result)
        Q_EMIT failed(result.error());
    return result;
}

QDialog *SavedSearchesActions::showList()
{
    auto *dialog = new SavedSearchesDialog(this, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

SavedSearchesDialog::SavedSearchesDialog(SavedSearchesActions *actions, QWidget *parent)
    : QDialog(parent), m_actions(actions)
{
    setWindowTitle(tr("Saved searches"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Run one again, or delete it. The command line runs them too: "
                                    "eo-collector-cli search --saved NAME"), this));
    m_list = new QListWidget(this);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_list->currentItem()) {
            m_actions->run(item->text());
            accept();
        }
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_list->currentItem()) {
            m_actions->remove(item->text());
            reload();
        }
    });
    connect(m_list, &QListWidget::itemDoubleClicked, m_run, &QPushButton::click);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        m_run->setEnabled(current != nullptr);
        m_delete->setEnabled(current != nullptr);
    });
    reload();
}

void SavedSearchesDialog::reload()
{
    m_list->clear();
    m_list->addItems(m_actions->names());
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_run->setEnabled(m_list->currentItem() != nullptr);
    m_delete->setEnabled(m_list->currentItem() != nullptr);
}

} // namespace eoc::ui

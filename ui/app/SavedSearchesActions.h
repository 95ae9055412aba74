#pragma once

#include "core/model/Error.h"
#include "core/settings/SavedSearches.h"

#include <QDialog>
#include <QObject>

#include <functional>

class QAction;
class QListWidget;
class QPushButton;

namespace eoc::ui {

class SearchPanel;

// Search → Save search... and Search → Saved searches...: saves the panel's query under a name
// and lists the saved ones to run again or delete. The file is SavedSearches' (shared with
// `eo-collector-cli search --saved`).
class SavedSearchesActions final : public QObject
{
    Q_OBJECT
public:
    // Asks for a name; empty: cancelled. `existing` are the names already saved.
    using NamePrompt = std::function<QString(const QStringList &existing)>;

    SavedSearchesActions(const QString &path, SearchPanel *panel, QAction *searchAction, QWidget *window);

    QAction *saveAction() const { return m_save; }
    QAction *listAction() const { return m_list; }
    void setNamePrompt(NamePrompt prompt) { m_prompt = std::move(prompt); }

    // Saves the panel's query under a name the prompt gives.
    void saveCurrent();
    // The list of saved searches (shown, not modal).
    QDialog *showList();
    // Fills the panel with the saved search and runs it.
    void run(const QString &name);
    Status remove(const QString &name);
    QStringList names();

Q_SIGNALS:
    void failed(const eoc::Error &error);

private:
    SavedSearches m_store;
    SearchPanel *m_panel;
    QAction *m_searchAction;
    QWidget *m_window;
    QAction *m_save;
    QAction *m_list;
    NamePrompt m_prompt;
};

// The list behind Search → Saved searches...: run or delete one.
class SavedSearchesDialog final : public QDialog
{
    Q_OBJECT
public:
    SavedSearchesDialog(SavedSearchesActions *actions, QWidget *parent);
    QListWidget *list() const { return m_list; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *deleteButton() const { return m_delete; }
    void reload();

private:
    SavedSearchesActions *m_actions;
    QListWidget *m_list;
    QPushButton *m_run;
    QPushButton *m_delete;
};

} // namespace eoc::ui

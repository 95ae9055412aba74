#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QTableWidget;

namespace eoc::ui {

struct ShortcutEntry {
    QString group;                // the menu the action is in ("Map"), or "Other"
    QString action;               // its text without the mnemonic ("Draw box")
    QList<QKeySequence> keys;
};

// The keyboard shortcuts of `window`, read from its actions: first those of the menu bar, menu
// by menu, then any other action in the window that has a shortcut. Read when asked, so the
// list always says what the keys do now.
QList<ShortcutEntry> shortcutsOf(const QWidget *window);

// Help → Keyboard shortcuts: the list above as a table.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QWidget *window, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace eoc::ui

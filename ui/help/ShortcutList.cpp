#include "ui/help/ShortcutList.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace eoc::ui {

namespace {

QString plainText(QString text)
{
    // "&Open region file..." → "Open region file...": the mnemonic is not part of the name.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

void collectMenu(const QMenu *menu, const QString &group, QList<ShortcutEntry> &entries, QSet<const QAction *> &seen)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu()) {
            collectMenu(sub, group, entries, seen);
            continue;
        }
        if (seen.contains(action) || action->shortcuts().isEmpty())
            continue;
        seen.insert(action);
        entries.append({group, plainText(action->text()), action->shortcuts()});
    }
}

} // namespace

QList<ShortcutEntry> shortcutsOf(const QWidget *window)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction *> seen;
    const auto *main = qobject_cast<const QMainWindow *>(window);
    if (const auto *bar = main ? qobject_cast<const QMenuBar *>(main->menuWidget()) : nullptr) {
        for (const QAction *top : bar->actions())
            if (const QMenu *menu = top->menu())
                collectMenu(menu, plainText(top->text()), entries, seen);
    }
    const QString other = ShortcutsDialog::tr("Other");
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        seen.insert(action);
        entries.append({other, plainText(action->text()), action->shortcuts()});
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Menu"), tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (const ShortcutEntry &entry : shortcutsOf(window)) {
        QStringList keys;
        for (const QKeySequence &key : entry.keys)
            keys << key.toString(QKeySequence::NativeText);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(entry.group));
        m_table->setItem(row, 1, new QTableWidgetItem(entry.action));
        m_table->setItem(row, 2, new QTableWidgetItem(keys.join(tr(" or "))));
    }
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(520, 460);
}

} // namespace eoc::ui

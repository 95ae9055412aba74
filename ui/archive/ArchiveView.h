#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;

namespace eoc::ui {

class ArchiveModel;
class ErrorBanner;

// The products on disk as a sortable table, a strip for what went wrong, a line that says how much disk they use, a busy bar
// while a scan runs, and a tool bar for the controller's actions. Dumb: the controller acts.
class ArchiveView final : public QWidget
{
    Q_OBJECT
public:
    explicit ArchiveView(ArchiveModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QToolBar *toolBar() const { return m_toolBar; }
    QLabel *summaryLabel() const { return m_summary; }
    QProgressBar *busyBar() const { return m_busy; }
    QLabel *busyLabel() const { return m_busyText; }
    ErrorBanner *banner() const { return m_banner; }

    // Rows of the model (not of the sorted view) that are selected, ascending.
    QList<int> selectedRows() const;
    void selectRow(int modelRow);

    void setSummary(const QString &text);
    // A scan or check is running: the bar moves and `text` says what is being done.
    void showBusy(const QString &text);
    void hideBusy();

Q_SIGNALS:
    void selectionChanged();
    // A row was double-clicked (its model row).
    void rowActivated(int row);

private:
    ArchiveModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyText = nullptr;
    ErrorBanner *m_banner = nullptr;
};

} // namespace eoc::ui

#pragma once

#include <QList>
#include <QWidget>

class QTableView;
class QToolBar;

namespace eoc::ui {

class DownloadsModel;
class WorkersModel;
class WorkersPanel;

// The queue as a table with progress bars, and a tool bar for the controller's actions.
class DownloadsView final : public QWidget
{
    Q_OBJECT
public:
    // `workers`: the workers of a shared queue, shown under the table while there are any.
    DownloadsView(DownloadsModel *model, WorkersModel *workers = nullptr, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QToolBar *toolBar() const { return m_toolBar; }
    WorkersPanel *workersPanel() const { return m_workers; }
    // Queue ids of the selected rows.
    QList<qint64> selectedIds() const;

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void selectionChanged();

private:
    DownloadsModel *m_model = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTableView *m_table = nullptr;
    WorkersPanel *m_workers = nullptr;
};

} // namespace eoc::ui

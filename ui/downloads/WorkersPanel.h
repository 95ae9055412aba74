#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QTableView;

namespace eoc::ui {

class WorkersModel;

// Below the Downloads table: the workers of a shared queue and their throughput, read again every
// two seconds while the Downloads tab is shown. Hidden while no worker has reported (a queue that
// one process runs).
class WorkersPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit WorkersPanel(WorkersModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QString summary() const;
    // Reads the store now (the timer does it every two seconds).
    void refresh();

private:
    WorkersModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
    QTimer m_timer;
};

} // namespace eoc::ui

#pragma once

#include "core/download/queue/QueueTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace eoc {
class DownloadQueue;
}

namespace eoc::ui {

// The workers draining a shared queue, as they last reported themselves to the store: name,
// machine, whether they are running, how many items they hold, their speed and what they have
// fetched. Empty for a queue that one process runs. refresh() reads the store again; the panel
// calls it on a timer while the Downloads tab is shown.
class WorkersModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Host, Status, Items, Speed, Fetched, ColumnCount };
    Q_ENUM(Column)

    explicit WorkersModel(DownloadQueue *queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void refresh();
    // The alive workers' speeds together.
    double totalBytesPerSecond() const;
    int aliveCount() const;
    // This program only watches the queue (queue.watch_only): only workers run it.
    bool watchOnly() const;
    // Items are waiting to be run (by the workers, for a watching program).
    bool workWaiting() const;

private:
    DownloadQueue *m_queue;
    QList<QueueWorkerInfo> m_workers;
};

} // namespace eoc::ui

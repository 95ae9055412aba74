#include "ui/downloads/WorkersModel.h"

#include "core/download/queue/DownloadQueue.h"
#include "core/model/ByteSize.h"

#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace eoc::ui {

WorkersModel::WorkersModel(DownloadQueue *queue, QObject *parent) : QAbstractTableModel(parent), m_queue(queue) {}

int WorkersModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_workers.size()); }

int WorkersModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant WorkersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_workers.size())
        return {};
    const QueueWorkerInfo &w = m_workers.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return w.name;
        case Host: return w.host;
        case Status:
            return w.alive ? tr("Running")
                           : tr("Stopped (last seen %1)").arg(QLocale().toString(w.lastSeen.toLocalTime(), QLocale::ShortFormat));
        case Items: return w.alive ? QLocale().toString(w.itemsHeld) : QString();
        case Speed:
            return w.alive && w.bytesPerSecond > 0 ? tr("%1/s").arg(formatByteSize(qint64(w.bytesPerSecond), QLocale())) : QString();
        case Fetched: return formatByteSize(w.bytesFetched, QLocale());
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Items || index.column() == Speed || index.column() == Fetched))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && !w.alive)
        return QVariant::fromValue(QPalette().color(QPalette::Disabled, QPalette::Text));
    return {};
}

QVariant WorkersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Worker");
    case Host: return tr("Machine");
    case Status: return tr("Status");
    case Items: return tr("Items");
    case Speed: return tr("Speed");
    case Fetched: return tr("Fetched");
    default: return {};
    }
}

void WorkersModel::refresh()
{
    auto workers = m_queue->workers();
    if (!workers)
        return;     // the store may answer at the next refresh; the last report stays shown
    beginResetModel();
    m_workers = std::move(workers.value());
    endResetModel();
}

double WorkersModel::totalBytesPerSecond() const
{
    double total = 0;
    for (const QueueWorkerInfo &w : m_workers)
        total += w.alive ? w.bytesPerSecond : 0;
    return total;
}

int WorkersModel::aliveCount() const
{
    return int(std::count_if(m_workers.cbegin(), m_workers.cend(), [](const QueueWorkerInfo &w) { return w.alive; }));
}

bool WorkersModel::watchOnly() const
{
    return m_queue->isWatchOnly();
}

bool WorkersModel::workWaiting() const
{
    const QueueTotals totals = m_queue->totals();
    return totals.waiting + totals.active > 0;
}

} // namespace eoc::ui

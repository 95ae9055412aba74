#include "ui/downloads/DownloadsModel.h"

#include "core/download/queue/DownloadQueue.h"
#include "core/download/queue/QueueText.h"
#include "core/model/ByteSize.h"

#include <QLocale>
#include <QMimeData>

#include <algorithm>

namespace eoc::ui {

DownloadsModel::DownloadsModel(DownloadQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    if (!m_queue)
        return;
    connect(m_queue, &DownloadQueue::itemAdded, this, &DownloadsModel::onAdded);
    connect(m_queue, &DownloadQueue::itemChanged, this, &DownloadsModel::onChanged);
    connect(m_queue, &DownloadQueue::itemRemoved, this, &DownloadsModel::onRemoved);
    reload();
}

void DownloadsModel::reload()
{
    beginResetModel();
    m_items = m_queue->items();
    reindex(0);
    endResetModel();
}

void DownloadsModel::reindex(int from)
{
    if (from == 0)
        m_rows.clear();
    for (int row = from; row < m_items.size(); ++row)
        m_rows.insert(m_items.at(row).id, row);
}

int DownloadsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_items.size()); }
int DownloadsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

qint64 DownloadsModel::idAt(int row) const { return row >= 0 && row < m_items.size() ? m_items.at(row).id : 0; }
int DownloadsModel::rowOf(qint64 id) const { return m_rows.value(id, -1); }

QString DownloadsModel::formatDuration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QVariant DownloadsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueItemInfo &item = m_items.at(index.row());
    const bool running = item.state == QueueState::Downloading;
    if (role == IdRole)
        return item.id;
    if (role == ProgressRole) {
        if (item.state == QueueState::Done)
            return 1000;
        if (!item.bytesTotal || *item.bytesTotal <= 0)
            return -1;
        return int(std::clamp<qint64>(item.bytesDone * 1000 / *item.bytesTotal, 0, 1000));
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return item.title;
        // A preset's source says which catalogue ("stac:planetary-computer"); after a failover it
        // is the source fetching now, the one that delivered once done.
        case Provider: return item.scene.source.isEmpty() ? providerTitle(item.provider) : item.scene.source;
        case State: return queueStatusText(item);
        case Progress: {
            const QVariant p = data(index, ProgressRole);
            return p.toInt() < 0 ? QString() : QLocale().toString(p.toInt() / 10.0, 'f', 1) + QLatin1Char('%');
        }
        case Size:
            if (item.bytesTotal)
                return tr("%1 of %2").arg(formatByteSize(item.bytesDone, QLocale()), formatByteSize(*item.bytesTotal, QLocale()));
            return item.bytesDone > 0 ? formatByteSize(item.bytesDone, QLocale()) : QString();
        case Speed:
            return running && item.bytesPerSecond > 0
                       ? tr("%1/s").arg(formatByteSize(qint64(item.bytesPerSecond), QLocale())) : QString();
        case Eta: return running && item.etaSeconds ? formatDuration(*item.etaSeconds) : QString();
        case Problem: return item.error.message;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == Problem || index.column() == State) && item.error.isError())
        return QStringLiteral("%1\n\n%2").arg(problemText(item.error), errorClassAdvice(item.error.errorClass));
    // A shared queue: the worker running the item.
    if (role == Qt::ToolTipRole && index.column() == State && !item.worker.isEmpty())
        return tr("Run by the worker %1").arg(item.worker);
    if (role == Qt::ToolTipRole && index.column() == Name)
        return item.outputFolder;
    if (role == Qt::TextAlignmentRole && (index.column() == Speed || index.column() == Eta || index.column() == Size))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DownloadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Scene");
    case Provider: return tr("Provider");
    case State: return tr("State");
    case Progress: return tr("Progress");
    case Size: return tr("Size");
    case Speed: return tr("Speed");
    case Eta: return tr("Time left");
    case Problem: return tr("Problem");
    default: return {};
    }
}

Qt::ItemFlags DownloadsModel::flags(const QModelIndex &index) const
{
    // Rows take no drops on themselves: the drop indicator always falls between two rows.
    if (!index.isValid())
        return m_queue ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    return QAbstractTableModel::flags(index) | Qt::ItemIsDragEnabled;
}

Qt::DropActions DownloadsModel::supportedDragActions() const { return Qt::MoveAction; }
Qt::DropActions DownloadsModel::supportedDropActions() const { return Qt::MoveAction; }

QStringList DownloadsModel::mimeTypes() const { return {QLatin1String(kIdsMimeType)}; }

QMimeData *DownloadsModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !rows.contains(index.row()))
            rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (int row : std::as_const(rows))
        ids << QString::number(idAt(row));
    auto *data = new QMimeData;
    data->setData(QLatin1String(kIdsMimeType), ids.join(QLatin1Char(',')).toLatin1());
    return data;
}

QList<qint64> DownloadsModel::idsFrom(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data)
        return ids;
    const QList<QByteArray> parts = data->data(QLatin1String(kIdsMimeType)).split(',');
    for (const QByteArray &part : parts) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok && id > 0)
            ids << id;
    }
    return ids;
}

bool DownloadsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                     const QModelIndex &) const
{
    if (!m_queue || action != Qt::MoveAction)
        return false;
    const QList<qint64> ids = idsFrom(data);
    return !ids.isEmpty() && std::all_of(ids.cbegin(), ids.cend(), [this](qint64 id) { return m_rows.contains(id); });
}

bool DownloadsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Between rows `row` is the row the items land before; on a row (a drop the view did not
    // place between two) they land before that row; past the last row or on empty space, at the end.
    const int before = parent.isValid() ? parent.row() : row;
    const Status status = m_queue->moveBefore(idsFrom(data), before >= 0 ? idAt(before) : 0);
    if (!status)
        Q_EMIT moveFailed(status.error());
    // Accepted: the queue moved the items and the rows followed it. The view then asks to
    // remove the dragged rows, which this model never does (removeRows() is not offered).
    return status.ok();
}

void DownloadsModel::onAdded(qint64 id)
{
    if (m_rows.contains(id))
        return;
    const std::optional<QueueItemInfo> info = m_queue->item(id);
    if (!info)
        return;
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items.append(*info);
    m_rows.insert(id, row);
    endInsertRows();
}

void DownloadsModel::onChanged(qint64 id, QueueFields fields)
{
    const int row = rowOf(id);
    const std::optional<QueueItemInfo> info = m_queue->item(id);
    if (row < 0 || !info)
        return;
    m_items[row] = *info;
    if (fields & QueueField::Priority)
        reorder();
    int first = ColumnCount, last = -1;
    const auto touch = [&](Column c) { first = std::min<int>(first, c); last = std::max<int>(last, c); };
    if (fields & (QueueField::State | QueueField::Wish)) {
        touch(State);
        touch(Progress);
        touch(Speed);
        touch(Eta);
    }
    if (fields & QueueField::Progress) {
        touch(Progress);
        touch(Size);
        touch(Speed);
        touch(Eta);
    }
    if (fields & QueueField::Error) {
        touch(State);
        touch(Problem);
    }
    if (fields & (QueueField::Files | QueueField::Attempts | QueueField::Priority)) {
        touch(Name);
        touch(Problem);
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(row, first), index(row, last));
}

void DownloadsModel::reorder()
{
    // The queue's display order follows priority; rows move, selections move with them.
    const QList<QueueItemInfo> fresh = m_queue->items();
    bool same = fresh.size() == m_items.size();
    for (int row = 0; same && row < fresh.size(); ++row)
        same = fresh.at(row).id == m_items.at(row).id;
    if (same)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : before)
        ids << idAt(index.row());
    m_items = fresh;
    reindex(0);
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after << index(rowOf(ids.at(i)), before.at(i).column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void DownloadsModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    m_rows.remove(id);
    reindex(row);
    endRemoveRows();
}

void DownloadsModel::setProviderTitles(const QHash<QString, QString> &titles)
{
    m_providerTitles = titles;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, Provider), index(rowCount() - 1, Provider), {Qt::DisplayRole});
}

} // namespace eoc::ui

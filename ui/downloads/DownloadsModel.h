#pragma once

#include "core/download/queue/QueueTypes.h"
#include "core/model/Error.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace eoc {
class DownloadQueue;
}

namespace eoc::ui {

// A thin table over core's DownloadQueue: a row cache of item snapshots kept current from the
// queue's itemAdded/itemChanged/itemRemoved signals, with dataChanged on the columns that moved.
class DownloadsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The problem sits right after the state: the reason a download failed is read where the eye is.
    enum Column { Name, Provider, State, Problem, Progress, Size, Speed, Eta, ColumnCount };
    Q_ENUM(Column)
    static constexpr int ProgressRole = Qt::UserRole + 1;   // 0..1000, -1 when unknown
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit DownloadsModel(DownloadQueue *queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Rows are dragged by their queue ids; a drop between rows moves them there in the queue
    // (DownloadQueue::moveBefore), and the rows follow the queue's new order.
    static constexpr const char *kIdsMimeType = "application/x-eo-collector-queue-ids";
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    // The queue ids carried by a drag, in the order of the rows; empty when there are none.
    static QList<qint64> idsFrom(const QMimeData *data);

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    const QueueItemInfo &info(int row) const { return m_items.at(row); }

    static QString formatDuration(qint64 seconds);

    // Providers by their titles ("STAC API (Earth Search, ...)") rather than their internal names.
    void setProviderTitles(const QHash<QString, QString> &titles);
    QString providerTitle(const QString &name) const { return m_providerTitles.value(name, name); }

Q_SIGNALS:
    // A drop the queue refused (an item went away meanwhile, the journal could not be written).
    void moveFailed(const eoc::Error &error);

private:
    void reload();
    void onAdded(qint64 id);
    void onChanged(qint64 id, QueueFields fields);
    void onRemoved(qint64 id);
    void reindex(int from);
    void reorder();

    DownloadQueue *m_queue = nullptr;
    QList<QueueItemInfo> m_items;
    QHash<qint64, int> m_rows;
    QHash<QString, QString> m_providerTitles;
};

} // namespace eoc::ui

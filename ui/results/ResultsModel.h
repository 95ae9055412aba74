#pragma once

#include "core/model/SceneResult.h"

#include <QAbstractTableModel>
#include <QList>

namespace eoc::ui {

// Search results as a table. Pages are appended as they arrive (one beginInsertRows per page),
// so 100,000 rows arrive without resetting views. Rows never move: the row number is the key the
// map's footprint layer uses too.
class ResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Date, Cloud, Size, Provider, Collection, Tile, Online, ColumnCount };
    Q_ENUM(Column)
    // The raw value for sorting (dates as QDateTime, sizes as qint64) rather than display text.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void appendPage(const QList<SceneResult> &page);
    const SceneResult &result(int row) const { return m_results.at(row); }
    const QList<SceneResult> &results() const { return m_results; }

    static QString formatSize(qint64 bytes);

private:
    QList<SceneResult> m_results;
};

} // namespace eoc::ui

#pragma once

#include <QAbstractProxyModel>
#include <QList>

#include <optional>

namespace eoc::ui {

class ResultsModel;

// The results table's rows: sorted by raw values (dates, numbers; ResultsModel::lessThan), and
// filtered by a text over scene id, tile and provider and by a cloud-cover range (chosen on the
// histogram). A proxy of its own rather than QSortFilterProxyModel, because results arrive in
// pages into a sorted table: QSortFilterProxyModel inserts each new row where it belongs one
// interval at a time (a move of the whole row map and a signal per row), 1.1 s for 100,000 rows,
// while this proxy sorts a page and merges it in one pass with one layout change. Rows that all
// sort after the shown ones, and unsorted appends, still arrive as one rowsInserted.
class ResultsFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT
public:
    // A cloud-cover range in percent: from `low` (included) to `high` (excluded, except 100,
    // which is included), like the histogram's bars; results without a cloud cover are outside
    // every range.
    struct CloudRange {
        double low = 0;
        double high = 100;
        bool operator==(const CloudRange &) const = default;
    };

    explicit ResultsFilterModel(QObject *parent = nullptr);

    // A ResultsModel (a flat table that appends pages or resets).
    void setSourceModel(QAbstractItemModel *source) override;
    void setText(const QString &text);
    void setCloudRange(std::optional<CloudRange> range);
    std::optional<CloudRange> cloudRange() const { return m_cloud; }
    // Whether the text filter alone lets `sourceRow` through (the histogram counts these, so
    // that its other bars stay visible while a range is chosen).
    bool acceptsText(int sourceRow) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

Q_SIGNALS:
    // The text or the range changed and the rows were filtered again (once, however many ranges moved).
    void filterChanged();

private:
    bool accepts(int sourceRow) const;
    bool before(int a, int b) const;               // source rows in the shown order
    void sortRows(QList<int> &rows) const;
    // Replaces the shown rows in one layout change, moving persistent indexes (the selection).
    void relayout(QList<int> rows);
    void rebuild();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onReset();
    void remapSourceRows();

    ResultsModel *m_results = nullptr;
    QList<int> m_proxyToSource;                    // shown source rows, in shown order
    QList<int> m_sourceToProxy;                    // -1 for rows filtered out
    int m_sortColumn = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QString m_text;
    std::optional<CloudRange> m_cloud;
};

} // namespace eoc::ui

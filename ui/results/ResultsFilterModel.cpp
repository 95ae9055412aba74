#include "ui/results/ResultsFilterModel.h"

#include "ui/results/ResultsModel.h"

#include <algorithm>

namespace eoc::ui {

ResultsFilterModel::ResultsFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void ResultsFilterModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(source);
    m_results = qobject_cast<ResultsModel *>(source);
    if (source) {
        connect(source, &QAbstractItemModel::rowsInserted, this, &ResultsFilterModel::onRowsInserted);
        connect(source, &QAbstractItemModel::dataChanged, this, &ResultsFilterModel::onDataChanged);
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
        connect(source, &QAbstractItemModel::modelReset, this, &ResultsFilterModel::onReset);
        // ResultsModel never removes or moves single rows; any other change is a whole new look.
        connect(source, &QAbstractItemModel::rowsRemoved, this, &ResultsFilterModel::rebuild);
        connect(source, &QAbstractItemModel::rowsMoved, this, &ResultsFilterModel::rebuild);
        connect(source, &QAbstractItemModel::layoutChanged, this, &ResultsFilterModel::rebuild);
        connect(source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    }
    m_proxyToSource.clear();
    m_sourceToProxy.clear();
    const int rows = source ? source->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        if (accepts(row))
            m_proxyToSource.append(row);
    }
    sortRows(m_proxyToSource);
    remapSourceRows();
    endResetModel();
}

void ResultsFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    rebuild();
    Q_EMIT filterChanged();
}

void ResultsFilterModel::setCloudRange(std::optional<CloudRange> range)
{
    if (range == m_cloud)
        return;
    m_cloud = range;
    rebuild();
    Q_EMIT filterChanged();
}

bool ResultsFilterModel::accepts(int sourceRow) const
{
    if (m_cloud) {
        const std::optional<double> cloud = m_results ? m_results->result(sourceRow).cloudCover : std::nullopt;
        if (!cloud || *cloud < m_cloud->low)
            return false;
        if (!(*cloud < m_cloud->high || (m_cloud->high >= 100 && *cloud <= 100)))
            return false;
    }
    return acceptsText(sourceRow);
}

bool ResultsFilterModel::acceptsText(int sourceRow) const
{
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    for (int column : {int(ResultsModel::Id), int(ResultsModel::Tile), int(ResultsModel::Provider),
                       int(ResultsModel::Collection)}) {
        if (model->index(sourceRow, column).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    // The provider's own name ("stac") matches too, besides the title the column shows.
    return m_results && m_results->result(sourceRow).provider.contains(m_text, Qt::CaseInsensitive);
}

bool ResultsFilterModel::before(int a, int b) const
{
    if (m_order == Qt::AscendingOrder)
        return m_results->lessThan(a, b, m_sortColumn);
    return m_results->lessThan(b, a, m_sortColumn);
}

void ResultsFilterModel::sortRows(QList<int> &rows) const
{
    // Stable, so that equal values keep the order they arrived in.
    if (m_sortColumn >= 0 && m_results)
        std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) { return before(a, b); });
}

void ResultsFilterModel::remapSourceRows()
{
    m_sourceToProxy.fill(-1, sourceModel() ? sourceModel()->rowCount() : 0);
    for (int proxyRow = 0; proxyRow < m_proxyToSource.size(); ++proxyRow)
        m_sourceToProxy[m_proxyToSource.at(proxyRow)] = proxyRow;
}

void ResultsFilterModel::relayout(QList<int> rows)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceRows.append(m_proxyToSource.value(index.row(), -1));
    m_proxyToSource = std::move(rows);
    remapSourceRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int source = sourceRows.at(i);
        const int proxyRow = source >= 0 ? m_sourceToProxy.value(source, -1) : -1;
        after.append(proxyRow >= 0 ? createIndex(proxyRow, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ResultsFilterModel::rebuild()
{
    QList<int> rows;
    const int count = sourceModel() ? sourceModel()->rowCount() : 0;
    for (int row = 0; row < count; ++row) {
        if (accepts(row))
            rows.append(row);
    }
    sortRows(rows);
    relayout(std::move(rows));
}

void ResultsFilterModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_order = order;
    QList<int> rows = m_proxyToSource;
    sortRows(rows);
    relayout(std::move(rows));
}

void ResultsFilterModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    QList<int> fresh;
    for (int row = first; row <= last; ++row) {
        if (accepts(row))
            fresh.append(row);
    }
    m_sourceToProxy.resize(sourceModel()->rowCount(), -1);
    // Rows inserted before existing ones (never by ResultsModel) shift every source row.
    if (last + 1 < sourceModel()->rowCount()) {
        rebuild();
        return;
    }
    if (fresh.isEmpty())
        return;
    sortRows(fresh);
    const bool atEnd = m_sortColumn < 0 || m_proxyToSource.isEmpty() || !before(fresh.first(), m_proxyToSource.last());
    if (atEnd) {
        const int at = int(m_proxyToSource.size());
        beginInsertRows({}, at, at + int(fresh.size()) - 1);
        for (int row : std::as_const(fresh)) {
            m_sourceToProxy[row] = int(m_proxyToSource.size());
            m_proxyToSource.append(row);
        }
        endInsertRows();
        return;
    }
    // One merge of two sorted lists, then one layout change.
    QList<int> merged;
    merged.resize(m_proxyToSource.size() + fresh.size());
    std::merge(m_proxyToSource.cbegin(), m_proxyToSource.cend(), fresh.cbegin(), fresh.cend(), merged.begin(),
               [this](int a, int b) { return before(a, b); });
    relayout(std::move(merged));
}

void ResultsFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // Values that sort or filter may have changed (a new choice of assets changes sizes).
    if (roles.isEmpty() || roles.contains(Qt::DisplayRole) || roles.contains(ResultsModel::SortRole)) {
        rebuild();
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
        return;
    }
    // Icons only: the rows stay where they are.
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int proxyRow = m_sourceToProxy.value(row, -1);
        if (proxyRow >= 0)
            Q_EMIT dataChanged(index(proxyRow, topLeft.column()), index(proxyRow, bottomRight.column()), roles);
    }
}

void ResultsFilterModel::onReset()
{
    m_proxyToSource.clear();
    const int count = sourceModel() ? sourceModel()->rowCount() : 0;
    for (int row = 0; row < count; ++row) {
        if (accepts(row))
            m_proxyToSource.append(row);
    }
    sortRows(m_proxyToSource);
    remapSourceRows();
    endResetModel();
}

QModelIndex ResultsFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_proxyToSource.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ResultsFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int ResultsFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int ResultsFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QModelIndex ResultsFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= m_proxyToSource.size())
        return {};
    return sourceModel()->index(m_proxyToSource.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ResultsFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int proxyRow = m_sourceToProxy.value(sourceIndex.row(), -1);
    return proxyRow < 0 ? QModelIndex() : createIndex(proxyRow, sourceIndex.column());
}

} // namespace eoc::ui

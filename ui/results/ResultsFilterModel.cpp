#include "ui/results/ResultsFilterModel.h"

#include "ui/results/ResultsModel.h"

namespace eoc::ui {

ResultsFilterModel::ResultsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ResultsModel::SortRole);
}

void ResultsFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

void ResultsFilterModel::setCloudRange(std::optional<CloudRange> range)
{
    if (range == m_cloud)
        return;
    m_cloud = range;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

bool ResultsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_cloud) {
        const auto *results = qobject_cast<const ResultsModel *>(sourceModel());
        const std::optional<double> cloud = results ? results->result(sourceRow).cloudCover : std::nullopt;
        if (!cloud || *cloud < m_cloud->low)
            return false;
        if (!(*cloud < m_cloud->high || (m_cloud->high >= 100 && *cloud <= 100)))
            return false;
    }
    Q_UNUSED(sourceParent)
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
    if (const auto *results = qobject_cast<const ResultsModel *>(model))
        return results->result(sourceRow).provider.contains(m_text, Qt::CaseInsensitive);
    return false;
}

} // namespace eoc::ui

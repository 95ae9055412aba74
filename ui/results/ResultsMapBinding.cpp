#include "ui/results/ResultsMapBinding.h"

#include "ui/map/FootprintLayer.h"
#include "ui/map/MapWidget.h"
#include "ui/results/ResultsFilterModel.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsView.h"

#include <QBitArray>

namespace eoc::ui {

ResultsMapBinding::ResultsMapBinding(ResultsModel *model, ResultsView *view, MapWidget *map, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_view(view)
    , m_map(map)
{
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_map->footprints()->clear();
        if (m_model->rowCount() > 0)
            onRowsInserted(0, m_model->rowCount() - 1);
        syncFilter();
    });
    connect(view, &ResultsView::selectedRowsChanged, this, [this](const QList<int> &rows) {
        m_map->footprints()->setSelectedRows(QSet<int>(rows.begin(), rows.end()));
    });
    connect(map, &MapWidget::footprintClicked, this, &ResultsMapBinding::onFootprintClicked);
    // Once per filter change: the proxy reports a filtered-out row range by range, and 10,000
    // alternating rows would be 5,000 passes over every row.
    connect(view->proxy(), &ResultsFilterModel::filterChanged, this, &ResultsMapBinding::syncFilter);
}

void ResultsMapBinding::syncFilter()
{
    const ResultsFilterModel *proxy = m_view->proxy();
    FootprintLayer *footprints = m_map->footprints();
    const int total = m_model->rowCount();
    const int shown = proxy->rowCount();
    // Footprints are appended after the proxy hears of new rows: wait for them.
    if (footprints->count() != total)
        return;
    if (shown == total) {
        footprints->setShownRows({});
        return;
    }
    QBitArray bits(total);
    for (int row = 0; row < shown; ++row)
        bits.setBit(proxy->mapToSource(proxy->index(row, 0)).row());
    footprints->setShownRows(bits);
}

void ResultsMapBinding::onRowsInserted(int first, int last)
{
    m_map->footprints()->append(m_model->results().mid(first, last - first + 1));
    syncFilter();
}

void ResultsMapBinding::onFootprintClicked(int row, Qt::KeyboardModifiers modifiers)
{
    const bool add = modifiers & (Qt::ControlModifier | Qt::ShiftModifier);
    if (row < 0) {
        if (!add)
            m_view->selectRows({});
        return;
    }
    if (add && m_view->selectedRows().contains(row)) {
        QList<int> rows = m_view->selectedRows();
        rows.removeAll(row);
        m_view->selectRows(rows);
        return;
    }
    m_view->selectRows({row}, add);
}

} // namespace eoc::ui

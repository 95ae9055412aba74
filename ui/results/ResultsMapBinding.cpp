#include "ui/results/ResultsMapBinding.h"

#include "ui/map/FootprintLayer.h"
#include "ui/map/MapWidget.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsView.h"

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
    });
    connect(view, &ResultsView::selectedRowsChanged, this, [this](const QList<int> &rows) {
        m_map->footprints()->setSelectedRows(QSet<int>(rows.begin(), rows.end()));
    });
    connect(map, &MapWidget::footprintClicked, this, &ResultsMapBinding::onFootprintClicked);
}

void ResultsMapBinding::onRowsInserted(int first, int last)
{
    m_map->footprints()->append(m_model->results().mid(first, last - first + 1));
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

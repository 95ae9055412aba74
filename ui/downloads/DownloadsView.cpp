#include "ui/downloads/DownloadsView.h"

#include "ui/downloads/DownloadsModel.h"
#include "ui/downloads/ProgressDelegate.h"
#include "ui/downloads/WorkersPanel.h"

#include <QHeaderView>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace eoc::ui {

DownloadsView::DownloadsView(DownloadsModel *model, WorkersModel *workers, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_toolBar(new QToolBar(this))
    , m_table(new QTableView(this))
{
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_table->setModel(model);
    m_table->setItemDelegateForColumn(DownloadsModel::Progress, new ProgressDelegate(DownloadsModel::ProgressRole, this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Rows are dragged to change the order downloads start in; the line between rows shows
    // where they land.
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropOverwriteMode(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(DownloadsModel::Name, 330);
    m_table->setColumnWidth(DownloadsModel::Provider, 80);
    m_table->setColumnWidth(DownloadsModel::State, 220);   // "Waiting for a connection", "Failed: ..."
    m_table->setColumnWidth(DownloadsModel::Problem, 260);
    m_table->setColumnWidth(DownloadsModel::Progress, 150);
    m_table->setColumnWidth(DownloadsModel::Size, 150);
    m_table->setColumnWidth(DownloadsModel::Speed, 90);
    m_table->setColumnWidth(DownloadsModel::Eta, 90);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DownloadsView::selectionChanged);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_table, 1);
    if (workers) {
        m_workers = new WorkersPanel(workers, this);
        layout->addWidget(m_workers);
    }
}

QList<qint64> DownloadsView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(m_model->idAt(index.row()));
    return ids;
}

QByteArray DownloadsView::saveState() const { return m_table->horizontalHeader()->saveState(); }

void DownloadsView::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

} // namespace eoc::ui

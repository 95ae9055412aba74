#include "ui/archive/ArchiveView.h"

#include "ui/app/ErrorBanner.h"
#include "ui/archive/ArchiveModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace eoc::ui {

ArchiveView::ArchiveView(ArchiveModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_sorted(new QSortFilterProxyModel(this))
    , m_toolBar(new QToolBar(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_busyText(new QLabel(this))
    , m_banner(new ErrorBanner(this))
{
    m_summary->setObjectName(QStringLiteral("archiveSummary"));
    m_busy->setObjectName(QStringLiteral("archiveBusy"));
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_sorted->setSourceModel(model);
    m_sorted->setSortRole(ArchiveModel::SortRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ArchiveModel::Date, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTextElideMode(Qt::ElideMiddle);   // a scene id's ends say the most: mission and date
    m_table->setColumnWidth(ArchiveModel::Status, 100);
    m_table->setColumnWidth(ArchiveModel::Collection, 120);
    m_table->setColumnWidth(ArchiveModel::Tile, 80);
    m_table->setColumnWidth(ArchiveModel::Date, 100);
    m_table->setColumnWidth(ArchiveModel::Size, 90);
    m_table->setColumnWidth(ArchiveModel::Bands, 60);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ArchiveView::selectionChanged);
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT rowActivated(m_sorted->mapToSource(index).row()); });

    // A scan of a large archive takes minutes: a moving bar says it is still at work, and the text
    // beside it how far it got (a busy bar draws no text of its own).
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(160);
    m_busy->hide();
    m_busyText->setObjectName(QStringLiteral("archiveBusyText"));
    m_busyText->hide();
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(6, 2, 6, 2);
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_busyText);
    bottom->addWidget(m_busy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
}

QList<int> ArchiveView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << m_sorted->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ArchiveView::selectRow(int modelRow)
{
    const QModelIndex shown = m_sorted->mapFromSource(m_model->index(modelRow, 0));
    if (shown.isValid())
        m_table->selectRow(shown.row());
}

void ArchiveView::setSummary(const QString &text)
{
    m_summary->setText(text);
}

void ArchiveView::showBusy(const QString &text)
{
    m_busyText->setText(text);
    m_busyText->show();
    m_busy->show();
}

void ArchiveView::hideBusy()
{
    m_busyText->hide();
    m_busy->hide();
}

} // namespace eoc::ui

#include "ui/results/ResultsView.h"
#include "ui/results/SourceBadgeDelegate.h"

#include "ui/app/ErrorBanner.h"
#include "ui/results/CloudCoverHistogram.h"
#include "ui/results/ResultsFilterModel.h"
#include "ui/results/ResultsModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace eoc::ui {

namespace {
constexpr int kIconSide = 36;   // pixels of the quicklook icon in the Scene column
}

ResultsView::ResultsView(ResultsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ResultsFilterModel(this))
    , m_banner(new ErrorBanner(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_selection(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(model);
    m_filter->setPlaceholderText(tr("Filter by scene, tile or provider"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ResultsFilterModel::setText);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ResultsModel::Date, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Uniform rows: the view never measures 100,000 rows one by one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Tall enough for a quicklook icon beside the scene id.
    m_table->setIconSize(QSize(kIconSide, kIconSide));
    m_table->verticalHeader()->setDefaultSectionSize(std::max(m_table->fontMetrics().height() + 8, kIconSide + 4));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setColumnWidth(ResultsModel::Id, 340);
    m_table->setColumnWidth(ResultsModel::Date, 130);
    m_table->setColumnWidth(ResultsModel::Cloud, 70);
    m_table->setColumnWidth(ResultsModel::Size, 80);
    m_table->setColumnWidth(ResultsModel::Provider, 90);
    m_table->setColumnWidth(ResultsModel::Tile, 100);
    m_table->setColumnHidden(ResultsModel::Collection, true);
    // The sources' badges sit beside the size: where a scene comes from is read with what it costs.
    m_table->setItemDelegateForColumn(ResultsModel::Sources, new SourceBadgeDelegate(m_table));
    m_table->setColumnWidth(ResultsModel::Sources, 260);
    m_table->horizontalHeader()->moveSection(m_table->horizontalHeader()->visualIndex(ResultsModel::Sources),
                                             m_table->horizontalHeader()->visualIndex(ResultsModel::Provider));
    // Whether a scene is on disk already is read with its name, before deciding to fetch it.
    m_table->setColumnWidth(ResultsModel::OnDisk, 110);
    m_table->horizontalHeader()->moveSection(m_table->horizontalHeader()->visualIndex(ResultsModel::OnDisk),
                                             m_table->horizontalHeader()->visualIndex(ResultsModel::Date));
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &ResultsView::showHeaderMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ResultsView::showRowMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateSelectionSummary();
        Q_EMIT selectedRowsChanged(selectedRows());
    });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT zoomRequested({m_proxy->mapToSource(index).row()}); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ResultsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ResultsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ResultsView::updateSelectionSummary);
    // A new choice of assets changes the sizes of rows that may be selected.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ResultsView::updateSelectionSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ResultsView::updateCount);

    auto *copy = new QAction(tr("Copy scene ids"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &ResultsView::copyIds);
    m_table->addAction(copy);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_selection);
    top->addWidget(m_count);
    // The counts are never squeezed by the filter field: it gives way instead.
    for (QLabel *label : {m_count, m_selection})
        label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_histogram = new CloudCoverHistogram(m_model, m_proxy, this);
    m_histogram->setFixedHeight(m_histogram->sizeHint().height());
    m_histogram->setMaximumWidth(360);
    auto *histogramRow = new QHBoxLayout;
    auto *histogramLabel = new QLabel(tr("Cloud cover:"), this);
    histogramLabel->setToolTip(m_histogram->toolTip());
    histogramRow->addWidget(histogramLabel);
    histogramRow->addWidget(m_histogram, 1);
    histogramRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addLayout(histogramRow);
    layout->addWidget(m_table, 1);
    updateCount();
    updateSelectionSummary();
}

QItemSelectionModel *ResultsView::selectionModel() const { return m_table->selectionModel(); }

void ResultsView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n result(s)", nullptr, total)
                                    : tr("%1 of %n result(s)", nullptr, total).arg(QLocale().toString(shown)));
    m_count->setMinimumWidth(m_count->sizeHint().width());
}

QString ResultsView::selectionSummary(const ResultsModel &model, const QList<int> &rows)
{
    if (rows.isEmpty())
        return {};
    qint64 bytes = 0;
    int unknown = 0;
    for (int row : rows) {
        if (const auto size = model.downloadSize(row))
            bytes += *size;
        else
            ++unknown;
    }
    const int count = int(rows.size());
    if (unknown == count)
        return tr("%n selected, size unknown", nullptr, count);
    QString text = tr("%n selected, %1", nullptr, count).arg(ResultsModel::formatSize(bytes));
    if (unknown > 0)
        text += QLatin1Char(' ') + tr("(size of %n unknown)", nullptr, unknown);
    return text;
}

void ResultsView::updateSelectionSummary()
{
    const QString text = selectionSummary(*m_model, selectedRows());
    m_selection->setText(text);
    m_selection->setVisible(!text.isEmpty());
    m_selection->setMinimumWidth(m_selection->sizeHint().width());
}

QList<int> ResultsView::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList indexes = m_table->selectionModel()->selectedRows();
    rows.reserve(indexes.size());
    for (const QModelIndex &index : indexes)
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ResultsView::selectRows(const QList<int> &rows, bool add)
{
    QItemSelection selection;
    for (int row : rows) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    const auto flags = (add ? QItemSelectionModel::Select : QItemSelectionModel::ClearAndSelect)
                       | QItemSelectionModel::Rows;
    m_table->selectionModel()->select(selection, flags);
    if (!selection.isEmpty()) {
        m_table->selectionModel()->setCurrentIndex(selection.indexes().first(), QItemSelectionModel::NoUpdate);
        m_table->scrollTo(selection.indexes().first());
    }
}

void ResultsView::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        // The scene id stays: a row without it means nothing.
        action->setEnabled(column != ResultsModel::Id);
        connect(action, &QAction::toggled, this, [this, column](bool on) { m_table->setColumnHidden(column, !on); });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void ResultsView::showRowMenu(const QPoint &pos)
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(QIcon(QStringLiteral(":/icons/download.svg")), tr("Download"), this,
                   [this, rows] { Q_EMIT downloadRequested(rows); });
    if (rows.size() == 1 && !m_model->result(rows.first()).otherSources.empty()) {
        // Which copy of the scene a download fetches first; the others stay behind it.
        QMenu *from = menu.addMenu(tr("Download from"));
        const int row = rows.first();
        const QStringList sources = m_model->result(row).sources();
        for (const QString &source : sources) {
            QAction *pick = from->addAction(source, this, [this, row, source] { Q_EMIT sourcePicked(row, source); });
            pick->setCheckable(true);
            pick->setChecked(source == sources.first());
        }
    }
    menu.addAction(tr("Copy scene ids"), this, &ResultsView::copyIds);
    QAction *quicklook = menu.addAction(tr("Show quicklook"), this, [this, rows] { Q_EMIT quicklookRequested(rows.first()); });
    quicklook->setEnabled(rows.size() == 1 && !m_model->result(rows.first()).quicklook.isEmpty());
    menu.addAction(QIcon(QStringLiteral(":/icons/zoom-fit.svg")), tr("Zoom to"), this,
                   [this, rows] { Q_EMIT zoomRequested(rows); });
    menu.addAction(tr("Choose assets..."), this, [this] { Q_EMIT assetsRequested(); });
    menu.addSeparator();
    menu.addAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export selected..."), this,
                   [this] { Q_EMIT exportRequested(true); });
    menu.addAction(tr("Export all..."), this, [this] { Q_EMIT exportRequested(false); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void ResultsView::copyIds()
{
    QStringList ids;
    for (int row : selectedRows())
        ids.append(m_model->result(row).sceneId);
    if (!ids.isEmpty())
        QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
}

QByteArray ResultsView::saveState() const { return m_table->horizontalHeader()->saveState(); }

void ResultsView::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

} // namespace eoc::ui

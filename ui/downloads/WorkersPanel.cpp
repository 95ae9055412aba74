#include "ui/downloads/WorkersPanel.h"

#include "core/model/ByteSize.h"
#include "ui/downloads/WorkersModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace eoc::ui {

namespace {
constexpr int kRefreshMs = 2000;
}

WorkersPanel::WorkersPanel(WorkersModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_summary(new QLabel(this)), m_table(new QTableView(this))
{
    m_table->setModel(model);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(WorkersModel::Name, 200);
    m_table->setColumnWidth(WorkersModel::Host, 160);
    m_table->setColumnWidth(WorkersModel::Status, 300);
    m_table->setMaximumHeight(m_table->fontMetrics().height() * 9);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    m_timer.setInterval(kRefreshMs);
    // The store is read on this thread: only while the Downloads tab is on screen.
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!parentWidget() || parentWidget()->isVisible())
            refresh();
    });
    m_timer.start();
    refresh();
}

QString WorkersPanel::summary() const { return m_summary->text(); }

void WorkersPanel::refresh()
{
    m_model->refresh();
    // A watching program shows the panel also before any worker has reported: it says why
    // nothing downloads here.
    setVisible(m_model->rowCount() > 0 || m_model->watchOnly());
    QString text = tr("Workers of the shared queue: %n running, %1/s together", nullptr, m_model->aliveCount())
                       .arg(formatByteSize(qint64(m_model->totalBytesPerSecond()), QLocale()));
    if (m_model->watchOnly()) {
        const bool waiting = m_model->aliveCount() == 0 && m_model->workWaiting();
        text += QLatin1Char(' ') + (waiting ? tr("(this computer only watches: the queue waits for a worker)")
                                            : tr("(this computer only watches)"));
    }
    m_summary->setText(text);
}

} // namespace eoc::ui

#include "ui/results/CloudCoverHistogram.h"

#include "ui/results/ResultsFilterModel.h"
#include "ui/results/ResultsModel.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace eoc::ui {

namespace {
constexpr int kLabelHeight = 14;   // pixels under the bars for "0", "50", "100", "?"
constexpr int kGap = 2;
} // namespace

CloudCoverHistogram::CloudCoverHistogram(ResultsModel *model, ResultsFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(filter)
    , m_recount(new QTimer(this))
{
    setObjectName(QStringLiteral("cloudCoverHistogram"));
    setFocusPolicy(Qt::ClickFocus);
    setMouseTracking(true);
    setToolTip(tr("Cloud cover of the results: click a bar or drag across bars to show only that range"));
    // Pages of results arrive one after another: count once they have settled, not per page.
    m_recount->setSingleShot(true);
    m_recount->setInterval(0);
    connect(m_recount, &QTimer::timeout, this, &CloudCoverHistogram::recount);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, m_recount, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, m_recount, qOverload<>(&QTimer::start));
    connect(m_filter, &ResultsFilterModel::filterChanged, m_recount, qOverload<>(&QTimer::start));
    recount();
}

QSize CloudCoverHistogram::sizeHint() const { return {240, 56}; }
QSize CloudCoverHistogram::minimumSizeHint() const { return {120, 40}; }

void CloudCoverHistogram::recount()
{
    m_counts.fill(0);
    const QList<SceneResult> &results = m_model->results();
    for (int row = 0; row < int(results.size()); ++row) {
        if (!m_filter->acceptsText(row))
            continue;
        const std::optional<double> cloud = results.at(row).cloudCover;
        if (!cloud || !std::isfinite(*cloud)) {
            ++m_counts[kUnknownBin];
            continue;
        }
        ++m_counts[std::clamp(int(*cloud / 10.0), 0, kBins - 1)];
    }
    update();
}

QRect CloudCoverHistogram::barRect(int bin) const
{
    const int slots = kBins + 1;
    const int width = std::max(1, (this->width() - kGap) / slots);
    const int top = 2;
    const int bottom = height() - kLabelHeight;
    // The "unknown" bar stands a little apart from the ten percentages.
    const int x = bin * width + (bin == kUnknownBin ? kGap * 2 : 0);
    return QRect(x, top, width - kGap, bottom - top);
}

int CloudCoverHistogram::binAt(const QPoint &point) const
{
    for (int bin = 0; bin <= kBins; ++bin) {
        QRect column = barRect(bin);
        column.setBottom(height());
        if (column.contains(point))
            return bin;
    }
    return -1;
}

QString CloudCoverHistogram::binLabel(int bin) const
{
    if (bin == kUnknownBin)
        return tr("no cloud cover stated");
    return tr("%1–%2 % cloud").arg(bin * 10).arg(bin * 10 + 10);
}

bool CloudCoverHistogram::binChosen(int bin) const
{
    const auto range = m_filter->cloudRange();
    return range && bin != kUnknownBin && bin * 10 >= range->low && bin * 10 + 10 <= range->high;
}

void CloudCoverHistogram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int highest = std::max(1, *std::max_element(m_counts.cbegin(), m_counts.cend()));
    const bool anyChosen = m_filter->cloudRange().has_value();
    const QColor bar = palette().color(QPalette::Highlight);
    const QColor muted = palette().color(QPalette::Mid);
    for (int bin = 0; bin <= kBins; ++bin) {
        const QRect slot = barRect(bin);
        const int height = m_counts[bin] == 0 ? 0 : std::max(1, slot.height() * m_counts[bin] / highest);
        const QRect filled(slot.left(), slot.bottom() - height + 1, slot.width(), height);
        const bool dragged = m_pressedBin >= 0 && m_dragBin >= 0 && bin >= std::min(m_pressedBin, m_dragBin)
                             && bin <= std::max(m_pressedBin, m_dragBin);
        painter.fillRect(filled, (anyChosen && !binChosen(bin)) || bin == kUnknownBin ? muted : bar);
        if (dragged || binChosen(bin))
            painter.fillRect(QRect(slot.left(), slot.bottom() + 1, slot.width(), 2), palette().color(QPalette::Text));
    }
    painter.setPen(palette().color(QPalette::Text));
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    painter.setFont(small);
    const int y = height() - kLabelHeight;
    painter.drawText(QRect(barRect(0).left(), y, 30, kLabelHeight), Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("0"));
    painter.drawText(QRect(barRect(5).left() - 15, y, 30, kLabelHeight), Qt::AlignHCenter | Qt::AlignBottom,
                     QStringLiteral("50"));
    painter.drawText(QRect(barRect(kBins - 1).right() - 30, y, 30, kLabelHeight), Qt::AlignRight | Qt::AlignBottom,
                     QStringLiteral("100 %"));
    painter.drawText(barRect(kUnknownBin).adjusted(0, 0, 0, kLabelHeight).translated(0, 0),
                     Qt::AlignHCenter | Qt::AlignBottom, QStringLiteral("?"));
}

void CloudCoverHistogram::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressedBin = binAt(event->position().toPoint());
    m_dragBin = m_pressedBin;
    update();
}

void CloudCoverHistogram::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressedBin < 0)
        return;
    const int bin = binAt(event->position().toPoint());
    if (bin >= 0 && bin != kUnknownBin && bin != m_dragBin) {
        m_dragBin = bin;
        update();
    }
}

void CloudCoverHistogram::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_pressedBin < 0)
        return;
    const int first = std::min(m_pressedBin, m_dragBin);
    const int last = std::max(m_pressedBin, m_dragBin);
    m_pressedBin = m_dragBin = -1;
    chooseBins(first, last);
}

void CloudCoverHistogram::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_filter->cloudRange()) {
        m_filter->setCloudRange(std::nullopt);
        return;
    }
    QWidget::keyPressEvent(event);
}

void CloudCoverHistogram::chooseBins(int first, int last)
{
    if (first < 0 || first == kUnknownBin) {
        update();
        return;
    }
    const ResultsFilterModel::CloudRange range{first * 10.0, std::min(last, kBins - 1) * 10.0 + 10.0};
    // The chosen range clicked again shows every result again.
    m_filter->setCloudRange(m_filter->cloudRange() == range ? std::nullopt : std::optional(range));
    update();
}

bool CloudCoverHistogram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int bin = binAt(help->pos());
        if (bin < 0)
            return QWidget::event(event);
        QString text = tr("%1: %n result(s)", nullptr, m_counts[bin]).arg(binLabel(bin));
        if (bin != kUnknownBin)
            text += QLatin1Char('\n') + (binChosen(bin) ? tr("Click to show all results again")
                                                        : tr("Click to show only this range, or drag across bars"));
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace eoc::ui

#include "ui/results/SourceBadgeDelegate.h"

#include "ui/results/ResultsModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace eoc::ui {

namespace {

constexpr int kPadding = 5;
constexpr int kGap = 4;

} // namespace

QColor SourceBadgeDelegate::colorFor(const QString &source)
{
    // The sources this program knows each have a colour of their own (readable with white text);
    // any other takes one of them by a hash of its name, never by the order of arrival.
    static const QHash<QString, QColor> known = {
        {QStringLiteral("dataspace"), QColor(0x1f, 0x6f, 0xb4)},
        {QStringLiteral("creodias"), QColor(0x2e, 0x8b, 0x57)},
        {QStringLiteral("dhus"), QColor(0x4a, 0x4a, 0x8c)},
        {QStringLiteral("onda"), QColor(0x6b, 0x6b, 0x6b)},
        {QStringLiteral("google"), QColor(0xa8, 0x32, 0x4a)},
        {QStringLiteral("usgs"), QColor(0x5a, 0x6b, 0x1f)},
        {QStringLiteral("earthdata"), QColor(0x00, 0x5f, 0x9e)},
        {QStringLiteral("stac"), QColor(0xb3, 0x5c, 0x1e)},
        {QStringLiteral("stac:earth-search"), QColor(0xc0, 0x6a, 0x00)},
        {QStringLiteral("stac:planetary-computer"), QColor(0x00, 0x7c, 0x80)},
        {QStringLiteral("stac:cdse"), QColor(0x7b, 0x3f, 0xa0)},
        {QStringLiteral("stac:landsatlook"), QColor(0x8a, 0x55, 0x2e)},
        {QStringLiteral("bdc"), QColor(0x1b, 0x7a, 0x3a)},
        {QStringLiteral("inpe"), QColor(0x2b, 0x5f, 0x75)},
    };
    if (const auto it = known.constFind(source); it != known.cend())
        return *it;
    quint32 hash = 2166136261u;   // FNV-1a: the same colour in every run
    for (const QChar c : source)
        hash = (hash ^ c.unicode()) * 16777619u;
    static const QColor fallback[] = {QColor(0x3d, 0x5a, 0x80), QColor(0x6a, 0x4c, 0x93), QColor(0x2a, 0x7f, 0x62),
                                      QColor(0x9c, 0x4f, 0x2e), QColor(0x59, 0x59, 0x59), QColor(0x80, 0x3d, 0x5a)};
    return fallback[hash % (sizeof(fallback) / sizeof(fallback[0]))];
}

void SourceBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariantList badges = index.data(ResultsModel::BadgesRole).toList();
    if (badges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(option.rect);
    const QFontMetrics metrics(option.font);
    const int height = qMin(option.rect.height() - 4, metrics.height() + 4);
    int x = option.rect.left() + 3;
    const int y = option.rect.top() + (option.rect.height() - height) / 2;
    for (const QVariant &v : badges) {
        const QVariantMap badge = v.toMap();
        const QString text = badge.value(QStringLiteral("text")).toString();
        const QColor color = colorFor(badge.value(QStringLiteral("source")).toString());
        const bool online = badge.value(QStringLiteral("online")).toBool();
        const QRectF rect(x, y, metrics.horizontalAdvance(text) + 2 * kPadding, height);
        QPainterPath path;
        path.addRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        if (online) {
            painter->fillPath(path, color);
            painter->setPen(Qt::white);
        } else {
            painter->setPen(QPen(color, 1.2, Qt::DashLine));
            painter->drawPath(path);
            painter->setPen(color);
        }
        painter->drawText(rect, Qt::AlignCenter, text);
        x += int(rect.width()) + kGap;
        if (x > option.rect.right())
            break;
    }
    painter->restore();
}

QSize SourceBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariantList badges = index.data(ResultsModel::BadgesRole).toList();
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    int width = 6;
    for (const QVariant &v : badges)
        width += metrics.horizontalAdvance(v.toMap().value(QStringLiteral("text")).toString()) + 2 * kPadding + kGap;
    size.setWidth(qMax(size.width(), width));
    return size;
}

} // namespace eoc::ui

#pragma once

#include <QStyledItemDelegate>

namespace eoc::ui {

// Paints the Sources column as badges, one per source of the scene ("earth-search · COG"), the
// source a download uses first leading. A source whose copy is archived (to be ordered) is drawn
// hollow. Each source keeps its colour across rows so that a column of badges reads at a glance.
class SourceBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colour of a source's badges.
    static QColor colorFor(const QString &source);
};

} // namespace eoc::ui

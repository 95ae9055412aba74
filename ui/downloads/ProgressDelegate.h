#pragma once

#include <QStyledItemDelegate>

namespace eoc::ui {

// Paints a progress bar from the model's progress role (0..1000, -1 unknown), with the style's
// own progress bar so it matches the platform and the palette.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ProgressDelegate(int progressRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace eoc::ui

#pragma once

#include "ui/map/MapLayer.h"

#include <QPointF>

namespace eoc::ui {

class RegionEditor;

// The area of the editor's region, written above the region's northern edge so that the user
// sees how much ground a search covers once a box, polygon or circle is drawn or loaded.
class RegionAreaLabel final : public MapLayer
{
    Q_OBJECT
public:
    explicit RegionAreaLabel(const RegionEditor *editor, QObject *parent = nullptr);

    // "12,308 km²" in the user's locale; empty without a region.
    QString text() const;
    // Where the last paint() put the text's middle, in screen coordinates.
    QPointF lastAnchor() const { return m_anchor; }
    static QString formatArea(double km2);

    void paint(QPainter &painter, const Viewport &viewport) override;

private:
    const RegionEditor *m_editor;
    QPointF m_anchor;
};

} // namespace eoc::ui

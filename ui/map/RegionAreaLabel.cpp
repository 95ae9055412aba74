#include "ui/map/RegionAreaLabel.h"

#include "ui/map/RegionEditor.h"
#include "ui/map/Viewport.h"

#include "core/model/region/RegionArea.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPalette>

#include <algorithm>

namespace eoc::ui {

RegionAreaLabel::RegionAreaLabel(const RegionEditor *editor, QObject *parent)
    : MapLayer(45, parent), m_editor(editor)
{
    connect(editor, &MapLayer::changed, this, &MapLayer::changed);
}

QString RegionAreaLabel::formatArea(double km2)
{
    // Small regions keep a decimal or two, so that a field of a few hectares does not read "0".
    const int decimals = km2 < 10.0 ? 2 : (km2 < 100.0 ? 1 : 0);
    return QCoreApplication::translate("eoc::ui::RegionAreaLabel", "%1 km²")
        .arg(QLocale().toString(km2, 'f', decimals));
}

QString RegionAreaLabel::text() const
{
    const Region region = m_editor->region();
    if (region.isEmpty())
        return {};
    return formatArea(regionAreaKm2(region));
}

void RegionAreaLabel::paint(QPainter &painter, const Viewport &viewport)
{
    const QString label = text();
    if (label.isEmpty())
        return;
    const BoundingBox bounds = m_editor->region().bounds();
    const double middleLon = Viewport::wrapLongitude(bounds.west + bounds.widthDegrees() / 2.0);
    const QPointF north = viewport.geoToScreen({middleLon, std::min(bounds.north, Viewport::kMaxLatitude)});
    const QFontMetricsF metrics(painter.font());
    QRectF box(0, 0, metrics.horizontalAdvance(label) + 8, metrics.height() + 4);
    // Above the northern edge; below it when that would leave the top of the map.
    box.moveCenter(QPointF(north.x(), north.y() - box.height()));
    if (box.top() < 0)
        box.moveTop(north.y() + 4);
    m_anchor = box.center();
    painter.save();
    QColor backdrop = QPalette().color(QPalette::Base);
    backdrop.setAlpha(210);
    painter.setPen(Qt::NoPen);
    painter.setBrush(backdrop);
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(QPalette().color(QPalette::Text));
    painter.drawText(box, Qt::AlignCenter, label);
    painter.restore();
}

} // namespace eoc::ui

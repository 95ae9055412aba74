#include "ui/map/PointBufferTool.h"

#include "ui/map/RegionEditor.h"

#include "core/model/region/PointBuffer.h"

#include <QInputDialog>
#include <QLocale>

namespace eoc::ui {

PointBufferTool::PointBufferTool(RegionEditor *editor, QWidget *dialogParent)
    : QObject(editor), m_editor(editor)
{
    m_prompt = [dialogParent](GeoPoint centre, double proposed) -> std::optional<double> {
        bool ok = false;
        const QLocale locale;
        const double radius = QInputDialog::getDouble(
            dialogParent, tr("Circle around a point"),
            tr("Radius in km around %1, %2:").arg(locale.toString(centre.lat, 'f', 4), locale.toString(centre.lon, 'f', 4)),
            proposed, 0.1, 2000.0, 1, &ok);
        return ok ? std::optional<double>(radius) : std::nullopt;
    };
    // Queued: the radius dialog opens after the click that picked the point has been handled.
    connect(editor, &RegionEditor::pointPicked, this, &PointBufferTool::makeCircle, Qt::QueuedConnection);
}

void PointBufferTool::makeCircle(GeoPoint centre)
{
    const std::optional<double> radius = m_prompt(centre, m_radiusKm);
    if (!radius)
        return;
    const Result<Region> circle = pointBufferRegion(centre, *radius);
    if (!circle) {
        Q_EMIT rejected(circle.error());
        return;
    }
    m_radiusKm = *radius;
    m_editor->commitRegion(*circle);
}

} // namespace eoc::ui

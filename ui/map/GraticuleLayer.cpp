#include "ui/map/GraticuleLayer.h"

#include "ui/map/Viewport.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace eoc::ui {

namespace {

// Steps that give round labels, finest first.
constexpr double kSteps[] = {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 45, 90};

int decimalsFor(double step)
{
    return step >= 1.0 ? 0 : static_cast<int>(std::ceil(-std::log10(step) - 1e-9));
}

} // namespace

GraticuleLayer::GraticuleLayer(QObject *parent)
    : MapLayer(35, parent)
{
    setVisible(false);
}

double GraticuleLayer::stepForZoom(double zoom)
{
    const double pixelsPerDegree = Viewport::kTileSize * std::pow(2.0, zoom) / 360.0;
    for (double step : kSteps)
        if (step * pixelsPerDegree >= kMinSpacing)
            return step;
    return 90.0;
}

QString GraticuleLayer::label(double degrees, bool longitude, double step)
{
    const double rounded = std::round(degrees / step) * step;
    const QString number = QString::number(std::abs(rounded), 'f', decimalsFor(step));
    if (std::abs(rounded) < step / 2.0 || (longitude && std::abs(std::abs(rounded) - 180.0) < step / 2.0))
        return number + QStringLiteral("°");
    static const char *const kHemispheres[] = {
        QT_TRANSLATE_NOOP("eoc::ui::GraticuleLayer", "%1°E"), QT_TRANSLATE_NOOP("eoc::ui::GraticuleLayer", "%1°W"),
        QT_TRANSLATE_NOOP("eoc::ui::GraticuleLayer", "%1°N"), QT_TRANSLATE_NOOP("eoc::ui::GraticuleLayer", "%1°S")};
    const char *hemisphere = kHemispheres[(longitude ? 0 : 2) + (rounded > 0 ? 0 : 1)];
    return QCoreApplication::translate("eoc::ui::GraticuleLayer", hemisphere).arg(number);
}

QList<GraticuleLayer::Line> GraticuleLayer::lines(const Viewport &viewport)
{
    const double step = stepForZoom(viewport.zoom());
    const QRectF visible = viewport.visibleNormalized();
    QList<Line> result;
    // Longitudes unwrapped across world copies, so that every copy on screen gets its lines.
    const double westLon = visible.left() * 360.0 - 180.0;
    const double eastLon = visible.right() * 360.0 - 180.0;
    // Whole multiples of the step, counted rather than summed, so that 0.1 steps do not drift.
    for (double k = std::ceil(westLon / step); k * step <= eastLon; k += 1.0) {
        const double lon = k * step;
        const double x = viewport.normalizedToScreen(QPointF((lon + 180.0) / 360.0, 0.5)).x();
        const double wrapped = Viewport::wrapLongitude(lon);
        result.append({true, wrapped, x, label(wrapped, true, step)});
    }
    const double northLat = std::min(Viewport::normalizedToGeo(QPointF(0.5, std::max(0.0, visible.top()))).lat,
                                     Viewport::kMaxLatitude);
    const double southLat = std::max(Viewport::normalizedToGeo(QPointF(0.5, std::min(1.0, visible.bottom()))).lat,
                                     -Viewport::kMaxLatitude);
    for (double k = std::ceil(southLat / step); k * step <= northLat; k += 1.0) {
        const double lat = k * step;
        const double y = viewport.normalizedToScreen(Viewport::geoToNormalized({0.0, lat})).y();
        result.append({false, lat, y, label(lat, false, step)});
    }
    return result;
}

void GraticuleLayer::paint(QPainter &painter, const Viewport &viewport)
{
    const QSize size = viewport.size();
    const QPalette palette;
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    QColor lineColor = dark ? QColor(220, 220, 220) : QColor(60, 60, 60);
    lineColor.setAlpha(110);
    const QColor textColor = dark ? QColor(235, 235, 235) : QColor(30, 30, 30);
    QColor backdrop = palette.color(QPalette::Window);
    backdrop.setAlpha(190);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetricsF metrics(painter.font());
    for (const Line &line : lines(viewport)) {
        painter.setPen(QPen(lineColor, 1.0));
        QRectF text(0, 0, metrics.horizontalAdvance(line.label) + 6, metrics.height() + 2);
        if (line.meridian) {
            painter.drawLine(QPointF(line.screen, 0), QPointF(line.screen, size.height()));
            text.moveTopLeft(QPointF(line.screen + 2, 2));
        } else {
            painter.drawLine(QPointF(0, line.screen), QPointF(size.width(), line.screen));
            text.moveBottomLeft(QPointF(2, line.screen - 1));
        }
        painter.fillRect(text, backdrop);
        painter.setPen(textColor);
        painter.drawText(text, Qt::AlignCenter, line.label);
    }
    painter.restore();
}

} // namespace eoc::ui

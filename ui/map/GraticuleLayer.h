#pragma once

#include "ui/map/MapLayer.h"

#include <QList>
#include <QString>

namespace eoc::ui {

// Meridians and parallels with their degrees written at the map's top and left edges. The
// spacing follows the zoom so that lines stay a comfortable distance apart. Hidden until the
// user switches it on (Map menu).
class GraticuleLayer final : public MapLayer
{
    Q_OBJECT
public:
    struct Line {
        bool meridian = false;    // true: a line of longitude, x is its position; else y
        double degrees = 0.0;     // -180..180 or -90..90
        double screen = 0.0;      // x for a meridian, y for a parallel
        QString label;            // "30°E", "15°S", "0°"
    };

    explicit GraticuleLayer(QObject *parent = nullptr);

    // Degrees between lines at this zoom: lines at least kMinSpacing pixels apart.
    static double stepForZoom(double zoom);
    static QString label(double degrees, bool longitude, double step);
    // The lines the view shows.
    static QList<Line> lines(const Viewport &viewport);

    void paint(QPainter &painter, const Viewport &viewport) override;

    static constexpr double kMinSpacing = 80.0;   // pixels
};

} // namespace eoc::ui

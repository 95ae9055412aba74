#pragma once

#include "core/model/Error.h"
#include "core/model/Region.h"

#include <QObject>

#include <functional>
#include <optional>

class QWidget;

namespace eoc::ui {

class RegionEditor;

// Point and radius: when the editor's Point tool picks a point, asks for a radius in km and
// makes the circle around the point the region. The radius asked last is offered next time.
class PointBufferTool final : public QObject
{
    Q_OBJECT
public:
    // Asks for a radius around `centre`, proposing `proposed` km; nullopt: the user cancelled.
    using RadiusPrompt = std::function<std::optional<double>(GeoPoint centre, double proposed)>;

    // The default prompt is a dialog over `dialogParent`.
    PointBufferTool(RegionEditor *editor, QWidget *dialogParent);

    void setRadiusPrompt(RadiusPrompt prompt) { m_prompt = std::move(prompt); }
    double lastRadiusKm() const { return m_radiusKm; }

    void makeCircle(GeoPoint centre);

Q_SIGNALS:
    void rejected(const eoc::Error &error);

private:
    RegionEditor *m_editor;
    RadiusPrompt m_prompt;
    double m_radiusKm = 10.0;
};

} // namespace eoc::ui

#pragma once

#include <QObject>
#include <QString>

class QPainter;

namespace eoc::ui {

class Viewport;

// One thing drawn on the map. Layers are painted in ascending z order (basemap 0, tiles 10,
// footprints 20, quicklook 30, region editor 40) and ask for a repaint with changed().
class MapLayer : public QObject
{
    Q_OBJECT
public:
    explicit MapLayer(int z, QObject *parent = nullptr) : QObject(parent), m_z(z) {}
    int z() const { return m_z; }
    bool isVisible() const { return m_visible; }
    void setVisible(bool visible)
    {
        if (m_visible == visible)
            return;
        m_visible = visible;
        Q_EMIT changed();
    }
    virtual void paint(QPainter &painter, const Viewport &viewport) = 0;
    // The credit line for what the last paint() drew; empty: nothing drawn that needs credit.
    // The map shows the credits of what is on screen, not of what was merely configured.
    virtual QString attribution() const { return {}; }
    // The last paint() filled the whole view, so nothing of the layers below shows.
    virtual bool coveredView() const { return false; }

Q_SIGNALS:
    void changed();

private:
    int m_z = 0;
    bool m_visible = true;
};

} // namespace eoc::ui

#pragma once

#include "core/model/Error.h"
#include "core/model/Region.h"
#include "core/places/PlaceIndex.h"

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace eoc::ui {

// A place name field with completion from the offline place index: typing lists matching cities
// and states (arrows choose, Enter takes one); taking one gives the area to search: the state's
// outline where it is known, else a circle of bufferKm() around the place.
class PlaceSearchField final : public QLineEdit
{
    Q_OBJECT
public:
    explicit PlaceSearchField(QWidget *parent = nullptr);

    void setBufferKm(double km) { m_bufferKm = km; }
    double bufferKm() const { return m_bufferKm; }
    // The index to search (the embedded one unless a test gives another).
    void setIndex(const PlaceIndex *index) { m_index = index; }
    // Takes the place whose label is `label`, or the best match of the text typed.
    void choose(const QString &label);

Q_SIGNALS:
    // The area of a chosen place, and words for the user ("São Paulo (city, Brazil), 25 km around it").
    void placeChosen(const eoc::Region &region, const QString &description);
    void placeRejected(const eoc::Error &error);

private:
    void updateCandidates(const QString &text);
    const PlaceIndex &index() const;

    const PlaceIndex *m_index = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_model = nullptr;
    QList<Place> m_candidates;
    double m_bufferKm = 25.0;
};

} // namespace eoc::ui

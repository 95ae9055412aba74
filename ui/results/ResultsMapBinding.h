#pragma once

#include <QObject>

namespace eoc::ui {

class MapWidget;
class ResultsModel;
class ResultsView;

// Keeps the map's footprints in step with the results model (same row numbers), shows on the map
// only the rows the table's filter lets through, and makes the table selection and the
// highlighted footprints one selection, both ways.
class ResultsMapBinding final : public QObject
{
    Q_OBJECT
public:
    ResultsMapBinding(ResultsModel *model, ResultsView *view, MapWidget *map, QObject *parent = nullptr);

private:
    void onRowsInserted(int first, int last);
    void onFootprintClicked(int row, Qt::KeyboardModifiers modifiers);
    void syncFilter();

    ResultsModel *m_model = nullptr;
    ResultsView *m_view = nullptr;
    MapWidget *m_map = nullptr;
};

} // namespace eoc::ui

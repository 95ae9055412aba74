#pragma once

#include "core/model/SceneResult.h"

#include <QObject>

class QWidget;

namespace eoc::ui {

// Saves results through core's exporters (GeoJSON, CSV, GeoPackage, Metalink, JSON): asks for a
// file name and format, writes, and reports failures as an Error.
class ResultsExporter final : public QObject
{
    Q_OBJECT
public:
    explicit ResultsExporter(QWidget *window, QObject *parent = nullptr);
    void exportResults(const QList<SceneResult> &results);

Q_SIGNALS:
    void exported(const QString &path, int count);
    void failed(const eoc::Error &error);

private:
    QWidget *m_window = nullptr;
};

} // namespace eoc::ui

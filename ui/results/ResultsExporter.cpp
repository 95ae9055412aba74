#include "ui/results/ResultsExporter.h"

#include "core/model/export/ResultExport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QWidget>

namespace eoc::ui {

ResultsExporter::ResultsExporter(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

void ResultsExporter::exportResults(const QList<SceneResult> &results)
{
    if (results.isEmpty())
        return;
    const QList<ExportFormat> formats = {ExportFormat::GeoJson, ExportFormat::Csv, ExportFormat::GeoPackage,
                                         ExportFormat::Metalink, ExportFormat::Json, ExportFormat::Ids};
    QStringList filters;
    for (ExportFormat format : formats)
        filters.append(exportFormatTitle(format));
    QString selected = filters.first();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export %n result(s)", nullptr, int(results.size())),
                                                QDir::home().filePath(QStringLiteral("results.geojson")),
                                                filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    ExportFormat format = formats.at(std::max<qsizetype>(0, filters.indexOf(selected)));
    // A typed suffix wins over the filter the dialog happened to show.
    if (auto bySuffix = exportFormatFromName(QFileInfo(path).suffix()))
        format = *bySuffix;
    else
        path += QLatin1Char('.') + exportFormatSuffix(format);
    const Status status = exportResultsToFile(results, format, path);
    if (!status) {
        Q_EMIT failed(status.error());
        return;
    }
    Q_EMIT exported(path, int(results.size()));
}

} // namespace eoc::ui

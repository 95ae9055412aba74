#include "core/model/export/ResultExport.h"

#include "core/model/export/ExportWriters.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>

namespace eoc {

namespace {

struct FormatEntry {
    ExportFormat format;
    const char *name;
    const char *suffix;
    const char *title;
};

constexpr FormatEntry kFormats[] = {
    {ExportFormat::Json, "json", "json", "JSON (*.json)"},
    {ExportFormat::GeoJson, "geojson", "geojson", "GeoJSON (*.geojson)"},
    {ExportFormat::Csv, "csv", "csv", "CSV (*.csv)"},
    {ExportFormat::Ids, "ids", "txt", "Scene ids (*.txt)"},
    {ExportFormat::Metalink, "metalink", "meta4", "Metalink 4 (*.meta4)"},
    {ExportFormat::GeoPackage, "gpkg", "gpkg", "GeoPackage (*.gpkg)"},
};

const FormatEntry &entryFor(ExportFormat format)
{
    for (const auto &e : kFormats) {
        if (e.format == format)
            return e;
    }
    return kFormats[0];
}

QByteArray idsText(const QList<SceneResult> &results)
{
    QByteArray out;
    for (const auto &r : results)
        out += r.sceneId.toUtf8() + '\n';
    return out;
}

Status writeAll(QIODevice &device, const QByteArray &bytes)
{
    if (device.write(bytes) != bytes.size()) {
        return Error(ErrorClass::LocalDisk,
                     QCoreApplication::translate("ResultExport", "Could not write the exported results: %1").arg(device.errorString()));
    }
    return success();
}

// GeoPackage is a database file: build it in a temporary folder, then hand over the bytes.
Result<QByteArray> geoPackageBytes(const QList<SceneResult> &results)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return Error(ErrorClass::LocalDisk,
                     QCoreApplication::translate("ResultExport", "Could not create a temporary folder for the GeoPackage: %1")
                         .arg(dir.errorString()));
    }
    const QString path = dir.filePath(QStringLiteral("results.gpkg"));
    auto written = exporting::writeGeoPackage(results, path);
    if (!written)
        return written.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorClass::LocalDisk,
                     QCoreApplication::translate("ResultExport", "Could not read back %1: %2").arg(path, file.errorString()));
    }
    return file.readAll();
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (const auto &e : kFormats) {
        if (n == QLatin1String(e.name))
            return e.format;
    }
    if (n == QLatin1String("geopackage"))
        return ExportFormat::GeoPackage;
    if (n == QLatin1String("meta4"))
        return ExportFormat::Metalink;
    if (n == QLatin1String("txt"))
        return ExportFormat::Ids;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    return QString::fromLatin1(entryFor(format).name);
}

QString exportFormatSuffix(ExportFormat format)
{
    return QString::fromLatin1(entryFor(format).suffix);
}

QString exportFormatTitle(ExportFormat format)
{
    return QString::fromLatin1(entryFor(format).title);
}

QStringList exportFormatNames()
{
    QStringList names;
    for (const auto &e : kFormats)
        names << QString::fromLatin1(e.name);
    return names;
}

Status exportResults(const QList<SceneResult> &results, ExportFormat format, QIODevice &device)
{
    if (!device.isWritable()) {
        return Error(ErrorClass::LocalDisk,
                     QCoreApplication::translate("ResultExport", "The export target is not open for writing"));
    }
    switch (format) {
    case ExportFormat::Json:
        return writeAll(device, QJsonDocument(resultsToJson(results)).toJson(QJsonDocument::Indented));
    case ExportFormat::GeoJson:
        return writeAll(device, QJsonDocument(resultsToGeoJson(results)).toJson(QJsonDocument::Indented));
    case ExportFormat::Csv:
        return writeAll(device, exporting::toCsv(results));
    case ExportFormat::Ids:
        return writeAll(device, idsText(results));
    case ExportFormat::Metalink:
        return writeAll(device, exporting::toMetalink(results));
    case ExportFormat::GeoPackage: {
        auto bytes = geoPackageBytes(results);
        if (!bytes)
            return bytes.error();
        return writeAll(device, bytes.value());
    }
    }
    return Error(ErrorClass::BadInput, QCoreApplication::translate("ResultExport", "Unknown export format"));
}

Status exportResultsToFile(const QList<SceneResult> &results, ExportFormat format, const QString &path)
{
    if (path.isEmpty())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("ResultExport", "No output file was given for the export"));
    if (format == ExportFormat::GeoPackage) {
        // GDAL writes the database itself; remove an old file first so its layers do not linger.
        if (QFile::exists(path) && !QFile::remove(path)) {
            return Error(ErrorClass::LocalDisk,
                         QCoreApplication::translate("ResultExport", "Could not replace %1: remove it or choose another name").arg(path));
        }
        return exporting::writeGeoPackage(results, path);
    }
    // A half-written file never replaces a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(ErrorClass::LocalDisk,
                     QCoreApplication::translate("ResultExport", "Could not write %1: %2").arg(path, file.errorString()));
    }
    auto written = exportResults(results, format, file);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit()) {
        return Error(ErrorClass::LocalDisk,
                     QCoreApplication::translate("ResultExport", "Could not write %1: %2").arg(path, file.errorString()));
    }
    return success();
}

} // namespace eoc

#include "ui/results/LastResults.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace eoc::ui {

QString LastResults::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("last-results.json"));
}

Status LastResults::save(const QString &path, const QList<SceneResult> &results)
{
    if (results.isEmpty()) {
        QFile::remove(path);
        return success();
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error(ErrorClass::LocalDisk,
                     QCoreApplication::translate("LastResults", "Cannot create the folder of %1").arg(path));
    const QByteArray json = QJsonDocument(resultsToJson(results.mid(0, kMaxKept))).toJson(QJsonDocument::Compact);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return Error(ErrorClass::LocalDisk,
                     QCoreApplication::translate("LastResults", "Cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

Result<QList<SceneResult>> LastResults::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QList<SceneResult>{};
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorClass::LocalDisk,
                     QCoreApplication::translate("LastResults", "Cannot read %1: %2").arg(path, file.errorString()));
    auto results = resultsFromJson(file.readAll());
    if (!results.ok())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("LastResults", "The results of the last search "
                                                                                      "in %1 cannot be read: %2")
                                               .arg(path, results.error().message));
    return results;
}

} // namespace eoc::ui

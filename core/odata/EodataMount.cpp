#include "core/odata/EodataMount.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEodata, "eoc.odata.eodata", QtWarningMsg)

namespace eoc::odata {

QString eodataPath(const SceneResult &scene, const QString &mount)
{
    QString s3 = scene.attributes.value(QStringLiteral("S3Path")).toString().trimmed();
    if (s3.isEmpty() || mount.trimmed().isEmpty())
        return {};
    if (s3.startsWith(QLatin1String("/eodata/")))
        s3 = s3.mid(int(qstrlen("/eodata")));
    // The catalogue's path stays inside the mount: ".." components are dropped.
    QStringList parts;
    for (const QString &part : s3.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part != QLatin1String(".") && part != QLatin1String(".."))
            parts << part;
    }
    if (parts.isEmpty())
        return {};
    return QDir(mount.trimmed()).filePath(parts.join(QLatin1Char('/')));
}

std::optional<DownloadPlan> eodataCopyPlan(const SceneResult &scene, const QString &mount, const QString &provider)
{
    const QString path = eodataPath(scene, mount);
    if (path.isEmpty())
        return std::nullopt;
    const QFileInfo source(path);
    if (!source.exists()) {
        qCInfo(lcEodata) << scene.sceneId << "is not at" << path << "- downloading it instead";
        return std::nullopt;
    }
    DownloadPlan plan;
    if (source.isFile()) {
        DownloadFile file;
        file.url = QUrl::fromLocalFile(source.absoluteFilePath());
        file.relativePath = source.fileName();
        file.size = source.size();
        plan.files = {file};
    } else {
        // A .SAFE (or .SEN3) folder: every file in it, in a stable order, under the folder's name.
        QStringList files;
        QDirIterator it(source.absoluteFilePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
        const QDir root(source.absoluteFilePath());
        for (const QString &f : std::as_const(files)) {
            DownloadFile file;
            file.url = QUrl::fromLocalFile(f);
            file.relativePath = source.fileName() + QLatin1Char('/') + root.relativeFilePath(f);
            file.size = QFileInfo(f).size();
            plan.files.append(file);
        }
        if (plan.files.isEmpty())
            return std::nullopt;
    }
    // Nothing travels and nobody logs in: the copies count against their own limit only.
    plan.limitKey = provider + QStringLiteral(":eodata");
    plan.maxConnections = 4;
    return plan;
}

} // namespace eoc::odata

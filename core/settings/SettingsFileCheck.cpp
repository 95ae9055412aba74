#include "core/settings/SettingsFileCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace eoc {

namespace {
constexpr int kShownChars = 60;
}

QString settingsFileProblem(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("Settings", "cannot be read: %1").arg(file.errorString());
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0'))
        return QCoreApplication::translate("Settings", "is not a text file (it holds NUL bytes)");
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (utf8.hasError())
        return QCoreApplication::translate("Settings", "is not UTF-8 text");
    const auto lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']')) && line.size() > 2)
            continue;
        if (line.indexOf(QLatin1Char('=')) > 0)
            continue;
        QString shown = line.left(kShownChars);
        if (line.size() > kShownChars)
            shown += QStringLiteral("...");
        return QCoreApplication::translate("Settings", "line %1 is not KEY=VALUE or [section]: '%2'").arg(i + 1).arg(shown);
    }
    return {};
}

} // namespace eoc

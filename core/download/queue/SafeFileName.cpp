#include "core/download/queue/SafeFileName.h"

#include <QDir>
#include <QRegularExpression>
#include <QStringList>

namespace eoc {

namespace {

constexpr int kMaxNameBytes = 200;   // below every common file system's 255, leaving room for ".part"

bool isReservedWindowsName(const QString &name)
{
    // Device names are reserved with any extension ("nul.txt") on Windows.
    const QString base = name.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    static const QStringList reserved = {
        QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"), QStringLiteral("NUL"),
        QStringLiteral("CONIN$"), QStringLiteral("CONOUT$"), QStringLiteral("CLOCK$")};
    if (reserved.contains(base))
        return true;
    static const QRegularExpression port(QStringLiteral("^(COM|LPT)[0-9\\x{00B9}\\x{00B2}\\x{00B3}]$"));
    return port.match(base).hasMatch();
}

QString truncateUtf8(const QString &name)
{
    if (name.toUtf8().size() <= kMaxNameBytes)
        return name;
    const int dot = int(name.lastIndexOf(QLatin1Char('.')));
    QString ext = (dot > 0 && name.size() - dot <= 16) ? name.mid(dot) : QString();
    QString stem = name.left(name.size() - ext.size());
    while (!stem.isEmpty() && (stem + ext).toUtf8().size() > kMaxNameBytes)
        stem.chop(stem.size() >= 2 && stem.at(stem.size() - 1).isLowSurrogate() ? 2 : 1);
    return stem + ext;
}

} // namespace

QString sanitizeFileName(const QString &input, const QString &fallback)
{
    // Only the last component counts: a server has no say in folders.
    QString name = input;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.section(QLatin1Char('/'), -1);

    QString cleaned;
    cleaned.reserve(name.size());
    for (const QChar c : std::as_const(name)) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            continue;                                           // control characters
        if (QStringLiteral("<>:\"|?*").contains(c)) {
            cleaned += QLatin1Char('_');                        // invalid on Windows (':' also ends drive letters)
            continue;
        }
        if (c.category() == QChar::Other_Format)                // bidi overrides that disguise extensions
            continue;
        cleaned += c;
    }
    // Leading dots would hide the file or make it "." / ".."; trailing dots and spaces are
    // stripped silently by Windows.
    while (!cleaned.isEmpty() && (cleaned.front() == QLatin1Char('.') || cleaned.front().isSpace()))
        cleaned.remove(0, 1);
    while (!cleaned.isEmpty() && (cleaned.back() == QLatin1Char('.') || cleaned.back().isSpace()))
        cleaned.chop(1);
    if (isReservedWindowsName(cleaned))
        cleaned.prepend(QLatin1Char('_'));
    cleaned = truncateUtf8(cleaned);
    if (cleaned.isEmpty())
        return fallback;
    return cleaned;
}

QString sanitizeRelativePath(const QString &path)
{
    QString p = path;
    p.replace(QLatin1Char('\\'), QLatin1Char('/'));
    QStringList parts;
    for (const QString &component : p.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const QString trimmed = component.trimmed();
        if (trimmed == QLatin1String(".") || trimmed == QLatin1String(".."))
            continue;
        const QString safe = sanitizeFileName(component, QString());
        if (!safe.isEmpty())
            parts << safe;
    }
    return parts.join(QLatin1Char('/'));
}

bool isInsideFolder(const QString &path, const QString &folder)
{
    const QString p = QDir::cleanPath(path);
    QString f = QDir::cleanPath(folder);
    if (!f.endsWith(QLatin1Char('/')))
        f += QLatin1Char('/');
    return p.startsWith(f) && p.size() > f.size();
}

} // namespace eoc

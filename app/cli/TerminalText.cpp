#include "app/cli/TerminalText.h"

#include <QCoreApplication>
#include <QList>

namespace eoc::cli {

namespace {

// C0 and C1 controls, DEL, and the Unicode controls that reorder or hide text (bidi overrides,
// isolates, line and paragraph separators).
bool needsEscape(char32_t c)
{
    if (c == U'\n' || c == U'\t')
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028 || c == 0x2029 || c == 0x200e || c == 0x200f || c == 0x061c;
}

QString escaped(char32_t c)
{
    switch (c) {
    case U'\r':
        return QStringLiteral("\\r");
    case U'\b':
        return QStringLiteral("\\b");
    default:
        break;
    }
    if (c <= 0xff)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

} // namespace

QString terminalSafe(QStringView text)
{
    bool clean = true;
    for (const QChar c : text)
        clean = clean && !needsEscape(c.unicode());
    if (clean)
        return text.toString();
    QString out;
    out.reserve(text.size());
    const auto codePoints = text.toUcs4();
    for (const char32_t c : codePoints) {
        if (needsEscape(c))
            out += escaped(c);
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QString errorLine(QStringView message)
{
    return QCoreApplication::translate("TerminalText", "error: %1").arg(terminalSafe(message));
}

QString warningLine(QStringView message)
{
    return QCoreApplication::translate("TerminalText", "warning: %1").arg(terminalSafe(message));
}

} // namespace eoc::cli

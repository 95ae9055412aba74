#include "core/model/FolderMask.h"

#include <QCoreApplication>

namespace eoc {

namespace {

struct Token {
    const char *name;
    const char *regex;
};

// Longest first where one token starts another: %YY before %Y.
constexpr Token kTokens[] = {
    {"%YY", "\\d{2}"},
    {"%Y", "\\d{4}"},
    {"%JJJ", "(?:00[1-9]|0[1-9]\\d|[12]\\d\\d|3[0-5]\\d|36[0-6])"},
    {"%m", "(?:0[1-9]|1[0-2])"},
    {"%d", "(?:0[1-9]|[12]\\d|3[01])"},
    {"%H", "(?:[01]\\d|2[0-4])"},
    {"%M", "[0-5]\\d"},
    {"%S", "[0-5]\\d"},
};

constexpr char kArchiveSuffixes[] = "(?:\\.gz|\\.zip|\\.rar|\\.7z|\\.tar)*";

Result<QString> levelRegex(const QString &level, const QString &mask)
{
    QString regex = QStringLiteral("^");
    QString literal;
    auto flush = [&] {
        regex += QRegularExpression::escape(literal);
        literal.clear();
    };
    qsizetype i = 0;
    while (i < level.size()) {
        if (level.at(i) == QLatin1Char('*')) {
            flush();
            regex += QStringLiteral(".*");
            ++i;
            continue;
        }
        if (level.at(i) != QLatin1Char('%')) {
            literal += level.at(i++);
            continue;
        }
        bool known = false;
        for (const Token &token : kTokens) {
            const QLatin1String name(token.name);
            if (QStringView(level).mid(i).startsWith(name)) {
                flush();
                regex += QLatin1String(token.regex);
                i += name.size();
                known = true;
                break;
            }
        }
        if (!known) {
            return Error(ErrorClass::BadInput,
                         QCoreApplication::translate("FolderMask", "The mask '%1' has '%2', which is not a mask token; use %Y, %YY, %m, "
                                                                   "%d, %JJJ, %H, %M, %S or *")
                             .arg(mask, level.mid(i, 2)));
        }
    }
    flush();
    regex += QLatin1String(kArchiveSuffixes) + QLatin1Char('$');
    return regex;
}

} // namespace

Result<FolderMask> FolderMask::parse(const QString &mask)
{
    FolderMask result;
    result.m_text = mask;
    const QStringList levels = mask.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (levels.isEmpty())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("FolderMask", "The mask is empty; give a file name pattern such as '*.tif'"));
    for (const QString &level : levels) {
        if (level == QLatin1String(".") || level == QLatin1String(".."))
            return Error(ErrorClass::BadInput, QCoreApplication::translate("FolderMask", "The mask '%1' may not climb folders ('%2')").arg(mask, level));
        auto regex = levelRegex(level, mask);
        if (!regex)
            return regex.error();
        result.m_levels << QRegularExpression(regex.value());
    }
    return result;
}

bool FolderMask::matches(int level, const QString &name) const
{
    if (level < 0 || level >= m_levels.size())
        return false;
    return m_levels.at(level).match(name).hasMatch();
}

} // namespace eoc

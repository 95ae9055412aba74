#pragma once

#include "core/model/Result.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace eoc {

// A path mask over a folder tree of an FTP server, matched one folder level at a time (the mask
// language of INPE's DGI server collector): "%Y/%JJJ/MOD_%YY%JJJ*.hdf" has three levels. Tokens:
//   %Y four-digit year   %YY two-digit year   %m month 01-12   %d day 01-31
//   %JJJ day of year 001-366   %H hour 00-24   %M minute 00-59   %S second 00-59   * anything
// Everything else is literal. A name may carry archive extensions (.gz .zip .rar .7z .tar, one or
// more) after what the level asks for. %YY is read before %Y, so a two-digit year is never taken
// for a four-digit one followed by a literal Y.
class FolderMask final
{
public:
    static Result<FolderMask> parse(const QString &mask);

    const QString &text() const { return m_text; }
    int levelCount() const { return int(m_levels.size()); }
    // Whether `name` (one entry of a folder listing, no '/') matches level `level` (0 = top).
    bool matches(int level, const QString &name) const;
    // The regular expression of a level, for tests and messages.
    QString levelPattern(int level) const { return m_levels.value(level).pattern(); }

private:
    QString m_text;
    QList<QRegularExpression> m_levels;
};

} // namespace eoc

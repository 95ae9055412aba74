#pragma once

#include "core/model/Error.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace eoc {

// A data file answered by a web page: a sign-in form, a consent or error page served with status
// 200. Saved under the data file's name it would pass for a download that worked, so a transfer
// checks the answer's type and first bytes against the file it expects.

// Content-Type says HTML (text/html, application/xhtml+xml), whatever its parameters.
bool isHtmlContentType(const QByteArray &contentType);
// The first bytes of a body look like an HTML document (after a BOM, blanks and comments).
// Needs kHtmlSniffBytes of the body, or all of it when it is shorter.
bool looksLikeHtml(const QByteArray &bodyStart);
inline constexpr qsizetype kHtmlSniffBytes = 256;
// The file is itself a web page (by its name), so an HTML answer is what was asked for.
bool isHtmlFileName(const QString &fileName);

// The error for an HTML answer from the host `answeredBy` in place of `fileName` (from `asked`):
// class Auth (a page instead of the file is most often a sign-in the account did not pass), not
// retried; names the page by its <title>.
Error htmlAnswerError(const QUrl &asked, const QString &answeredBy, const QString &fileName,
                      const QByteArray &bodyStart);

} // namespace eoc

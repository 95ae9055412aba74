#pragma once

#include "core/model/Error.h"

#include <QString>
#include <QUrl>

namespace eoc {

// The error of a finished libcurl FTP transfer (`curlCode` a CURLcode, `response` the server's
// last reply code), naming the host and never the password. Cuts and timeouts are Transient, so a
// download is resumed from what is on disk; a refused login is Auth, a missing file NotFound, a
// TLS failure Permanent (a certificate does not become trusted by asking again).
Error ftpError(int curlCode, long response, const QUrl &url, const QString &detail);

} // namespace eoc

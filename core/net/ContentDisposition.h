#pragma once

#include <QByteArray>
#include <QString>

namespace eoc::net {

// The file name a Content-Disposition header suggests (RFC 6266): filename*= (RFC 8187,
// charset'language'percent-encoded) wins over filename=, which may be a token or a quoted string
// with backslash escapes. The name is returned raw, path components and all: whoever uses it as a
// file name must sanitise it. Empty when there is none.
QString contentDispositionFileName(const QByteArray &header);

} // namespace eoc::net

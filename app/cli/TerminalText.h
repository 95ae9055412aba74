#pragma once

#include <QString>
#include <QStringView>

namespace eoc::cli {

// Text for a person's terminal. Server answers (scene ids, titles, error messages) and echoed input
// may hold escape sequences that retitle, clear or rewrite the terminal; every control character
// but line break and tab is shown as a visible escape instead ("\x1b", "\r", "\u202e").
// Machine formats (JSON, CSV, ids, metalink) are written exactly and never pass through here.
QString terminalSafe(QStringView text);

// "error: <message>" and "warning: <message>" for stderr, in the user's language, with the message
// made terminal-safe.
QString errorLine(QStringView message);
QString warningLine(QStringView message);

} // namespace eoc::cli

#pragma once

#include <QString>

namespace eoc::ui {

// Checks of the values typed in the Settings dialog, each returning an empty string or what is
// wrong (naming the setting), so the dialog can say it beside the field before anything is saved.

// A setting whose default is an http(s) URL is a URL setting: it takes only another one.
bool isUrlSetting(const QString &defaultValue);
QString urlProblem(const QString &key, const QString &value);
// "system", "none", http://host:port or socks5://host:port.
QString proxyProblem(const QString &key, const QString &value);
// An http(s) URL with {z}, {x} and {y}.
QString tileUrlProblem(const QString &key, const QString &value);

} // namespace eoc::ui

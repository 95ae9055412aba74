#pragma once

class QIcon;
class QLocale;
class QTranslator;

namespace eoc::ui {

// Registers the resources of the static ui library (basemap, icons); the linker would otherwise
// leave them out. Safe to call more than once.
void initResources();

// Loads the program's catalogue for `locale` into `translator`. A language without one gets the
// English catalogue: English is the source language, but its plural forms ("1 result",
// "2 results") live in that catalogue, and without it people read "2 result(s)".
bool loadUiTranslation(QTranslator &translator, const QLocale &locale);

// The program's icon `name` (":/icons/<name>.svg").
QIcon resourceIcon(const char *name);

} // namespace eoc::ui

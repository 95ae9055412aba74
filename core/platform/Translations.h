#pragma once

#include <QLocale>
#include <QString>

class QTranslator;

namespace eoc {

// Loads the program's catalogue (embedded in the core library under :/i18n) for `locale` into
// `translator`. A language without one gets the English catalogue: English is the source
// language, but its plural forms ("1 result", "2 results") live in that catalogue, and without it
// people read "2 result(s)".
bool loadCatalogue(QTranslator &translator, const QLocale &locale);

// The program's language, shared by the desktop program and the command line: its own strings
// (core's and the plug-ins' messages, the windows' texts) and Qt's (dialog buttons, file dialogs:
// qtbase_<locale>.qm from Qt's translations folder, Debian package qt6-translations-l10n), so
// that a Portuguese window has no English "Cancel" in it. Installed application-wide while this
// object lives, so plug-ins loaded with QPluginLoader translate too; a language without
// translations leaves the English text.
class Translations final
{
public:
    // `language`: "pt_BR", "en"...; empty: the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    explicit Translations(const QString &language);
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    QLocale locale() const { return m_locale; }
    bool hasOwnTranslation() const { return m_own != nullptr; }
    bool hasQtTranslation() const { return m_qt != nullptr; }
    // Where Qt's translations are looked for (for messages naming what is missing).
    static QString qtTranslationsFolder();

private:
    QLocale m_locale;
    QTranslator *m_own = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace eoc

#pragma once

#include <QLocale>
#include <QString>

class QTranslator;

namespace eoc::ui {

// The desktop program's language: its own strings (embedded under :/i18n) and Qt's (dialog
// buttons, file dialogs: qtbase_<locale>.qm from Qt's translations folder, Debian package
// qt6-translations-l10n), so that a Portuguese window has no English "Cancel" in it. Installed
// while this object lives; a language without translations leaves the English text.
class Translations final
{
public:
    // `language`: "pt_BR", "en"...; empty: the system's.
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

} // namespace eoc::ui

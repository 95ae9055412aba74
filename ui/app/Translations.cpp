#include "ui/app/Translations.h"

#include "ui/app/Resources.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace eoc::ui {

namespace {

// `translator` installed when `loaded`; otherwise deleted, and null is returned.
QTranslator *installIf(QTranslator *translator, bool loaded)
{
    if (!loaded) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}

} // namespace

Translations::Translations(const QString &language)
    : m_locale(language.isEmpty() ? QLocale::system() : QLocale(language))
{
    // The program's own texts fall back to the English catalogue, whose plural forms read well.
    auto *own = new QTranslator;
    m_own = installIf(own, loadUiTranslation(*own, m_locale));
    auto *qt = new QTranslator;
    m_qt = installIf(qt, qt->load(m_locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslationsFolder()));
    QLocale::setDefault(m_locale);
}

Translations::~Translations()
{
    for (QTranslator *translator : {m_own, m_qt}) {
        if (!translator)
            continue;
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QString Translations::qtTranslationsFolder()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

} // namespace eoc::ui

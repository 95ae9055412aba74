#include "core/platform/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace eoc {

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

bool loadCatalogue(QTranslator &translator, const QLocale &locale)
{
    const QString name = QStringLiteral("eo-collector");
    const QString folder = QStringLiteral(":/i18n");
    return translator.load(locale, name, QStringLiteral("_"), folder)
           || translator.load(QLocale(QLocale::English), name, QStringLiteral("_"), folder);
}

Translations::Translations(const QString &language)
    : m_locale(language.isEmpty() ? QLocale::system() : QLocale(language))
{
    auto *own = new QTranslator;
    m_own = installIf(own, loadCatalogue(*own, m_locale));
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

} // namespace eoc

#include "ui/app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace eoc::ui {

namespace {

// The translator for `locale` from `folder`, installed; null when there is none.
QTranslator *install(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator;
    if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
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
    m_own = install(m_locale, QStringLiteral("eo-collector"), QStringLiteral(":/i18n"));
    m_qt = install(m_locale, QStringLiteral("qtbase"), qtTranslationsFolder());
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

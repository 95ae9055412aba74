#include "ui/app/Resources.h"

#include "core/platform/Translations.h"

#include <QIcon>
#include <QLocale>
#include <QTranslator>
#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace eoc::ui {

void initResources()
{
    static const bool done = [] {
        initUiResources();
        return true;
    }();
    Q_UNUSED(done)
}

bool loadUiTranslation(QTranslator &translator, const QLocale &locale)
{
    return loadCatalogue(translator, locale);
}

QIcon resourceIcon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace eoc::ui

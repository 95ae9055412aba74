#include "app/cli/CliApplication.h"
#include "core/platform/ProcessHardening.h"
#include "core/platform/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    eoc::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("eo-collector"));
    QCoreApplication::setOrganizationName(QStringLiteral("eo-collector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EOC_VERSION_STRING));
    // The same catalogue as the desktop program, in the language of LANGUAGE / LC_MESSAGES / LANG.
    const eoc::Translations translations{QString()};
    return eoc::cli::runCli(QCoreApplication::arguments());
}

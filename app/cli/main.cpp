#include "app/cli/CliApplication.h"
#include "core/platform/ProcessHardening.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    eoc::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("eo-collector"));
    QCoreApplication::setOrganizationName(QStringLiteral("eo-collector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EOC_VERSION_STRING));
    return eoc::cli::runCli(QCoreApplication::arguments());
}

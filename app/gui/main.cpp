#include "ui/mainwindow/MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("eo-collector"));
    QApplication::setOrganizationName(QStringLiteral("eo-collector"));
    QApplication::setApplicationDisplayName(QStringLiteral("EO Collector"));
    QApplication::setApplicationVersion(QStringLiteral(EOC_VERSION_STRING));
    eoc::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}

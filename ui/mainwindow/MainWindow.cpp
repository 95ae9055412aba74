#include "ui/mainwindow/MainWindow.h"

#include <QLabel>

namespace eoc::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("EO Collector"));
    setCentralWidget(new QLabel(tr("EO Collector"), this));
    resize(1280, 800);
}

} // namespace eoc::ui

#pragma once

#include <QMainWindow>

namespace eoc::ui {

// Arranges the map, search panel, results and downloads; owns no logic of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace eoc::ui

#pragma once

#include <QDialog>

namespace eoc::ui {

// Version, licence (GPL-3.0-or-later) and the attributions of the data the program shows.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace eoc::ui

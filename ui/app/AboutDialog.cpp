#include "ui/app/AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace eoc::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About EO Collector"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/eo-collector.svg")).pixmap(64, 64));
    auto *title = new QLabel(tr("<h2>EO Collector %1</h2><p>Find and download Earth-observation imagery "
                                "from many providers.</p>").arg(QApplication::applicationVersion()), this);
    title->setWordWrap(true);
    auto *text = new QTextBrowser(this);
    text->setOpenExternalLinks(true);
    text->setHtml(tr(
        "<p>Copyright © the EO Collector authors.</p>"
        "<p>This program is free software: you can redistribute it and/or modify it under the terms of the "
        "GNU General Public License as published by the Free Software Foundation, either version 3 of the "
        "License, or (at your option) any later version (<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">"
        "GPL-3.0-or-later</a>). It comes with ABSOLUTELY NO WARRANTY.</p>"
        "<h3>Data</h3>"
        "<p><b>Map tiles:</b> © <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap contributors</a>, "
        "Open Database License, when the OpenStreetMap tile server is used.</p>"
        "<p><b>Offline basemap:</b> made with <a href=\"https://www.naturalearthdata.com/\">Natural Earth</a> "
        "(public domain), 1:110m country outlines, as TopoJSON from the "
        "<a href=\"https://github.com/topojson/world-atlas\">world-atlas</a> package "
        "(© 2013-2019 Michael Bostock, ISC licence).</p>"
        "<p><b>Search results and imagery</b> belong to their providers and come under their licences "
        "(for example the Copernicus Sentinel data terms, or USGS public-domain Landsat data).</p>"
        "<h3>Libraries</h3>"
        "<p>Qt %1 (LGPL-3.0), GDAL (MIT), QtKeychain (BSD-3-Clause), libarchive (BSD-2-Clause).</p>")
                      .arg(QString::fromLatin1(qVersion())));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    resize(560, 460);
}

} // namespace eoc::ui

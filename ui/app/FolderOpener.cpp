#include "ui/app/FolderOpener.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace eoc::ui {

namespace {

void sayFolderNotOpened(const QString &folder, QWidget *parent)
{
    const QString shown = QDir::toNativeSeparators(folder);
    auto *box = new QMessageBox(QMessageBox::Information, QCoreApplication::translate("FolderOpener", "Open folder"),
                                QCoreApplication::translate("FolderOpener", "No file manager could be started to show the "
                                                                            "folder. The files are in:\n%1")
                                    .arg(shown),
                                QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("folderNotOpened"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *copy = box->addButton(QCoreApplication::translate("FolderOpener", "Copy path"), QMessageBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyPath"));
    // The box closes on any button; the copy happens first.
    QObject::connect(copy, &QPushButton::clicked, box, [shown] { QGuiApplication::clipboard()->setText(shown); });
    box->open();
}

} // namespace

void showFolder(const QString &folder, const FolderOpener &opener, QWidget *parent)
{
    const bool opened = opener ? opener(folder) : QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    if (!opened)
        sayFolderNotOpened(folder, parent);
}

} // namespace eoc::ui

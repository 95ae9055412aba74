#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace eoc::ui {

// How a folder is shown: the desktop's file manager by default; tests put their own. False when
// nothing could show it.
using FolderOpener = std::function<bool(const QString &folder)>;

// Shows `folder` with `opener` (empty: the desktop's file manager). When nothing could, says
// where the files are in a message box over `parent` ("folderNotOpened"), with a button that
// copies the path ("copyPath"): without a file manager the click would otherwise do nothing
// visible. Shared by the Downloads and the Archive tabs.
void showFolder(const QString &folder, const FolderOpener &opener, QWidget *parent);

} // namespace eoc::ui

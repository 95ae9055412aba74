#pragma once

#include "core/model/Result.h"
#include "core/net/HttpTypes.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace eoc::cli {

struct CliContext;

// `download --url ftp://host/folder/ --mask PATTERN`: the files under the folder that the mask
// (core/model/FolderMask.h) names, found level by level with the same login a download of them
// uses (`secretHeaders`: the URL's user info). A mask that matches nothing is a NotFound error
// naming it. `done` is called once, guarded by `owner`.
void listMaskedFiles(const CliContext &context, const QUrl &folder, const QString &mask, const HeaderList &secretHeaders,
                     QObject *owner, std::function<void(const Result<QList<QUrl>> &)> done);

} // namespace eoc::cli

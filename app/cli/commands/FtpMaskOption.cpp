#include "app/cli/commands/FtpMaskOption.h"

#include "app/cli/CliCommand.h"
#include "core/download/ftp/FtpFolderWalk.h"
#include "core/download/ftp/FtpSession.h"
#include "core/model/FolderMask.h"
#include "core/net/NetworkAccess.h"

#include <QCoreApplication>

namespace eoc::cli {

void listMaskedFiles(const CliContext &context, const QUrl &folder, const QString &mask, const HeaderList &secretHeaders,
                     QObject *owner, std::function<void(const Result<QList<QUrl>> &)> done)
{
    if (!isFtpUrl(folder)) {
        done(Error(ErrorClass::BadInput, QCoreApplication::translate("FtpMaskOption", "--mask lists folders of FTP servers: give an "
                                                                                      "ftp:// or ftps:// --url (got %1)")
                                             .arg(folder.toString(QUrl::RemoveUserInfo))));
        return;
    }
    auto parsed = FolderMask::parse(mask);
    if (!parsed) {
        done(parsed.error());
        return;
    }
    const QByteArray trusted = context.network ? context.network->trustedCertificates() : QByteArray();
    const FolderMask folderMask = parsed.value();
    resolveFtpLogin(folder, secretHeaders, context.credentials, owner,
                    [owner, folder, folderMask, trusted, done](const Result<FtpLogin> &login) {
                        if (!login) {
                            done(login.error());
                            return;
                        }
                        auto *walk = new FtpFolderWalk(folder, folderMask, login.value(), trusted, owner);
                        QObject::connect(walk, &FtpFolderWalk::finished, owner, [walk, folder, folderMask, done](const QList<QUrl> &files) {
                            walk->deleteLater();
                            if (files.isEmpty()) {
                                done(Error(ErrorClass::NotFound,
                                           QCoreApplication::translate("FtpMaskOption", "The mask '%1' matches no file under %2")
                                               .arg(folderMask.text(), folder.toString(QUrl::RemoveUserInfo))));
                                return;
                            }
                            done(files);
                        });
                        QObject::connect(walk, &FtpFolderWalk::failed, owner, [walk, done](const Error &error) {
                            walk->deleteLater();
                            done(error);
                        });
                        walk->start();
                    });
}

} // namespace eoc::cli

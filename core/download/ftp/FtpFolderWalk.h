#pragma once

#include "core/download/ftp/FtpLogin.h"
#include "core/model/Error.h"
#include "core/model/FolderMask.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

namespace eoc {

class FtpSession;

// Finds the files under an FTP folder that a FolderMask names: the folder is listed (NLST), the
// entries matching the mask's first level are listed in turn as folders, and so on down to the
// last level, whose matches are the files. One listing at a time. finished() or failed() once.
class FtpFolderWalk final : public QObject
{
    Q_OBJECT
public:
    // `folder`: ftp:// or ftps:// URL of the folder the mask starts in (without user info).
    FtpFolderWalk(QUrl folder, FolderMask mask, FtpLogin login, QByteArray trustedCertificates,
                  QObject *parent = nullptr);
    ~FtpFolderWalk() override;

    void start();

    // The names of an NLST answer: one per line, "." and ".." dropped, any folder part removed
    // (some servers answer with paths).
    static QStringList namesOfListing(const QByteArray &listing);

Q_SIGNALS:
    void finished(const QList<QUrl> &files);   // sorted; empty when nothing matched
    void failed(const eoc::Error &error);

private:
    struct Pending {
        QUrl folder;
        int level = 0;
    };
    void listNext();
    void onListed();

    QUrl m_root;
    FolderMask m_mask;
    FtpLogin m_login;
    QByteArray m_trusted;
    QList<Pending> m_pending;
    Pending m_current;
    std::unique_ptr<FtpSession> m_session;
    QByteArray m_listing;
    QList<QUrl> m_files;
};

} // namespace eoc

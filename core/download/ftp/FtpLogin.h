#pragma once

#include "core/model/Result.h"
#include "core/net/HttpTypes.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace eoc {

class CredentialSource;

// The user name and password an FTP transfer or listing logs in with. Empty user: anonymous.
struct FtpLogin {
    QString user;
    QString password;
};

// Where the login of `url` comes from, first found wins:
//  1. the user info the user wrote in the URL, which the queue keeps in the keychain as a secret
//     "Authorization: Basic" header (DownloadSecrets) and hands back in `headers`;
//  2. `credentials` for provider "ftp" with the host as the account: the CLI answers from
//     EOC_FTP_USERNAME / EOC_FTP_PASSWORD first, then the keychain. A keychain entry holds the
//     password only; its user name is the one written in the URL (ftp://user@host/...);
//  3. anonymous.
// `done` is called once, guarded by `context`, possibly at once.
void resolveFtpLogin(const QUrl &url, const HeaderList &headers, CredentialSource *credentials, QObject *context,
                     std::function<void(const Result<FtpLogin> &)> done);

} // namespace eoc

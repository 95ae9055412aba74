#include "core/download/ftp/FtpLogin.h"

#include "core/auth/CredentialSource.h"

namespace eoc {

namespace {

// The user name and password of an "Authorization: Basic" header, if there is one.
std::optional<FtpLogin> loginFromHeaders(const HeaderList &headers)
{
    for (const auto &[name, value] : headers) {
        if (name.compare("Authorization", Qt::CaseInsensitive) != 0 || !value.startsWith("Basic "))
            continue;
        const QByteArray pair = QByteArray::fromBase64(value.mid(6).trimmed());
        const qsizetype colon = pair.indexOf(':');
        FtpLogin login;
        login.user = QString::fromUtf8(colon < 0 ? pair : pair.left(colon));
        login.password = colon < 0 ? QString() : QString::fromUtf8(pair.mid(colon + 1));
        return login;
    }
    return std::nullopt;
}

} // namespace

void resolveFtpLogin(const QUrl &url, const HeaderList &headers, CredentialSource *credentials, QObject *context,
                     std::function<void(const Result<FtpLogin> &)> done)
{
    const auto fromUrl = loginFromHeaders(headers);
    if (fromUrl && !fromUrl->password.isEmpty()) {
        done(*fromUrl);
        return;
    }
    const QString host = url.host();
    const QString urlUser = fromUrl ? fromUrl->user : QString();
    if (!credentials) {
        done(FtpLogin{urlUser, QString()});
        return;
    }
    credentials->credentials(QStringLiteral("ftp"), host, context,
                             [host, urlUser, done](const Result<Credentials> &found) {
                                 if (!found) {
                                     // No entry for the host: anonymous, or the URL's user with no
                                     // password (the server says whether that is enough).
                                     done(FtpLogin{urlUser, QString()});
                                     return;
                                 }
                                 // The environment names its user; a keychain entry is named
                                 // after the host and holds the password of the URL's user.
                                 const bool fromKeychain = found->account == host;
                                 done(FtpLogin{fromKeychain ? urlUser : found->account, found->secret});
                             });
}

} // namespace eoc

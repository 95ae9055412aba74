#include "core/download/ftp/FtpErrors.h"

#include <QCoreApplication>

#include <curl/curl.h>

namespace eoc {

namespace {

QString shown(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

bool isTlsFailure(int code)
{
    switch (code) {
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_USE_SSL_FAILED:
        return true;
    default:
        return false;
    }
}

} // namespace

Error ftpError(int curlCode, long response, const QUrl &url, const QString &detail)
{
    const QString host = url.host();
    const QString why = detail.isEmpty() ? QString::fromUtf8(curl_easy_strerror(CURLcode(curlCode))) : detail;
    if (curlCode == CURLE_OK)
        return Error();
    if (curlCode == CURLE_LOGIN_DENIED) {
        return Error(ErrorClass::Auth,
                     QCoreApplication::translate("FtpErrors", "%1 refused the FTP login (%2). The user name and password come from "
                                                              "EOC_FTP_USERNAME and EOC_FTP_PASSWORD, the keychain (provider ftp, "
                                                              "account %1) or the URL; check them there")
                         .arg(host, why));
    }
    if (isTlsFailure(curlCode)) {
        return Error(ErrorClass::Permanent,
                     QCoreApplication::translate("FtpErrors", "The TLS connection to %1 failed: %2. A server with a certificate of "
                                                              "its own making is trusted only when that certificate is listed "
                                                              "in the setting network.trusted_certificates")
                         .arg(host, why));
    }
    if (curlCode == CURLE_BAD_DOWNLOAD_RESUME) {
        return Error(ErrorClass::Transient,
                     QCoreApplication::translate("FtpErrors", "%1 holds less of %2 than is already on disk; starting over")
                         .arg(host, shown(url)));
    }
    if (curlCode == CURLE_REMOTE_FILE_NOT_FOUND || response == 550) {
        return Error(ErrorClass::NotFound,
                     QCoreApplication::translate("FtpErrors", "%1 has no file or folder %2 (FTP 550: %3)").arg(host, shown(url), why));
    }
    if (curlCode == CURLE_UNSUPPORTED_PROTOCOL || curlCode == CURLE_URL_MALFORMAT) {
        return Error(ErrorClass::BadInput, QCoreApplication::translate("FtpErrors", "%1 is not an FTP URL this program can use: %2")
                                               .arg(shown(url), why));
    }
    if (curlCode == CURLE_WRITE_ERROR || curlCode == CURLE_ABORTED_BY_CALLBACK)
        return Error(ErrorClass::Cancelled, QCoreApplication::translate("FtpErrors", "Cancelled"));
    if (curlCode == CURLE_REMOTE_ACCESS_DENIED && response >= 500) {
        return Error(ErrorClass::Permanent, QCoreApplication::translate("FtpErrors", "%1 refused access to %2 (FTP %3: %4)")
                                                .arg(host, shown(url)).arg(response).arg(why));
    }
    // Cuts, timeouts, a server busy for now (4xx replies such as 421 too many users): tried again,
    // resuming from what is on disk.
    return Error(ErrorClass::Transient, QCoreApplication::translate("FtpErrors", "FTP transfer from %1 failed: %2").arg(host, why));
}

} // namespace eoc

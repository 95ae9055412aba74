#pragma once

#include "core/model/Result.h"

#include <QObject>
#include <QUrl>

namespace eoc {
class NetworkAccess;
struct HttpResponse;
}

namespace eoc::earthdata {

// The Earthdata Login redirect dance for user name + password, done before a download:
//   1. GET the file at the data host without credentials, not following redirects. The data host
//      answers 302 to <urs>/oauth/authorize?client_id=..&redirect_uri=<data host>/login.
//   2. GET that URL at the Earthdata Login host with HTTP Basic credentials, again without following
//      redirects. These are the only requests that ever carry the password, and they go only to the
//      configured login host (earthdata.urs_url); any other login host is refused.
//   3. GET the callback (<data host>/login?code=...) that Earthdata Login redirects to. The data host
//      sets its session cookie there and redirects to the file; the dance stops at that point.
// The cookie lands in the QNetworkAccessManager's shared cookie jar because the data host is
// trusted for these requests, and the download then sends it to the data host (which the plan
// trusts). Hosts the data host redirects to later (S3/CloudFront pre-signed URLs) are not trusted
// and get neither the cookie nor any Authorization header (NetworkAccess enforces both).
// Both requests to the data host ask for one byte (Range: bytes=0-0) in case the host serves the file
// directly when a session already exists.
class UrsLoginJob final : public QObject
{
    Q_OBJECT
public:
    UrsLoginJob(NetworkAccess *network, QUrl fileUrl, QUrl ursUrl, QString user, QString password,
                QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(const eoc::Status &status);

private:
    void onData(const HttpResponse &response);
    void onUrs(const HttpResponse &response);
    void onCallback(const HttpResponse &response);
    void done(const Status &status);

    NetworkAccess *m_network = nullptr;
    QUrl m_fileUrl;
    QUrl m_ursUrl;
    QString m_user;
    QString m_password;
    bool m_done = false;
};

} // namespace eoc::earthdata


#pragma once

#include "core/auth/AuthSession.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

namespace eoc {
class CredentialSource;
class NetworkAccess;
}

namespace eoc::usgs {

// An M2M login: `login-token` with the ERS user name and an application token gives an API key
// that is sent as X-Auth-Token and lasts about two hours. The key is renewed before it expires (a
// batch of downloads can outlive it), after invalidate(), and is given back with `logout` by end().
class M2mSession final : public AuthSession
{
    Q_OBJECT
public:
    M2mSession(NetworkAccess *network, CredentialSource *credentials, QString account, QUrl apiUrl,
               int keyLifetimeSeconds);
    ~M2mSession() override;

    void authorize(QObject *context, HeaderCallback callback) override;
    void invalidate() override;
    void end() override;

    bool hasKey() const { return !m_key.isEmpty(); }

    // M2M has limited each user to one API request in flight (RATE_LIMIT_USER): API calls of this
    // account run one after the other. `send` runs when the previous call has finished; the
    // caller calls release() once its call is answered.
    void acquire(std::function<void()> send);
    void release();

private:
    struct Waiter {
        QPointer<QObject> context;
        HeaderCallback callback;
    };
    void login();
    bool anyoneWaiting() const;
    void abandonUnwantedLogin();
    void finishWaiters(const Result<QPair<QByteArray, QByteArray>> &result);

    NetworkAccess *m_network = nullptr;
    CredentialSource *m_credentials = nullptr;
    QString m_account;
    QUrl m_apiUrl;
    int m_keyLifetimeSeconds = 7200;
    QByteArray m_key;
    QDateTime m_renewAt;
    bool m_loggingIn = false;
    QPointer<QObject> m_loginCall;   // context of the running login's calls; deleting it aborts them
    QList<Waiter> m_waiters;
    bool m_callInFlight = false;
    QList<std::function<void()>> m_queuedCalls;
};

} // namespace eoc::usgs

#pragma once

#include "core/auth/AuthSession.h"
#include "core/auth/CredentialSource.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace eoc {

class NetworkAccess;
class SharedLimits;
struct HttpResponse;

// Where and as whom an OpenID Connect session logs in.
struct OidcConfig {
    QUrl tokenUrl;                    // the token endpoint (password and refresh grants)
    QUrl logoutUrl;                   // the end-session endpoint; empty: no logout
    QString clientId;
    QString clientSecret;             // for confidential clients whose secret is public (CREODIAS)
    bool needsOneTimeCode = false;    // every password login carries a TOTP code (CredentialSource::oneTimeCode)
    QString provider;                 // for the credentials lookup and for messages
    QString account;                  // the user name at the provider; empty: the default account
    QString limitKey;                 // the provider's request limits
    // Sessions of the account that all processes sharing their limits (NetworkAccess::
    // sharedLimits(): the workers of one queue) may hold at once; a login waits for one of them.
    // 0: no shared cap.
    int maxSessions = 0;
};

// An OpenID Connect session (Keycloak and friends) for one account: logs in with the password
// grant once, keeps the access token fresh with the refresh grant a little before it expires, and
// logs in again only when refreshing is refused. Every request of the account shares it, so a
// batch of downloads costs one login: services such as CDSE count each password grant as a
// session and cap them (100 per user). Tokens live in memory only.
class OidcSession final : public AuthSession
{
    Q_OBJECT
public:
    OidcSession(NetworkAccess *network, CredentialSource *credentials, OidcConfig config,
                QObject *parent = nullptr);
    ~OidcSession() override;

    void authorize(QObject *context, HeaderCallback callback) override;
    void invalidate() override;
    void end() override;
    // Ends the session and calls `done` when the provider has answered (or at once when there is
    // nothing to end).
    void end(QObject *context, std::function<void()> done);

    const OidcConfig &config() const { return m_config; }
    // A one-time code (TOTP) for the next password grant, for accounts with two-factor
    // authentication. Used once; refreshes need no code.
    void setOneTimeCode(const QString &code) { m_oneTimeCode = code; }
    bool hasSession() const { return !m_refreshToken.isEmpty() || !m_accessToken.isEmpty(); }

    // How often a login waiting for a shared session slot asks again.
    void setSessionWaitInterval(int milliseconds) { m_sessionWaitMs = milliseconds; }

    // How long before expiry a token is renewed: 10 % of its lifetime, at most 60 s.
    static std::chrono::milliseconds renewalMargin(std::chrono::milliseconds lifetime);

private:
    using Clock = std::chrono::steady_clock;
    struct Waiter {
        QPointer<QObject> context;
        HeaderCallback callback;
    };

    bool accessTokenFresh() const;
    bool refreshTokenUsable() const;
    void renew();
    void login();
    void sendLogin(const Credentials &credentials, const QString &code);
    void refresh();
    void sendGrant(const QByteArray &form, bool isRefresh);
    void onTokenResponse(const HttpResponse &response, bool isRefresh);
    void deliver(const Result<QPair<QByteArray, QByteArray>> &header);
    void clearTokens();
    Error tokenError(const HttpResponse &response, bool isRefresh) const;
    // Shared session cap: sends the login once this session holds one of the account's session
    // slots, asking again every few seconds while all are held elsewhere.
    void sendLoginWhenSessionFree(const Credentials &credentials, const QString &code);
    // The shared limits the slot is held with, while they are still the network's.
    SharedLimits *sessionLimits() const;
    QString sessionKey() const { return m_config.provider + QLatin1Char(':') + m_config.account; }
    void holdSessionFor(int seconds);
    void endSessionSlot();

    QPointer<NetworkAccess> m_network;
    CredentialSource *m_credentials = nullptr;
    OidcConfig m_config;
    QString m_oneTimeCode;

    QByteArray m_accessToken;
    QByteArray m_refreshToken;
    Clock::time_point m_renewAt;
    std::optional<Clock::time_point> m_refreshUsableUntil;

    bool m_busy = false;
    QList<Waiter> m_waiting;

    int m_sessionSlot = 0;                      // > 0: a shared session slot is held
    SharedLimits *m_sessionHeldWith = nullptr;  // compared only, never used once unset
    bool m_toldWaiting = false;
    int m_sessionWaitMs = 5000;
};

// URL-encodes a form body (application/x-www-form-urlencoded) so that '+', '&' and '=' in a
// password survive.
QByteArray encodeForm(const QList<QPair<QByteArray, QString>> &fields);

} // namespace eoc

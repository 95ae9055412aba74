#pragma once

#include "core/auth/CredentialSource.h"
#include "core/auth/OidcSession.h"
#include "core/model/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace eoc {

class NetworkAccess;
class SettingsView;

// The OpenID Connect login of `provider`'s accounts, from its settings (<provider>.token_url,
// .logout_url, .client_id); nullopt when the provider has no such login.
std::optional<OidcConfig> accountLoginConfig(const SettingsView &settings, const QString &provider,
                                             const QString &account);

// Checks one account: logs in once at the provider with the secret from the credential source and
// logs out again at once (providers count open sessions per user). For providers without a login
// that can be tested, it only confirms that the secret is there. Asynchronous; one check per
// object at a time. Neither the secret nor tokens ever appear in an outcome or error message.
class AccountCheck final : public QObject
{
    Q_OBJECT
public:
    struct Outcome {
        QString account;        // the account that was checked (the default one when none was named)
        bool loggedIn = false;  // false: no login to test, only the credentials lookup was checked
    };
    using Callback = std::function<void(const Result<Outcome> &)>;

    AccountCheck(NetworkAccess *network, CredentialSource *credentials, const SettingsView *settings,
                 QObject *parent = nullptr);
    ~AccountCheck() override;

    // A two-factor one-time code for the login of the next check.
    void setOneTimeCode(const QString &code) { m_oneTimeCode = code; }
    bool isRunning() const { return m_running; }

    // `account` empty: the provider's default account. `callback` runs once, unless `context` is
    // gone by then. A check started while another runs fails at once with a BadInput error.
    void start(const QString &provider, const QString &account, QObject *context, Callback callback);

private:
    void checkLogin(const OidcConfig &config);
    void checkSecretOnly(const QString &provider, const QString &account);
    void deliver(const Result<Outcome> &outcome);

    NetworkAccess *m_network = nullptr;
    CredentialSource *m_credentials = nullptr;
    const SettingsView *m_settings = nullptr;
    QString m_oneTimeCode;
    bool m_running = false;
    QPointer<QObject> m_context;
    Callback m_callback;
    std::shared_ptr<OidcSession> m_session;
    // The secret handed to the session, kept only while the check runs, so that a service that
    // echoes it back cannot put it into a message.
    std::unique_ptr<CredentialSource> m_recorder;
    QString m_secretSeen;
};

} // namespace eoc

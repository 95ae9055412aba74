#include "core/auth/AccountCheck.h"

#include "core/settings/SettingsView.h"

#include <QCoreApplication>
#include <QTimer>

namespace eoc {

namespace {

// Passes credentials through and remembers the secret it handed out.
class RecordingSource final : public CredentialSource
{
public:
    RecordingSource(CredentialSource *inner, QString *secret) : m_inner(inner), m_secret(secret) {}
    void credentials(const QString &provider, const QString &account, QObject *context,
                     Callback callback) override
    {
        QString *secret = m_secret;
        m_inner->credentials(provider, account, context,
                             [secret, callback = std::move(callback)](const Result<Credentials> &c) {
            if (c)
                *secret = c->secret;
            callback(c);
        });
    }

private:
    CredentialSource *m_inner = nullptr;
    QString *m_secret = nullptr;
};

// A message with every occurrence of the secret (plain or percent-encoded) blotted out.
QString withoutSecret(QString message, const QString &secret)
{
    if (secret.isEmpty())
        return message;
    const QString mask = QStringLiteral("********");
    message.replace(secret, mask);
    message.replace(QString::fromLatin1(QUrl::toPercentEncoding(secret)), mask);
    return message;
}

} // namespace

std::optional<OidcConfig> accountLoginConfig(const SettingsView &settings, const QString &provider,
                                             const QString &account)
{
    OidcConfig config;
    config.provider = provider;
    config.account = account;
    config.tokenUrl = QUrl(settings.value(provider + QStringLiteral(".token_url")));
    config.logoutUrl = QUrl(settings.value(provider + QStringLiteral(".logout_url")));
    config.clientId = settings.value(provider + QStringLiteral(".client_id"));
    config.limitKey = provider;
    if (!config.tokenUrl.isValid() || config.tokenUrl.isEmpty() || config.clientId.isEmpty())
        return std::nullopt;
    return config;
}

AccountCheck::AccountCheck(NetworkAccess *network, CredentialSource *credentials,
                           const SettingsView *settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(credentials)
    , m_settings(settings)
{
}

AccountCheck::~AccountCheck()
{
    m_secretSeen.fill(QLatin1Char('\0'));
}

void AccountCheck::start(const QString &provider, const QString &account, QObject *context, Callback callback)
{
    if (m_running) {
        QTimer::singleShot(0, context, [callback] {
            callback(Error(ErrorClass::BadInput, QCoreApplication::translate("AccountCheck", "An account check is already running")));
        });
        return;
    }
    m_running = true;
    m_context = context;
    m_callback = std::move(callback);
    if (!m_credentials) {
        QTimer::singleShot(0, this, [this, provider] {
            deliver(Error(ErrorClass::Auth, QCoreApplication::translate("AccountCheck", "No credentials for %1").arg(provider)));
        });
        return;
    }
    const auto config = m_settings ? accountLoginConfig(*m_settings, provider, account) : std::nullopt;
    if (config)
        checkLogin(*config);
    else
        checkSecretOnly(provider, account);
}

void AccountCheck::checkLogin(const OidcConfig &config)
{
    m_recorder = std::make_unique<RecordingSource>(m_credentials, &m_secretSeen);
    m_session = std::make_shared<OidcSession>(m_network, m_recorder.get(), config);
    if (!m_oneTimeCode.isEmpty())
        m_session->setOneTimeCode(m_oneTimeCode);
    m_oneTimeCode.clear();
    m_session->authorize(this, [this](const Result<QPair<QByteArray, QByteArray>> &header) {
        if (!header) {
            Error error = header.error();
            error.message = withoutSecret(error.message, m_secretSeen);
            deliver(error);
            return;
        }
        const Outcome outcome{m_session->config().account, true};
        // End the session again at once: the provider counts open sessions per user.
        m_session->end(this, [this, outcome] { deliver(outcome); });
    });
}

void AccountCheck::checkSecretOnly(const QString &provider, const QString &account)
{
    m_credentials->credentials(provider, account, this, [this, provider](const Result<Credentials> &credentials) {
        if (!credentials) {
            deliver(credentials.error());
            return;
        }
        if (credentials->secret.isEmpty()) {
            deliver(Error(ErrorClass::Auth, QCoreApplication::translate("AccountCheck", "There is no secret for %1 at %2: enter it again")
                                                .arg(credentials->account, provider)));
            return;
        }
        deliver(Outcome{credentials->account, false});
    });
}

void AccountCheck::deliver(const Result<Outcome> &outcome)
{
    m_running = false;
    m_secretSeen.fill(QLatin1Char('\0'));
    m_secretSeen.clear();
    // The session is done with; drop it later, not from inside its own callback.
    if (m_session) {
        QTimer::singleShot(0, this, [session = std::move(m_session),
                                     recorder = std::shared_ptr<CredentialSource>(std::move(m_recorder))] {});
    }
    Callback callback = std::move(m_callback);
    m_callback = nullptr;
    const QPointer<QObject> context = m_context;
    if (context && callback)
        callback(outcome);
}

} // namespace eoc

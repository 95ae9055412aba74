#include "core/auth/OidcSessionRegistry.h"

namespace eoc {

OidcSessionRegistry::OidcSessionRegistry(NetworkAccess *network, CredentialSource *credentials,
                                         QObject *parent, int maxSessions)
    : QObject(parent)
    , m_network(network)
    , m_credentials(credentials)
    , m_maxSessions(std::max(1, maxSessions))
{
}

OidcSessionRegistry::~OidcSessionRegistry() = default;

QString OidcSessionRegistry::keyFor(const OidcConfig &config)
{
    return config.provider + QLatin1Char('\n') + config.account + QLatin1Char('\n')
        + config.tokenUrl.toString() + QLatin1Char('\n') + config.clientId;
}

std::shared_ptr<OidcSession> OidcSessionRegistry::session(const OidcConfig &config)
{
    const QString key = keyFor(config);
    auto it = m_sessions.find(key);
    if (it == m_sessions.end()) {
        evictIfFull();
        Entry entry;
        entry.session = std::make_shared<OidcSession>(m_network, m_credentials, config);
        it = m_sessions.insert(key, entry);
    }
    it->lastUse = ++m_useCounter;
    return it->session;
}

void OidcSessionRegistry::evictIfFull()
{
    while (m_sessions.size() >= m_maxSessions) {
        auto victim = m_sessions.end();
        for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
            if (it->session.use_count() > 1)
                continue;                        // a transfer still uses it
            if (victim == m_sessions.end() || it->lastUse < victim->lastUse)
                victim = it;
        }
        if (victim == m_sessions.end())
            return;                              // all in use: allow one more for now
        victim->session->end();
        m_sessions.erase(victim);
    }
}

void OidcSessionRegistry::endAll()
{
    for (auto &entry : m_sessions)
        entry.session->end();
    m_sessions.clear();
}

} // namespace eoc

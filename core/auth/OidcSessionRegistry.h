#pragma once

#include "core/auth/OidcSession.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

namespace eoc {

// One live OpenID Connect session per provider and account, shared by every request of that
// account instead of a login per file. The number of sessions is bounded: past the bound the
// least recently used session nobody holds is ended (logout) and dropped.
class OidcSessionRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OidcSessionRegistry)
public:
    explicit OidcSessionRegistry(NetworkAccess *network, CredentialSource *credentials,
                                 QObject *parent = nullptr, int maxSessions = 8);
    ~OidcSessionRegistry() override;

    // The session for config's provider and account, created on first use.
    std::shared_ptr<OidcSession> session(const OidcConfig &config);
    int size() const { return int(m_sessions.size()); }
    // Logs every session out (when the program quits).
    void endAll();

    static QString keyFor(const OidcConfig &config);

private:
    struct Entry {
        std::shared_ptr<OidcSession> session;
        quint64 lastUse = 0;
    };
    void evictIfFull();

    NetworkAccess *m_network = nullptr;
    CredentialSource *m_credentials = nullptr;
    int m_maxSessions = 8;
    quint64 m_useCounter = 0;
    QHash<QString, Entry> m_sessions;
};

} // namespace eoc

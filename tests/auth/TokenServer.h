#pragma once

#include "tests/support/LocalHttpServer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QUrlQuery>

namespace eoc::test {

// A Keycloak-like OpenID Connect token endpoint on a LocalHttpServer, with short-lived tokens,
// and a protected resource that accepts only unexpired access tokens. Counts grants and refusals.
class TokenServer
{
public:
    explicit TokenServer(LocalHttpServer &server) : m_server(server)
    {
        m_clock.start();
        m_server.setHandler([this](const RecordedRequest &r) { return handle(r); });
    }

    QUrl tokenUrl() const { return m_server.url(QStringLiteral("/realms/test/protocol/openid-connect/token")); }
    QUrl logoutUrl() const { return m_server.url(QStringLiteral("/realms/test/protocol/openid-connect/logout")); }
    QUrl resourceUrl() const { return m_server.url(QStringLiteral("/data")); }

    QString username = QStringLiteral("alice");
    QString password = QStringLiteral("pa+ss&w=rd 1");
    QString requiredTotp;                 // non-empty: password grants need this `totp`
    QString clientId = QStringLiteral("test-client");
    QString requiredClientSecret;         // non-empty: every grant must carry this `client_secret`
    int accessLifetimeSeconds = 2;
    int refreshLifetimeSeconds = 60;
    bool refuseRefresh = false;
    int loginDelayMs = 0;

    int passwordGrants = 0;
    int refreshGrants = 0;
    int refusedGrants = 0;
    int resourceOk = 0;
    int resourceUnauthorized = 0;
    QList<QUrlQuery> logouts;
    QList<QUrlQuery> grantForms;

private:
    static QUrlQuery form(const QByteArray &body)
    {
        // Form bodies encode spaces as %20 or '+'; QUrlQuery reads both once '+' is made a space.
        QByteArray b = body;
        b.replace('+', "%20");
        return QUrlQuery(QString::fromLatin1(b));
    }

    CannedResponse issue(int delayMs)
    {
        const int n = ++m_issued;
        const QByteArray access = "access-" + QByteArray::number(n);
        const QByteArray refresh = "refresh-" + QByteArray::number(n);
        m_accessExpiry.insert(access, m_clock.elapsed() + accessLifetimeSeconds * 1000);
        m_refreshValid.insert(refresh, true);
        auto response = CannedResponse::json(
            "{\"access_token\":\"" + access + "\",\"expires_in\":" + QByteArray::number(accessLifetimeSeconds)
            + ",\"refresh_expires_in\":" + QByteArray::number(refreshLifetimeSeconds) + ",\"refresh_token\":\""
            + refresh + "\",\"token_type\":\"Bearer\",\"not-before-policy\":0,\"scope\":\"profile email\"}");
        response.delayMs = delayMs;
        return response;
    }

    CannedResponse refuse(const QByteArray &description)
    {
        ++refusedGrants;
        return CannedResponse::json("{\"error\":\"invalid_grant\",\"error_description\":\"" + description + "\"}", 400);
    }

    CannedResponse handle(const RecordedRequest &r)
    {
        const QString path = r.url().path();
        if (path == tokenUrl().path()) {
            const QUrlQuery f = form(r.body);
            grantForms.append(f);
            const QString grant = f.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
            if (f.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded) != clientId)
                return CannedResponse::json("{\"error\":\"invalid_client\"}", 401);
            if (!requiredClientSecret.isEmpty()
                && f.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded) != requiredClientSecret)
                return CannedResponse::json("{\"error\":\"unauthorized_client\",\"error_description\":\"Invalid client secret\"}", 401);
            if (grant == QLatin1String("password")) {
                ++passwordGrants;
                if (f.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded) != username
                    || f.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded) != password)
                    return CannedResponse::json("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}", 401);
                if (!requiredTotp.isEmpty() && f.queryItemValue(QStringLiteral("totp"), QUrl::FullyDecoded) != requiredTotp)
                    return refuse("Invalid authenticator code");
                return issue(loginDelayMs);
            }
            if (grant == QLatin1String("refresh_token")) {
                ++refreshGrants;
                const QByteArray token = f.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded).toLatin1();
                if (refuseRefresh || !m_refreshValid.value(token))
                    return refuse("Token is not active");
                return issue(0);
            }
            return CannedResponse::json("{\"error\":\"unsupported_grant_type\"}", 400);
        }
        if (path == logoutUrl().path()) {
            const QUrlQuery f = form(r.body);
            logouts.append(f);
            m_refreshValid.remove(f.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded).toLatin1());
            return CannedResponse::text("", 204);
        }
        if (path == resourceUrl().path()) {
            const QByteArray auth = r.header("Authorization");
            const QByteArray token = auth.startsWith("Bearer ") ? auth.mid(7) : QByteArray();
            if (!m_accessExpiry.contains(token) || m_accessExpiry.value(token) <= m_clock.elapsed()) {
                ++resourceUnauthorized;
                return CannedResponse::json("{\"detail\":\"Expired signature\"}", 401);
            }
            ++resourceOk;
            return CannedResponse::text("payload");
        }
        return CannedResponse::text("not found", 404);
    }

    LocalHttpServer &m_server;
    QElapsedTimer m_clock;
    int m_issued = 0;
    QHash<QByteArray, qint64> m_accessExpiry;
    QHash<QByteArray, bool> m_refreshValid;
};

} // namespace eoc::test

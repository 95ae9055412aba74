// TLS certificate problems are errors: never ignored, never retried. A real TLS server on
// loopback presents a self-signed certificate that nobody trusts.
#include "core/download/Transfer.h"
#include "core/net/NetworkAccess.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc;

namespace {

// Generated for this test only (openssl req -x509 -newkey rsa:2048 -nodes -days 36500
// -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1); it protects nothing.
constexpr char kCertificate[] = R"(-----BEGIN CERTIFICATE-----
MIIDHDCCAgSgAwIBAgIUBkH5P7vWls9+Wnjae8XFTFzLIVYwDQYJKoZIhvcNAQEL
BQAwFDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyNDA4Mjk0OVoYDzIxMjYx
MDMxMDgyOTQ5WjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwggEiMA0GCSqGSIb3DQEB
AQUAA4IBDwAwggEKAoIBAQCtvLrGEDeWclj+OvErRSZwhJY1QSMW2XLSKzlHK3Gk
QD1gd6T7sO4OEX43Sg+rH34zHIVWzyGgrOz7MA/WwcpGvUbLqOndLTfGSu6nfZ3j
tbnxA0rJv5vQli+fK+sWcgLdY+glGFk4Ro9p6rEAku4kszQSdyEwsHO8AAWwnWRW
3dv6LR2VU9Qer2qZ+bQFIVNQJz6dICW4IpXfm2b8qe7es3A7dut2Yil9Fzzo5vWr
uzlbImEp0ElsR7scpXm/LVYLVrkkiSHAkK9bbU0tpkBvDPeZHBHR0GqsiTvxyYB6
m/iEf6BmxwXIjxoz/4i7bvq1RlWcgj9hxOK5YUNWFFONAgMBAAGjZDBiMB0GA1Ud
DgQWBBSdHw/MuGGjZwYdW3qK4xqA5Q2CtjAfBgNVHSMEGDAWgBSdHw/MuGGjZwYd
W3qK4xqA5Q2CtjAPBgNVHRMBAf8EBTADAQH/MA8GA1UdEQQIMAaHBH8AAAEwDQYJ
KoZIhvcNAQELBQADggEBAKVTm58LIbEulaBjP1wmcxlvbYqi7hi6q+oyWYJFzWTc
U2/l2I52ZIORqCaoD4ofWAqtR/ZNHXt+isoaFOzt1vzDFVMeb3BQTaMDPwQ99BZl
yWtDkAoulUsPxX8LTq+9La7izqViT7qxe0WyhO+D6o0SWH4UddQnEOaNgPuT+Kfe
9h9RSkw+rHCF/+Z0TYdxv0Crh9PpVtjU+d0FoyEMITwXkwsS6ibj2EJUPPlH07E+
kso7Etk6Th+1ROG3KoBxlBrnngNs75dOD8w8qldNQ94IKXOkA2uT6jCMngUrsGHs
KH2F84KcAzSIf9euTXPqTGYM8XG9SiowwGale4msTpk=
-----END CERTIFICATE-----)";
constexpr char kPrivateKey[] = R"(-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCtvLrGEDeWclj+
OvErRSZwhJY1QSMW2XLSKzlHK3GkQD1gd6T7sO4OEX43Sg+rH34zHIVWzyGgrOz7
MA/WwcpGvUbLqOndLTfGSu6nfZ3jtbnxA0rJv5vQli+fK+sWcgLdY+glGFk4Ro9p
6rEAku4kszQSdyEwsHO8AAWwnWRW3dv6LR2VU9Qer2qZ+bQFIVNQJz6dICW4IpXf
m2b8qe7es3A7dut2Yil9Fzzo5vWruzlbImEp0ElsR7scpXm/LVYLVrkkiSHAkK9b
bU0tpkBvDPeZHBHR0GqsiTvxyYB6m/iEf6BmxwXIjxoz/4i7bvq1RlWcgj9hxOK5
YUNWFFONAgMBAAECggEAF9TmYuJZGa5ERlVT/R0+bVtGlnYBp/H6hdlPgVN0gnUc
ZjXrP+owcWYVY+SpGw5WG5E7OiHuCTIHTNp2Jb2N71+pzSh1sfTwrGbdb0S0Kobk
Q2rx8JQzvaxISoN1+y129qLsdmAtZuKI7By5HGzLNWYOi8TjHOBrc7umDCi+2YpZ
87u1jMHP/keF75K+oKBn+teWz1Ff70ZDtIEkVMsLzK33ncpwAUGkprZd8vTAEI/M
QCAYvi08jg0ID+TDqEhCEGTmoBpBusZ+3i8YgEXJoVIsGeAzA3/Ze13vowlD+BTQ
PiDFvO1/Wgi1JFtsIzqPpM6Cz1BkwPyzK+d9eEgPmQKBgQDWLD6Z60MrH0ZE1IvC
C/fs4Tb2ZmN/bXsXqbu1hemmfeOKmO9UA7PtkTDjx5frBu9fWjLVe/J/iCmQEdYP
tpIkaCz+zjV3BE7+0camaW/zlI/8O25I4EMGP99jl1ZQ5AdXIipP+HOCTGV6ULjS
J5IeWM2JIQuYD04pPC5xEt+cqQKBgQDPqt8/8K1rEKOGsIPjVv/K2ZjGguvp++j4
E6J8ok2IUt11M2lOHU9Q7zWv8JYVa6PW/L8yFUfdkxznoenYrd/KvSumRnCpQsK+
Iy2P/u4p91kYnD25dfH5H+KQV9yAFu6brRlPYsd98gMwpBsFz2jK7ELucij1qlg/
8mBS5/yKRQKBgGnxuwniwfg74UO9LGFSEFNiWRDsNz3ax3A+KzexRZJxZbSy0Hjr
1/6lutyCaFj/tjuh39GRHbUOgxjcadqeAo715YQqN3JndDhDRxQcxh9lFxC7yWNN
ZHpb8EJQo4ciNatZoDqs+V60MeKeub5jirluTkYOTbDrqUtmlMakgm75AoGBAI0N
QKoLbZ8FJC0+A7cMxp0fgzeCgX7iTfECVSFWlFb+AdGzY9lc6xzL/alNPoO6IwTJ
k4wPDEshu0ZRoaY9I35vUxCTU76DzAadmjruKxJyISAoL3yi8gIGeDsWknymFtfC
kShsrZeMJEKLlJczs7fxFd0jyVJjq6FznZ1yWQQJAoGAU2/AxWFyhDKzZbEhrHv1
w9nCwhgmZU72/QbDdomPY6JRRKOvxDklWV+FAS5NPurnNIdW1tdM0us4AaiP+T9z
hJynJsqclQE4wOCeNfAjU23ZGiy0LxDvmFMR2Sv9rlGRwr2f1+BJNUolEXsgiNoP
CRuNx9HI1tKy3fN9fNLjqy4=
-----END PRIVATE KEY-----)";

class SelfSignedServer
{
public:
    SelfSignedServer()
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(QByteArray(kCertificate)));
        config.setPrivateKey(QSslKey(QByteArray(kPrivateKey), QSsl::Rsa));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(config);
        QObject::connect(&m_server, &QSslServer::startedEncryptionHandshake, &m_server,
                         [this](QSslSocket *) { ++m_handshakes; });
        m_listening = m_server.listen(QHostAddress::LocalHost);
    }
    bool listening() const { return m_listening; }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    int handshakes() const { return m_handshakes; }

private:
    QSslServer m_server;
    int m_handshakes = 0;
    bool m_listening = false;
};

NetworkAccess::Policy fastPolicy()
{
    NetworkAccess::Policy p;
    p.baseBackoffMs = 10;
    p.maxBackoffMs = 40;
    return p;
}

} // namespace

TEST(NetworkTls, UntrustedCertificateFailsARequestForGood)
{
    if (!QSslSocket::supportsSsl())
        GTEST_SKIP() << "no TLS backend";
    SelfSignedServer server;
    ASSERT_TRUE(server.listening());
    NetworkAccess net;
    net.setPolicy(fastPolicy());
    HttpRequest request;
    request.url = server.url(QStringLiteral("/x"));
    request.maxAttempts = 4;
    auto *job = net.send(request);
    QSignalSpy finished(job, &HttpJob::finished);
    ASSERT_TRUE(finished.wait(20000));
    const auto response = finished.first().first().value<HttpResponse>();
    EXPECT_EQ(response.error.errorClass, ErrorClass::Permanent) << response.error.message.toStdString();
    EXPECT_FALSE(response.error.isRetryable());
    EXPECT_EQ(server.handshakes(), 1) << "a TLS failure must not be retried";
}

TEST(NetworkTls, UntrustedCertificateEndsATransferAndKeepsThePart)
{
    if (!QSslSocket::supportsSsl())
        GTEST_SKIP() << "no TLS backend";
    SelfSignedServer server;
    ASSERT_TRUE(server.listening());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString part = dir.filePath(QStringLiteral("f.part"));
    {
        QFile file(part);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("kept bytes");
    }
    NetworkAccess net;
    net.setPolicy(fastPolicy());
    TransferSpec spec;
    spec.url = server.url(QStringLiteral("/f"));
    spec.partPath = part;
    spec.resumeOffset = 10;
    Transfer transfer(&net, spec);
    QSignalSpy finished(&transfer, &Transfer::finished);
    transfer.start();
    ASSERT_TRUE(finished.wait(20000));
    const auto outcome = finished.first().first().value<TransferOutcome>();
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Permanent) << outcome.error.message.toStdString();
    EXPECT_EQ(outcome.bytesOnDisk, 10);
    EXPECT_EQ(server.handshakes(), 1);
}

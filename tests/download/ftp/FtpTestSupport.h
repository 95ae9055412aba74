#pragma once

#include "core/auth/CredentialSource.h"
#include "tests/download/transfer/TransferTestSupport.h"
#include "tests/support/FtpTestServer.h"

#include <QDir>
#include <QTimer>

namespace eoc::test {

// Answers every request with one user and password, and remembers what it was asked for.
class FixedCredentials final : public CredentialSource
{
public:
    FixedCredentials(QString user, QString password) : m_user(std::move(user)), m_password(std::move(password)) {}

    void credentials(const QString &provider, const QString &account, QObject *context, Callback callback) override
    {
        asked << provider + QLatin1Char(':') + account;
        Credentials found;
        found.provider = provider;
        found.account = m_user;
        found.secret = m_password;
        QTimer::singleShot(0, context, [callback, found] { callback(found); });
    }

    QStringList asked;

private:
    QString m_user;
    QString m_password;
};

inline int countCommandsStartingWith(const QStringList &commands, const QString &prefix)
{
    return int(std::count_if(commands.cbegin(), commands.cend(), [&prefix](const QString &c) { return c.startsWith(prefix); }));
}

inline void writeTreeFile(const QString &root, const QString &relative, const QByteArray &data)
{
    const QString path = root + QLatin1Char('/') + relative;
    ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
    writeFile(path, data);
}

// Transfers from a test FTP server whose files live in a temporary folder.
class FtpTransferTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_root.isValid());
        ASSERT_TRUE(m_dir.isValid());
        m_network.setPolicy(fastTransferPolicy());
    }

    // Starts a server on m_root; nullptr (and a failed test) when it does not come up.
    FtpTestServer *startServer(FtpTestServer::Options options = {})
    {
        options.root = m_root.path();
        m_server = std::make_unique<FtpTestServer>(options);
        if (!m_server->start()) {
            ADD_FAILURE() << m_server->errorText().toStdString();
            return nullptr;
        }
        return m_server.get();
    }

    TransferSpec specFor(const QUrl &url, CredentialSource *credentials)
    {
        TransferSpec spec;
        spec.url = url;
        spec.partPath = m_dir.filePath(QStringLiteral("scene.bin.part"));
        spec.ftpCredentials = credentials;
        spec.limitKey = QStringLiteral("ftp-test");
        spec.digestAlgorithms = {QStringLiteral("sha256")};
        return spec;
    }

    QTemporaryDir m_root;
    QTemporaryDir m_dir;
    NetworkAccess m_network;
    std::unique_ptr<FtpTestServer> m_server;
};

} // namespace eoc::test

#pragma once

// The CLI with secret headers as a user runs it: a separate process with its own HOME and XDG
// folders, servers on 127.0.0.1 and 127.0.0.2. Without EOC_KEYRING_TEST=live the program gets no
// keychain (D-Bus points nowhere, so a developer's own keychain is never touched);
// download-keyring-test.sh runs the tests inside a private D-Bus session with gnome-keyring.
#include "core/auth/CredentialStore.h"
#include "core/download/queue/DownloadSecrets.h"
#include "tests/download/queue/QueueTestSupport.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace eoc::test {

inline bool liveKeychain()
{
    return qEnvironmentVariable("EOC_KEYRING_TEST") == QLatin1String("live");
}

struct CliOutput {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class DownloadCredentials : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        ASSERT_TRUE(m_second.isListening()) << "127.0.0.2 must be reachable on loopback";
    }

    // The CLI in this test's HOME, served by this process's event loop.
    CliOutput runCli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        if (!liveKeychain())
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + m_home.filePath(QStringLiteral("no-bus")));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_home.path());
        p.start(QStringLiteral(EOC_CLI_PATH), args);
        EXPECT_TRUE(waitUntil([&p] { return p.state() == QProcess::NotRunning; }, 60000))
            << "CLI did not finish: " << args.join(QLatin1Char(' ')).toStdString();
        CliOutput r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    CliOutput download(const QUrl &url, const QStringList &extra)
    {
        return runCli(QStringList{QStringLiteral("download"), QStringLiteral("--url"), url.toString(QUrl::FullyEncoded),
                                  QStringLiteral("--output"), out()} + extra);
    }

    QString out() const { return m_home.filePath(QStringLiteral("out")); }
    QString journal() const { return m_home.filePath(QStringLiteral("data/eo-collector/queue.sqlite")); }

    // Every file under the user's config, data and cache folders that holds `bytes`.
    QStringList filesHolding(const QByteArray &bytes) const
    {
        QStringList found;
        for (const char *folder : {"config", "data", "cache"}) {
            QDirIterator it(m_home.filePath(QLatin1String(folder)), QDir::Files | QDir::Hidden | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (fileBytes(file).contains(bytes))
                    found << file;
            }
        }
        return found;
    }

    QList<QJsonObject> queueItems()
    {
        const CliOutput list = runCli({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")});
        QList<QJsonObject> items;
        for (const QByteArray &line : list.out.split('\n')) {
            if (!line.trimmed().isEmpty())
                items << QJsonDocument::fromJson(line).object();
        }
        return items;
    }

    // The journal's reference to the keychain entry of item `id` (empty: none).
    QString secretsRef(qint64 id) const
    {
        QString ref;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(journal());
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT secrets_ref FROM items WHERE id = ?"));
                q.addBindValue(id);
                if (q.exec() && q.next())
                    ref = q.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return ref;
    }

    // A first host that redirects /f.bin to the second, which serves the file.
    void redirectToSecondHost(const QByteArray &data)
    {
        m_first.route(QStringLiteral("/f.bin"), CannedResponse::redirect(m_second.url(QStringLiteral("/f.bin")).toEncoded()));
        m_second.setHandler([data](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    }

    // The whole story for one secret header.
    void secretHeaderReachesTheFirstHostOnly(const QByteArray &name)
    {
        const QByteArray secret = "tok-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QByteArray data = testPayload(40000);
        redirectToSecondHost(data);
        const CliOutput r = download(m_first.url(QStringLiteral("/f.bin")),
                               {QStringLiteral("--header"), QString::fromLatin1(name + ": Bearer " + secret)});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(fileBytes(out() + QStringLiteral("/f.bin")), data);
        ASSERT_EQ(m_first.requestCount(), 1);
        ASSERT_GE(m_second.requestCount(), 1);
        EXPECT_EQ(m_first.requests().first().header(name), "Bearer " + secret);
        for (const auto &request : m_second.requests())
            EXPECT_TRUE(request.header(name).isEmpty()) << name.constData() << " reached the redirect's host";
        EXPECT_TRUE(filesHolding(secret).isEmpty()) << filesHolding(secret).join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(r.out.contains(secret));
        EXPECT_FALSE(r.err.contains(secret));
        // Without a keychain the user is told the headers live in memory only.
        EXPECT_EQ(r.err.contains("in memory for this run only"), !liveKeychain()) << r.err.toStdString();
        ASSERT_TRUE(QFileInfo::exists(journal()));
        EXPECT_EQ(QFileInfo(journal()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
    }

    QTemporaryDir m_home;
    LocalHttpServer m_first{QHostAddress(QStringLiteral("127.0.0.1"))};
    LocalHttpServer m_second{QHostAddress(QStringLiteral("127.0.0.2"))};
};

} // namespace eoc::test

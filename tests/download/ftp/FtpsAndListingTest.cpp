// FTPS certificate trust (network.trusted_certificates) and folder listings walked with a mask.
#include "tests/download/ftp/FtpTestSupport.h"

#include "core/download/ftp/FtpFolderWalk.h"
#include "core/net/NetworkSettings.h"
#include "core/settings/SettingsView.h"

#include <QEventLoop>

using namespace eoc;
using namespace eoc::test;

namespace {

class MapSettings final : public SettingsView
{
public:
    QString value(const QString &key) const override { return values.value(key); }
    QHash<QString, QString> values;
};

// Runs a walk to its end: the files, or the error.
Result<QList<QUrl>> walk(const QUrl &folder, const QString &maskText, const FtpLogin &login)
{
    auto mask = FolderMask::parse(maskText);
    if (!mask)
        return mask.error();
    FtpFolderWalk walker(folder, mask.value(), login, {});
    QSignalSpy finished(&walker, &FtpFolderWalk::finished);
    QSignalSpy failed(&walker, &FtpFolderWalk::failed);
    QEventLoop loop;
    QObject::connect(&walker, &FtpFolderWalk::finished, &loop, &QEventLoop::quit);
    QObject::connect(&walker, &FtpFolderWalk::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    walker.start();
    loop.exec();
    if (finished.isEmpty() && failed.isEmpty())
        return Error(ErrorClass::Transient, QStringLiteral("the walk did not end"));
    if (!failed.isEmpty())
        return failed.first().first().value<Error>();
    return finished.first().first().value<QList<QUrl>>();
}

QStringList paths(const QList<QUrl> &urls)
{
    QStringList out;
    for (const QUrl &url : urls)
        out << url.path();
    return out;
}

} // namespace

TEST_F(FtpTransferTest, FtpsWithASelfSignedCertificateIsRefusedUntilTrusted)
{
    const QByteArray data = patternBytes(200 * 1000, 11);
    writeFile(m_root.filePath(QStringLiteral("scene.bin")), data);
    FtpTestServer::Options options;
    options.tls = true;
    FtpTestServer *server = startServer(options);
    ASSERT_TRUE(server);
    FixedCredentials credentials(QStringLiteral("u"), QStringLiteral("p"));
    const TransferSpec spec = specFor(server->url(QStringLiteral("scene.bin")), &credentials);
    ASSERT_EQ(spec.url.scheme(), QStringLiteral("ftps"));

    const TransferOutcome refused = runTransfer(m_network, spec);
    EXPECT_EQ(refused.error.errorClass, ErrorClass::Permanent) << refused.error.toString().toStdString();
    EXPECT_TRUE(refused.error.message.contains(QStringLiteral("127.0.0.1")));
    EXPECT_TRUE(refused.error.message.contains(QStringLiteral("network.trusted_certificates")));
    EXPECT_FALSE(refused.attemptsExhausted);   // not retried: asking again changes nothing
    EXPECT_EQ(refused.failedAttempts, 0);
    EXPECT_EQ(countCommandsStartingWith(server->commands(), QStringLiteral("RETR")), 0);

    MapSettings settings;
    settings.values.insert(QStringLiteral("network.trusted_certificates"), server->certificatePath());
    ASSERT_FALSE(applyNetworkSettings(m_network, settings).isError());
    const TransferOutcome trusted = runTransfer(m_network, spec);
    ASSERT_FALSE(trusted.error.isError()) << trusted.error.toString().toStdString();
    EXPECT_EQ(readFile(spec.partPath), data);
    // Explicit FTPS: the connection was secured (AUTH) before the login.
    const QStringList commands = server->commands();
    ASSERT_FALSE(commands.isEmpty());
    EXPECT_TRUE(commands.first().startsWith(QStringLiteral("AUTH "))) << commands.join(QLatin1Char(' ')).toStdString();
}

TEST(FtpTrustSetting, NamesAFileThatIsNotACertificate)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-cert.pem"));
    writeFile(path, "hello");
    NetworkAccess network;
    MapSettings settings;
    settings.values.insert(QStringLiteral("network.trusted_certificates"), path);
    const Error error = applyNetworkSettings(network, settings);
    EXPECT_EQ(error.errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(error.message.contains(path));
    EXPECT_TRUE(network.trustedCertificates().isEmpty());
}

TEST_F(FtpTransferTest, MaskWalksFoldersLevelByLevel)
{
    const QString root = m_root.path();
    writeTreeFile(root, QStringLiteral("data/2021/032/MOD_21032.hdf"), "a");
    writeTreeFile(root, QStringLiteral("data/2021/033/MOD_21033.hdf.gz"), "b");
    writeTreeFile(root, QStringLiteral("data/2021/033/notes.txt"), "c");
    writeTreeFile(root, QStringLiteral("data/2021/400/MOD_21400.hdf"), "d");       // no day 400
    writeTreeFile(root, QStringLiteral("data/2020/366/MOD_20366.hdf"), "e");
    writeTreeFile(root, QStringLiteral("data/2020/366/MOD_2020366.hdf"), "f");     // four-digit year
    writeTreeFile(root, QStringLiteral("data/misc/MOD_21032.hdf"), "g");
    FtpTestServer *server = startServer();
    ASSERT_TRUE(server);

    const auto files = walk(server->url(QStringLiteral("data/")), QStringLiteral("%Y/%JJJ/MOD_%YY%JJJ.hdf"),
                            FtpLogin{QStringLiteral("u"), QStringLiteral("p")});
    ASSERT_TRUE(files.ok()) << files.error().toString().toStdString();
    EXPECT_EQ(paths(files.value()), (QStringList{QStringLiteral("/data/2020/366/MOD_20366.hdf"),
                                                 QStringLiteral("/data/2021/032/MOD_21032.hdf"),
                                                 QStringLiteral("/data/2021/033/MOD_21033.hdf.gz")}));
}

TEST_F(FtpTransferTest, MaskOverAMissingFolderIsNotFound)
{
    FtpTestServer *server = startServer();
    ASSERT_TRUE(server);
    const auto files = walk(server->url(QStringLiteral("nowhere/")), QStringLiteral("*.tif"),
                            FtpLogin{QStringLiteral("u"), QStringLiteral("p")});
    ASSERT_FALSE(files.ok());
    EXPECT_EQ(files.error().errorClass, ErrorClass::NotFound) << files.error().toString().toStdString();
}

// End-to-end: the real CLI searches a local Copernicus Data Space catalogue, then downloads the
// result through the dataspace provider, logging in at a local OpenID Connect endpoint and
// fetching the product from a separate, trusted download host.

#include "core/download/hash/Blake3.h"
#include "core/model/Error.h"
#include "tests/auth/TokenServer.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/ZipPayload.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

using namespace eoc::test;

namespace {

// The first product of a recorded catalogue page, alone on its page, with its size and checksums
// replaced by those of the bytes the download host serves.
QByteArray cataloguePage(const QByteArray &payload, const QString &md5Override = {})
{
    const QJsonObject recorded =
        QJsonDocument::fromJson(readTestData(QStringLiteral("dataspace/products_s1_2014-04_p1_count_expand_attributes.json"))).object();
    QJsonObject product = recorded.value(QStringLiteral("value")).toArray().first().toObject();
    const QString md5 = md5Override.isEmpty()
                            ? QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Md5).toHex())
                            : md5Override;
    const QString blake3 = QString::fromLatin1(eoc::Blake3Hasher::hash(payload).toHex());
    QJsonArray checksums = product.value(QStringLiteral("Checksum")).toArray();
    for (qsizetype i = 0; i < checksums.size(); ++i) {
        QJsonObject c = checksums.at(i).toObject();
        const QString algorithm = c.value(QStringLiteral("Algorithm")).toString();
        c.insert(QStringLiteral("Value"), algorithm == QLatin1String("MD5") ? md5 : blake3);
        checksums.replace(i, c);
    }
    product.insert(QStringLiteral("Checksum"), checksums);
    product.insert(QStringLiteral("ContentLength"), qint64(payload.size()));
    QJsonObject page;
    page.insert(QStringLiteral("@odata.context"), recorded.value(QStringLiteral("@odata.context")));
    page.insert(QStringLiteral("@odata.count"), 1);
    page.insert(QStringLiteral("value"), QJsonArray{product});
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

struct CliRunResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the CLI while this thread's event loop keeps the local servers answering.
CliRunResult runCliServing(const QString &home, const QStringList &args)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("EOC_DATASPACE_USERNAME"), QStringLiteral("alice"));
    env.insert(QStringLiteral("EOC_DATASPACE_PASSWORD"), QStringLiteral("pa+ss&w=rd 1"));
    cli.setProcessEnvironment(env);
    cli.start(QString::fromUtf8(EOC_CLI_PATH), args);
    QSignalSpy done(&cli, &QProcess::finished);
    EXPECT_TRUE(done.wait(60000));
    return {cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1,
            QString::fromUtf8(cli.readAllStandardOutput()), QString::fromUtf8(cli.readAllStandardError())};
}

struct Services {
    LocalHttpServer tokenHost;                               // 127.0.0.1: OpenID Connect
    TokenServer tokens{tokenHost};
    LocalHttpServer catalogue;                               // 127.0.0.1: OData search
    LocalHttpServer download{QHostAddress(QStringLiteral("127.0.0.2"))};
    QByteArray payload = zipPayload();
    QString md5Override;
    std::optional<CannedResponse> refusal;                   // the download host's answer instead of the bytes
    LocalHttpServer storage{QHostAddress(QStringLiteral("127.0.0.3"))};   // an untrusted host serving the bytes
    bool redirectToStorage = false;
    QList<QByteArray> downloadAuthorizations;

    Services()
    {
        tokens.accessLifetimeSeconds = 600;
        catalogue.setHandler([this](const RecordedRequest &r) {
            if (r.url().path() == QLatin1String("/odata/v1/Products"))
                return CannedResponse::json(cataloguePage(payload, md5Override));
            return CannedResponse::json("{\"detail\":\"Not found\"}", 404);
        });
        storage.setHandler([this](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, payload); });
        download.setHandler([this](const RecordedRequest &r) {
            const QByteArray auth = r.header("Authorization");
            downloadAuthorizations << auth;
            if (auth != "Bearer access-1")
                return CannedResponse::json("{\"detail\":\"Expired signature!\"}", 401);
            if (refusal)
                return *refusal;
            if (redirectToStorage)
                return CannedResponse::redirect(storage.url(QStringLiteral("/eodata/product.zip")).toEncoded());
            if (!r.url().path().endsWith(QLatin1String("/$value")))
                return CannedResponse::json("{\"detail\":\"Not found\"}", 404);
            return LocalHttpServer::serveBytes(r, payload);
        });
    }

    QStringList settings() const
    {
        return {QStringLiteral("--set"), QStringLiteral("dataspace.odata_url=") + catalogue.url(QStringLiteral("/odata/v1")).toString(),
                QStringLiteral("--set"), QStringLiteral("dataspace.token_url=") + tokens.tokenUrl().toString(),
                QStringLiteral("--set"), QStringLiteral("dataspace.logout_url=") + tokens.logoutUrl().toString(),
                QStringLiteral("--set"), QStringLiteral("dataspace.client_id=test-client"),
                QStringLiteral("--set"), QStringLiteral("dataspace.download_url=") + download.url(QStringLiteral("/odata/v1")).toString()};
    }

    CliRunResult searchThenDownload(const QTemporaryDir &work, const QString &outDir, const QStringList &downloadOptions = {})
    {
        const QString results = work.filePath(QStringLiteral("results.json"));
        const auto search = runCliServing(work.path(), settings() + QStringList{
            QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("dataspace"),
            QStringLiteral("--collection"), QStringLiteral("SENTINEL-1"), QStringLiteral("--bbox"), QStringLiteral("-180,-90,180,90"),
            QStringLiteral("--start"), QStringLiteral("2014-04-01"), QStringLiteral("--end"), QStringLiteral("2014-04-30"),
            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), results});
        EXPECT_EQ(search.exitCode, 0) << search.err.toStdString();
        EXPECT_TRUE(QFile::exists(results));
        return runCliServing(work.path(), settings() + QStringList{QStringLiteral("download"), QStringLiteral("--from"), results,
                                                            QStringLiteral("--output"), outDir} + downloadOptions);
    }

    bool loopbackHostSawAuthorization() const
    {
        for (const LocalHttpServer *server : {&tokenHost, &catalogue, &storage}) {
            const auto requests = server->requests();
            for (const auto &r : requests) {
                if (!r.header("Authorization").isEmpty())
                    return true;
            }
        }
        return false;
    }
};

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

TEST(DataspaceDownloadE2E, SearchThenDownloadLogsInOnceAndSendsTheTokenOnlyToTheDownloadHost)
{
    Services services;
    QTemporaryDir work;
    const QString out = work.filePath(QStringLiteral("out"));
    const auto run = services.searchThenDownload(work, out);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();

    const QStringList files = filesIn(out);
    ASSERT_EQ(files.size(), 1) << files.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(files.first(), QStringLiteral("S1A_AUX_INS_V20140406T010000_G20140409T142540.zip"));
    QFile file(QDir(out).filePath(files.first()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll() == services.payload);

    EXPECT_EQ(services.tokens.passwordGrants, 1);
    ASSERT_FALSE(services.downloadAuthorizations.isEmpty());
    EXPECT_TRUE(services.downloadAuthorizations.contains(QByteArray("Bearer access-1")));
    const auto downloads = services.download.requests();
    EXPECT_TRUE(downloads.first().url().path().endsWith(
        QStringLiteral("/odata/v1/Products(67360f3a-f36b-11ef-9d3f-0050561a7772)/$value")))
        << downloads.first().target.toStdString();
    EXPECT_GE(services.catalogue.requestCount(), 1);
    EXPECT_FALSE(services.loopbackHostSawAuthorization()) << "a token went to a host that is not trusted";
}

// The download host sends the client on to another host, as the service does: the redirect is
// followed, and the token stays with the trusted download host.
TEST(DataspaceDownloadE2E, RedirectToAnotherHostIsFollowedWithoutTheToken)
{
    Services services;
    services.redirectToStorage = true;
    QTemporaryDir work;
    const QString out = work.filePath(QStringLiteral("out"));
    const auto run = services.searchThenDownload(work, out);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    QFile file(QDir(out).filePath(QStringLiteral("S1A_AUX_INS_V20140406T010000_G20140409T142540.zip")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll() == services.payload);
    EXPECT_TRUE(services.downloadAuthorizations.contains(QByteArray("Bearer access-1")));
    EXPECT_GE(services.storage.requestCount(), 1);
    EXPECT_FALSE(services.loopbackHostSawAuthorization()) << "a token went to a host that is not trusted";
    EXPECT_EQ(services.tokens.passwordGrants, 1);
}

TEST(DataspaceDownloadE2E, WrongCatalogueChecksumFailsWithAnIntegrityErrorAndLeavesNothing)
{
    Services services;
    services.md5Override = QStringLiteral("00112233445566778899aabbccddeeff");
    QTemporaryDir work;
    const QString out = work.filePath(QStringLiteral("out"));
    const auto run = services.searchThenDownload(work, out);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("checksum mismatch"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("00112233445566778899aabbccddeeff"))) << run.err.toStdString();
    EXPECT_TRUE(filesIn(out).isEmpty()) << filesIn(out).join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(services.downloadAuthorizations.isEmpty()) << "the product was fetched before it was rejected";
}

// The download host's refusal reaches the item's error with the service's own words, and a
// used-up quota is classed as such rather than as a bare HTTP status.
TEST(DataspaceDownloadE2E, QuotaRefusalFailsTheItemWithTheServicesMessage)
{
    Services services;
    services.refusal = CannedResponse::json("{\"detail\":\"Monthly transfer quota exceeded\"}", 403);
    QTemporaryDir work;
    const QString out = work.filePath(QStringLiteral("out"));
    const auto run = services.searchThenDownload(work, out, {QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    QJsonObject last;
    const auto lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.value(QStringLiteral("error")).isString())
            last = o;
    }
    ASSERT_FALSE(last.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(last.value(QStringLiteral("error_class")).toString(), eoc::errorClassName(eoc::ErrorClass::Quota));
    EXPECT_TRUE(last.value(QStringLiteral("error")).toString().contains(QStringLiteral("Monthly transfer quota exceeded")))
        << run.out.toStdString();
    EXPECT_TRUE(last.value(QStringLiteral("error")).toString().contains(QStringLiteral("HTTP 403")));
    // A failed item may keep its (empty) part for a later retry, but no product file appears.
    const QStringList left = filesIn(out);
    for (const QString &name : left)
        EXPECT_TRUE(name.endsWith(QStringLiteral(".part"))) << name.toStdString();
}

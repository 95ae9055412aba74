// CREODIAS end to end through the real CLI: the catalogue (127.0.0.1) replays the recorded
// CREODIAS OData answer, Keycloak (127.0.0.1) demands the client secret and a one-time code, and
// the zipper (127.0.0.2) serves products only with the session's bearer token.

#include "tests/auth/TokenServer.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/ZipPayload.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace eoc::test;

namespace {

const QString kRecording = QStringLiteral("dataspace/creodias_products_s1_grd_p1_count.json");

QJsonArray recordedProducts()
{
    return QJsonDocument::fromJson(readTestData(kRecording)).object().value(QStringLiteral("value")).toArray();
}

// The recorded product named in a Name filter, alone on its page, with the size and MD5 of the
// bytes the zipper serves (the recording lists ContentLength 0 and no checksums).
QByteArray lookupPage(const QString &filter, const QByteArray &payload)
{
    QJsonArray found;
    for (const auto &v : recordedProducts()) {
        QJsonObject product = v.toObject();
        const QString name = product.value(QStringLiteral("Name")).toString();
        if (!filter.contains(QLatin1Char('\'') + name + QLatin1Char('\'')))
            continue;
        product.insert(QStringLiteral("ContentLength"), qint64(payload.size()));
        product.insert(QStringLiteral("Checksum"),
                       QJsonArray{QJsonObject{{QStringLiteral("Algorithm"), QStringLiteral("MD5")},
                                              {QStringLiteral("Value"), QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Md5).toHex())}}});
        found.append(product);
    }
    QJsonObject page{{QStringLiteral("@odata.context"), QStringLiteral("$metadata#Products(Attributes())")},
                     {QStringLiteral("@odata.count"), found.size()},
                     {QStringLiteral("value"), found}};
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

QString sceneName(int i)
{
    QString name = recordedProducts().at(i).toObject().value(QStringLiteral("Name")).toString();
    name.chop(5);   // .SAFE
    return name;
}

struct Creodias {
    LocalHttpServer identity;                                           // Keycloak
    TokenServer tokens{identity};
    LocalHttpServer catalogue;                                          // datahub
    LocalHttpServer zipper{QHostAddress(QStringLiteral("127.0.0.2"))};
    QByteArray payload = zipPayload();
    QList<QByteArray> zipperAuthorizations;
    QTemporaryDir home;

    Creodias()
    {
        tokens.clientId = QStringLiteral("CLOUDFERRO_PUBLIC");
        tokens.requiredClientSecret = QStringLiteral("public-secret");
        tokens.requiredTotp = QStringLiteral("654321");
        tokens.accessLifetimeSeconds = 600;
        catalogue.setHandler([this](const RecordedRequest &r) {
            if (r.url().path() != QLatin1String("/odata/v1/Products"))
                return CannedResponse::json("{\"detail\":\"Not found\"}", 404);
            const QString filter = QUrlQuery(r.url()).queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded);
            if (filter.startsWith(QLatin1String("(Name eq")))   // a lookup by product name
                return CannedResponse::json(lookupPage(filter, payload));
            return CannedResponse::json(readTestData(kRecording));
        });
        zipper.setHandler([this](const RecordedRequest &r) {
            zipperAuthorizations << r.header("Authorization");
            if (r.header("Authorization") != "Bearer access-1")
                return CannedResponse::json("{\"detail\":\"Expired signature!\"}", 401);
            return LocalHttpServer::serveBytes(r, payload);
        });
    }

    QStringList settings() const
    {
        return {QStringLiteral("--set"), QStringLiteral("creodias.odata_url=") + catalogue.url(QStringLiteral("/odata/v1")).toString(),
                QStringLiteral("--set"), QStringLiteral("creodias.token_url=") + tokens.tokenUrl().toString(),
                QStringLiteral("--set"), QStringLiteral("creodias.client_secret=public-secret"),
                QStringLiteral("--set"), QStringLiteral("creodias.download_url=") + zipper.url(QStringLiteral("/odata/v1")).toString()};
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("EOC_CREODIAS_USERNAME"), tokens.username);
        env.insert(QStringLiteral("EOC_CREODIAS_PASSWORD"), tokens.password);
        return env;
    }

    CliRun download(const QString &out, const QStringList &extra, const QByteArray &stdinData)
    {
        return runCli(settings() + QStringList{QStringLiteral("download"), QStringLiteral("--provider"), QStringLiteral("creodias"),
                                               QStringLiteral("--collection"), QStringLiteral("GRD"),
                                               QStringLiteral("--scene-id"), sceneName(0), QStringLiteral("--scene-id"), sceneName(1),
                                               QStringLiteral("--output"), out} + extra,
                      environment(), stdinData);
    }

    // Whether any file the program kept (journal, settings, caches) holds `secret`.
    bool keptAnywhere(const QByteArray &secret) const
    {
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret))
                return true;
        }
        return false;
    }
};

} // namespace

TEST(CreodiasCli, SearchListsTheRecordedProductsWithoutLoggingIn)
{
    Creodias creodias;
    QTemporaryDir work;
    const QString results = work.filePath(QStringLiteral("results.json"));
    const auto run = runCli(creodias.settings() + QStringList{
        QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("creodias"), QStringLiteral("--collection"), QStringLiteral("GRD"),
        QStringLiteral("--start"), QStringLiteral("2014-10-01"), QStringLiteral("--end"), QStringLiteral("2014-10-31"),
        QStringLiteral("--limit"), QStringLiteral("10"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), results},
        creodias.environment());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    QFile file(results);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    const QJsonArray listed = QJsonDocument::fromJson(written).object().value(QStringLiteral("results")).toArray();
    ASSERT_EQ(listed.size(), 10) << written.left(2000).toStdString() << run.err.toStdString();
    const QJsonObject first = listed.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("provider")).toString(), QStringLiteral("creodias"));
    EXPECT_EQ(first.value(QStringLiteral("scene_id")).toString(), sceneName(0));
    EXPECT_EQ(first.value(QStringLiteral("remote_id")).toString(), QStringLiteral("78d5c597-78e9-56e8-b4ea-3c2aa92a5d4e"));
    EXPECT_FALSE(first.value(QStringLiteral("footprint")).toObject().isEmpty()) << "every product has its footprint";

    // The catalogue is asked anonymously, for GRD products of Sentinel-1 in the user's dates.
    const auto requests = creodias.catalogue.requests();
    ASSERT_FALSE(requests.isEmpty());
    const QString filter = QUrlQuery(requests.first().url()).queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded);
    EXPECT_TRUE(filter.contains(QStringLiteral("Collection/Name eq 'SENTINEL-1'"))) << filter.toStdString();
    EXPECT_TRUE(filter.contains(QStringLiteral("IW_GRDH_1S"))) << filter.toStdString();
    EXPECT_TRUE(filter.contains(QStringLiteral("ContentDate/Start ge 2014-10-01T00:00:00.000Z"))) << filter.toStdString();
    for (const auto &r : requests)
        EXPECT_TRUE(r.header("Authorization").isEmpty());
    EXPECT_EQ(creodias.tokens.passwordGrants, 0);
}

TEST(CreodiasCli, ABatchDownloadsWithOneLoginAndOneCodeAndKeepsNoToken)
{
    Creodias creodias;
    QTemporaryDir work;
    const QString out = work.filePath(QStringLiteral("out"));
    const auto run = creodias.download(out, {QStringLiteral("--one-time-code")}, "654321\n");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();

    for (int i : {0, 1}) {
        QFile file(QDir(out).filePath(sceneName(i) + QStringLiteral(".zip")));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
        EXPECT_TRUE(file.readAll() == creodias.payload);
    }
    // One login for the batch, carrying the client secret and the one-time code.
    EXPECT_EQ(creodias.tokens.passwordGrants, 1);
    ASSERT_FALSE(creodias.tokens.grantForms.isEmpty());
    const QUrlQuery login = creodias.tokens.grantForms.first();
    EXPECT_EQ(login.queryItemValue(QStringLiteral("totp")), QStringLiteral("654321"));
    EXPECT_EQ(login.queryItemValue(QStringLiteral("client_id")), QStringLiteral("CLOUDFERRO_PUBLIC"));
    EXPECT_EQ(login.queryItemValue(QStringLiteral("client_secret")), QStringLiteral("public-secret"));

    // The token went to the zipper, in a header, never in a URL; the catalogue never saw it.
    EXPECT_GE(creodias.zipperAuthorizations.count(QByteArray("Bearer access-1")), 2);
    for (const auto &r : creodias.zipper.requests())
        EXPECT_FALSE(r.target.contains("token")) << r.target.toStdString();
    for (const auto &r : creodias.catalogue.requests())
        EXPECT_TRUE(r.header("Authorization").isEmpty());
    // Nothing the program kept holds the token, the refresh token, the code or the password.
    EXPECT_FALSE(creodias.keptAnywhere("access-1"));
    EXPECT_FALSE(creodias.keptAnywhere("refresh-1"));
    EXPECT_FALSE(creodias.keptAnywhere("654321"));
    EXPECT_FALSE(creodias.keptAnywhere(creodias.tokens.password.toUtf8()));
}

TEST(CreodiasCli, WithoutAOneTimeCodeNoLoginIsTriedAndTheErrorNamesTheOption)
{
    Creodias creodias;
    QTemporaryDir work;
    const auto run = creodias.download(work.filePath(QStringLiteral("out")), {}, {});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("--one-time-code")) << run.err.toStdString();
    EXPECT_EQ(creodias.tokens.passwordGrants, 0);
    EXPECT_TRUE(creodias.zipper.requests().isEmpty());
}

TEST(CreodiasCli, AWrongOneTimeCodeIsReportedWithKeycloaksWords)
{
    Creodias creodias;
    QTemporaryDir work;
    const auto run = creodias.download(work.filePath(QStringLiteral("out")), {QStringLiteral("--one-time-code")}, "000000\n");
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("Invalid authenticator code")) << run.err.toStdString();
    EXPECT_TRUE(creodias.zipper.requests().isEmpty());
}

TEST(CreodiasCli, OnAMachineWithTheEodataStoreTheProductIsCopiedWithoutALogin)
{
    Creodias creodias;
    // The store as CREODIAS machines mount it, holding the first product's folder at its S3Path.
    QTemporaryDir mount;
    const QString s3 = recordedProducts().at(0).toObject().value(QStringLiteral("S3Path")).toString();
    ASSERT_TRUE(s3.startsWith(QStringLiteral("/eodata/")));
    const QString safe = mount.filePath(s3.mid(8));
    ASSERT_TRUE(QDir().mkpath(safe + QStringLiteral("/measurement")));
    const QByteArray manifest = "<xfdu:XFDU/>";
    const QByteArray tiff(300 * 1024, 'g');
    for (const auto &[name, bytes] : {std::pair{QStringLiteral("manifest.safe"), manifest},
                                      std::pair{QStringLiteral("measurement/s1a-iw-grd.tiff"), tiff}}) {
        QFile f(safe + QLatin1Char('/') + name);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    QTemporaryDir work;
    const QString out = work.filePath(QStringLiteral("out"));
    const CliRun run = runCli(creodias.settings() + QStringList{QStringLiteral("--set"), QStringLiteral("creodias.eodata_mount=") + mount.path(),
                                                                QStringLiteral("download"), QStringLiteral("--provider"), QStringLiteral("creodias"),
                                                                QStringLiteral("--collection"), QStringLiteral("GRD"),
                                                                QStringLiteral("--scene-id"), sceneName(0), QStringLiteral("--output"), out},
                              creodias.environment());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    const QString copied = QDir(out).filePath(QFileInfo(safe).fileName());
    QFile m(copied + QStringLiteral("/manifest.safe"));
    ASSERT_TRUE(m.open(QIODevice::ReadOnly)) << m.fileName().toStdString();
    EXPECT_TRUE(m.readAll() == manifest);
    QFile t(copied + QStringLiteral("/measurement/s1a-iw-grd.tiff"));
    ASSERT_TRUE(t.open(QIODevice::ReadOnly));
    EXPECT_TRUE(t.readAll() == tiff);
    EXPECT_EQ(creodias.tokens.passwordGrants, 0) << "no login for a copy";
    EXPECT_TRUE(creodias.zipper.requests().isEmpty()) << "nothing downloaded";
}

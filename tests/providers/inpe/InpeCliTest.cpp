// The inpe provider through the real CLI: a search lists the recorded CBERS-4 scenes with their
// footprints, and a download sends the registered e-mail to INPE's hosts only, keeps it out of
// every file, and reports INPE's refusal of an unknown address.
#include "tests/cli/CliRunner.h"
#include "tests/support/LocalHttpServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace eoc::test;

namespace {

const QString kRecording = QStringLiteral("inpe/stac_compose_search_cbers4_awfi_l4_dn_plus_aws_timeout.json");
const QString kEmail = QStringLiteral("someone@example.org");

// INPE's catalogue (the search endpoint) and its download service on one local host, which is the
// catalogue's host and so INPE's as far as the provider is concerned.
struct InpeService {
    LocalHttpServer server;
    QStringList emailsSeen;

    InpeService()
    {
        server.setHandler([this](const RecordedRequest &r) { return answer(r); });
    }

    QUrl searchUrl() const { return server.url(QStringLiteral("/stac-compose/stac/search/")); }

    // The recorded answer, served as recorded for searches; for the download test, its first
    // scene alone with its asset links moved to this server (the recorded links point to the
    // machine the recording was made on).
    QByteArray searchAnswer(bool localAssets) const
    {
        const QByteArray recorded = readTestData(kRecording);
        if (!localAssets)
            return recorded;
        QJsonObject root = QJsonDocument::fromJson(recorded).object();
        QJsonObject cdsr = root.value(QStringLiteral("INPE-CDSR")).toObject();
        QJsonObject fc = cdsr.value(QStringLiteral("CBERS4_AWFI_L4_DN")).toObject();
        QJsonObject feature = fc.value(QStringLiteral("features")).toArray().first().toObject();
        QJsonObject assets = feature.value(QStringLiteral("assets")).toObject();
        for (auto it = assets.begin(); it != assets.end(); ++it) {
            QJsonObject a = it.value().toObject();
            QUrl href(a.value(QStringLiteral("href")).toString());
            href.setScheme(QStringLiteral("http"));
            href.setHost(server.hostName());
            href.setPort(server.port());
            a.insert(QStringLiteral("href"), href.toString());
            it.value() = a;
        }
        feature.insert(QStringLiteral("assets"), assets);
        fc.insert(QStringLiteral("features"), QJsonArray{feature});
        fc.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("page"), 1}, {QStringLiteral("limit"), 1000},
                                                         {QStringLiteral("matched"), 1}, {QStringLiteral("returned"), 1}});
        return QJsonDocument(QJsonObject{{QStringLiteral("INPE-CDSR"), QJsonObject{{QStringLiteral("CBERS4_AWFI_L4_DN"), fc}}}})
            .toJson(QJsonDocument::Compact);
    }

    bool localAssets = false;

    CannedResponse answer(const RecordedRequest &r)
    {
        const QString path = r.url().path();
        if (path == QLatin1String("/stac-compose/stac/search/"))
            return CannedResponse::json(searchAnswer(localAssets));
        if (path.startsWith(QLatin1String("/api/download/"))) {
            // INPE's answers, as its download service gives them (provider-endpoints §8.2).
            const QUrlQuery query(r.url());
            if (!query.hasQueryItem(QStringLiteral("email")))
                return CannedResponse::json(R"({"message":"`email` parameter is required!"})", 400);
            const QString email = query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded);
            emailsSeen << email;
            if (email != kEmail)
                return CannedResponse::json(QStringLiteral(R"({"message":"Invalid e-mail: %1"})").arg(email).toUtf8(), 403);
            return LocalHttpServer::serveBytes(r, path.toUtf8().repeated(500));
        }
        return CannedResponse::text("not here", 404);
    }
};

struct InpeCli : ::testing::Test {
    InpeService inpe;
    QTemporaryDir home;

    QProcessEnvironment env(const QString &email) const
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("HOME"), home.path());
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        e.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        e.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
        if (!email.isEmpty())
            e.insert(QStringLiteral("EOC_INPE_EMAIL"), email);
        return e;
    }

    CliRun download(const QString &email)
    {
        inpe.localAssets = true;
        return runCli({QStringLiteral("download"), QStringLiteral("--provider"), QStringLiteral("inpe"), QStringLiteral("--collection"),
                       QStringLiteral("CBERS4_AWFI_L4_DN"), QStringLiteral("--scene-id"), QStringLiteral("CBERS4_AWFI17909920200206"),
                       QStringLiteral("--set"), QStringLiteral("inpe.url=") + inpe.searchUrl().toString(), QStringLiteral("--output"),
                       home.filePath(QStringLiteral("out"))},
                      env(email));
    }

    // Every file under the test's home that holds `text`.
    QStringList filesHolding(const QString &text) const
    {
        QStringList found;
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(text.toUtf8()))
                found << f.fileName();
        }
        return found;
    }
};

} // namespace

TEST_F(InpeCli, ASearchListsTheRecordedCbers4ScenesWithFootprints)
{
    const CliRun run = runCli({QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("inpe"), QStringLiteral("--collection"),
                               QStringLiteral("CBERS4_AWFI_L4_DN"), QStringLiteral("--bbox"), QStringLiteral("-68.03,-25.01,-34.94,0.35"),
                               QStringLiteral("--start"), QStringLiteral("2019-12-01"), QStringLiteral("--end"), QStringLiteral("2020-02-13"),
                               QStringLiteral("--set"), QStringLiteral("inpe.url=") + inpe.searchUrl().toString(), QStringLiteral("--format"),
                               QStringLiteral("geojson")},
                              env({}));
    ASSERT_EQ(run.exitCode, 0) << run.errText().toStdString();
    const QJsonArray features = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("features")).toArray();
    ASSERT_EQ(features.size(), 6) << run.outText().left(400).toStdString();
    for (const auto &f : features) {
        const QJsonObject geometry = f.toObject().value(QStringLiteral("geometry")).toObject();
        EXPECT_EQ(geometry.value(QStringLiteral("type")).toString(), QStringLiteral("Polygon"));
        EXPECT_EQ(geometry.value(QStringLiteral("coordinates")).toArray().first().toArray().size(), 5);
    }
    EXPECT_TRUE(run.errText().contains(QStringLiteral("504 Gateway Timeout"))) << run.errText().toStdString();
}

TEST_F(InpeCli, ADownloadSendsTheRegisteredEmailAndKeepsItOutOfEveryFile)
{
    const CliRun run = download(kEmail);
    ASSERT_EQ(run.exitCode, 0) << run.errText().toStdString();
    EXPECT_EQ(inpe.emailsSeen.size(), 8) << "four bands and their metadata, each asked with the address";
    QDirIterator it(home.filePath(QStringLiteral("out")), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        it.next();
        ++files;
    }
    EXPECT_EQ(files, 8);
    EXPECT_TRUE(filesHolding(kEmail).isEmpty()) << filesHolding(kEmail).join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(run.outText().contains(kEmail));
    EXPECT_FALSE(run.errText().contains(kEmail));
}

TEST_F(InpeCli, AnAddressInpeDoesNotKnowIsReportedWithInpesWords)
{
    const CliRun run = download(QStringLiteral("stranger@example.org"));
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.errText().contains(QStringLiteral("Invalid e-mail"))) << run.errText().toStdString();
}

TEST_F(InpeCli, WithoutAnAddressTheDownloadSaysHowToAddOne)
{
    const CliRun run = download({});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.errText().contains(QStringLiteral("account add inpe"))) << run.errText().toStdString();
    EXPECT_TRUE(inpe.emailsSeen.isEmpty());
}

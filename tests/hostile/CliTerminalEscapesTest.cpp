// A hostile catalogue: scene ids and error messages holding terminal escape sequences. Human output
// must show them escaped; machine formats must keep them exactly.
//
// The answers are the recorded Earth Search ones of tests/data/stac (see PROVENANCE.md there) with
// the scene ids and an error message replaced in memory by hostile text; no such answer was
// recorded from a real service.
#include "tests/support/LocalHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc::test;

namespace {

// ESC ] 0 ; pwned BEL retitles the terminal; ESC [ 2 J clears it.
const QString kHostileId = QStringLiteral("S2B_\x1b]0;pwned\x07_\x1b[2J_T24MVV");

QByteArray servedFrom(const LocalHttpServer &server, QByteArray body)
{
    return body.replace(QByteArray("https://earth-search.aws.element84.com/v1"), server.url(QString()).toEncoded());
}

// One page of results whose ids are hostile, and no next page.
QByteArray hostileSearchPage(const LocalHttpServer &server)
{
    auto page = QJsonDocument::fromJson(readTestData(QStringLiteral("stac/stac_earth_search/v1_search_cql2_filter_p1.json"))).object();
    QJsonArray features = page.value(QStringLiteral("features")).toArray();
    QJsonArray hostile;
    for (int i = 0; i < 2 && i < features.size(); ++i) {
        auto feature = features.at(i).toObject();
        const QString id = kHostileId + QString::number(i);
        feature[QStringLiteral("id")] = id;
        // The scene id shown comes from the product identifier when there is one.
        auto properties = feature.value(QStringLiteral("properties")).toObject();
        properties.remove(QStringLiteral("s2:product_uri"));
        properties[QStringLiteral("s1:product_identifier")] = id;
        feature[QStringLiteral("properties")] = properties;
        hostile.append(feature);
    }
    page[QStringLiteral("features")] = hostile;
    page[QStringLiteral("links")] = QJsonArray();
    page.remove(QStringLiteral("context"));
    page[QStringLiteral("numberReturned")] = hostile.size();
    page[QStringLiteral("numberMatched")] = hostile.size();
    return servedFrom(server, QJsonDocument(page).toJson(QJsonDocument::Compact));
}

void serveHostileCatalogue(LocalHttpServer &server, bool failSearch)
{
    server.setHandler([&server, failSearch](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/"))
            return CannedResponse::json(servedFrom(server, readTestData(QStringLiteral("stac/stac_earth_search/v1_landing.json"))));
        if (path == QLatin1String("/collections"))
            return CannedResponse::json(servedFrom(server, readTestData(QStringLiteral("stac/stac_earth_search/v1_collections.json"))));
        if (path == QLatin1String("/search")) {
            if (failSearch) {
                const QJsonObject error{{QStringLiteral("code"), QStringLiteral("BadRequest")},
                                        {QStringLiteral("description"), QStringLiteral("bad \x1b]0;pwned\x07 request")}};
                return CannedResponse::json(QJsonDocument(error).toJson(QJsonDocument::Compact), 400);
            }
            return CannedResponse::json(hostileSearchPage(server));
        }
        return CannedResponse::text("not found", 404);
    });
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run search(const LocalHttpServer &server, const QString &format)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(EOC_CLI_PATH),
                  {QStringLiteral("--set"), QStringLiteral("stac.url=") + server.url(QString()).toString(),
                   QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("stac"),
                   QStringLiteral("--collection"), QStringLiteral("sentinel-2-l2a"), QStringLiteral("--format"), format});
    // The server answers on this thread: keep the event loop turning until the CLI ends.
    QSignalSpy done(&process, &QProcess::finished);
    EXPECT_TRUE(done.wait(60000)) << "the CLI did not finish";
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

bool hasRawControl(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if ((c >= 0 && c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            return true;
    }
    return false;
}

} // namespace

TEST(CliTerminalEscapes, TableShowsHostileIdsEscaped)
{
    LocalHttpServer server;
    serveHostileCatalogue(server, false);
    const auto run = search(server, QStringLiteral("table"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.out.contains('\x1b')) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains('\x07'));
    EXPECT_FALSE(hasRawControl(run.out)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("\\x1b]0;pwned\\x07")) << run.out.toStdString();
    EXPECT_FALSE(hasRawControl(run.err)) << run.err.toStdString();
}

TEST(CliTerminalEscapes, MachineFormatsKeepIdsExact)
{
    LocalHttpServer server;
    serveHostileCatalogue(server, false);
    auto run = search(server, QStringLiteral("ids"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains((kHostileId + QLatin1Char('0')).toUtf8())) << run.out.toStdString();

    run = search(server, QStringLiteral("json"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto results = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("results")).toArray();
    ASSERT_FALSE(results.isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("\\u001b]0;pwned\\u0007"));
}

TEST(CliTerminalEscapes, ServerErrorMessageIsEscapedOnStderr)
{
    LocalHttpServer server;
    serveHostileCatalogue(server, true);
    const auto run = search(server, QStringLiteral("json"));
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains("error: ")) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains('\x1b')) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains('\x07')) << run.err.toStdString();
}

TEST(CliTerminalEscapes, EchoedBadInputIsEscaped)
{
    LocalHttpServer server;
    serveHostileCatalogue(server, false);
    QProcess process;
    process.start(QStringLiteral(EOC_CLI_PATH), {QStringLiteral("parse-id"), QStringLiteral("X\x1b]0;pwned\x07")});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 2);
    const QByteArray err = process.readAllStandardError();
    EXPECT_FALSE(err.contains('\x1b')) << err.toStdString();
    EXPECT_TRUE(err.contains("\\x1b")) << err.toStdString();
}

// Paging rules of the OData search against catalogues that misbehave: links back to a page already
// read, and counts above the $skip cap in every time window.
#include "core/net/NetworkAccess.h"
#include "core/odata/ODataSearchJob.h"
#include "tests/support/SearchRunner.h"
#include "tests/support/LocalHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::odata;
using namespace eoc::test;

namespace {

QJsonObject product(const QString &id, const QDateTime &start)
{
    const QString time = start.toString(Qt::ISODateWithMs);
    return QJsonObject{{QStringLiteral("Id"), id},
                       {QStringLiteral("Name"), QStringLiteral("S1A_IW_GRDH_1SDV_%1.SAFE").arg(id)},
                       {QStringLiteral("Online"), true},
                       {QStringLiteral("ContentDate"), QJsonObject{{QStringLiteral("Start"), time}, {QStringLiteral("End"), time}}}};
}

ODataSearchPlan planFor(const LocalHttpServer &server, const QDateTime &from, const QDateTime &to)
{
    ODataSearchPlan plan;
    plan.odataBase = server.url(QStringLiteral("/odata/v1"));
    plan.clauses = {QStringLiteral("Collection/Name eq 'SENTINEL-1'")};
    plan.window = TimeWindow{from, to};
    plan.pageSize = 2;
    return plan;
}


} // namespace

// Page A links to B, B links back to A: paging ends after two requests, each product once, with a
// warning that says why. (Only a link to the very same page was caught before.) The catalogue
// gives no count, so the search follows its links: with a count, pages are asked for by offset.
TEST(ODataPaging, CycleAToBToAEndsWithEachProductOnce)
{
    LocalHttpServer server;
    const QDateTime t0(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    server.setHandler([&server, t0](const RecordedRequest &r) {
        QUrl a = server.url(server.requests().first().url().path());
        a.setQuery(server.requests().first().url().query(QUrl::FullyEncoded), QUrl::StrictMode);
        const bool isB = QUrlQuery(r.url()).hasQueryItem(QStringLiteral("$skip"));
        QJsonObject page;
        if (!isB) {
            page[QStringLiteral("value")] = QJsonArray{product(QStringLiteral("a1"), t0), product(QStringLiteral("a2"), t0.addSecs(1))};
            QUrl b = a;
            QUrlQuery q(b);
            q.addQueryItem(QStringLiteral("$skip"), QStringLiteral("2"));
            b.setQuery(q);
            page[QStringLiteral("@odata.nextLink")] = b.toString(QUrl::FullyEncoded);
        } else {
            page[QStringLiteral("value")] = QJsonArray{product(QStringLiteral("b1"), t0.addSecs(2)), product(QStringLiteral("b2"), t0.addSecs(3))};
            page[QStringLiteral("@odata.nextLink")] = a.toString(QUrl::FullyEncoded);
        }
        return CannedResponse::json(QJsonDocument(page).toJson(QJsonDocument::Compact));
    });
    NetworkAccess network;
    const auto out = runSearch(new ODataSearchJob(&network, planFor(server, t0, t0.addDays(1))), 10000);
    ASSERT_TRUE(out.finished) << (out.error ? out.error->toString().toStdString() : "timeout: the cycle was not caught");
    QStringList ids;
    for (const auto &r : out.results)
        ids << r.remoteId;
    EXPECT_EQ(ids, (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("b1"), QStringLiteral("b2")}));
    EXPECT_EQ(server.requestCount(), 2);
    ASSERT_EQ(out.warnings.size(), 1);
    EXPECT_TRUE(out.warnings.first().contains(QStringLiteral("linked back"))) << out.warnings.first().toStdString();
}

// A catalogue whose @odata.count is above the $skip cap for every window, however small: windows
// are cut down to one hour and no further; what paging gives is delivered, with one warning.
TEST(ODataPaging, CountAboveTheCapEverywhereStopsSplittingAtTheFloor)
{
    LocalHttpServer server;
    server.setHandler([](const RecordedRequest &r) {
        static const QRegularExpression ge(QStringLiteral("ContentDate/Start ge (\\S+)"));
        const QString filter = QUrlQuery(r.url()).queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded);
        const QDateTime from = QDateTime::fromString(ge.match(filter).captured(1), Qt::ISODateWithMs);
        QJsonObject page;
        page[QStringLiteral("value")] = QJsonArray{product(QStringLiteral("p-") + from.toString(Qt::ISODateWithMs), from)};
        page[QStringLiteral("@odata.count")] = 50000;
        return CannedResponse::json(QJsonDocument(page).toJson(QJsonDocument::Compact));
    });
    NetworkAccess network;
    const QDateTime from(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC);
    auto *job = new ODataSearchJob(&network, planFor(server, from, from.addDays(1).addMSecs(-1)));
    QList<TimeWindow> windows;
    QObject::connect(job, &SearchJob::finished, job, [&windows, job] { windows = job->windowsSearched(); });
    const auto out = runSearch(job, 30000);
    ASSERT_TRUE(out.finished) << (out.error ? out.error->toString().toStdString() : "timeout: windows were split without end");
    ASSERT_FALSE(windows.isEmpty());
    for (const auto &w : windows)
        EXPECT_GE(w.start.msecsTo(w.end), 3600LL * 1000 - 1) << "a window below the one-hour floor";
    EXPECT_LE(server.requestCount(), 64);
    QSet<QString> ids;
    for (const auto &r : out.results)
        ids.insert(r.remoteId);
    EXPECT_EQ(ids.size(), out.results.size());
    ASSERT_EQ(out.warnings.size(), 1);
    EXPECT_TRUE(out.warnings.first().contains(QStringLiteral("50000"))) << out.warnings.first().toStdString();
}

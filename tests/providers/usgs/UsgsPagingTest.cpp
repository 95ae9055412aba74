// M2M scene-search paging under the PageGuard: a service that repeats its page for every
// startingNumber ends after a few pages that add nothing, with a warning. The pages are the
// recorded scene-search answer served as such a service would (built by the test; no recording of
// a misbehaving M2M exists).

#include "tests/providers/usgs/M2mTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

TEST(UsgsPaging, RepeatedPagesEndPagingWithAWarning)
{
    M2mStandIn m2m;
    int searches = 0;
    m2m.server.setHandler([&](const RecordedRequest &request) {
        if (M2mStandIn::method(request) == QLatin1String("login-token"))
            return CannedResponse::json(readTestData(QStringLiteral("usgs/login.json")));
        if (M2mStandIn::method(request) != QLatin1String("scene-search"))
            return CannedResponse::json(R"({"data":null,"errorCode":null,"errorMessage":null})");
        ++searches;
        // The recorded six scenes, whatever startingNumber asks for, claiming 600 hits.
        QJsonObject answer = QJsonDocument::fromJson(readTestData(QStringLiteral("usgs/scene_search_landsat_ot_c2_l2.json"))).object();
        QJsonObject data = answer.value(QStringLiteral("data")).toObject();
        data[QStringLiteral("totalHits")] = 600;
        answer[QStringLiteral("data")] = data;
        return CannedResponse::json(QJsonDocument(answer).toJson(QJsonDocument::Compact));
    });
    SearchJob *job = m2m.loaded.provider->search(recordedLandsatQuery());
    QStringList warnings;
    QObject::connect(job, &SearchJob::warning, job, [&](const QString &w) { warnings << w; });
    const auto outcome = runSearch(job);
    ASSERT_FALSE(outcome.error) << outcome.error->message.toStdString();
    EXPECT_EQ(outcome.results.size(), 6);
    EXPECT_EQ(searches, 4);   // the page with news, then three that add nothing (not 100 pages)
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings.first().contains(QStringLiteral("without a new result"))) << warnings.first().toStdString();
}

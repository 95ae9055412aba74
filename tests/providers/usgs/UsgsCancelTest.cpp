// Cancelling a USGS search aborts its M2M call in flight, and the login it waits for unless another
// call still needs that login.

#include "tests/providers/usgs/M2mTestSupport.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

// Answers after `delayMs` for the slow method, at once for the others.
void serveSlow(M2mStandIn &m2m, const QString &slowMethod, int delayMs)
{
    m2m.server.setHandler([slowMethod, delayMs](const RecordedRequest &request) {
        const QString method = M2mStandIn::method(request);
        CannedResponse answer = method == QLatin1String("login-token")
            ? CannedResponse::json(readTestData(QStringLiteral("usgs/login.json")))
            : CannedResponse::json(readTestData(QStringLiteral("usgs/scene_search_landsat_ot_c2_l2.json")));
        if (method == slowMethod)
            answer.delayMs = delayMs;
        return answer;
    });
}

} // namespace

TEST(UsgsCancel, CancelDuringTheLoginAbortsIt)
{
    M2mStandIn m2m;
    serveSlow(m2m, QStringLiteral("login-token"), 5000);
    SearchJob *job = m2m.loaded.provider->search(recordedLandsatQuery());
    QSignalSpy failed(job, &SearchJob::failed);
    QSignalSpy finished(job, &SearchJob::finished);
    job->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m2m.server.requestCount() >= 1; }, 5000));
    job->cancel();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.first().first().value<Error>().errorClass, ErrorClass::Cancelled);
    // The login's connection closes long before its answer was due; nothing else is sent.
    EXPECT_TRUE(QTest::qWaitFor([&] { return m2m.server.openConnections() == 0; }, 2000));
    QTest::qWait(200);
    EXPECT_EQ(m2m.server.requestCount(), 1);
    EXPECT_EQ(failed.size() + finished.size(), 1);
    delete job;
}

TEST(UsgsCancel, CancelDuringTheSceneSearchAbortsIt)
{
    M2mStandIn m2m;
    serveSlow(m2m, QStringLiteral("scene-search"), 5000);
    SearchJob *job = m2m.loaded.provider->search(recordedLandsatQuery());
    QSignalSpy failed(job, &SearchJob::failed);
    job->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m2m.server.requestCount() >= 2; }, 5000));   // login, search
    job->cancel();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(QTest::qWaitFor([&] { return m2m.server.openConnections() == 0; }, 2000));
    delete job;
}

TEST(UsgsCancel, ALoginAnotherSearchWaitsForGoesOn)
{
    M2mStandIn m2m;
    serveSlow(m2m, QStringLiteral("login-token"), 400);
    SearchJob *cancelled = m2m.loaded.provider->search(recordedLandsatQuery());
    SearchJob *kept = m2m.loaded.provider->search(recordedLandsatQuery());
    QSignalSpy keptFinished(kept, &SearchJob::finished);
    QSignalSpy keptFailed(kept, &SearchJob::failed);
    QList<SceneResult> results;
    QObject::connect(kept, &SearchJob::pageReady, kept, [&](const QList<SceneResult> &page) { results += page; });
    cancelled->start();
    kept->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m2m.server.requestCount() >= 1; }, 5000));
    cancelled->cancel();
    ASSERT_TRUE(keptFinished.wait(10000)) << (keptFailed.isEmpty() ? std::string()
                                                                    : keptFailed.first().first().value<Error>().message.toStdString());
    EXPECT_EQ(results.size(), 6);
    delete cancelled;
    delete kept;
}

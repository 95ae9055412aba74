// The paging rules every search job shares, and the one-terminal-signal contract of remote jobs.
#include "core/provider/PageGuard.h"
#include "core/provider/Provider.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace eoc;
using namespace Qt::StringLiterals;

namespace {

SceneResult result(const char *sceneId, const char *remoteId = "")
{
    SceneResult r;
    r.sceneId = QString::fromLatin1(sceneId);
    r.remoteId = QString::fromLatin1(remoteId);
    return r;
}

QStringList ids(const QList<SceneResult> &page)
{
    QStringList out;
    for (const auto &r : page)
        out << r.sceneId;
    return out;
}

} // namespace

TEST(PageGuard, ALinkBackToAPageAlreadyReadIsACycle)
{
    PageGuard guard;
    EXPECT_TRUE(guard.admitPage("https://catalogue/Products?$skip=0"));
    EXPECT_TRUE(guard.admitPage("https://catalogue/Products?$skip=20"));
    EXPECT_FALSE(guard.shouldStop());
    // Page B links back to page A.
    EXPECT_FALSE(guard.admitPage("https://catalogue/Products?$skip=0"));
    EXPECT_TRUE(guard.cycled());
    EXPECT_TRUE(guard.shouldStop());
    EXPECT_TRUE(guard.stopWarning().contains(QStringLiteral("already sent"))) << guard.stopWarning().toStdString();
}

TEST(PageGuard, RepeatedResultsAreDeliveredOnce)
{
    PageGuard guard;
    EXPECT_EQ(ids(guard.accept({result("A"), result("B"), result("A")})), (QStringList{u"A"_s, u"B"_s}));
    EXPECT_EQ(ids(guard.accept({result("B"), result("C")})), (QStringList{u"C"_s}));
    EXPECT_EQ(guard.delivered(), 3);
}

TEST(PageGuard, TheProvidersKeyTellsReprocessedProductsApart)
{
    PageGuard guard;
    // Two products with one name but different keys (a reprocessing) are both results; the same key
    // twice is one.
    const auto page = guard.accept({result("S2A_X", "uuid-1"), result("S2A_X", "uuid-2"), result("S2A_X", "uuid-1")});
    EXPECT_EQ(page.size(), 2);
}

TEST(PageGuard, PagesWithoutANewResultEndPagingAfterAFewTries)
{
    PageGuard guard({0, 3});
    guard.accept({result("A")});
    guard.accept({result("A")});
    guard.accept({});
    EXPECT_FALSE(guard.stalled());
    // A new result resets the count.
    guard.accept({result("B")});
    guard.accept({result("A")});
    guard.accept({result("B")});
    EXPECT_FALSE(guard.stalled());
    guard.accept({result("A"), result("B")});
    EXPECT_TRUE(guard.stalled());
    EXPECT_TRUE(guard.shouldStop());
    EXPECT_TRUE(guard.stopWarning().contains(QStringLiteral("3 pages in a row"))) << guard.stopWarning().toStdString();
}

TEST(PageGuard, TheLimitCutsThePageThatReachesIt)
{
    PageGuard guard({3, 3});
    EXPECT_EQ(guard.accept({result("A"), result("B")}).size(), 2);
    EXPECT_FALSE(guard.limitReached());
    EXPECT_EQ(ids(guard.accept({result("C"), result("D")})), (QStringList{u"C"_s}));
    EXPECT_TRUE(guard.limitReached());
    EXPECT_TRUE(guard.shouldStop());
    // Reaching the limit is not an early stop worth a warning.
    EXPECT_TRUE(guard.stopWarning().isEmpty());
}

TEST(RemoteJobContract, ACancelledJobEndsOnceAndIgnoresItsLaterAnswer)
{
    SearchJob *job = failedSearchJob(Error(ErrorClass::Permanent, QStringLiteral("refused")));
    QSignalSpy failed(job, &SearchJob::failed);
    QSignalSpy finished(job, &SearchJob::finished);
    job->start();
    job->cancel();
    EXPECT_TRUE(job->isDone());
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.at(0).at(0).value<Error>().errorClass, ErrorClass::Cancelled);
    // The answer that was already on its way does not end the job a second time.
    QTest::qWait(20);
    EXPECT_EQ(failed.size(), 1);
    EXPECT_EQ(finished.size(), 0);
    job->cancel();
    EXPECT_EQ(failed.size(), 1);
    delete job;
}

TEST(RemoteJobContract, AProviderWithFixedCollectionsSaysSoWhenAskedToRefresh)
{
    CollectionsJob *job = failedCollectionsJob(Error(ErrorClass::BadInput, QStringLiteral("fixed")));
    QSignalSpy failed(job, &CollectionsJob::failed);
    job->start();
    ASSERT_TRUE(failed.wait(2000));
    EXPECT_EQ(failed.at(0).at(0).value<Error>().message, QStringLiteral("fixed"));
    EXPECT_EQ(failed.size(), 1);
    delete job;
}

// A search cut into date ranges run side by side: how the dates are cut, and that results come
// in date-range order whatever order the parts answer in, with one limit, one failure, one end.
#include "core/provider/DateSplitSearchJob.h"

#include "tests/support/SearchRunner.h"

#include <QPointer>
#include <QTest>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

SearchQuery month()
{
    SearchQuery q;
    q.collection = QStringLiteral("sentinel-2-l2a");
    q.start = QDate(2025, 7, 1);
    q.end = QDate(2025, 7, 31);
    return q;
}

// A part whose pages and end the test drives by hand.
class ScriptedPart final : public SearchJob
{
public:
    explicit ScriptedPart(SearchQuery query) : query(std::move(query)) {}
    void start() override { started = true; }
    void cancel() override
    {
        cancelled = true;
        emitFailedOnce(Error(ErrorClass::Cancelled, QStringLiteral("cancelled")));
    }
    void page(const QStringList &ids)
    {
        QList<SceneResult> results;
        for (const QString &id : ids) {
            SceneResult r;
            r.sceneId = id;
            results.append(r);
        }
        Q_EMIT pageReady(results);
    }
    void finish() { emitFinishedOnce(); }
    void fail(const QString &why) { emitFailedOnce(Error(ErrorClass::Transient, why)); }

    SearchQuery query;
    bool started = false;
    bool cancelled = false;
};

struct Parts {
    QList<QPointer<ScriptedPart>> made;
    DateSplitSearchJob::PartFactory factory()
    {
        return [this](const SearchQuery &part) {
            auto *job = new ScriptedPart(part);
            made.append(job);
            return job;
        };
    }
};

QStringList idsOf(const QList<SceneResult> &results)
{
    QStringList out;
    for (const auto &r : results)
        out << r.sceneId;
    return out;
}

struct Recorder {
    QList<SceneResult> results;
    QStringList warnings;
    std::optional<Error> error;
    int ends = 0;
    void watch(SearchJob *job)
    {
        QObject::connect(job, &SearchJob::pageReady, job, [this](const QList<SceneResult> &p) { results += p; });
        QObject::connect(job, &SearchJob::warning, job, [this](const QString &w) { warnings << w; });
        QObject::connect(job, &SearchJob::finished, job, [this] { ++ends; });
        QObject::connect(job, &SearchJob::failed, job, [this](const Error &e) { error = e; ++ends; });
    }
};

} // namespace

TEST(DateSplitSearch, AMonthInFourIsWholeConsecutiveDaysCoveringIt)
{
    const QList<SearchQuery> parts = DateSplitSearchJob::splitDates(month(), 4);
    ASSERT_EQ(parts.size(), 4);
    EXPECT_EQ(parts[0].start, QDate(2025, 7, 1));
    EXPECT_EQ(parts[0].end, QDate(2025, 7, 8));
    EXPECT_EQ(parts[1].start, QDate(2025, 7, 9));
    EXPECT_EQ(parts[2].end, QDate(2025, 7, 24));
    EXPECT_EQ(parts[3].start, QDate(2025, 7, 25));
    EXPECT_EQ(parts[3].end, QDate(2025, 7, 31));
    for (const SearchQuery &p : parts)
        EXPECT_EQ(p.collection, QStringLiteral("sentinel-2-l2a")) << "everything but the dates is kept";

    SearchQuery twoDays = month();
    twoDays.end = QDate(2025, 7, 2);
    EXPECT_EQ(DateSplitSearchJob::splitDates(twoDays, 4).size(), 2) << "never less than a day";
    SearchQuery open = month();
    open.end = QDate();
    EXPECT_EQ(DateSplitSearchJob::splitDates(open, 4).size(), 1) << "an open end is not cut";
}

TEST(DateSplitSearch, ALimitOrOneConnectionIsOneSearch)
{
    Parts parts;
    SearchQuery limited = month();
    limited.limit = 10;
    std::unique_ptr<SearchJob> one(DateSplitSearchJob::create(limited, 4, parts.factory()));
    EXPECT_EQ(qobject_cast<DateSplitSearchJob *>(one.get()), nullptr);
    std::unique_ptr<SearchJob> sequential(DateSplitSearchJob::create(month(), 1, parts.factory()));
    EXPECT_EQ(qobject_cast<DateSplitSearchJob *>(sequential.get()), nullptr);
    EXPECT_EQ(parts.made.size(), 2);
    EXPECT_EQ(parts.made[0]->query.start, QDate(2025, 7, 1));
    EXPECT_EQ(parts.made[0]->query.end, QDate(2025, 7, 31));
}

TEST(DateSplitSearch, PartsAnsweringOutOfOrderAreDeliveredInDateOrder)
{
    Parts parts;
    // Four date ranges, two at a time.
    auto job = std::make_unique<DateSplitSearchJob>(DateSplitSearchJob::splitDates(month(), 4), 2, parts.factory(), std::nullopt);
    Recorder seen;
    seen.watch(job.get());
    job->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return parts.made.size() == 2; }, 5000)) << parts.made.size();
    QTest::qWait(10);
    EXPECT_EQ(parts.made.size(), 2) << "the third range waits for a free place";
    parts.made[1]->page({QStringLiteral("b1")});
    parts.made[1]->finish();
    EXPECT_TRUE(seen.results.isEmpty()) << "the second range waits for the first";
    ASSERT_TRUE(QTest::qWaitFor([&] { return parts.made.size() == 3; }, 5000)) << parts.made.size();
    parts.made[0]->page({QStringLiteral("a1"), QStringLiteral("a2")});
    EXPECT_EQ(idsOf(seen.results), (QStringList{QStringLiteral("a1"), QStringLiteral("a2")})) << "the first range's pages come as they arrive";
    parts.made[2]->page({QStringLiteral("c1")});
    parts.made[0]->page({QStringLiteral("a3"), QStringLiteral("b1")});
    parts.made[0]->finish();
    ASSERT_TRUE(QTest::qWaitFor([&] { return parts.made.size() == 4; }, 5000)) << parts.made.size();
    parts.made[3]->page({QStringLiteral("d1")});
    parts.made[3]->finish();
    parts.made[2]->finish();
    EXPECT_EQ(seen.ends, 1);
    EXPECT_FALSE(seen.error.has_value());
    EXPECT_EQ(idsOf(seen.results), (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3"),
                                                QStringLiteral("b1"), QStringLiteral("c1"), QStringLiteral("d1")}))
        << "b1 twice (ranges meet at a day's edge in some catalogues) is one result";
}

TEST(DateSplitSearch, AFailedPartFailsTheSearchAndStopsTheOthers)
{
    Parts parts;
    std::unique_ptr<SearchJob> job(DateSplitSearchJob::create(month(), 4, parts.factory()));
    Recorder seen;
    seen.watch(job.get());
    job->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return parts.made.size() == 4; }, 5000)) << parts.made.size();
    parts.made[0]->page({QStringLiteral("a1")});
    parts.made[2]->fail(QStringLiteral("503 from the catalogue"));
    EXPECT_EQ(seen.ends, 1);
    ASSERT_TRUE(seen.error.has_value());
    EXPECT_EQ(seen.error->message, QStringLiteral("503 from the catalogue"));
    EXPECT_TRUE(parts.made[1]->cancelled);
    EXPECT_TRUE(parts.made[3]->cancelled);
    parts.made[0]->finish();                   // too late: the search has ended
    EXPECT_EQ(seen.ends, 1);
}

TEST(DateSplitSearch, CancelStopsEveryRunningPartAndEndsOnce)
{
    Parts parts;
    std::unique_ptr<SearchJob> job(DateSplitSearchJob::create(month(), 3, parts.factory()));
    Recorder seen;
    seen.watch(job.get());
    job->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return parts.made.size() == 3; }, 5000)) << parts.made.size();
    job->cancel();
    job->cancel();
    EXPECT_EQ(seen.ends, 1);
    ASSERT_TRUE(seen.error.has_value());
    EXPECT_EQ(seen.error->errorClass, ErrorClass::Cancelled);
    for (const auto &part : parts.made)
        EXPECT_TRUE(part->cancelled);
    QTest::qWait(20);
    EXPECT_EQ(parts.made.size(), 3) << "no part starts after the cancel";
}

TEST(DateSplitSearch, EachWarningIsPassedOnOnce)
{
    Parts parts;
    std::unique_ptr<SearchJob> job(DateSplitSearchJob::create(month(), 2, parts.factory()));
    Recorder seen;
    seen.watch(job.get());
    job->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return parts.made.size() == 2; }, 5000)) << parts.made.size();
    Q_EMIT parts.made[0]->warning(QStringLiteral("cloud cover cannot be filtered"));
    Q_EMIT parts.made[1]->warning(QStringLiteral("cloud cover cannot be filtered"));
    EXPECT_EQ(seen.warnings, QStringList{QStringLiteral("cloud cover cannot be filtered")});
}

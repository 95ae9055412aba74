// The queue's connection budget, on both stores: the queue's total and each key's cap in one
// process, and for workers a key's cap that holds across them through the store's slots.
#include "core/download/queue/ConnectionBudget.h"
#include "tests/download/queue/QueueStoreFixture.h"

using namespace eoc;
using namespace eoc::test;

namespace {

using ConnectionBudgetTest = QueueStoreTest;

} // namespace

TEST_P(ConnectionBudgetTest, OneProcessKeepsToItsTotalAndEachKeysCap)
{
    ConnectionBudget budget(*store);
    budget.setTotal(3);
    const auto a1 = budget.take(QStringLiteral("dataspace"), 2);
    const auto a2 = budget.take(QStringLiteral("dataspace"), 2);
    ASSERT_TRUE(a1 && a2);
    EXPECT_FALSE(budget.take(QStringLiteral("dataspace"), 2)) << "beyond the provider's cap";
    ASSERT_TRUE(budget.take(QStringLiteral("usgs"), 5));
    EXPECT_FALSE(budget.take(QStringLiteral("usgs"), 5)) << "beyond the queue's total";
    EXPECT_EQ(budget.inUse(), 3);
    EXPECT_EQ(budget.inUse(QStringLiteral("dataspace")), 2);
    EXPECT_EQ(a1->slot, 0) << "a lone runner holds no shared slot";

    budget.giveBack(*a1);
    EXPECT_EQ(budget.inUse(QStringLiteral("dataspace")), 1);
    EXPECT_TRUE(budget.take(QStringLiteral("usgs"), 5)) << "a connection given back is free for any key";
}

TEST_P(ConnectionBudgetTest, WorkersShareAKeysCapThroughTheStore)
{
    auto other = openAnother();
    ASSERT_TRUE(other);
    ConnectionBudget first(*store);
    ConnectionBudget second(*other);
    first.setTotal(8);
    second.setTotal(8);
    first.setWorker(QStringLiteral("w1"), 60);
    second.setWorker(QStringLiteral("w2"), 60);

    const auto one = first.take(QStringLiteral("http"), 2);
    ASSERT_TRUE(one);
    EXPECT_GT(one->slot, 0);
    ASSERT_TRUE(second.take(QStringLiteral("http"), 2));
    EXPECT_FALSE(first.take(QStringLiteral("http"), 2)) << "w1 has room of its own, but the key's two slots are taken";
    EXPECT_FALSE(second.take(QStringLiteral("http"), 2));
    EXPECT_EQ(first.inUse(QStringLiteral("http")), 1) << "a refused take holds nothing";

    first.giveBack(*one);
    EXPECT_TRUE(second.take(QStringLiteral("http"), 2)) << "the slot w1 gave back is w2's to take";
}

INSTANTIATE_TEST_SUITE_P(Stores, ConnectionBudgetTest, ::testing::Values("sqlite", "postgresql"), storeParameterName);

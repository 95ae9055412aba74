// The "pg." run of the queue's suites (EOC_TEST_QUEUE_STORE=postgresql): every test skips, saying
// why, when PostgreSQL cannot run here, or fails with EOC_REQUIRE_POSTGRES=1.
#include "tests/download/queue/QueueTestSupport.h"

namespace {

class PostgresQueueEnvironment final : public ::testing::Environment
{
public:
    void SetUp() override
    {
        if (!eoc::test::TestQueueStore::onPostgres())
            return;
        EOC_POSTGRES_OR_SKIP(server);
    }
};

[[maybe_unused]] ::testing::Environment *const environment = ::testing::AddGlobalTestEnvironment(new PostgresQueueEnvironment);

} // namespace

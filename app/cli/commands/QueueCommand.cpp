// Placeholder until the command is implemented.
#include "app/cli/commands/Commands.h"

namespace eoc::cli {
namespace {
class QueueCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("queue"); }
    QString summary() const override { return QStringLiteral("Show and control the download queue"); }
    void configure(QCommandLineParser &) override {}
    void run(const QCommandLineParser &, const CliContext &context) override
    {
        Q_EMIT finished(context.fail(ErrorClass::Permanent, QStringLiteral("'queue' is not available yet")));
    }
};
} // namespace

std::unique_ptr<CliCommand> makeQueueCommand()
{
    return std::make_unique<QueueCommand>();
}
} // namespace eoc::cli

// Placeholder until the command is implemented.
#include "app/cli/commands/Commands.h"

namespace eoc::cli {
namespace {
class DownloadCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("download"); }
    QString summary() const override { return QStringLiteral("Download scenes or URLs through the queue"); }
    void configure(QCommandLineParser &) override {}
    void run(const QCommandLineParser &, const CliContext &context) override
    {
        Q_EMIT finished(context.fail(ErrorClass::Permanent, QStringLiteral("'download' is not available yet")));
    }
};
} // namespace

std::unique_ptr<CliCommand> makeDownloadCommand()
{
    return std::make_unique<DownloadCommand>();
}
} // namespace eoc::cli

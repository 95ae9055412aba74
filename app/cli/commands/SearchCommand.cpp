// Placeholder until the command is implemented.
#include "app/cli/commands/Commands.h"

namespace eoc::cli {
namespace {
class SearchCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override { return QStringLiteral("Search a provider"); }
    void configure(QCommandLineParser &) override {}
    void run(const QCommandLineParser &, const CliContext &context) override
    {
        Q_EMIT finished(context.fail(ErrorClass::Permanent, QStringLiteral("'search' is not available yet")));
    }
};
} // namespace

std::unique_ptr<CliCommand> makeSearchCommand()
{
    return std::make_unique<SearchCommand>();
}
} // namespace eoc::cli

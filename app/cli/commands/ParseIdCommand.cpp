// Placeholder until the command is implemented.
#include "app/cli/commands/Commands.h"

namespace eoc::cli {
namespace {
class ParseIdCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("parse-id"); }
    QString summary() const override { return QStringLiteral("Parse scene identifiers"); }
    void configure(QCommandLineParser &) override {}
    void run(const QCommandLineParser &, const CliContext &context) override
    {
        Q_EMIT finished(context.fail(ErrorClass::Permanent, QStringLiteral("'parse-id' is not available yet")));
    }
};
} // namespace

std::unique_ptr<CliCommand> makeParseIdCommand()
{
    return std::make_unique<ParseIdCommand>();
}
} // namespace eoc::cli

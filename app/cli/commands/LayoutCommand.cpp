// Placeholder until the command is implemented.
#include "app/cli/commands/Commands.h"

namespace eoc::cli {
namespace {
class LayoutCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("layout"); }
    QString summary() const override { return QStringLiteral("Print the directory of a scene in a collection layout"); }
    void configure(QCommandLineParser &) override {}
    void run(const QCommandLineParser &, const CliContext &context) override
    {
        Q_EMIT finished(context.fail(ErrorClass::Permanent, QStringLiteral("'layout' is not available yet")));
    }
};
} // namespace

std::unique_ptr<CliCommand> makeLayoutCommand()
{
    return std::make_unique<LayoutCommand>();
}
} // namespace eoc::cli

// Placeholder until the command is implemented.
#include "app/cli/commands/Commands.h"

namespace eoc::cli {
namespace {
class AccountCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("account"); }
    QString summary() const override { return QStringLiteral("Manage provider accounts in the keychain"); }
    void configure(QCommandLineParser &) override {}
    void run(const QCommandLineParser &, const CliContext &context) override
    {
        Q_EMIT finished(context.fail(ErrorClass::Permanent, QStringLiteral("'account' is not available yet")));
    }
};
} // namespace

std::unique_ptr<CliCommand> makeAccountCommand()
{
    return std::make_unique<AccountCommand>();
}
} // namespace eoc::cli

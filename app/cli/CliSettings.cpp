#include "app/cli/CliSettings.h"

#include "app/cli/TerminalText.h"
#include "core/settings/Settings.h"

namespace eoc::cli {

Status readRunSettings(Settings &settings, const QCommandLineParser &parser, QTextStream &err)
{
    if (const QString problem = settings.fileProblem(); !problem.isEmpty())
        err << warningLine(problem) << Qt::endl;
    if (parser.isSet(QStringLiteral("config"))) {
        if (auto s = settings.applyConfigFile(parser.value(QStringLiteral("config"))); !s)
            return s;
    }
    const auto assignments = parser.values(QStringLiteral("set"));
    for (const auto &a : assignments) {
        if (auto s = settings.applyAssignment(a); !s)
            return s;
    }
    return success();
}

} // namespace eoc::cli

// `parse-id [--json] ID...`: the fields of scene ids of every known family. Every id is parsed;
// the good ones are printed, the bad ones named on stderr, and the exit code is 2 if any failed.
#include "app/cli/commands/Commands.h"
#include "app/cli/TerminalText.h"

#include "core/model/SceneId.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eoc::cli {
namespace {

QString describeValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == static_cast<double>(value.toInteger()) ? QString::number(value.toInteger())
                                                                 : QString::number(number);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

// "key: value" lines in toJson()'s field order, skipping fields the id does not carry.
void printReadable(QTextStream &out, const SceneId &scene)
{
    static const char *const keys[] = {
        "family", "platform", "sensor", "product_type", "level", "tile", "sensing_start", "sensing_end",
        "processing_date", "relative_orbit", "absolute_orbit", "collection", "tier", "baseline",
    };
    const QJsonObject json = scene.toJson();
    out << terminalSafe(scene.id) << "\n";
    for (const char *key : keys) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (!value.isNull())
            out << "  " << key << ": " << terminalSafe(describeValue(value)) << "\n";
    }
    for (auto it = scene.extra.begin(); it != scene.extra.end(); ++it)
        out << "  " << terminalSafe(it.key()) << ": " << terminalSafe(describeValue(it.value())) << "\n";
}

class ParseIdCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("parse-id"); }
    QString summary() const override { return QCoreApplication::translate("ParseIdCommand", "Parse scene identifiers"); }
    bool needsNetwork() const override { return false; }
    void configure(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("json"), QCoreApplication::translate("ParseIdCommand", "Print one JSON array, one object per id.")});
        parser.addPositionalArgument(
            QStringLiteral("ID"),
            QCoreApplication::translate("ParseIdCommand", "Scene ids (%1); .SAFE/.SEN3/.zip/.hdf... suffixes are ignored.")
                .arg(knownSceneIdFamilies().join(QStringLiteral(", "))),
            QStringLiteral("ID..."));
    }
    void run(const QCommandLineParser &parser, const CliContext &context) override
    {
        // The first positional argument is the command's own name.
        const QStringList ids = parser.positionalArguments().mid(1);
        if (ids.isEmpty()) {
            Q_EMIT finished(context.fail(ErrorClass::BadInput,
                                         QCoreApplication::translate("ParseIdCommand", "parse-id needs at least one scene id, e.g. "
                                                        "eo-collector-cli parse-id "
                                                        "S2B_MSIL2A_20200930T135119_N0214_R024_T21KXA_20200930T175714")));
            return;
        }
        const bool json = parser.isSet(QStringLiteral("json"));
        int exitCode = ExitOk;
        QJsonArray array;
        bool first = true;
        for (const auto &id : ids) {
            const auto parsed = parseSceneId(id);
            if (!parsed) {
                exitCode = context.fail(parsed.error());
                continue;
            }
            if (json) {
                array.append(parsed->toJson());
            } else {
                if (!first)
                    *context.out << "\n";
                printReadable(*context.out, parsed.value());
                first = false;
            }
        }
        if (json)
            *context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        context.out->flush();
        Q_EMIT finished(exitCode);
    }
};

} // namespace

std::unique_ptr<CliCommand> makeParseIdCommand()
{
    return std::make_unique<ParseIdCommand>();
}

} // namespace eoc::cli

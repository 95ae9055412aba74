#include "app/cli/commands/Commands.h"

#include "core/model/layout/CollectionLayout.h"
#include "core/model/layout/VersionFolder.h"

#include <QCoreApplication>

namespace eoc::cli {
namespace {

const QString collectionOption = QStringLiteral("collection");
const QString versionOption = QStringLiteral("version");
const QString sceneIdOption = QStringLiteral("scene-id");
const QString prefixOption = QStringLiteral("prefix");
const QString flatOption = QStringLiteral("flat");
const QString monthOption = QStringLiteral("month");
const QString archiveOption = QStringLiteral("archive");

// Prints where a scene's files go in a collection folder tree (core/model/layout/CollectionLayout.h).
class LayoutCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("layout"); }
    QString summary() const override { return QCoreApplication::translate("LayoutCommand", "Print the directory of a scene in a collection layout"); }
    bool needsNetwork() const override { return false; }

    void configure(QCommandLineParser &parser) override
    {
        parser.addOption({collectionOption, QCoreApplication::translate("LayoutCommand", "Collection name, e.g. S2_L1C."), QStringLiteral("NAME")});
        parser.addOption({versionOption, QCoreApplication::translate("LayoutCommand", "Collection version: 1 (folder v001) or 1.0 (folder v1.0)."),
                          QStringLiteral("V")});
        parser.addOption({sceneIdOption, QCoreApplication::translate("LayoutCommand", "Scene identifier; its family chooses the layout."),
                          QStringLiteral("ID")});
        parser.addOption({prefixOption, QCoreApplication::translate("LayoutCommand", "Folder the collections live in (default: relative path)."),
                          QStringLiteral("DIR")});
        parser.addOption({flatOption, QCoreApplication::translate("LayoutCommand", "Flat layout: PREFIX/SCENE_ID.")});
        parser.addOption({monthOption, QCoreApplication::translate("LayoutCommand", "Sentinel-2: add a month folder below the year.")});
        parser.addOption({archiveOption, QCoreApplication::translate("LayoutCommand", "Print the path of the downloaded archive instead.")});
    }

    void run(const QCommandLineParser &parser, const CliContext &context) override
    {
        Q_EMIT finished(execute(parser, context));
    }

private:
    int execute(const QCommandLineParser &parser, const CliContext &context) const
    {
        if (!parser.positionalArguments().value(1).isEmpty()) {
            return context.fail(ErrorClass::BadInput,
                                QCoreApplication::translate("LayoutCommand", "layout takes no arguments besides its options, got '%1'")
                                    .arg(parser.positionalArguments().value(1)));
        }
        const bool flat = parser.isSet(flatOption);
        QStringList required{sceneIdOption};
        if (!flat)
            required = QStringList{collectionOption, versionOption, sceneIdOption};
        for (const QString &option : std::as_const(required)) {
            if (parser.value(option).trimmed().isEmpty())
                return context.fail(ErrorClass::BadInput, QCoreApplication::translate("LayoutCommand", "--%1 is required").arg(option));
        }
        if (parser.isSet(prefixOption) && parser.value(prefixOption).trimmed().isEmpty())
            return context.fail(ErrorClass::BadInput, QCoreApplication::translate("LayoutCommand", "--prefix is empty"));

        const layout::Collection collection{parser.value(collectionOption).trimmed(),
                                            parser.value(versionOption).trimmed()};
        layout::LayoutOptions options;
        options.prefix = parser.value(prefixOption).trimmed();
        options.flat = flat;
        options.monthFolder = parser.isSet(monthOption);

        if (!flat) {
            if (auto s = layout::checkCollectionName(collection.name); !s)
                return failFor(context, collectionOption, s.error());
            if (auto v = layout::versionFolder(collection.version); !v)
                return failFor(context, versionOption, v.error());
        }
        const auto location = layout::sceneLocation(collection, parser.value(sceneIdOption), options);
        if (!location)
            return failFor(context, sceneIdOption, location.error());
        if (parser.isSet(archiveOption)) {
            if (location->archivePath.isEmpty()) {
                return context.fail(ErrorClass::BadInput,
                                    QCoreApplication::translate("LayoutCommand", "--archive: the %1 layout has no archive file")
                                        .arg(layout::layoutName(location->layout)));
            }
            *context.out << location->archivePath << Qt::endl;
        } else {
            *context.out << location->directory << Qt::endl;
        }
        return ExitOk;
    }

    static int failFor(const CliContext &context, const QString &option, Error error)
    {
        error.message = QCoreApplication::translate("LayoutCommand", "--%1: %2").arg(option, error.message);
        return context.fail(error);
    }
};

} // namespace

std::unique_ptr<CliCommand> makeLayoutCommand()
{
    return std::make_unique<LayoutCommand>();
}
} // namespace eoc::cli

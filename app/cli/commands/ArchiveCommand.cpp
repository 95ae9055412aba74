// `archive scan|verify|list|files|assets`: what is already on disk. scan lists the products under a
// folder (zipped or unpacked, any layout) with their bands and keeps them in the archive index,
// and compares the files this program downloaded with the checksums the download journal recorded
// then (a file changed since is a damaged product); verify is scan that fails when a product is damaged; list shows the index without touching the
// disk; files and assets print one product's bands and extra assets, as GDAL paths (/vsizip/ inside
// zips) that any GDAL program opens in place.
#include "app/cli/commands/Commands.h"
#include "app/cli/TerminalText.h"

#include "core/archive/ArchiveIndex.h"
#include "core/archive/ArchiveScan.h"
#include "core/archive/DownloadRecords.h"
#include "core/download/queue/DownloadQueue.h"
#include "core/model/ByteSize.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eoc::cli {
namespace {

void printProduct(QTextStream &out, const LocalProduct &p)
{
    out << terminalSafe(p.scene.id) << "  " << p.scene.family;
    if (!p.scene.tile.isEmpty())
        out << "  " << QCoreApplication::translate("ArchiveCommand", "tile") << ' ' << terminalSafe(p.scene.tile);
    if (p.scene.sensingStart)
        out << "  " << p.scene.sensingStart->date().toString(Qt::ISODate);
    out << "  " << formatByteSize(p.bytes) << "  " << (p.zipped  ? QCoreApplication::translate("ArchiveCommand", "zipped")
              : p.loose ? QCoreApplication::translate("ArchiveCommand", "loose files")
                        : QCoreApplication::translate("ArchiveCommand", "folder")) << "\n";
    out << "    " << terminalSafe(p.path) << "\n";
    if (!p.bands.isEmpty())
        out << "    " << QCoreApplication::translate("ArchiveCommand", "bands:") << ' ' << terminalSafe(p.bands.keys().join(QLatin1Char(' '))) << "\n";
    if (!p.assets.isEmpty())
        out << "    " << QCoreApplication::translate("ArchiveCommand", "assets:") << ' ' << terminalSafe(p.assets.keys().join(QLatin1Char(' '))) << "\n";
    if (p.checksumsVerified > 0)
        out << "    " << QCoreApplication::translate("ArchiveCommand", "checksums: %n file(s) still match what was recorded at download", nullptr, p.checksumsVerified) << "\n";
    for (const QString &problem : p.problems)
        out << "    " << QCoreApplication::translate("ArchiveCommand", "DAMAGED:") << ' ' << terminalSafe(problem) << "\n";
}

void printMap(QTextStream &out, const QMap<QString, QString> &map)
{
    for (auto it = map.begin(); it != map.end(); ++it)
        out << terminalSafe(it.key()) << '\t' << terminalSafe(it.value()) << "\n";
}

// Prints the products (and a summary line), or one JSON array; returns how many are damaged.
int printProducts(const QList<LocalProduct> &products, bool json, bool each, QTextStream &out)
{
    int damaged = 0;
    qint64 bytes = 0;
    QJsonArray array;
    for (const LocalProduct &p : products) {
        damaged += p.problems.isEmpty() ? 0 : 1;
        bytes += p.bytes;
        if (json)
            array.append(p.toJson());
        else if (each)
            printProduct(out, p);
    }
    if (json)
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    else
        out << QCoreApplication::translate("ArchiveCommand", "%1 product(s), %2, %3 damaged")
                   .arg(products.size()).arg(formatByteSize(bytes)).arg(damaged)
            << "\n";
    return damaged;
}

// `archive list [FOLDER]`: the products the last scans found, from the index alone.
int list(const QString &folder, bool json, const CliContext &context)
{
    const auto entries = loadArchiveIndex(defaultArchiveIndexPath());
    if (!entries)
        return context.fail(entries.error());
    const QString wanted = folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath();
    QList<LocalProduct> products;
    bool known = wanted.isEmpty();
    for (const ArchiveIndexEntry &entry : *entries) {
        if (!wanted.isEmpty() && entry.folder != wanted)
            continue;
        known = true;
        products += entry.products;
        if (!json)
            *context.out << QCoreApplication::translate("ArchiveCommand", "%1 (scanned %2)")
                                .arg(terminalSafe(entry.folder), entry.scanned.toString(Qt::ISODate))
                         << "\n";
    }
    if (!known) {
        return context.fail(ErrorClass::NotFound, QCoreApplication::translate("ArchiveCommand", "%1 was never scanned; run `archive scan %1` first")
                                                      .arg(folder));
    }
    printProducts(products, json, true, *context.out);
    return ExitOk;
}

class ArchiveCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("archive"); }
    QString summary() const override { return QCoreApplication::translate("ArchiveCommand", "List, check and open the products already on disk"); }
    bool needsNetwork() const override { return false; }

    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("action"),
                                     QCoreApplication::translate("ArchiveCommand", "scan FOLDER | verify FOLDER | list [FOLDER] | files PRODUCT | assets PRODUCT"));
        parser.addPositionalArgument(QStringLiteral("path"), QCoreApplication::translate("ArchiveCommand", "A folder to scan, or one product (zip, .SAFE or scene folder, "
                                                                                             "or FOLDER/SCENE_ID for a scene's loose files in FOLDER)."),
                                     QStringLiteral("PATH"));
        parser.addOptions({
            {QStringLiteral("json"), QCoreApplication::translate("ArchiveCommand", "Print JSON: an array of products (scan, verify) or an object of name → GDAL path.")},
            {QStringLiteral("no-check"), QCoreApplication::translate("ArchiveCommand", "scan: list the bands without opening them with GDAL or "
                                                                     "comparing the checksums recorded at download.")},
        });
    }

    void run(const QCommandLineParser &parser, const CliContext &context) override
    {
        QStringList args = parser.positionalArguments();
        if (!args.isEmpty() && args.first() == name())
            args.removeFirst();
        static const QStringList actions{QStringLiteral("scan"), QStringLiteral("verify"), QStringLiteral("list"),
                                         QStringLiteral("files"), QStringLiteral("assets")};
        const bool listing = !args.isEmpty() && args.first() == QLatin1String("list");
        if (!(args.size() == 2 || (listing && args.size() == 1)) || !actions.contains(args.first())) {
            Q_EMIT finished(context.fail(ErrorClass::BadInput,
                                         QCoreApplication::translate("ArchiveCommand", "archive needs an action and a path: scan FOLDER, verify FOLDER, "
                                                                     "list [FOLDER], files PRODUCT or assets PRODUCT")));
            return;
        }
        const QString action = args.at(0);
        const QString path = args.value(1);
        const bool json = parser.isSet(QStringLiteral("json"));
        QTextStream &out = *context.out;
        if (listing) {
            Q_EMIT finished(list(path, json, context));
            return;
        }
        // What this program (or a program built on its library) downloaded: the scene of each file,
        // which groups loose files, and the checksums verified then.
        const bool scanning = action == QLatin1String("scan") || action == QLatin1String("verify");
        const auto recorded = DownloadRecords::readFor(scanning ? path : QFileInfo(path).absolutePath(),
                                                       DownloadQueue::defaultJournalPath());
        if (!recorded) {
            Q_EMIT finished(context.fail(recorded.error()));
            return;
        }
        if (!scanning) {
            const auto product = readLocalProduct(path, &recorded.value());
            if (!product) {
                Q_EMIT finished(context.fail(product.error()));
                return;
            }
            if (!product->problems.isEmpty()) {
                Q_EMIT finished(context.fail(ErrorClass::Integrity, QCoreApplication::translate("ArchiveCommand", "%1: %2").arg(path, product->problems.join(QStringLiteral("; ")))));
                return;
            }
            const QMap<QString, QString> &map = action == QLatin1String("files") ? product->bands : product->assets;
            if (json) {
                QJsonObject o;
                for (auto it = map.begin(); it != map.end(); ++it)
                    o.insert(it.key(), it.value());
                out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            } else {
                printMap(out, map);
            }
            Q_EMIT finished(ExitOk);
            return;
        }
        ArchiveScanOptions options;
        options.checkBands = action == QLatin1String("verify") || !parser.isSet(QStringLiteral("no-check"));
        options.compareChecksums = options.checkBands;
        options.records = &recorded.value();
        // Long scans show where they are on the terminal; scripts read the result alone.
        if (context.stdoutIsTerminal && !json)
            options.onProduct = [&out](const LocalProduct &p) { printProduct(out, p); out.flush(); };
        const auto products = scanArchive(path, options);
        if (!products) {
            Q_EMIT finished(context.fail(products.error()));
            return;
        }
        const int damaged = printProducts(*products, json, !options.onProduct, out);
        const Status saved = saveArchiveScan(defaultArchiveIndexPath(),
                                             {QFileInfo(path).absoluteFilePath(), QDateTime::currentDateTimeUtc(), *products});
        if (!saved) {
            Q_EMIT finished(context.fail(saved.error()));
            return;
        }
        if (damaged > 0 && action == QLatin1String("verify")) {
            Q_EMIT finished(context.fail(ErrorClass::Integrity, QCoreApplication::translate("ArchiveCommand", "%1 damaged product(s) under %2").arg(damaged).arg(path)));
            return;
        }
        Q_EMIT finished(ExitOk);
    }
};

} // namespace

std::unique_ptr<CliCommand> makeArchiveCommand()
{
    return std::make_unique<ArchiveCommand>();
}

} // namespace eoc::cli

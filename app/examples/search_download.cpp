// Searches a provider, downloads the first scene found and lists its band files: the library's
// search, download and get_files in one script-like program that runs no event loop of its own
// (the library's blocking calls run one while they wait).
//
//   eoc-search-download --provider stac --collection sentinel-2-l2a --start 2025-07-31
//                       --end 2025-07-31 --region -38.1,-6.5,-37.9,-6.3 --assets red,nir
//                       --output ./data
//
// Exits 0 when the scene is downloaded and its files listed, 1 when something failed, 2 for
// wrong arguments.

#include <EOCollector/EOCollector.h>

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdio>

namespace {

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toLocal8Bit().constData());
}

int usage(const QString &problem)
{
    std::fprintf(stderr, "%s\n", problem.toLocal8Bit().constData());
    std::fprintf(stderr, "usage: eoc-search-download --provider P --collection C --start YYYY-MM-DD --end YYYY-MM-DD\n"
                         "         [--region BBOX|WKT|FILE] [--assets a,b] --output DIR [--set KEY=VALUE]...\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    EOCollector::SearchRequest search;
    EOCollector::DownloadRequest download;
    EOCollector::SessionOptions options;
    search.limit = 1;
    for (int i = 1; i < argc; ++i) {
        const QString option = QString::fromLocal8Bit(argv[i]);
        if (option == QLatin1String("--help"))
            return usage(QStringLiteral("Search, download one scene and list its files."));
        if (i + 1 >= argc)
            return usage(QStringLiteral("%1 needs a value").arg(option));
        const QString value = QString::fromLocal8Bit(argv[++i]);
        if (option == QLatin1String("--provider")) {
            search.providers = value;
        } else if (option == QLatin1String("--collection")) {
            search.collection = value;
        } else if (option == QLatin1String("--start")) {
            search.start = QDate::fromString(value, Qt::ISODate);
        } else if (option == QLatin1String("--end")) {
            search.end = QDate::fromString(value, Qt::ISODate);
        } else if (option == QLatin1String("--region")) {
            search.region = value;
        } else if (option == QLatin1String("--assets")) {
            download.assets = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (option == QLatin1String("--output")) {
            download.outputFolder = value;
        } else if (option == QLatin1String("--set") && value.contains(QLatin1Char('='))) {
            options.settings.insert(value.section(QLatin1Char('='), 0, 0), value.section(QLatin1Char('='), 1));
        } else {
            return usage(QStringLiteral("unknown option %1 %2").arg(option, value));
        }
    }
    if (download.outputFolder.isEmpty())
        return usage(QStringLiteral("--output is required"));

    EOCollector::Session session(options);
    const EOCollector::SearchOutcome found = session.search(search);
    for (const QString &problem : found.sourceErrors)
        say(QStringLiteral("source failed: %1").arg(problem));
    if (!found.ok() || found.scenes.isEmpty()) {
        say(QStringLiteral("search: %1").arg(found.ok() ? QStringLiteral("nothing found") : found.error));
        return 1;
    }
    const EOCollector::Scene scene = found.scenes.first();
    say(QStringLiteral("scene %1 from %2, %3").arg(scene.id, scene.sources.join(QLatin1Char(',')),
                                                     scene.start.toString(Qt::ISODate)));

    download.layout = EOCollector::Layout::SceneFolder;
    const EOCollector::DownloadOutcome fetched = session.download({scene}, download);
    for (const QString &id : fetched.scheduled)
        say(QStringLiteral("scheduled: %1 is being brought online; run again later").arg(id));
    for (auto it = fetched.failed.cbegin(); it != fetched.failed.cend(); ++it)
        say(QStringLiteral("failed: %1: %2").arg(it.key(), it.value()));
    if (!fetched.error.isEmpty() || fetched.done.isEmpty()) {
        say(QStringLiteral("download: %1").arg(fetched.error.isEmpty() ? QStringLiteral("not done") : fetched.error));
        return 1;
    }

    const auto &done = fetched.done.first();
    say(QStringLiteral("downloaded %1 files into %2").arg(done.files.size()).arg(done.folder));
    QString error;
    const auto product = EOCollector::readProduct(done.folder, &error);
    if (!product) {
        say(QStringLiteral("files: %1").arg(error));
        return 1;
    }
    say(QStringLiteral("%1 tile %2, %3 bytes").arg(product->scene.family, product->scene.tile).arg(product->bytes));
    for (auto it = product->bands.cbegin(); it != product->bands.cend(); ++it)
        say(QStringLiteral("band %1 %2").arg(it.key(), it.value()));
    return product->bands.isEmpty() ? 1 : 0;
}

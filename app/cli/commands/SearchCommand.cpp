// `search`: runs a search at any provider and prints or saves the results.
//
// Output format: --format, or when absent a readable table when stdout is a terminal and JSON
// ({"total": N, "results": [...]}, lossless, what scripts and `download` read) otherwise.
#include "app/cli/commands/Commands.h"
#include "app/cli/commands/AssetOption.h"
#include "app/cli/commands/PlaceOption.h"
#include "app/cli/TerminalText.h"

#include "core/model/export/ResultExport.h"
#include "core/provider/AssetSelection.h"
#include "core/provider/MultiSearchJob.h"
#include "core/provider/ProviderRegistry.h"
#include "core/download/queue/SourceFacts.h"
#include "core/download/queue/QueueSettings.h"
#include "core/settings/SavedSearches.h"
#include "core/settings/Settings.h"
#include "core/stac/StacItem.h"

#include <QCoreApplication>
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include <cmath>

#include <unistd.h>

namespace eoc::cli {
namespace {

QString option(const char *name)
{
    return QString::fromLatin1(name);
}


Result<QDate> parseDate(const QString &text, const QString &what)
{
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("SearchCommand", "%1 '%2' is not a date like 2024-06-30").arg(what, text));
    return d;
}

// Cells hold server text: shown escaped, then cut to the column.
QString tableCell(const QString &raw, int width)
{
    QString text = terminalSafe(raw);
    if (text.size() > width)
        text = text.left(width - 1) + QChar(0x2026);
    return text.leftJustified(width);
}

QString humanSize(const std::optional<qint64> &bytes)
{
    if (!bytes)
        return QStringLiteral("-");
    double v = double(*bytes);
    const char *units[] = {"B", "KB", "MB", "GB", "TB"};
    int u = 0;
    while (v >= 1000.0 && u < 4) {
        v /= 1000.0;
        ++u;
    }
    return QString::number(v, 'f', u == 0 ? 0 : 1) + QLatin1Char(' ') + QLatin1String(units[u]);
}

// With a choice of assets, the bytes of the chosen files; else the size the provider states.
std::optional<qint64> shownSize(const SceneResult &r)
{
    return r.attributes.contains(stac::kSelectedAssets) ? downloadSize(r) : r.size;
}

QString table(const QList<SceneResult> &results, bool showSources)
{
    int idWidth = 8;
    for (const auto &r : results)
        idWidth = std::max(idWidth, int(terminalSafe(r.sceneId).size()));
    idWidth = std::min(idWidth, 70);
    QString out = tableCell(QCoreApplication::translate("SearchCommand", "SCENE"), idWidth) + QStringLiteral("  ")
                  + tableCell(QCoreApplication::translate("SearchCommand", "DATE (UTC)"), 19) + QStringLiteral("  ")
                  + tableCell(QCoreApplication::translate("SearchCommand", "CLOUD"), 6) + QStringLiteral("  ")
                  + tableCell(QCoreApplication::translate("SearchCommand", "TILE"), 7) + QStringLiteral("  ") + tableCell(QCoreApplication::translate("SearchCommand", "SIZE"), 9)
                  + (showSources ? QStringLiteral("  ") + QCoreApplication::translate("SearchCommand", "SOURCES") : QString())
                  + QLatin1Char('\n');
    for (const auto &r : results) {
        out += tableCell(r.sceneId, idWidth) + QStringLiteral("  ")
               + tableCell(r.start.isValid() ? r.start.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-"), 19)
               + QStringLiteral("  ")
               + tableCell(r.cloudCover ? QString::number(*r.cloudCover, 'f', 1) : QStringLiteral("-"), 6)
               + QStringLiteral("  ") + tableCell(r.tile.isEmpty() ? QStringLiteral("-") : r.tile, 7)
               + QStringLiteral("  ") + (showSources ? tableCell(humanSize(shownSize(r)), 9) : humanSize(shownSize(r)))
               + (showSources ? QStringLiteral("  ") + terminalSafe(r.sources().join(QStringLiteral(", "))) : QString())
               + QLatin1Char('\n');
    }
    out += QCoreApplication::translate("SearchCommand", "%n result(s)", nullptr, int(results.size())) + QLatin1Char('\n');
    return out;
}

class SearchCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override { return QCoreApplication::translate("SearchCommand", "Search a provider for scenes"); }

    void configure(QCommandLineParser &parser) override
    {
        parser.addOptions({
            {option("provider"), QCoreApplication::translate("SearchCommand", "Provider(s) to search, comma-separated, a preset as PROVIDER:PRESET "
                                                 "(stac:earth-search), or `all` (every provider that carries the collection); "
                                                 "several providers are searched at once and each scene is listed once "
                                                 "with its sources (see `providers`)."), QStringLiteral("names")},
            {option("collection"), QCoreApplication::translate("SearchCommand", "Collection: a shared name such as sentinel-2-l2a (see `providers`), "
                                                   "or the provider's own (or a BDC-Collectors alias)."), QStringLiteral("name")},
            {option("bbox"), QCoreApplication::translate("SearchCommand", "Area as W,S,E,N in degrees (W > E crosses the antimeridian)."), QStringLiteral("W,S,E,N")},
            {option("region"), QCoreApplication::translate("SearchCommand", "Area from a vector file (GeoJSON, Shapefile, GeoPackage, KML...) or WKT/GeoJSON text."), QStringLiteral("file")},
            {option("start"), QCoreApplication::translate("SearchCommand", "First day, inclusive (YYYY-MM-DD, UTC)."), QStringLiteral("date")},
            {option("end"), QCoreApplication::translate("SearchCommand", "Last day, inclusive (YYYY-MM-DD, UTC)."), QStringLiteral("date")},
            {option("cloud-max"), QCoreApplication::translate("SearchCommand", "Maximum cloud cover in percent (0-100)."), QStringLiteral("N")},
            {option("product-type"), QCoreApplication::translate("SearchCommand", "Product type, e.g. S2MSI2A, GRD, L2SP."), QStringLiteral("type")},
            {option("tile"), QCoreApplication::translate("SearchCommand", "Tile: MGRS (23LLG), WRS-2 path/row (220069)...; repeatable or comma-separated."), QStringLiteral("tile")},
            {option("platform"), QCoreApplication::translate("SearchCommand", "Platform, e.g. sentinel-2a."), QStringLiteral("name")},
            {option("filter"), QCoreApplication::translate("SearchCommand", "Provider-specific filter KEY=VALUE (repeatable), e.g. catalog=planetary-computer or "
                                             "s2:nodata_pixel_percentage=<=10."), QStringLiteral("KEY=VALUE")},
            {option("limit"), QCoreApplication::translate("SearchCommand", "Stop after N results."), QStringLiteral("N")},
            {option("format"), QCoreApplication::translate("SearchCommand", "table, json, geojson, csv, ids, metalink or gpkg (gpkg needs --output). Default: "
                                             "table on a terminal, json otherwise."), QStringLiteral("format")},
            {option("output"), QCoreApplication::translate("SearchCommand", "Write to FILE instead of standard output."), QStringLiteral("file")},
            {option("saved"), QCoreApplication::translate("SearchCommand", "Run the search saved under NAME in the desktop program; the other options "
                                            "given here replace the saved ones."), QStringLiteral("NAME")},
            {option("list-saved"), QCoreApplication::translate("SearchCommand", "List the saved searches and exit.")},
        });
        parser.addOptions(assetOptions());
        parser.addOptions(placeOptions());
    }

    void run(const QCommandLineParser &parser, const CliContext &context) override
    {
        m_context = context;
        m_assets = assetRequest(parser);
        if (parser.isSet(option("list-saved"))) {
            finish(listSaved(context));
            return;
        }
        auto query = buildQuery(parser);
        if (!query) {
            finish(context.fail(query.error()));
            return;
        }

        // Output choice first: a wrong format should not cost a search.
        const QString formatName = parser.isSet(option("format"))
                                       ? parser.value(option("format")).trimmed().toLower()
                                       : (context.stdoutIsTerminal ? QStringLiteral("table") : QStringLiteral("json"));
        m_outputPath = parser.value(option("output"));
        if (formatName != QLatin1String("table")) {
            m_format = exportFormatFromName(formatName);
            if (!m_format) {
                finish(context.fail(ErrorClass::BadInput, QCoreApplication::translate("SearchCommand", "Unknown --format '%1'; use table, %2")
                                                              .arg(formatName, exportFormatNames().join(QStringLiteral(", ")))));
                return;
            }
            if (*m_format == ExportFormat::GeoPackage && m_outputPath.isEmpty()) {
                finish(context.fail(ErrorClass::BadInput, QCoreApplication::translate("SearchCommand", "--format gpkg needs --output FILE")));
                return;
            }
        }

        const QString providerNames = parser.isSet(option("provider")) ? parser.value(option("provider")).trimmed()
                                                                       : query->provider;
        if (providerNames.isEmpty()) {
            finish(context.fail(ErrorClass::BadInput, QCoreApplication::translate("SearchCommand", "--provider is required (see `providers`)")));
            return;
        }
        auto plan = planSourceSearches(providerNames, query.value(), *context.registry, context.providerContext(),
                                       context.settings);
        if (!plan) {
            finish(context.fail(plan.error()));
            return;
        }
        if (plan->searches.size() > 1 && m_assets.given) {
            finish(context.fail(ErrorClass::BadInput, QCoreApplication::translate("SearchCommand", "--assets names one provider's asset keys: "
                                                                                                    "search one provider to choose assets")));
            return;
        }
        auto policy = readSourcePolicy(*context.settings);
        if (!policy) {
            finish(context.fail(policy.error()));
            return;
        }
        for (const QString &note : std::as_const(plan->skipped))
            *m_context.err << warningLine(QCoreApplication::translate("SearchCommand", "not searched: %1").arg(note)) << Qt::endl;

        m_showProgress = ::isatty(STDERR_FILENO) == 1;
        m_query = plan->searches.first().query;
        m_manySources = plan->searches.size() > 1;
        auto *job = new MultiSearchJob(plan->searches, policy.value(),
                                       sourceFacts(*context.registry, context.providerContext(), context.settings));
        m_job = job;
        // Rows are merged as the sources answer; the final list is the job's.
        connect(job, &SearchJob::progress, this, [this](qint64 received, qint64 total) {
            if (!m_showProgress)
                return;
            *m_context.err << '\r';
            if (total >= 0)
                *m_context.err << QCoreApplication::translate("SearchCommand", "received %1 of %2").arg(received).arg(total);
            else
                *m_context.err << QCoreApplication::translate("SearchCommand", "received %1").arg(received);
            m_context.err->flush();
        });
        connect(job, &SearchJob::warning, this, [this](const QString &message) {
            endProgressLine();
            *m_context.err << warningLine(message) << Qt::endl;
        });
        connect(job, &MultiSearchJob::sourceFailed, this, [this](const QString &source, const Error &error) {
            if (!m_manySources)
                return;
            // The others go on: this source's error is shown beside their results.
            endProgressLine();
            *m_context.err << warningLine(QCoreApplication::translate("SearchCommand", "%1 failed: %2").arg(source, error.message))
                           << Qt::endl;
        });
        connect(job, &SearchJob::finished, this, [this, job] {
            m_results = job->rows();
            // Each source stopped at --limit; the merged list keeps the scenes that arrived first.
            if (m_query.limit && m_results.size() > *m_query.limit)
                m_results.resize(*m_query.limit);
            m_sourceErrors = job->sourceErrors();
            writeResults();
        });
        connect(job, &SearchJob::failed, this, [this](const Error &error) {
            endProgressLine();
            // The provider's own failure (network, service): exit 1 unless it blames the input.
            finish(m_context.fail(error));
        });
        m_job->start();
    }

private:
    int listSaved(const CliContext &context) const
    {
        SavedSearches saved(SavedSearches::pathBeside(*context.settings));
        if (auto loaded = saved.load(); !loaded)
            return context.fail(loaded.error());
        for (const QString &name : saved.names()) {
            const SearchQuery q = *saved.find(name);
            *context.out << terminalSafe(name) << '\t' << terminalSafe(q.provider) << '\t'
                         << terminalSafe(q.collection) << Qt::endl;
        }
        return ExitOk;
    }

    // The saved search named by --saved, or an empty query.
    Result<SearchQuery> baseQuery(const QCommandLineParser &parser) const
    {
        if (!parser.isSet(option("saved")))
            return SearchQuery();
        SavedSearches saved(SavedSearches::pathBeside(*m_context.settings));
        if (auto loaded = saved.load(); !loaded)
            return loaded.error();
        return saved.find(parser.value(option("saved")));
    }

    // Options given on the command line replace those of a saved search.
    Result<SearchQuery> buildQuery(const QCommandLineParser &parser) const
    {
        auto base = baseQuery(parser);
        if (!base)
            return base.error();
        SearchQuery q = *base;
        if (parser.isSet(option("collection")))
            q.collection = parser.value(option("collection")).trimmed();
        if (parser.isSet(option("bbox")) && parser.isSet(option("region")))
            return Error(ErrorClass::BadInput, QCoreApplication::translate("SearchCommand", "Give either --bbox or --region, not both"));
        if (parser.isSet(option("bbox"))) {
            auto box = BoundingBox::parse(parser.value(option("bbox")));
            if (!box)
                return Error(ErrorClass::BadInput, QCoreApplication::translate("SearchCommand", "--bbox: %1").arg(box.error().message));
            q.region = Region::fromBox(box.value());
        } else if (parser.isSet(option("region"))) {
            const QString text = parser.value(option("region"));
            auto region = QFileInfo::exists(text) ? Region::fromFile(text) : Region::parse(text);
            if (!region) {
                return Error(ErrorClass::BadInput,
                             QCoreApplication::translate("SearchCommand", "--region '%1': %2").arg(text, region.error().message));
            }
            q.region = region.value();
        }
        if (parser.isSet(QStringLiteral("place")) && (parser.isSet(option("bbox")) || parser.isSet(option("region"))))
            return Error(ErrorClass::BadInput, QCoreApplication::translate("SearchCommand", "Give only one of --bbox, --region and --place"));
        auto place = placeRegion(parser, m_context);
        if (!place)
            return place.error();
        if (*place)
            q.region = **place;
        if (parser.isSet(option("start"))) {
            auto d = parseDate(parser.value(option("start")), QStringLiteral("--start"));
            if (!d)
                return d.error();
            q.start = d.value();
        }
        if (parser.isSet(option("end"))) {
            auto d = parseDate(parser.value(option("end")), QStringLiteral("--end"));
            if (!d)
                return d.error();
            q.end = d.value();
        }
        if (q.start.isValid() && q.end.isValid() && q.end < q.start) {
            return Error(ErrorClass::BadInput, QCoreApplication::translate("SearchCommand", "--end %1 is before --start %2")
                                                   .arg(q.end.toString(Qt::ISODate), q.start.toString(Qt::ISODate)));
        }
        if (parser.isSet(option("cloud-max"))) {
            bool ok = false;
            const double cloud = parser.value(option("cloud-max")).toDouble(&ok);
            // toDouble() accepts "nan" and "inf"; NaN fails every comparison, so ask for the range.
            if (!ok || !std::isfinite(cloud) || !(cloud >= 0 && cloud <= 100)) {
                return Error(ErrorClass::BadInput, QCoreApplication::translate("SearchCommand", "--cloud-max must be a percentage 0-100 (got '%1')")
                                                       .arg(parser.value(option("cloud-max"))));
            }
            q.cloudMax = cloud;
        }
        if (parser.isSet(option("product-type")))
            q.productType = parser.value(option("product-type")).trimmed();
        if (parser.isSet(option("platform")))
            q.platform = parser.value(option("platform")).trimmed();
        const auto tiles = parser.values(option("tile"));
        if (!tiles.isEmpty())
            q.tiles.clear();
        for (const auto &t : tiles) {
            const auto parts = t.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const auto &p : parts)
                q.tiles << p.trimmed();
        }
        if (parser.isSet(option("limit"))) {
            bool ok = false;
            const int limit = parser.value(option("limit")).toInt(&ok);
            if (!ok || limit <= 0)
                return Error(ErrorClass::BadInput, QCoreApplication::translate("SearchCommand", "--limit must be a positive whole number (got '%1')")
                                                       .arg(parser.value(option("limit"))));
            q.limit = limit;
        }
        const auto filters = parser.values(option("filter"));
        for (const auto &f : filters) {
            const auto eq = f.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return Error(ErrorClass::BadInput, QCoreApplication::translate("SearchCommand", "--filter needs KEY=VALUE (got '%1')").arg(f));
            q.extra.insert(f.left(eq).trimmed(), f.mid(eq + 1));
        }
        if (auto valid = q.validate(); !valid)
            return valid.error();
        return q;
    }

    void endProgressLine()
    {
        if (m_showProgress)
            *m_context.err << Qt::endl;
    }

    void writeResults()
    {
        endProgressLine();
        if (auto chosen = applyAssetOptions(m_assets, m_context, m_results, m_query.provider, m_query.collection); !chosen) {
            finish(m_context.fail(chosen.error()));
            return;
        }
        if (!m_format) {
            *m_context.out << table(m_results, m_manySources);
            finish(ExitOk);
            return;
        }
        if (*m_format == ExportFormat::Json && !m_sourceErrors.isEmpty()) {
            // The sources that failed are named beside the results, for scripts to see.
            QJsonObject document = resultsToJson(m_results);
            QJsonArray errors;
            for (const auto &[source, error] : std::as_const(m_sourceErrors)) {
                errors.append(QJsonObject{{QStringLiteral("source"), source},
                                          {QStringLiteral("class"), errorClassName(error.errorClass)},
                                          {QStringLiteral("message"), error.message}});
            }
            document.insert(QStringLiteral("errors"), errors);
            const QByteArray json = QJsonDocument(document).toJson(QJsonDocument::Indented);
            if (!m_outputPath.isEmpty()) {
                QFile file(m_outputPath);
                if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size()) {
                    finish(m_context.fail(ErrorClass::LocalDisk, QCoreApplication::translate("SearchCommand", "Cannot write %1: %2")
                                                                     .arg(m_outputPath, file.errorString())));
                    return;
                }
            } else {
                *m_context.out << QString::fromUtf8(json);
                m_context.out->flush();
            }
            finish(ExitOk);
            return;
        }
        if (!m_outputPath.isEmpty()) {
            const auto written = exportResultsToFile(m_results, *m_format, m_outputPath);
            finish(written ? ExitOk : m_context.fail(written.error()));
            return;
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const auto written = exportResults(m_results, *m_format, buffer);
        if (!written) {
            finish(m_context.fail(written.error()));
            return;
        }
        *m_context.out << QString::fromUtf8(bytes);
        m_context.out->flush();
        finish(ExitOk);
    }

    void finish(int code)
    {
        if (m_finished)
            return;
        m_finished = true;
        if (m_job)
            m_job->deleteLater();
        Q_EMIT finished(code);
    }

    CliContext m_context;
    AssetRequest m_assets;
    SearchQuery m_query;
    std::optional<ExportFormat> m_format;
    QString m_outputPath;
    QPointer<SearchJob> m_job;
    QList<SceneResult> m_results;
    QList<QPair<QString, Error>> m_sourceErrors;
    bool m_manySources = false;
    bool m_showProgress = false;
    bool m_finished = false;
};

} // namespace

std::unique_ptr<CliCommand> makeSearchCommand()
{
    return std::make_unique<SearchCommand>();
}
} // namespace eoc::cli

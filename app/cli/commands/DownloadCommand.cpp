// `download`: puts URLs, Metalink files, scene ids or saved results into the download queue and
// follows them until they are done.
#include "app/cli/commands/Commands.h"
#include "app/cli/commands/AssetOption.h"
#include "app/cli/commands/FtpMaskOption.h"
#include "app/cli/CliCredentials.h"
#include "app/cli/TerminalText.h"

#include "app/cli/queue/QueueReporter.h"
#include "core/download/queue/DownloadQueue.h"
#include "core/download/queue/JournaledItem.h"
#include "core/download/queue/DownloadSecrets.h"
#include "core/download/queue/FileVerifier.h"
#include "core/download/ftp/FtpSession.h"
#include "core/download/queue/ItemFolder.h"
#include "core/download/queue/Metalink.h"
#include "core/model/layout/VersionFolder.h"
#include "core/net/RequestRules.h"
#include "core/provider/Provider.h"
#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonDocument>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace eoc::cli {
namespace {

QString opt(const char *name) { return QString::fromLatin1(name); }

class DownloadCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("download"); }
    QString summary() const override { return QCoreApplication::translate("DownloadCommand", "Download scenes or URLs through the queue"); }
    bool usesQueue() const override { return true; }

    void configure(QCommandLineParser &parser) override
    {
        parser.addOptions({
            {opt("url"), QCoreApplication::translate("DownloadCommand", "Download this http(s), ftp or ftps URL (plain-link provider; repeatable)."), QStringLiteral("URL")},
            {opt("mask"), QCoreApplication::translate("DownloadCommand", "With an ftp:// or ftps:// --url of a folder: download the files under it "
                                                                         "that PATTERN names, level by level (tokens %Y %YY %m %d %JJJ %H %M %S, *)."),
             QStringLiteral("PATTERN")},
            {opt("metalink"), QCoreApplication::translate("DownloadCommand", "Download every file of a Metalink 4 file (RFC 5854)."), QStringLiteral("FILE")},
            {opt("from"), QCoreApplication::translate("DownloadCommand", "Download the results saved by `search --output` (.json or .geojson)."), QStringLiteral("RESULTS")},
            {opt("provider"), QCoreApplication::translate("DownloadCommand", "Provider of --scene-id."), QStringLiteral("NAME")},
            {opt("scene-id"), QCoreApplication::translate("DownloadCommand", "Scene to look up and download (repeatable)."), QStringLiteral("ID")},
            {opt("collection"), QCoreApplication::translate("DownloadCommand", "Collection of --scene-id."), QStringLiteral("NAME")},
            {{opt("output"), opt("o")}, QCoreApplication::translate("DownloadCommand", "Output folder (default: the current folder)."), QStringLiteral("DIR")},
            {opt("layout"), QCoreApplication::translate("DownloadCommand", "flat (default), scene-folder (one folder per scene) or bdc (Brazil Data Cube "
                                           "collection folders, version from the setting download.bdc_version, default 1)."),
             QStringLiteral("LAYOUT")},
            {opt("sha256"), QCoreApplication::translate("DownloadCommand", "Expected SHA-256 of --url."), QStringLiteral("HEX")},
            {opt("sha512"), QCoreApplication::translate("DownloadCommand", "Expected SHA-512 of --url."), QStringLiteral("HEX")},
            {opt("sha1"), QCoreApplication::translate("DownloadCommand", "Expected SHA-1 of --url."), QStringLiteral("HEX")},
            {opt("md5"), QCoreApplication::translate("DownloadCommand", "Expected MD5 of --url."), QStringLiteral("HEX")},
            {opt("blake3"), QCoreApplication::translate("DownloadCommand", "Expected BLAKE3 of --url."), QStringLiteral("HEX")},
            {opt("header"), QCoreApplication::translate("DownloadCommand", "Extra request header for --url (repeatable), like curl -H. Sent to the URL's "
                                           "own host only; values other than Accept, Accept-Language, User-Agent, "
                                           "Cache-Control, Pragma and DNT are kept in the keychain, not the journal."),
             QStringLiteral("'Name: value'")},
            {opt("jobs"), QCoreApplication::translate("DownloadCommand", "Transfers at once (default 4)."), QStringLiteral("N")},
            {opt("limit-rate"), QCoreApplication::translate("DownloadCommand", "Total download rate, like curl: 500K, 2M."), QStringLiteral("RATE")},
            {opt("priority"), QCoreApplication::translate("DownloadCommand", "Priority of the new items (higher runs first)."), QStringLiteral("N")},
            {opt("json"), QCoreApplication::translate("DownloadCommand", "Progress as one JSON object per line.")},
            {opt("no-run"), QCoreApplication::translate("DownloadCommand", "Only put the items in the queue; `queue run` or the "
                                                        "desktop program downloads them.")},
            {opt("one-time-code"), QCoreApplication::translate("DownloadCommand", "Read the two-factor one-time code a login asks for "
                                                               "(CREODIAS) from standard input; on a terminal it is asked for anyway.")},
        });
        parser.addOptions(assetOptions());
    }

    void run(const QCommandLineParser &parser, const CliContext &context) override
    {
        m_context = context;
        if (parser.isSet(opt("one-time-code")) && context.cliCredentials)
            context.cliCredentials->setOneTimeCodeInput(true, context.stdinIsTerminal);
        const int sources = int(parser.isSet(opt("url"))) + int(parser.isSet(opt("metalink")))
                            + int(parser.isSet(opt("from"))) + int(parser.isSet(opt("scene-id")));
        if (sources != 1) {
            finish(context.fail(ErrorClass::BadInput,
                                QCoreApplication::translate("DownloadCommand", "Give exactly one of --url, --metalink, --from or --provider with --scene-id")));
            return;
        }
        if (parser.isSet(opt("mask")) && (!parser.isSet(opt("url")) || parser.values(opt("url")).size() != 1)) {
            finish(context.fail(ErrorClass::BadInput, QCoreApplication::translate("DownloadCommand", "--mask needs exactly one --url: the FTP folder it starts in")));
            return;
        }
        m_assets = assetRequest(parser);
        if ((m_assets.given || m_assets.remember) && !parser.isSet(opt("from")) && !parser.isSet(opt("scene-id"))) {
            finish(context.fail(ErrorClass::BadInput, QCoreApplication::translate("DownloadCommand", "--assets chooses files of scenes: use it with --from "
                                                                     "or --scene-id")));
            return;
        }
        m_output = parser.isSet(opt("output")) ? parser.value(opt("output")) : QDir::currentPath();
        if (parser.isSet(opt("layout"))) {
            const auto layout = queueLayoutFromName(parser.value(opt("layout")));
            if (!layout) {
                finish(context.fail(ErrorClass::BadInput, QCoreApplication::translate("DownloadCommand", "Unknown layout '%1' (flat, scene-folder, bdc)")
                                                              .arg(parser.value(opt("layout")))));
                return;
            }
            m_layout = *layout;
        }
        if (parser.isSet(opt("priority"))) {
            bool ok = false;
            m_priority = parser.value(opt("priority")).toInt(&ok);
            if (!ok) {
                finish(context.fail(ErrorClass::BadInput, QCoreApplication::translate("DownloadCommand", "--priority needs a whole number")));
                return;
            }
        }
        DownloadQueue::Options options;
        if (auto s = applyQueueSettings(*context.settings, options); !s) {
            finish(context.fail(s.error()));
            return;
        }
        if (m_layout == QueueLayout::Bdc) {
            if (auto folder = layout::versionFolder(options.bdcVersion); !folder) {
                finish(context.fail(ErrorClass::BadInput, QCoreApplication::translate("DownloadCommand", "%1: %2").arg(QString::fromLatin1(kBdcVersionSetting),
                                                                                        folder.error().message)));
                return;
            }
        }
        if (parser.isSet(opt("jobs"))) {
            bool ok = false;
            options.maxConnections = parser.value(opt("jobs")).toInt(&ok);
            if (!ok || options.maxConnections < 1 || options.maxConnections > 64) {
                finish(context.fail(ErrorClass::BadInput, QCoreApplication::translate("DownloadCommand", "--jobs needs a number from 1 to 64")));
                return;
            }
            // The plain-link provider may use as many connections as asked for.
            context.settings->applyAssignment(QStringLiteral("http.max_connections=%1").arg(options.maxConnections));
        }
        if (parser.isSet(opt("limit-rate"))) {
            const auto rate = parseRate(parser.value(opt("limit-rate")));
            if (!rate) {
                finish(context.fail(ErrorClass::BadInput, QCoreApplication::translate("DownloadCommand", "--limit-rate '%1' is not a rate like 500K or 2M")
                                                              .arg(parser.value(opt("limit-rate")))));
                return;
            }
            options.limitBytesPerSecond = *rate;
        }
        m_json = parser.isSet(opt("json"));
        m_noRun = parser.isSet(opt("no-run"));
        options.store = context.queueStore.location;
        options.storePassword = context.queueStore.password;
        m_queue = new DownloadQueue(context.network, context.registry, context.providerContext(), options, this);

        if (parser.isSet(opt("url"))) {
            auto results = urlResults(parser);
            if (!results) {
                finish(context.fail(results.error()));
                return;
            }
            m_results = results.value();
            if (parser.isSet(opt("mask"))) {
                expandMask(parser.value(opt("mask")));
                return;
            }
        } else if (parser.isSet(opt("metalink"))) {
            QFile file(parser.value(opt("metalink")));
            if (!file.open(QIODevice::ReadOnly)) {
                finish(context.fail(ErrorClass::BadInput, QCoreApplication::translate("DownloadCommand", "Cannot read %1: %2").arg(file.fileName(), file.errorString())));
                return;
            }
            auto files = readMetalink(file.readAll());
            if (!files) {
                finish(context.fail(files.error()));
                return;
            }
            for (const auto &f : files.value())
                m_results << metalinkFileToResult(f);
        } else if (parser.isSet(opt("from"))) {
            QFile file(parser.value(opt("from")));
            if (!file.open(QIODevice::ReadOnly)) {
                finish(context.fail(ErrorClass::BadInput, QCoreApplication::translate("DownloadCommand", "Cannot read %1: %2").arg(file.fileName(), file.errorString())));
                return;
            }
            auto results = resultsFromJson(file.readAll());
            if (!results) {
                finish(context.fail(results.error()));
                return;
            }
            m_results = results.value();
            for (const auto &r : std::as_const(m_results)) {
                if (r.provider.isEmpty()) {
                    finish(context.fail(ErrorClass::BadInput, QCoreApplication::translate("DownloadCommand", "Result '%1' in %2 names no provider")
                                                                  .arg(r.sceneId, file.fileName())));
                    return;
                }
            }
            if (auto chosen = applyAssetOptions(m_assets, context, m_results); !chosen) {
                finish(context.fail(chosen.error()));
                return;
            }
        } else {
            if (!parser.isSet(opt("provider"))) {
                finish(context.fail(ErrorClass::BadInput, QCoreApplication::translate("DownloadCommand", "--scene-id needs --provider")));
                return;
            }
            lookupScenes(parser.value(opt("provider")), parser.value(opt("collection")), parser.values(opt("scene-id")));
            return;
        }
        enqueueAndFollow();
    }

private:
    // One item per --url, each with the same headers; a checksum or a user name in the URL belongs
    // to one file, so those need a single --url.
    Result<QList<SceneResult>> urlResults(const QCommandLineParser &parser)
    {
        const QStringList urls = parser.values(opt("url"));
        QMap<QString, QString> checksums;
        static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
        const std::pair<const char *, int> algorithms[] = {{"md5", 32}, {"sha1", 40}, {"sha256", 64}, {"sha512", 128}, {"blake3", 64}};
        for (const auto &[algorithm, length] : algorithms) {
            if (!parser.isSet(opt(algorithm)))
                continue;
            if (urls.size() > 1) {
                return Error(ErrorClass::BadInput, QCoreApplication::translate("DownloadCommand", "--%1 checks one file, but %2 --url were given: "
                                                                  "download the files one per run to check them")
                                                       .arg(QLatin1String(algorithm)).arg(urls.size()));
            }
            const QString value = parser.value(opt(algorithm)).trimmed();
            if (value.size() != length || !hex.match(value).hasMatch()) {
                return Error(ErrorClass::BadInput, QCoreApplication::translate("DownloadCommand", "--%1 needs %2 hexadecimal digits, got '%3'")
                                                       .arg(QLatin1String(algorithm)).arg(length).arg(value));
            }
            checksums.insert(QLatin1String(algorithm), value.toLower());
        }
        // Harmless headers travel with the item; the others (and the URL's user info) are
        // secrets: the keychain holds them, the journal only their names.
        QJsonArray plainHeaders;
        const auto lines = parser.values(opt("header"));
        for (const QString &line : lines) {
            auto header = net::parseUserHeader(line);
            if (!header)
                return header.error();
            const auto &[name, value] = header.value();
            if (net::userHeaderKind(name) == net::UserHeaderKind::Plain)
                plainHeaders.append(QString(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value)));
            else
                m_secretHeaders.append(header.value());
        }
        QList<SceneResult> results;
        QSet<QUrl> seen;
        for (const QString &text : urls) {
            auto url = checkedUrl(text, urls.size());
            if (!url)
                return url.error();
            if (seen.contains(url.value()))
                continue;   // the same file twice is downloaded once
            seen.insert(url.value());
            SceneResult r;
            r.provider = QStringLiteral("http");
            r.checksums = checksums;
            r.link = url.value();
            if (!plainHeaders.isEmpty())
                r.attributes.insert(QStringLiteral("headers"), plainHeaders);
            results << r;
        }
        return results;
    }

    // The files of the one --url folder that the mask names, each an item like a --url of its own.
    void expandMask(const QString &mask)
    {
        const SceneResult folder = m_results.first();
        if (!folder.checksums.isEmpty()) {
            finish(m_context.fail(ErrorClass::BadInput, QCoreApplication::translate("DownloadCommand", "--mask may name many files; a checksum "
                                                                                                       "option checks one: give the file's own --url")));
            return;
        }
        listMaskedFiles(m_context, folder.link, mask, m_secretHeaders, this, [this, folder](const Result<QList<QUrl>> &files) {
            if (!files) {
                finish(m_context.fail(files.error()));
                return;
            }
            m_results.clear();
            for (const QUrl &url : files.value()) {
                SceneResult r = folder;
                r.link = url;
                m_results << r;
            }
            enqueueAndFollow();
        });
    }

    // An http(s), ftp or ftps URL; its user name and password become the Authorization header
    // (an FTP transfer logs in with them), kept in the keychain, never in the journal.
    Result<QUrl> checkedUrl(const QString &text, qsizetype urlCount)
    {
        QUrl url(text, QUrl::TolerantMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https") && !isFtpUrl(url))) {
            const QString shown = url.isValid() ? url.toString(QUrl::RemoveUserInfo) : text;
            return Error(ErrorClass::BadInput, QCoreApplication::translate("DownloadCommand", "--url '%1' is not an http, https, ftp or ftps URL").arg(shown));
        }
        if (url.userInfo().isEmpty())
            return url;
        if (urlCount > 1) {
            return Error(ErrorClass::BadInput, QCoreApplication::translate("DownloadCommand", "--url '%1' has a user name, which works with a single --url "
                                                              "only: give one URL per run, or the credentials with --header")
                                                   .arg(url.toString(QUrl::RemoveUserInfo)));
        }
        const bool hasAuthorization = std::any_of(m_secretHeaders.cbegin(), m_secretHeaders.cend(), [](const auto &h) {
            return h.first.compare("Authorization", Qt::CaseInsensitive) == 0;
        });
        if (hasAuthorization) {
            return Error(ErrorClass::BadInput, QCoreApplication::translate("DownloadCommand", "--url has a user name and --header gives Authorization: "
                                                              "give only one of them"));
        }
        const QByteArray pair = url.userName(QUrl::FullyDecoded).toUtf8() + ':' + url.password(QUrl::FullyDecoded).toUtf8();
        m_secretHeaders.append({QByteArray("Authorization"), QByteArray("Basic ") + pair.toBase64()});
        url.setUserInfo(QString());
        return url;
    }

    QStringList secretHeaderNames() const
    {
        QStringList names;
        for (const auto &header : m_secretHeaders) {
            if (!names.contains(QString::fromLatin1(header.first), Qt::CaseInsensitive))
                names << QString::fromLatin1(header.first);
        }
        return names;
    }

    // The secret headers go to the keychain before the item that refers to them is journaled,
    // so that whichever process runs the queue finds them there.
    void keepSecretsThenEnqueue()
    {
        m_secretsRef = DownloadSecrets::newReference();
        m_queue->secrets()->keep(m_secretsRef, m_secretHeaders, this, [this](const DownloadSecrets::Kept &kept) {
            if (!kept.inKeychain) {
                *m_context.err << QCoreApplication::translate("DownloadCommand", "note: no keychain is available (%1); the headers %2 are kept "
                                                                 "in memory for this run only")
                                      .arg(kept.detail, secretHeaderNames().join(QStringLiteral(", ")))
                               << '\n';
                if (!m_queue->isRunner())
                    *m_context.err << QCoreApplication::translate("DownloadCommand", "note: the process that runs the queue cannot read them, so "
                                                                     "this download will fail")
                                   << '\n';
                m_context.err->flush();
            }
            m_secretsKept = true;
            enqueueAndFollow();
        });
    }

    void lookupScenes(const QString &providerName, const QString &collection, const QStringList &ids)
    {
        auto provider = m_context.registry->provider(providerName, m_context.providerContext(), m_context.settings);
        if (!provider) {
            finish(m_context.fail(provider.error()));
            return;
        }
        m_pendingLookups = int(ids.size());
        for (const QString &id : ids) {
            SearchJob *job = provider.value()->lookup(collection, id);
            job->setParent(this);
            auto found = std::make_shared<bool>(false);
            connect(job, &SearchJob::pageReady, this, [this, found](const QList<SceneResult> &page) {
                if (!page.isEmpty() && !*found) {
                    *found = true;
                    m_results << page.first();
                }
            });
            connect(job, &SearchJob::finished, this, [this, job, found, id] {
                job->deleteLater();
                if (!*found)
                    m_lookupError = Error(ErrorClass::NotFound, QCoreApplication::translate("DownloadCommand", "Scene '%1' was not found").arg(id));
                lookupDone();
            });
            connect(job, &SearchJob::failed, this, [this, job](const Error &error) {
                job->deleteLater();
                m_lookupError = error;
                lookupDone();
            });
            job->start();
        }
    }

    void lookupDone()
    {
        if (--m_pendingLookups > 0)
            return;
        if (m_lookupError.isError()) {
            finish(m_context.fail(m_lookupError));
            return;
        }
        if (auto chosen = applyAssetOptions(m_assets, m_context, m_results); !chosen) {
            finish(m_context.fail(chosen.error()));
            return;
        }
        enqueueAndFollow();
    }

    std::optional<QueueItemInfo> existingItem(const SceneResult &scene, const QString &provider) const
    {
        return findJournaledItem(m_queue->items(), scene, provider,
                                 QDir::cleanPath(QDir::current().absoluteFilePath(m_output)));
    }

    void enqueueAndFollow()
    {
        if (!m_opened) {
            if (auto s = m_queue->open(); !s) {
                finish(m_context.fail(s.error()));
                return;
            }
            m_opened = true;
        }
        if (!m_secretHeaders.isEmpty() && !m_secretsKept) {
            keepSecretsThenEnqueue();
            return;
        }
        QList<qint64> ids;
        for (const SceneResult &scene : std::as_const(m_results)) {
            const QString provider = scene.provider.isEmpty() ? QStringLiteral("http") : scene.provider;
            auto existing = existingItem(scene, provider);
            if (existing && existing->state == QueueState::Done) {
                // Done earlier, but the files have since been moved or deleted: fetch them again.
                if (!journaledFilesThere(*existing)) {
                    m_queue->remove(existing->id);
                    existing.reset();
                }
            }
            if (existing) {
                ids << existing->id;
                if (!m_secretsRef.isEmpty() && existing->state == QueueState::Done) {
                    // Nothing left to fetch: the headers are not needed.
                    m_queue->secrets()->forget(m_secretsRef);
                } else if (!m_secretsRef.isEmpty()) {
                    // The headers given now replace the ones the item had.
                    if (auto s = m_queue->setSecretHeaders(existing->id, m_secretsRef, secretHeaderNames()); !s) {
                        finish(m_context.fail(s.error()));
                        return;
                    }
                }
                if (existing->state == QueueState::Failed || existing->wish == QueueWish::Cancelled)
                    m_queue->retry(existing->id);
                else if (existing->wish == QueueWish::Paused)
                    m_queue->resume(existing->id);
                continue;
            }
            QueueItemRequest request;
            request.provider = provider;
            request.scene = scene;
            request.outputFolder = m_output;
            request.layout = m_layout;
            request.priority = m_priority;
            request.secretsRef = m_secretsRef;
            request.secretHeaders = secretHeaderNames();
            auto id = m_queue->add(request);
            if (!id) {
                finish(m_context.fail(id.error()));
                return;
            }
            ids << id.value();
        }
        if (m_noRun) {
            reportQueued(ids);
            return;
        }
        if (!m_queue->isRunner() && !m_json) {
            *m_context.err << QCoreApplication::translate("DownloadCommand", "note: another eo-collector process runs the queue; it will "
                                                             "download these items. Following its progress.")
                           << '\n';
            m_context.err->flush();
        }
        const auto mode = m_json ? QueueReporter::Mode::Json
                          : m_context.stdoutIsTerminal ? QueueReporter::Mode::Bar
                                                       : QueueReporter::Mode::Lines;
        auto *reporter = new QueueReporter(m_queue, mode, m_context.out, this);
        connect(reporter, &QueueReporter::finished, this, [this](int code) {
            if (code != 0 && !m_json) {
                for (const auto &item : m_queue->items()) {
                    if (m_watched.contains(item.id) && item.error.isError())
                        *m_context.err << errorLine(QCoreApplication::translate("DownloadCommand", "%1: %2").arg(item.title, item.error.message))
                                       << '\n';
                }
            }
            finish(code);
        });
        m_watched = ids;
        reporter->watch(ids);
        m_queue->start();
    }

    // --no-run: what was put in the queue, for the user or a script that hands it to workers.
    void reportQueued(const QList<qint64> &ids)
    {
        if (m_json) {
            QJsonArray array;
            for (qint64 id : ids)
                array.append(id);
            *m_context.out << QJsonDocument(QJsonObject{{QStringLiteral("queued"), array}}).toJson(QJsonDocument::Compact) << '\n';
        } else {
            QStringList shown;
            for (qint64 id : ids)
                shown << QString::number(id);
            *m_context.out << QCoreApplication::translate("DownloadCommand", "%n item(s) in the queue (%1); not downloaded now: "
                                                          "`eo-collector-cli queue run` downloads them", nullptr, int(ids.size()))
                                  .arg(shown.join(QStringLiteral(", ")))
                           << '\n';
        }
        finish(ExitOk);
    }

    void finish(int code)
    {
        if (m_finished)
            return;
        m_finished = true;
        if (!m_queue) {
            Q_EMIT finished(code);
            return;
        }
        // A done item's headers may still be on their way out of the keychain.
        m_queue->secrets()->whenSettled(this, [this, code] { Q_EMIT finished(code); });
    }

    CliContext m_context;
    AssetRequest m_assets;
    DownloadQueue *m_queue = nullptr;
    QList<SceneResult> m_results;
    QList<qint64> m_watched;
    QString m_output;
    QueueLayout m_layout = QueueLayout::Flat;
    int m_priority = 0;
    bool m_json = false;
    bool m_noRun = false;
    bool m_finished = false;
    bool m_opened = false;
    HeaderList m_secretHeaders;
    QString m_secretsRef;
    bool m_secretsKept = false;
    int m_pendingLookups = 0;
    Error m_lookupError;
};

} // namespace

std::unique_ptr<CliCommand> makeDownloadCommand()
{
    return std::make_unique<DownloadCommand>();
}
} // namespace eoc::cli

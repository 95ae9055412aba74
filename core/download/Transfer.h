#pragma once

#include "core/model/Error.h"
#include "core/model/SceneResult.h"
#include "core/net/HttpTypes.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace eoc {

class AuthSession;
class CredentialSource;
class NetworkAccess;

// One HTTP or FTP file transfer into a `.part` file, resumable. The queue owns what to fetch and where;
// a Transfer knows only how to move the bytes safely.
struct TransferSpec {
    QUrl url;
    QString partPath;                 // <final name>.part; created or appended to
    qint64 resumeOffset = 0;          // bytes already in partPath that are known good
    QByteArray etag;                  // validators from the earlier attempt, for If-Range
    QByteArray lastModified;
    std::optional<qint64> expectedSize;
    HeaderList headers;               // sent to the origin of `url` only, never after a redirect elsewhere
    QStringList trustedHosts;         // hosts that may receive the auth session's credentials
    std::shared_ptr<AuthSession> auth;
    // ftp:// and ftps:// only: where the login comes from when `headers` carry none (FtpLogin.h);
    // null: anonymous. Must outlive the transfer.
    CredentialSource *ftpCredentials = nullptr;
    // Added to the URL's query in requests to trusted hosts only (DownloadPlan::secretQueryItems;
    // with no trusted hosts, to `url`'s own host); the URL in the outcome and messages never has them.
    QList<QPair<QString, QString>> secretQueryItems;
    QString limitKey;                 // per-provider connection cap and rate limit
    int maxAttempts = 8;              // cuts and 5xx are retried, resuming with Range each time,
                                      // until this many attempts of the file have failed in a row
                                      // without bringing bytes it never had before (a restart from
                                      // zero brings none, so a server that ignores Range and cuts
                                      // every answer is not asked forever)
    int attemptsMade = 0;             // failed attempts of earlier transfers of the same file
    QStringList digestAlgorithms;     // hashed while the bytes arrive ("sha256", "blake3"...)
};

struct TransferOutcome {
    Error error;                      // errorClass None: every byte is in partPath
    qint64 bytesOnDisk = 0;           // size of partPath now (kept for a later resume)
    std::optional<qint64> totalSize;  // from Content-Length/Content-Range when known
    QByteArray etag;
    QByteArray lastModified;
    QString serverFileName;           // from Content-Disposition, unsanitised: the queue sanitises
    QUrl finalUrl;                    // after redirects
    int restartsFromZero = 0;         // times the server ignored Range or the validator changed
    int resumes = 0;                  // times a cut transfer was resumed with Range
    int failedAttempts = 0;           // of the file so far, spec.attemptsMade included
    bool attemptsExhausted = false;   // gave up after spec.maxAttempts; error says the last cause
    // On success, the digests of the whole part file for spec.digestAlgorithms (algorithm ->
    // lower-case hex), hashed as it was written; empty when they could not be computed.
    Checksums digests;
};

// Signals are emitted from the event loop; finished() exactly once (also after cancel()). Delete a
// transfer with deleteLater(), not from inside a slot connected to its signals. While it waits for
// a connection slot or a retry it holds no connection (NetworkAccess::setLimits applies to it
// through spec.limitKey).
class Transfer : public QObject
{
    Q_OBJECT
public:
    Transfer(NetworkAccess *network, TransferSpec spec, QObject *parent = nullptr);
    ~Transfer() override;

    void start();
    void cancel();                    // keeps the .part file for a later resume
    const TransferSpec &spec() const { return m_spec; }

Q_SIGNALS:
    void progress(qint64 bytesOnDisk, qint64 total);            // total -1 when unknown
    // Validators and size as soon as the response headers arrive, so the journal can record them
    // before the body is written.
    void validatorsKnown(const QByteArray &etag, const QByteArray &lastModified, qint64 total);
    // The server named the file (Content-Disposition), before any of the body is written. The
    // receiver may cancel() here, for example when a file of that name is already complete.
    void serverFileNameKnown(const QString &name);
    // A connection slot was granted and the request goes out: bytes may flow from now on. Each
    // attempt that had to wait for a slot emits it again; retrying() means the slot was given back.
    void connected();
    // An attempt failed and another one follows in `delayMs` (for status display only).
    void retrying(const eoc::Error &error, int delayMs);
    void finished(const eoc::TransferOutcome &outcome);

private:
    class Private;
    NetworkAccess *m_network;
    TransferSpec m_spec;
    std::unique_ptr<Private> d;
};

} // namespace eoc

Q_DECLARE_METATYPE(eoc::TransferOutcome)

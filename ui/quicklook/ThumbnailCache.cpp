#include "ui/quicklook/ThumbnailCache.h"

#include "core/net/HttpJob.h"
#include "core/net/NetworkAccess.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace eoc::ui {

namespace {

// Memory budgets in bytes of decoded pixels: icons for a few thousand rows, previews for dozens.
constexpr qsizetype kIconBudget = qsizetype(32) * 1024 * 1024;
constexpr qsizetype kPreviewBudget = qsizetype(96) * 1024 * 1024;

int costOf(const QImage &image) { return int(std::max<qsizetype>(1, image.sizeInBytes() / 1024)); }

// Runs `work` on `pool` and hands its result to `done` on the receiver's thread.
template <typename Work, typename Done>
void runOffThread(QThreadPool *pool, QObject *receiver, Work work, Done done)
{
    using T = decltype(work());
    auto *watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, receiver, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}

} // namespace

ThumbnailCache::ThumbnailCache(NetworkAccess *network, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_folder(folder)
{
    // QCache counts cost in KiB here (int costs would overflow in bytes).
    m_icons.setMaxCost(int(kIconBudget / 1024));
    m_previews.setMaxCost(int(kPreviewBudget / 1024));
    // A pool of our own, not QtConcurrent's global one: Qt's raster engine paints large areas
    // with the global pool and waits for it, so decodes queued there would stall the GUI thread.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() / 2));
    m_pool.setExpiryTimeout(10'000);
    if (!m_folder.isEmpty()) {
        const QString trimmed = m_folder;
        m_pool.start([trimmed] { trimFolder(trimmed, kDiskBudget); });
    }
}

qint64 ThumbnailCache::trimFolder(const QString &folder, qint64 maxBytes)
{
    // Newest first: what was looked at lately stays.
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files, QDir::Time);
    qint64 kept = 0;
    for (const QFileInfo &file : files) {
        if (kept + file.size() <= maxBytes)
            kept += file.size();
        else
            QFile::remove(file.filePath());
    }
    return kept;
}

ThumbnailCache::~ThumbnailCache()
{
    // Decodes under way read only their own copies; wait so none outlives the pool.
    m_pool.clear();
    m_pool.waitForDone();
}

QString ThumbnailCache::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("quicklooks"));
}

QString ThumbnailCache::pathFor(const QUrl &url) const
{
    const QByteArray key = QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha1).toHex();
    return QDir(m_folder).filePath(QString::fromLatin1(key));
}

QImage ThumbnailCache::icon(const QUrl &url)
{
    if (const QImage *image = m_icons.object(url))
        return *image;
    request(url);
    return {};
}

QImage ThumbnailCache::preview(const QUrl &url)
{
    if (const QImage *image = m_previews.object(url))
        return *image;
    request(url);
    return {};
}

std::optional<Error> ThumbnailCache::failure(const QUrl &url) const
{
    const auto it = m_failures.constFind(url);
    return it == m_failures.cend() ? std::nullopt : std::optional<Error>(*it);
}

void ThumbnailCache::request(const QUrl &url)
{
    if (url.isEmpty() || m_pending.contains(url) || m_failures.contains(url))
        return;
    if (m_icons.contains(url) && m_previews.contains(url))
        return;
    m_pending.insert(url);
    loadFromDisk(url);
}

void ThumbnailCache::loadFromDisk(const QUrl &url)
{
    const QString path = m_folder.isEmpty() ? QString() : pathFor(url);
    runOffThread(
        &m_pool, this,
        [path]() -> std::optional<Decoded> {
            QFile file(path);
            if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
                return std::nullopt;
            Decoded decoded = decode(file.readAll());
            if (!decoded.problem.isEmpty())
                return std::nullopt;   // a damaged cache file: fetch it again
            return decoded;
        },
        [this, url](const std::optional<Decoded> &decoded) {
            if (decoded)
                finish(url, *decoded);
            else
                fetch(url);
        });
}

void ThumbnailCache::fetch(const QUrl &url)
{
    if (!m_network) {
        fail(url, Error(ErrorClass::Permanent, tr("no network access in this window")));
        return;
    }
    HttpRequest request;
    request.url = url;
    request.maxAttempts = 2;
    HttpJob *job = m_network->send(request);
    connect(job, &HttpJob::finished, this, [this, url](const HttpResponse &response) {
        if (!response.ok()) {
            fail(url, response.error);
            return;
        }
        decodeBytes(url, response.body);
    });
}

void ThumbnailCache::decodeBytes(const QUrl &url, const QByteArray &bytes)
{
    const QString path = m_folder.isEmpty() ? QString() : pathFor(url);
    const QString folder = m_folder;
    runOffThread(
        &m_pool, this,
        [bytes, path, folder]() {
            Decoded decoded = decode(bytes);
            // Only images are kept: an error page must not be served from the cache later.
            if (decoded.problem.isEmpty() && !path.isEmpty() && QDir().mkpath(folder)) {
                QSaveFile file(path);
                if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size())
                    file.commit();
            }
            return decoded;
        },
        [this, url](const Decoded &decoded) {
            if (!decoded.problem.isEmpty())
                fail(url, Error(ErrorClass::Protocol, decoded.problem));
            else
                finish(url, decoded);
        });
}

ThumbnailCache::Decoded ThumbnailCache::decode(const QByteArray &bytes)
{
    Decoded decoded;
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    // Decode at 1/2, 1/4 or 1/8 of the full size, the first that fits the preview: the JPEG
    // decoder then skips most of its work (DCT scaling only applies to these exact fractions),
    // which for 1,000-pixel quicklooks is about 4 times less CPU and memory, and so less
    // competition with the GUI thread on small machines. A 1,000-pixel image gives a 500-pixel
    // preview rather than 512: the difference is not visible.
    const QSize full = reader.size();
    int divisor = 1;
    while (full.isValid() && divisor < 8
           && (full.width() / divisor > kPreviewSize || full.height() / divisor > kPreviewSize))
        divisor *= 2;
    if (divisor > 1)
        reader.setScaledSize(QSize(full.width() / divisor, full.height() / divisor));
    QImage image;
    if (!reader.read(&image)) {
        decoded.problem = tr("the answer (%n byte(s)) is not an image this program can read", nullptr, int(bytes.size()));
        return decoded;
    }
    image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    decoded.preview = image.width() > kPreviewSize || image.height() > kPreviewSize
                          ? image.scaled(kPreviewSize, kPreviewSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                          : image;
    decoded.icon = decoded.preview.scaled(kIconSize, kIconSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return decoded;
}

void ThumbnailCache::finish(const QUrl &url, const Decoded &decoded)
{
    m_pending.remove(url);
    m_icons.insert(url, new QImage(decoded.icon), costOf(decoded.icon));
    m_previews.insert(url, new QImage(decoded.preview), costOf(decoded.preview));
    Q_EMIT ready(url);
}

void ThumbnailCache::fail(const QUrl &url, const Error &error)
{
    m_pending.remove(url);
    m_failures.insert(url, error);
    Q_EMIT failed(url, error);
}

} // namespace eoc::ui

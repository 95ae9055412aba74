#include "ui/map/TileFetcher.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace eoc::ui {

namespace {
constexpr int kMinimumCacheDays = 7;
constexpr int kMaxFailures = 2;
// Two requests in a row without any answer: one lost request is not yet an outage.
constexpr int kUnansweredForOffline = 2;
constexpr int kOfflineRetryMs = 30000;
}

TileFetcher::TileFetcher(QNetworkAccessManager *manager, const QString &cacheFolder,
                         qint64 cacheBytes, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_retryTimer(new QTimer(this))
{
    setDiskCache(cacheFolder, cacheBytes);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(kOfflineRetryMs);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        m_failures.clear();
        Q_EMIT retryDue();
    });
}

void TileFetcher::setUrlTemplate(const QString &urlTemplate)
{
    if (m_template == urlTemplate)
        return;
    m_template = urlTemplate;
    m_memory.clear();
    m_queue.clear();
    m_failures.clear();
    m_unansweredInARow = 0;
    m_retryTimer->stop();
    if (m_offline) {
        m_offline = false;
        Q_EMIT offlineChanged(false);
    }
}

void TileFetcher::setDiskCache(const QString &folder, qint64 bytes)
{
    delete m_disk;
    m_disk = nullptr;
    if (folder.isEmpty())
        return;
    m_disk = new QNetworkDiskCache(this);
    m_disk->setCacheDirectory(folder);
    m_disk->setMaximumCacheSize(bytes);
}

QUrl TileFetcher::urlFor(const TileKey &key) const
{
    QString url = m_template;
    url.replace(QLatin1String("{z}"), QString::number(key.z));
    url.replace(QLatin1String("{x}"), QString::number(key.x));
    url.replace(QLatin1String("{y}"), QString::number(key.y));
    return QUrl(url);
}

QImage TileFetcher::tile(const TileKey &key)
{
    if (const QImage *image = m_memory.object(key))
        return *image;
    if (m_template.isEmpty() || m_failures.value(key) >= kMaxFailures)
        return {};
    if (loadFromDisk(key))
        return *m_memory.object(key);
    if (!m_running.contains(key)) {
        m_queue.removeOne(key);
        m_queue.prepend(key);
        startNext();
    }
    return {};
}

QImage TileFetcher::cachedTile(const TileKey &key) const
{
    const QImage *image = m_memory.object(key);
    return image ? *image : QImage();
}

bool TileFetcher::loadFromDisk(const TileKey &key)
{
    if (!m_disk)
        return false;
    const QUrl url = urlFor(key);
    const QNetworkCacheMetaData meta = m_disk->metaData(url);
    if (!meta.isValid() || meta.expirationDate() < QDateTime::currentDateTimeUtc())
        return false;
    std::unique_ptr<QIODevice> data(m_disk->data(url));
    if (!data)
        return false;
    QImage image;
    if (!image.loadFromData(data->readAll()))
        return false;
    m_memory.insert(key, new QImage(image.convertToFormat(QImage::Format_ARGB32_Premultiplied)));
    return true;
}

void TileFetcher::keepOnly(const QList<TileKey> &wanted)
{
    m_queue.removeIf([&wanted](const TileKey &key) { return !wanted.contains(key); });
}

void TileFetcher::startNext()
{
    while (m_running.size() < kMaxConnections && !m_queue.isEmpty() && m_manager) {
        const TileKey key = m_queue.takeFirst();
        QNetworkRequest request(urlFor(key));
        // A raw header: setHeader() refuses a QByteArray for the User-Agent.
        if (!m_userAgent.isEmpty())
            request.setRawHeader("User-Agent", m_userAgent);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        // The manager may carry a cache of its own; tiles are stored by this class instead.
        request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setTransferTimeout(30000);
        QNetworkReply *reply = m_manager->get(request);
        m_running.insert(key, reply);
        connect(reply, &QNetworkReply::finished, this, [this, reply, key] { onFinished(reply, key); });
    }
}

void TileFetcher::onFinished(QNetworkReply *reply, const TileKey &key)
{
    reply->deleteLater();
    m_running.remove(key);
    const QByteArray body = reply->readAll();
    QImage image;
    const bool ok = reply->error() == QNetworkReply::NoError && image.loadFromData(body);
    noteReachability(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    if (!ok) {
        m_failures[key] += 1;
    } else {
        m_memory.insert(key, new QImage(image.convertToFormat(QImage::Format_ARGB32_Premultiplied)));
        if (m_disk) {
            QNetworkCacheMetaData meta;
            meta.setUrl(urlFor(key));
            meta.setSaveToDisk(true);
            meta.setLastModified(QDateTime::currentDateTimeUtc());
            QDateTime expires = reply->header(QNetworkRequest::LastModifiedHeader).toDateTime();
            const QDateTime minimum = QDateTime::currentDateTimeUtc().addDays(kMinimumCacheDays);
            meta.setExpirationDate(expires.isValid() && expires > minimum ? expires : minimum);
            if (QIODevice *device = m_disk->prepare(meta)) {
                device->write(body);
                m_disk->insert(device);
            }
        }
        Q_EMIT tileReady(key);
    }
    startNext();
}

void TileFetcher::noteReachability(bool answered)
{
    m_unansweredInARow = answered ? 0 : m_unansweredInARow + 1;
    const bool offline = m_unansweredInARow >= kUnansweredForOffline;
    if (offline && !m_retryTimer->isActive())
        m_retryTimer->start();
    if (offline == m_offline)
        return;
    m_offline = offline;
    // Back online: tiles that failed while the server was unreachable are worth asking for again.
    if (!offline) {
        m_retryTimer->stop();
        m_failures.clear();
    }
    Q_EMIT offlineChanged(offline);
}

} // namespace eoc::ui

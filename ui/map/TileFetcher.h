#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkDiskCache;
class QNetworkReply;
class QTimer;

namespace eoc::ui {

struct TileKey {
    int z = 0;
    int x = 0;
    int y = 0;
    friend bool operator==(const TileKey &, const TileKey &) = default;
};
inline size_t qHash(const TileKey &key, size_t seed = 0) noexcept
{
    return ::qHash(quint64(key.z) << 48 | quint64(key.x) << 24 | quint64(key.y), seed);
}

// Fetches XYZ map tiles politely: at most two connections, the program's User-Agent, and a
// size-capped disk cache that keeps a tile for at least a week (the OpenStreetMap tile usage
// policy). Decoded tiles are also kept in memory. The disk cache is used as a store by this
// class only, so other requests on the shared network manager are never cached.
class TileFetcher final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxConnections = 2;

    // `manager` is the program's network manager (NetworkAccess::manager()); `cacheFolder` empty:
    // no disk cache.
    TileFetcher(QNetworkAccessManager *manager, const QString &cacheFolder, qint64 cacheBytes,
                QObject *parent = nullptr);

    // "{z}/{x}/{y}" placeholders; empty: fetching is off.
    void setUrlTemplate(const QString &urlTemplate);
    QString urlTemplate() const { return m_template; }
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }
    // Where tiles are kept on disk and how many bytes at most; empty folder: memory only.
    void setDiskCache(const QString &folder, qint64 bytes);

    // The tile if it is in memory; otherwise null, and the tile is queued (newest requests first:
    // what the user looks at now matters more than what they panned past).
    QImage tile(const TileKey &key);
    // The tile if it is in memory, without queueing anything.
    QImage cachedTile(const TileKey &key) const;
    // Forgets queued requests not in `wanted` (the view moved on).
    void keepOnly(const QList<TileKey> &wanted);
    int pendingCount() const { return int(m_queue.size()) + int(m_running.size()); }
    // The tile server could not be reached (no HTTP answer) on the last requests and has not
    // answered since. An HTTP error (a 404 for a missing tile) is an answer: the server is up.
    bool isOffline() const { return m_offline; }

Q_SIGNALS:
    void tileReady(const eoc::ui::TileKey &key);
    void offlineChanged(bool offline);
    // While offline, failed tiles are forgotten now and then so that the next paint asks again.
    void retryDue();

private:
    QUrl urlFor(const TileKey &key) const;
    bool loadFromDisk(const TileKey &key);
    void startNext();
    void onFinished(QNetworkReply *reply, const TileKey &key);
    void noteReachability(bool answered);

    QNetworkAccessManager *m_manager = nullptr;
    QNetworkDiskCache *m_disk = nullptr;
    QString m_template;
    QByteArray m_userAgent;
    QCache<TileKey, QImage> m_memory{256};
    QList<TileKey> m_queue;
    QHash<TileKey, QNetworkReply *> m_running;
    QHash<TileKey, int> m_failures;
    int m_unansweredInARow = 0;
    bool m_offline = false;
    QTimer *m_retryTimer = nullptr;
};

} // namespace eoc::ui

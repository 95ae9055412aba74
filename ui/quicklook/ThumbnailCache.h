#pragma once

#include "core/model/Error.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QString>
#include <QThreadPool>
#include <QUrl>

namespace eoc {
class NetworkAccess;
}

namespace eoc::ui {

// Quicklooks of results, fetched on demand, kept on disk (one file per URL under `folder`) and in
// memory at two sizes: an icon for the result list and a preview for the map and the detail
// panel. Reading, decoding, scaling and writing run through QtConcurrent on a thread pool of the
// cache's own; the GUI thread only starts requests and receives finished images, so it never
// waits for a disk or a decoder.
class ThumbnailCache final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIconSize = 48;
    static constexpr int kPreviewSize = 512;
    // The disk cache is trimmed to this many bytes when a cache opens it (oldest files first).
    static constexpr qint64 kDiskBudget = qint64(256) * 1024 * 1024;

    // `network` may be null (nothing is fetched: every request fails with a reason).
    ThumbnailCache(NetworkAccess *network, const QString &folder, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // The cache folder of the program (the cache location's "quicklooks").
    static QString defaultFolder();
    // Deletes the least recently written files of `folder` until the rest fit in `maxBytes`;
    // returns how many bytes remain.
    static qint64 trimFolder(const QString &folder, qint64 maxBytes);
    QString folder() const { return m_folder; }

    // The image if it is ready; otherwise an empty image, and the quicklook is fetched (once; a
    // failed URL is not asked again until clearFailures()). ready() or failed() follows.
    QImage icon(const QUrl &url);
    QImage preview(const QUrl &url);
    void request(const QUrl &url);
    // Why `url` could not be had, if it failed.
    std::optional<Error> failure(const QUrl &url) const;
    void clearFailures() { m_failures.clear(); }
    bool isPending(const QUrl &url) const { return m_pending.contains(url); }
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    void ready(const QUrl &url);
    void failed(const QUrl &url, const eoc::Error &error);

private:
    struct Decoded {
        QImage icon;
        QImage preview;
        QString problem;        // set when the bytes were there but are not an image
    };
    QString pathFor(const QUrl &url) const;
    void loadFromDisk(const QUrl &url);
    void fetch(const QUrl &url);
    void decodeBytes(const QUrl &url, const QByteArray &bytes);
    void finish(const QUrl &url, const Decoded &decoded);
    void fail(const QUrl &url, const Error &error);
    static Decoded decode(const QByteArray &bytes);

    NetworkAccess *m_network = nullptr;
    QString m_folder;
    QCache<QUrl, QImage> m_icons;
    QCache<QUrl, QImage> m_previews;
    QSet<QUrl> m_pending;
    QHash<QUrl, Error> m_failures;
    QThreadPool m_pool;
};

} // namespace eoc::ui

#pragma once

#include "core/gcs/GcsListing.h"
#include "core/net/HttpTypes.h"
#include "core/provider/RemoteJob.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QUrl>

namespace eoc {
class HttpJob;
class NetworkAccess;
}

namespace eoc::gcs {

// Lists several prefixes of public buckets, each through all its pages (nextPageToken), a few at a
// time. Emits every page as it arrives, then exactly one of finished() or failed(); cancel() aborts
// the requests in flight. A listing whose service hands back a token it gave before stops there
// (with a warning) instead of paging forever.
class GcsListJob final : public RemoteJob
{
    Q_OBJECT
public:
    struct Options {
        QUrl base;                    // "https://storage.googleapis.com"
        QString limitKey;             // the provider's connection limits
        int parallel = 4;             // listings in flight at once
        int maxPagesPerListing = 200; // 200,000 names: far beyond any one tile or path/row folder
    };

    GcsListJob(NetworkAccess *network, Options options, QList<GcsListRequest> listings);
    ~GcsListJob() override;

    void start() override;
    void cancel() override;

Q_SIGNALS:
    void pageReady(int listing, const eoc::gcs::GcsListPage &page);
    void warning(const QString &message);
    void finished();
    void failed(const eoc::Error &error);

private:
    struct Running {
        int listing = 0;
        QString token;
        int pages = 0;
        QSet<QString> tokensSeen;
        QPointer<HttpJob> request;
    };
    void startNext();
    void fetch(int slot);
    void onAnswer(int slot, const HttpResponse &response);
    QString describe(int listing) const;
    void end(const Error &error);

    QPointer<NetworkAccess> m_network;
    Options m_options;
    QList<GcsListRequest> m_listings;
    QList<Running> m_running;         // slots; listing -1: free
    int m_next = 0;
    int m_done = 0;
};

} // namespace eoc::gcs

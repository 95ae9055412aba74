#include "core/gcs/GcsListJob.h"

#include "core/net/HttpJob.h"
#include "core/net/NetworkAccess.h"

#include <QCoreApplication>
#include <QTimer>

namespace eoc::gcs {

GcsListJob::GcsListJob(NetworkAccess *network, Options options, QList<GcsListRequest> listings)
    : m_network(network)
    , m_options(std::move(options))
    , m_listings(std::move(listings))
{
    qRegisterMetaType<eoc::gcs::GcsListPage>();
}

GcsListJob::~GcsListJob()
{
    markDone();
    for (Running &r : m_running) {
        if (r.request) {
            disconnect(r.request, nullptr, this, nullptr);
            r.request->cancel();
        }
    }
}

void GcsListJob::start()
{
    QTimer::singleShot(0, this, [this] {
        if (isDone())
            return;
        if (!m_network) {
            end(Error(ErrorClass::Permanent, QCoreApplication::translate("GcsListJob", "No network access")));
            return;
        }
        if (m_listings.isEmpty()) {
            end(Error());
            return;
        }
        const int slots = std::max(1, std::min<int>(m_options.parallel, m_listings.size()));
        m_running.resize(slots);
        for (int slot = 0; slot < slots; ++slot) {
            m_running[slot].listing = m_next++;
            fetch(slot);
        }
    });
}

void GcsListJob::cancel()
{
    for (Running &r : m_running) {
        if (r.request) {
            disconnect(r.request, nullptr, this, nullptr);
            r.request->cancel();
        }
    }
    end(Error(ErrorClass::Cancelled, QCoreApplication::translate("GcsListJob", "Cancelled")));
}

QString GcsListJob::describe(int listing) const
{
    const GcsListRequest &l = m_listings.at(listing);
    return QStringLiteral("gs://%1/%2").arg(l.bucket, l.prefix);
}

void GcsListJob::fetch(int slot)
{
    Running &r = m_running[slot];
    HttpRequest request;
    request.url = listUrl(m_options.base, m_listings.at(r.listing), r.token);
    request.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    request.limitKey = m_options.limitKey;
    r.request = m_network->send(request);
    connect(r.request, &HttpJob::finished, this, [this, slot](const HttpResponse &response) { onAnswer(slot, response); });
}

void GcsListJob::onAnswer(int slot, const HttpResponse &response)
{
    if (isDone())
        return;
    Running &r = m_running[slot];
    r.request = nullptr;
    const int listing = r.listing;
    if (!response.ok()) {
        Error error = response.error;
        const QString message = errorMessage(response.body);
        error.message = QCoreApplication::translate("GcsListJob", "Listing %1 on Google Cloud Storage failed: %2")
                            .arg(describe(listing), message.isEmpty() ? response.error.message : message);
        end(error);
        return;
    }
    auto page = parseListPage(response.body, describe(listing));
    if (!page) {
        end(page.error());
        return;
    }
    ++r.pages;
    const QString token = page->nextPageToken;
    Q_EMIT pageReady(listing, *page);
    if (isDone())
        return;
    if (!token.isEmpty()) {
        if (r.tokensSeen.contains(token) || r.pages >= m_options.maxPagesPerListing) {
            Q_EMIT warning(QCoreApplication::translate("GcsListJob", "Listing %1 stopped after %2 pages: the service kept handing out pages")
                               .arg(describe(listing))
                               .arg(r.pages));
        } else {
            r.tokensSeen.insert(token);
            r.token = token;
            fetch(slot);
            return;
        }
    }
    ++m_done;
    if (m_next < m_listings.size()) {
        r = Running();
        r.listing = m_next++;
        fetch(slot);
        return;
    }
    if (m_done == m_listings.size())
        end(Error());
}

void GcsListJob::end(const Error &error)
{
    if (!markDone())
        return;
    if (error.isError())
        Q_EMIT failed(error);
    else
        Q_EMIT finished();
}

} // namespace eoc::gcs

#include "providers/earthdata/CmrCollectionsJob.h"

#include "providers/earthdata/CmrSearchJob.h"

#include "core/net/NetworkAccess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

namespace eoc::earthdata {

QStringList CmrCollectionsJob::filterKeys()
{
    return {QStringLiteral("keyword"), QStringLiteral("provider"), QStringLiteral("short_name")};
}

CollectionInfo collectionFromUmm(const QJsonObject &item)
{
    const QJsonObject meta = item.value(QStringLiteral("meta")).toObject();
    const QJsonObject umm = item.value(QStringLiteral("umm")).toObject();
    const QString shortName = umm.value(QStringLiteral("ShortName")).toString();
    const QString version = umm.value(QStringLiteral("Version")).toString();
    const QString holder = meta.value(QStringLiteral("provider-id")).toString();
    CollectionInfo info;
    info.name = meta.value(QStringLiteral("concept-id")).toString();
    QString title = umm.value(QStringLiteral("EntryTitle")).toString();
    if (title.isEmpty())
        title = shortName;
    // The same collection can be listed by two providers (LPDAAC_ECS and LPCLOUD): say which.
    info.title = holder.isEmpty() ? title : QStringLiteral("%1 [%2]").arg(title, holder);
    if (!shortName.isEmpty()) {
        if (!version.isEmpty())
            info.aliases.append(shortName + QLatin1Char('.') + version);
        info.aliases.append(shortName);
    }
    // What every CMR granule search accepts (cloud_cover, day_night_flag).
    info.filters = {QStringLiteral("cloud"), QStringLiteral("day_night")};
    return info;
}

CmrCollectionsJob::CmrCollectionsJob(NetworkAccess *network, QUrl collectionsUrl, QVariantMap filters, int pageSize)
    : m_network(network)
    , m_url(std::move(collectionsUrl))
    , m_filters(std::move(filters))
    , m_pageSize(std::clamp(pageSize, 1, 2000))
{
}

void CmrCollectionsJob::start()
{
    QTimer::singleShot(0, this, [this] {
        if (isDone())
            return;
        QUrlQuery query;
        for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
            const QString value = it.value().toString().trimmed();
            if (!filterKeys().contains(it.key())) {
                emitFailedOnce(Error(ErrorClass::BadInput,
                                     QCoreApplication::translate("EarthdataProvider", "NASA CMR collection search has no filter '%1'; use %2")
                                         .arg(it.key(), filterKeys().join(QStringLiteral(", ")))));
                return;
            }
            if (!value.isEmpty())
                query.addQueryItem(it.key(), value);
        }
        query.addQueryItem(QStringLiteral("page_size"), QString::number(m_pageSize));
        // Most used collections first, so a loose keyword still shows the well-known ones.
        query.addQueryItem(QStringLiteral("sort_key"), QStringLiteral("-usage_score"));
        QUrl url = m_url;
        url.setQuery(query);
        HttpRequest request;
        request.url = url;
        request.limitKey = QStringLiteral("earthdata");
        request.headers.append({QByteArray("Client-Id"), QByteArray("eo-collector")});
        m_request = m_network->send(request);
        connect(m_request, &HttpJob::finished, this, &CmrCollectionsJob::onAnswer);
    });
}

void CmrCollectionsJob::cancel()
{
    emitFailedOnce(Error(ErrorClass::Cancelled, QCoreApplication::translate("EarthdataProvider", "Collection search cancelled")));
    if (m_request)
        m_request->cancel();
}

void CmrCollectionsJob::onAnswer(const HttpResponse &response)
{
    if (isDone())
        return;
    if (!response.ok()) {
        emitFailedOnce(cmrError(response, QCoreApplication::translate("EarthdataProvider", "NASA CMR collection search")));
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    if (!body.contains(QStringLiteral("items"))) {
        emitFailedOnce(Error(ErrorClass::Protocol,
                             QCoreApplication::translate("EarthdataProvider", "NASA CMR answered the collection search without a collection list "
                                            "(status %1)").arg(response.status), response.status));
        return;
    }
    QList<CollectionInfo> found;
    const QJsonArray items = body.value(QStringLiteral("items")).toArray();
    for (const auto &item : items) {
        CollectionInfo info = collectionFromUmm(item.toObject());
        if (!info.name.isEmpty())
            found.append(info);
    }
    emitFinishedOnce(found);
}

} // namespace eoc::earthdata

#include "providers/usgs/UsgsPlanJob.h"

#include "core/model/JsonNumbers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QTimer>

namespace eoc::usgs {
namespace {

Checksums checksumsOf(const QJsonObject &product)
{
    Checksums sums;
    const QJsonArray list = product.value(QStringLiteral("checksum")).toArray();
    for (const auto &item : list) {
        const QJsonObject c = item.toObject();
        const QString id = c.value(QStringLiteral("id")).toString().toLower();
        const QString value = c.value(QStringLiteral("value")).toString().toLower();
        // "cksum" is the POSIX CRC the engine does not verify; sha256sum and md5 it does.
        if (id.startsWith(QLatin1String("sha256")))
            sums.insert(QStringLiteral("sha256"), value);
        else if (id.startsWith(QLatin1String("md5")))
            sums.insert(QStringLiteral("md5"), value);
    }
    return sums;
}

std::optional<qint64> sizeOf(const QJsonObject &product)
{
    const auto size = jsonCount(product.value(QStringLiteral("filesize")));
    return size && *size > 0 ? size : std::nullopt;
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toVariant().toString();
}

} // namespace

UsgsPlanJob::UsgsPlanJob(M2mApi api, SceneResult scene, QString dataset, Polling polling, int maxConnections)
    : m_api(std::move(api))
    , m_scene(std::move(scene))
    , m_dataset(std::move(dataset))
    , m_polling(polling)
    , m_maxConnections(maxConnections)
{
}

void UsgsPlanJob::start()
{
    QTimer::singleShot(0, this, [this] {
        if (m_done)
            return;
        if (m_scene.remoteId.isEmpty()) {
            fail(Error(ErrorClass::BadInput,
                       QCoreApplication::translate("UsgsProvider", "%1 has no USGS entity id: search for it first").arg(m_scene.sceneId)));
            return;
        }
        QJsonObject body{{QStringLiteral("datasetName"), m_dataset},
                         {QStringLiteral("entityIds"), QJsonArray{m_scene.remoteId}},
                         {QStringLiteral("includeSecondaryFileGroups"), true}};
        m_api.call(QStringLiteral("download-options"), body, this, [this](const Result<QJsonValue> &data) {
            if (m_done)
                return;
            if (!data)
                fail(data.error());
            else
                onOptions(data->toArray());
        });
    });
}

void UsgsPlanJob::cancel()
{
    fail(Error(ErrorClass::Cancelled, QCoreApplication::translate("UsgsProvider", "Cancelled")));
}

void UsgsPlanJob::onOptions(const QJsonArray &products)
{
    QStringList selected;
    const QJsonArray selection = m_scene.attributes.value(QStringLiteral("selected_files")).toArray();
    for (const auto &s : selection)
        selected.append(s.toString());

    auto wantedFrom = [](const QJsonObject &p, const QString &fileName) {
        Wanted w;
        w.entityId = text(p, "entityId");
        w.productId = text(p, "id");
        w.displayId = text(p, "displayId");
        w.productCode = text(p, "productCode");
        w.productName = text(p, "productName");
        w.fileName = fileName;
        w.size = sizeOf(p);
        w.checksums = checksumsOf(p);
        return w;
    };

    bool unavailable = false;
    if (!selected.isEmpty()) {
        // Band files the user picked: secondary downloads matched by file name (displayId), id or name.
        for (const auto &item : products) {
            const QJsonObject product = item.toObject();
            const QJsonArray secondary = product.value(QStringLiteral("secondaryDownloads")).toArray();
            for (const auto &s : secondary) {
                const QJsonObject file = s.toObject();
                const bool chosen = selected.contains(text(file, "displayId"), Qt::CaseInsensitive)
                    || selected.contains(text(file, "id")) || selected.contains(text(file, "productName"));
                if (!chosen)
                    continue;
                if (!file.value(QStringLiteral("available")).toBool(true)) {
                    unavailable = true;
                    continue;
                }
                m_wanted.append(wantedFrom(file, text(file, "displayId")));
            }
        }
        if (m_wanted.isEmpty() && !unavailable) {
            fail(Error(ErrorClass::NotFound,
                       QCoreApplication::translate("UsgsProvider", "None of the selected files (%1) is offered for %2")
                           .arg(selected.join(QStringLiteral(", ")), m_scene.sceneId)));
            return;
        }
    } else {
        // The full product bundle: the largest product USGS distributes through its download system
        // (the LandsatLook images are served by "wms" and are previews, not the product).
        QJsonObject best;
        for (const auto &item : products) {
            const QJsonObject product = item.toObject();
            if (text(product, "downloadSystem") == QLatin1String("wms"))
                continue;
            if (!product.value(QStringLiteral("available")).toBool()) {
                unavailable = true;
                continue;
            }
            if (best.isEmpty() || sizeOf(product).value_or(0) > sizeOf(best).value_or(0))
                best = product;
        }
        if (!best.isEmpty())
            m_wanted.append(wantedFrom(best, m_scene.sceneId + QStringLiteral(".tar")));
    }

    if (m_wanted.isEmpty()) {
        if (unavailable) {
            DownloadPlan plan;
            plan.offline = true;
            plan.offlineReason = QCoreApplication::translate("UsgsProvider", "USGS does not offer %1 for download now; it must be ordered "
                                                "(EarthExplorer or TRAM order-submit)").arg(m_scene.sceneId);
            m_done = true;
            Q_EMIT finished(plan);
            return;
        }
        fail(Error(ErrorClass::NotFound,
                   QCoreApplication::translate("UsgsProvider", "USGS offers no downloadable product for %1 in %2").arg(m_scene.sceneId, m_dataset)));
        return;
    }
    request();
}

QString UsgsPlanJob::label() const
{
    // The same scene and products always give the same label, so resolving again later (when USGS
    // was still preparing the files) finds the earlier request instead of queueing a new one.
    QStringList ids;
    for (const auto &w : m_wanted)
        ids.append(w.productId);
    ids.sort();
    const QByteArray hash = QCryptographicHash::hash(ids.join(QLatin1Char(',')).toUtf8(), QCryptographicHash::Sha1)
                                .toHex()
                                .left(10);
    return QStringLiteral("eoc-%1-%2").arg(m_scene.remoteId, QString::fromLatin1(hash));
}

void UsgsPlanJob::request()
{
    QJsonArray downloads;
    for (const auto &w : std::as_const(m_wanted))
        downloads.append(QJsonObject{{QStringLiteral("entityId"), w.entityId}, {QStringLiteral("productId"), w.productId}});
    const QJsonObject body{{QStringLiteral("downloads"), downloads}, {QStringLiteral("label"), label()}};
    m_api.call(QStringLiteral("download-request"), body, this, [this](const Result<QJsonValue> &data) {
        if (m_done)
            return;
        if (!data)
            fail(data.error());
        else
            onRequest(data->toObject());
    });
}

void UsgsPlanJob::onRequest(const QJsonObject &data)
{
    // remainingLimits: [{"limitType": "user"|"ip", "recentDownloadCount": n, "pendingDownloadCount": n,
    // "unattemptedDownloadCount": n}] counts what is left of each limit.
    const QJsonArray limits = data.value(QStringLiteral("remainingLimits")).toArray();
    QStringList parts;
    bool exhausted = false;
    for (const auto &item : limits) {
        const QJsonObject limit = item.toObject();
        QStringList counts;
        for (const char *key : {"recentDownloadCount", "pendingDownloadCount", "unattemptedDownloadCount"}) {
            if (!limit.contains(QLatin1String(key)))
                continue;
            const qint64 left = limit.value(QLatin1String(key)).toVariant().toLongLong();
            exhausted = exhausted || left <= 0;
            counts.append(QStringLiteral("%1 %2").arg(QLatin1String(key)).arg(left));
        }
        parts.append(QStringLiteral("%1: %2").arg(text(limit, "limitType"), counts.join(QStringLiteral(", "))));
    }
    m_limitsText = parts.join(QStringLiteral("; "));
    if (exhausted) {
        fail(Error(ErrorClass::Quota,
                   QCoreApplication::translate("UsgsProvider", "USGS download limits used up (remaining %1); wait until pending downloads "
                                  "finish").arg(m_limitsText)));
        return;
    }

    const QJsonArray failedItems = data.value(QStringLiteral("failed")).toArray();
    const QJsonArray available = data.value(QStringLiteral("availableDownloads")).toArray();
    const QJsonArray preparing = data.value(QStringLiteral("preparingDownloads")).toArray();
    if (!failedItems.isEmpty() && available.isEmpty() && preparing.isEmpty()
        && data.value(QStringLiteral("duplicateProducts")).toArray().isEmpty()) {
        const QJsonObject first = failedItems.first().toObject();
        fail(Error(ErrorClass::Permanent,
                   QCoreApplication::translate("UsgsProvider", "USGS refused to stage %1: %2")
                       .arg(m_scene.sceneId, first.value(QStringLiteral("errorMessage")).toString(
                                                 text(first, "reason")))));
        return;
    }
    // With one file the download ids of the request are ours without doubt.
    if (m_wanted.size() == 1) {
        const QJsonArray all = available.isEmpty() ? preparing : available;
        if (!all.isEmpty())
            m_wanted.first().downloadId = text(all.first().toObject(), "downloadId");
    }
    for (const auto &item : available) {
        const int index = matchAvailable(item.toObject());
        if (index >= 0)
            m_wanted[index].url = QUrl(text(item.toObject(), "url"));
    }
    if (allReady()) {
        finishPlan();
        return;
    }
    retrieve();
}

int UsgsPlanJob::matchAvailable(const QJsonObject &item) const
{
    const QString downloadId = text(item, "downloadId");
    const QString entityId = text(item, "entityId");
    const QString displayId = text(item, "displayId");
    const QString productId = text(item, "productId");
    const QString productCode = text(item, "productCode");
    for (int i = 0; i < m_wanted.size(); ++i) {
        const Wanted &w = m_wanted.at(i);
        if (!downloadId.isEmpty() && w.downloadId == downloadId)
            return i;
        if (!productId.isEmpty() && w.productId == productId)
            return i;
        if (!displayId.isEmpty() && w.displayId == displayId && displayId != m_scene.sceneId)
            return i;
        if (!entityId.isEmpty() && w.entityId == entityId && !productCode.isEmpty() && w.productCode == productCode)
            return i;
    }
    // A single requested file: whatever the label's request made available is it.
    return m_wanted.size() == 1 && downloadId.isEmpty() && productId.isEmpty() ? 0 : -1;
}

bool UsgsPlanJob::allReady() const
{
    for (const auto &w : m_wanted) {
        if (w.url.isEmpty())
            return false;
    }
    return true;
}

void UsgsPlanJob::retrieve()
{
    ++m_retrievals;
    m_api.call(QStringLiteral("download-retrieve"), QJsonObject{{QStringLiteral("label"), label()}}, this,
               [this](const Result<QJsonValue> &data) {
        if (m_done)
            return;
        if (!data)
            fail(data.error());
        else
            onRetrieve(data->toObject());
    });
}

void UsgsPlanJob::onRetrieve(const QJsonObject &data)
{
    const QJsonArray available = data.value(QStringLiteral("available")).toArray();
    for (const auto &item : available) {
        const QJsonObject o = item.toObject();
        const QUrl url(text(o, "url"));
        const int index = matchAvailable(o);
        if (index >= 0 && url.isValid() && !url.isEmpty())
            m_wanted[index].url = url;
    }
    if (allReady()) {
        finishPlan();
        return;
    }
    if (m_retrievals < m_polling.attempts) {
        QTimer::singleShot(m_polling.intervalMs, this, [this] {
            if (!m_done)
                retrieve();
        });
        return;
    }
    int waiting = 0;
    for (const auto &w : std::as_const(m_wanted))
        waiting += w.url.isEmpty() ? 1 : 0;
    DownloadPlan plan;
    plan.ordered = true;
    plan.limitKey = QStringLiteral("usgs");
    plan.offlineReason = QCoreApplication::translate("UsgsProvider", "USGS is preparing %1 of %2 file(s) of %3 (request %4); resolve again later")
                             .arg(waiting)
                             .arg(m_wanted.size())
                             .arg(m_scene.sceneId, label());
    if (!m_limitsText.isEmpty())
        plan.offlineReason = QCoreApplication::translate("UsgsProvider", "%1. Remaining USGS limits: %2").arg(plan.offlineReason, m_limitsText);
    m_done = true;
    Q_EMIT finished(plan);
}

void UsgsPlanJob::finishPlan()
{
    DownloadPlan plan;
    plan.limitKey = QStringLiteral("usgs");
    plan.maxConnections = m_maxConnections;
    // The dds URLs carry their own authorisation; no credential goes with them.
    for (const auto &w : std::as_const(m_wanted)) {
        DownloadFile file;
        file.url = w.url;
        file.relativePath = w.fileName.isEmpty() ? w.url.fileName() : w.fileName;
        file.size = w.size;
        file.checksums = w.checksums;
        plan.files.append(file);
    }
    m_done = true;
    Q_EMIT finished(plan);
}

void UsgsPlanJob::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(error);
}

} // namespace eoc::usgs

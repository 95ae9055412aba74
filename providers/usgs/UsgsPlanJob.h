#pragma once

#include "providers/usgs/M2mApi.h"

#include "core/provider/Provider.h"

namespace eoc::usgs {

// Resolves a scene into download URLs: download-options (which products and band files exist) ->
// download-request (asks USGS to stage the chosen ones, under a label derived from the scene and
// products so a later resolve finds the same request) -> download-retrieve polled until every file
// has a URL. When files are still being prepared after the polls, the plan comes back with
// ordered = true and the queue resolves again later. USGS's per-user limits (remainingLimits) are
// checked: when one is used up the job fails with ErrorClass::Quota and the numbers.
class UsgsPlanJob final : public PlanJob
{
    Q_OBJECT
public:
    struct Polling {
        int attempts = 3;          // download-retrieve calls before reporting "ordered"
        int intervalMs = 15000;    // between them
    };

    UsgsPlanJob(M2mApi api, SceneResult scene, QString dataset, Polling polling, int maxConnections);

    void start() override;
    void cancel() override;

private:
    struct Wanted {
        QString entityId;
        QString productId;
        QString displayId;        // band file name for secondary downloads
        QString productCode;
        QString productName;
        QString fileName;
        std::optional<qint64> size;
        Checksums checksums;
        QString downloadId;
        QUrl url;
    };

    void onOptions(const QJsonArray &products);
    void request();
    void onRequest(const QJsonObject &data);
    void retrieve();
    void onRetrieve(const QJsonObject &data);
    bool allReady() const;
    void finishPlan();
    void fail(const Error &error);
    QString label() const;
    int matchAvailable(const QJsonObject &item) const;

    M2mApi m_api;
    SceneResult m_scene;
    QString m_dataset;
    Polling m_polling;
    int m_maxConnections = 0;
    QList<Wanted> m_wanted;
    QString m_limitsText;
    int m_retrievals = 0;
    bool m_done = false;
};

} // namespace eoc::usgs

#include "providers/usgs/UsgsCollectionsJob.h"

#include "providers/usgs/UsgsDatasets.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

namespace eoc::usgs {

UsgsCollectionsJob::UsgsCollectionsJob(M2mApi api, QVariantMap filters, Listed listed)
    : m_api(std::move(api))
    , m_filters(std::move(filters))
    , m_listed(std::move(listed))
{
}

void UsgsCollectionsJob::start()
{
    QTimer::singleShot(0, this, [this] {
        if (isDone())
            return;
        QJsonObject body;
        for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
            if (it.key() != QLatin1String("dataset") && it.key() != QLatin1String("keyword")) {
                emitFailedOnce(Error(ErrorClass::BadInput,
                                     QCoreApplication::translate("UsgsProvider", "USGS dataset-search has no filter '%1'; use dataset or keyword")
                                         .arg(it.key())));
                return;
            }
            if (const QString name = it.value().toString().trimmed(); !name.isEmpty())
                body.insert(QStringLiteral("datasetName"), name);
        }
        m_api.call(QStringLiteral("dataset-search"), body, m_calls, [this](const Result<QJsonValue> &data) {
            if (isDone())
                return;
            if (!data) {
                emitFailedOnce(data.error());
                return;
            }
            const auto listed = parseDatasetSearch(*data);
            if (!listed) {
                emitFailedOnce(listed.error());
                return;
            }
            emitFinishedOnce(m_listed(*listed));
        });
    });
}

void UsgsCollectionsJob::cancel()
{
    emitFailedOnce(Error(ErrorClass::Cancelled, QCoreApplication::translate("UsgsProvider", "Dataset listing cancelled")));
    delete m_calls;   // aborts the M2M call in flight
}

} // namespace eoc::usgs

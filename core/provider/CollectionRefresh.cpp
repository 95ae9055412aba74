#include "core/provider/CollectionRefresh.h"

#include "core/provider/Provider.h"

#include <QTimer>

namespace eoc {

bool CollectionRefresh::canRefresh(const Provider *provider)
{
    return provider && provider->capabilities().canRefreshCollections;
}

void CollectionRefresh::start(const QList<Provider *> &providers, const QVariantMap &filters)
{
    for (Provider *provider : providers) {
        if (!canRefresh(provider))
            continue;
        CollectionsJob *job = provider->refreshCollections(filters);
        job->setParent(this);
        const QString name = provider->name();
        connect(job, &CollectionsJob::finished, this, [this, job] {
            job->deleteLater();
            answered();
        });
        connect(job, &CollectionsJob::failed, this, [this, job, name](const Error &error) {
            job->deleteLater();
            Q_EMIT failed(name, error);
            answered();
        });
        ++m_pending;
        job->start();
    }
    if (m_pending == 0)
        QTimer::singleShot(0, this, &CollectionRefresh::done);
}

void CollectionRefresh::answered()
{
    if (--m_pending == 0)
        Q_EMIT done();
}

} // namespace eoc

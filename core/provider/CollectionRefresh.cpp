#include "core/provider/CollectionRefresh.h"

#include "core/provider/Provider.h"

#include <QMetaMethod>
#include <QTimer>

namespace eoc {

bool CollectionRefresh::canRefresh(const Provider *provider)
{
    if (!provider)
        return false;
    const QMetaObject *meta = provider->metaObject();
    return meta->indexOfMethod("refreshCollections()") >= 0 && meta->indexOfSignal("collectionsChanged()") >= 0
        && meta->indexOfSignal("collectionsFailed(eoc::Error)") >= 0;
}

void CollectionRefresh::start(const QList<Provider *> &providers)
{
    const QMetaMethod changedSlot = metaObject()->method(metaObject()->indexOfSlot("onChanged()"));
    const QMetaMethod failedSlot = metaObject()->method(metaObject()->indexOfSlot("onFailed(eoc::Error)"));
    for (Provider *p : providers) {
        const QMetaObject *meta = p->metaObject();
        if (!canRefresh(p))
            continue;
        const int refresh = meta->indexOfMethod("refreshCollections()");
        const int changed = meta->indexOfSignal("collectionsChanged()");
        const int failedSignal = meta->indexOfSignal("collectionsFailed(eoc::Error)");
        connect(p, meta->method(changed), this, changedSlot);
        connect(p, meta->method(failedSignal), this, failedSlot);
        ++m_pending;
        meta->method(refresh).invoke(p, Qt::QueuedConnection);
    }
    if (m_pending == 0)
        QTimer::singleShot(0, this, &CollectionRefresh::done);
}

void CollectionRefresh::onChanged()
{
    answered();
}

void CollectionRefresh::onFailed(const eoc::Error &error)
{
    auto *provider = qobject_cast<Provider *>(sender());
    Q_EMIT failed(provider ? provider->name() : QString(), error);
    answered();
}

void CollectionRefresh::answered()
{
    if (auto *p = sender()) {
        // Each provider answers once; later signals (another refresh elsewhere) are not ours.
        disconnect(p, nullptr, this, nullptr);
    }
    if (--m_pending == 0)
        Q_EMIT done();
}

} // namespace eoc

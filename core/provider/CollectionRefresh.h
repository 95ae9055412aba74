#pragma once

#include "core/model/Error.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace eoc {

class Provider;

// Asks every provider that can list its collections from the service (a Q_INVOKABLE
// refreshCollections() with collectionsChanged()/collectionsFailed(eoc::Error) signals, e.g. the
// STAC and USGS providers) to do so, and reports when all have answered. Providers without a
// remote list are skipped: their collections are fixed.
class CollectionRefresh final : public QObject
{
    Q_OBJECT
public:
    explicit CollectionRefresh(QObject *parent = nullptr) : QObject(parent) {}
    // Whether `provider` can list its collections from the service.
    static bool canRefresh(const Provider *provider);
    // Starts the refreshes; emits done() at once when no provider can refresh.
    void start(const QList<Provider *> &providers);

Q_SIGNALS:
    void failed(const QString &provider, const eoc::Error &error);
    void done();

private Q_SLOTS:
    void onChanged();
    void onFailed(const eoc::Error &error);

private:
    void answered();
    int m_pending = 0;
};

} // namespace eoc

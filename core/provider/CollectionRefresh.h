#pragma once

#include "core/model/Error.h"

#include <QList>
#include <QObject>
#include <QVariantMap>

namespace eoc {

class Provider;

// Asks every provider that can list its collections from the service
// (ProviderCapabilities::canRefreshCollections) to do so, and reports when all have answered.
// Providers without a remote list are skipped: their collections are fixed.
class CollectionRefresh final : public QObject
{
    Q_OBJECT
public:
    explicit CollectionRefresh(QObject *parent = nullptr) : QObject(parent) {}
    // Whether `provider` can list its collections from the service.
    static bool canRefresh(const Provider *provider);
    // Starts the refreshes with `filters` (e.g. {"keyword": "swot"}); emits done() at once when
    // no provider can refresh.
    void start(const QList<Provider *> &providers, const QVariantMap &filters = {});

Q_SIGNALS:
    void failed(const QString &provider, const eoc::Error &error);
    void done();

private:
    void answered();
    int m_pending = 0;
};

} // namespace eoc

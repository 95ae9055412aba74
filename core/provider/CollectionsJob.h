#pragma once

#include "core/model/Error.h"
#include "core/provider/CollectionInfo.h"
#include "core/provider/RemoteJob.h"

#include <QList>

namespace eoc {

// Listing the collections a service offers now. One terminal signal (RemoteJob).
class CollectionsJob : public RemoteJob
{
    Q_OBJECT
public:
    using RemoteJob::RemoteJob;
Q_SIGNALS:
    void finished(const QList<eoc::CollectionInfo> &collections);
    void failed(const eoc::Error &error);

protected:
    bool emitFinishedOnce(const QList<CollectionInfo> &collections);
    bool emitFailedOnce(const Error &error);
};

} // namespace eoc

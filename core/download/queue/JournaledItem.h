#pragma once

#include "core/download/queue/QueueTypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace eoc {

// The item the journal already holds for `scene` from `provider` into `outputFolder` (absolute,
// clean), so that the same download asked again (after a crash or a kill) continues that item
// instead of adding a twin: the same link, or for results without a link the same scene id.
std::optional<QueueItemInfo> findJournaledItem(const QList<QueueItemInfo> &items, const SceneResult &scene,
                                               const QString &provider, const QString &outputFolder);

// Whether a done item's files are all still where it put them (not moved or deleted since).
bool journaledFilesThere(const QueueItemInfo &item);

} // namespace eoc

#pragma once

#include "core/download/queue/QueueSettings.h"
#include "core/download/queue/QueueTypes.h"

#include <QString>

namespace eoc {

// The folder an item's files go into, by its layout:
//   flat          <output>
//   scene-folder  <output>/<scene id>
//   bdc           the Brazil Data Cube collection layout below <output>
//                 (core/model/layout/CollectionLayout.h), e.g.
//                 <output>/S2_L1C/v001/21/L/ZG/2020/<scene id>, with the scene's collection as the
//                 collection name and `bdcVersion` as its version. A scene whose id or collection
//                 does not fit the layout goes into its scene folder instead.
QString itemFolder(const QueueItemInfo &item, const QString &bdcVersion);

// <output>/<scene id> (or <output> for an item without a scene id).
QString sceneFolderOf(const QueueItemInfo &item);

} // namespace eoc

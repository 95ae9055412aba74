#include "core/download/queue/JournaledItem.h"

#include <QFileInfo>

#include <algorithm>

namespace eoc {

std::optional<QueueItemInfo> findJournaledItem(const QList<QueueItemInfo> &items, const SceneResult &scene,
                                               const QString &provider, const QString &outputFolder)
{
    for (const auto &item : items) {
        if (item.provider != provider || item.outputFolder != outputFolder)
            continue;
        const bool sameLink = !scene.link.isEmpty() && item.scene.link == scene.link;
        const bool sameScene = scene.link.isEmpty() && !scene.sceneId.isEmpty() && item.scene.sceneId == scene.sceneId;
        if (sameLink || sameScene)
            return item;
    }
    return std::nullopt;
}

bool journaledFilesThere(const QueueItemInfo &item)
{
    return std::all_of(item.files.cbegin(), item.files.cend(),
                       [](const QueueFileInfo &f) { return QFileInfo::exists(f.finalPath); });
}

} // namespace eoc

#include "core/download/queue/ItemFolder.h"

#include "core/download/queue/SafeFileName.h"
#include "core/model/layout/CollectionLayout.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcItemFolder, "eoc.download.layout", QtInfoMsg)

namespace eoc {

QString sceneFolderOf(const QueueItemInfo &item)
{
    if (item.scene.sceneId.isEmpty())
        return item.outputFolder;
    return item.outputFolder + QLatin1Char('/') + sanitizeFileName(item.scene.sceneId);
}

QString itemFolder(const QueueItemInfo &item, const QString &bdcVersion)
{
    switch (item.layout) {
    case QueueLayout::Flat:
        return item.outputFolder;
    case QueueLayout::SceneFolder:
        return sceneFolderOf(item);
    case QueueLayout::Bdc:
        break;
    }
    layout::LayoutOptions options;
    options.prefix = item.outputFolder;
    const layout::Collection collection{item.scene.collection, bdcVersion.isEmpty() ? QStringLiteral("1") : bdcVersion};
    const auto location = layout::sceneLocation(collection, item.scene.sceneId, options);
    if (!location) {
        qCInfo(lcItemFolder, "%s: not placed in the BDC layout (%s); using its scene folder",
               qUtf8Printable(item.scene.sceneId.isEmpty() ? item.title : item.scene.sceneId),
               qUtf8Printable(location.error().message));
        return sceneFolderOf(item);
    }
    return location->directory;
}

} // namespace eoc

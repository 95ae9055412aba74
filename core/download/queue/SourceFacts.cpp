#include "core/download/queue/SourceFacts.h"

#include "core/download/queue/DownloadQueue.h"
#include "core/download/queue/SqliteQueueStore.h"
#include "core/provider/ProviderRegistry.h"

#include <QFileInfo>

namespace eoc {

SourceFacts sourceFacts(ProviderRegistry &registry, const ProviderContext &context, Settings *settings,
                        const QString &journalPath)
{
    SourceFacts facts;
    facts.needsAccount = [&registry, context, settings](const QString &provider) {
        auto p = registry.provider(provider, context, settings);
        return p && p.value()->capabilities().needsCredentials;
    };
    // No journal yet: nothing was measured, and a search does not create one.
    const QString path = journalPath.isEmpty() ? DownloadQueue::defaultJournalPath() : journalPath;
    if (QFileInfo::exists(path)) {
        SqliteQueueStore journal;
        if (journal.open(path)) {
            if (auto speeds = journal.sourceSpeeds())
                facts.bytesPerSecond = speeds.value();
        }
    }
    return facts;
}

} // namespace eoc

#pragma once

#include "core/provider/SourcePolicy.h"

#include <QString>

namespace eoc {

class ProviderRegistry;
class Settings;
struct ProviderContext;

// What download.source_policy needs to rank the copies of a scene: which providers need an
// account (their capabilities) and each source's throughput measured by the download queue, read
// from the journal at `journalPath` (empty: DownloadQueue::defaultJournalPath()) when it exists.
SourceFacts sourceFacts(ProviderRegistry &registry, const ProviderContext &context, Settings *settings,
                        const QString &journalPath = {});

} // namespace eoc

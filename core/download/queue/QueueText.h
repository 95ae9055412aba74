#pragma once

#include "core/download/queue/QueueTypes.h"

#include <QString>

namespace eoc {

// What the desktop application and the CLI say about queue items, in words for people (the JSON
// output keeps the stable names of QueueTypes.h and Error.h).

// A short label per error class, without the internal name: "Checksum or size check failed".
QString errorClassLabel(ErrorClass errorClass);
// What the user can do about an error of this class.
QString errorClassAdvice(ErrorClass errorClass);
// "<label>: <message>", or empty when there is no error.
QString problemText(const Error &error);

// The item's state as one phrase: "Waiting for a connection", "Downloading", "Paused",
// "Failed: Checksum or size check failed"... Distinct for every state and wish.
QString queueStatusText(const QueueItemInfo &item);

} // namespace eoc

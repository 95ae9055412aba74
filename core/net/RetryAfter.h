#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace eoc {

// Retry-After is either delay-seconds or an HTTP date (RFC 9110 10.2.3). A date in the past
// means zero. Anything else is ignored.
std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

// Exponential back-off with full jitter: a delay in [0, min(maxMs, baseMs * 2^attempt)], at
// least baseMs / 2 so retries do not hammer a server at once.
int backoffDelayMs(int attempt, int baseMs, int maxMs);

} // namespace eoc

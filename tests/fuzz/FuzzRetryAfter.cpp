// A Retry-After header (core/net/RetryAfter) and the wait the retry policy derives from it
// (core/net/RequestRules): never negative, whatever the server wrote.
#include "core/net/HttpTypes.h"
#include "core/net/RequestRules.h"
#include "core/net/RetryAfter.h"
#include "tests/fuzz/FuzzInput.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-01T12:00:00Z"), Qt::ISODate);
    const QByteArray value = eoc::fuzz::bytes(data, size);
    const auto delay = eoc::parseRetryAfter(value, now);
    if (delay && delay->count() < 0)
        std::abort();
    const eoc::Error error = eoc::errorForHttpStatus(429, value, QStringLiteral("fuzz"));
    if (eoc::net::retryDelayMs(1, error, 500, 30000) < 0)
        std::abort();
    return 0;
}

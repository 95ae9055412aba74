#pragma once

#include <QByteArray>

#include <optional>

namespace eoc::net {

// A Content-Range header of a 206 ("bytes 100-199/1000", total "*" when unknown) or a 416
// ("bytes */1000").
struct ContentRange {
    qint64 first = -1;     // -1 for the "bytes */total" form
    qint64 last = -1;
    qint64 total = -1;     // -1 when the server wrote "*"
};

// std::nullopt for anything malformed (other units, last < first, last >= total...).
std::optional<ContentRange> parseContentRange(const QByteArray &value);

} // namespace eoc::net

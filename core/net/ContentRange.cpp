#include "core/net/ContentRange.h"

namespace eoc::net {

namespace {

std::optional<qint64> parseNumber(const QByteArray &text)
{
    if (text.isEmpty())
        return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace

std::optional<ContentRange> parseContentRange(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (!text.startsWith("bytes "))
        return std::nullopt;
    const QByteArray spec = text.mid(6).trimmed();
    const qsizetype slash = spec.indexOf('/');
    if (slash < 0)
        return std::nullopt;
    const QByteArray range = spec.left(slash).trimmed();
    const QByteArray total = spec.mid(slash + 1).trimmed();

    ContentRange result;
    if (total != "*") {
        const auto parsed = parseNumber(total);
        if (!parsed)
            return std::nullopt;
        result.total = *parsed;
    }
    if (range == "*")
        return result.total >= 0 ? std::optional(result) : std::nullopt;

    const qsizetype dash = range.indexOf('-');
    if (dash < 0)
        return std::nullopt;
    const auto first = parseNumber(range.left(dash));
    const auto last = parseNumber(range.mid(dash + 1));
    if (!first || !last || *last < *first)
        return std::nullopt;
    if (result.total >= 0 && *last >= result.total)
        return std::nullopt;
    result.first = *first;
    result.last = *last;
    return result;
}

} // namespace eoc::net

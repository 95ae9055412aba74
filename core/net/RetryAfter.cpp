#include "core/net/RetryAfter.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace eoc {

std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional(std::chrono::seconds(seconds)) : std::nullopt;

    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (the only form senders may generate).
    QString text = QString::fromLatin1(trimmed);
    text.remove(QStringLiteral(" GMT"));
    const QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeZone(QTimeZone::utc());
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(utc)));
}

int backoffDelayMs(int attempt, int baseMs, int maxMs)
{
    const qint64 ceiling = std::min<qint64>(maxMs, qint64(baseMs) << std::min(attempt, 20));
    const qint64 floor = std::min<qint64>(ceiling, baseMs / 2);
    return int(floor + QRandomGenerator::global()->bounded(qint64(ceiling - floor + 1)));
}

} // namespace eoc

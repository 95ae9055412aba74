#include "core/model/UtcTime.h"

#include <QString>

#include <optional>

namespace eoc {

namespace {

// The digits text[from, from + count) as a number; -1 if any is not a digit.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

// YYYY-MM-DDTHH:MM:SS[.f...](Z|+00:00), or nothing.
std::optional<QDateTime> fastUtc(QStringView text)
{
    if (text.size() < 20 || text[4] != u'-' || text[7] != u'-' || (text[10] != u'T' && text[10] != u't')
        || text[13] != u':' || text[16] != u':')
        return std::nullopt;
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    qsizetype at = 19;
    qint64 nanos = 0;
    if (text[at] == u'.' || text[at] == u',') {
        ++at;
        qint64 scale = 100'000'000;
        const qsizetype first = at;
        while (at < text.size() && text[at] >= u'0' && text[at] <= u'9') {
            nanos += scale * (text[at].unicode() - u'0');
            scale /= 10;
            ++at;
        }
        if (at == first)
            return std::nullopt;
    }
    const QStringView zone = text.sliced(at);
    if (zone != u"Z" && zone != u"z" && zone != u"+00:00")
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    // Rounded half up to the millisecond, as Qt's reader does (.9995 is the next second).
    const qint64 msecs = (nanos + 500'000) / 1'000'000;
    return QDateTime(date, time, Qt::UTC).addMSecs(msecs);
}

} // namespace

QDateTime parseUtcTime(QStringView text)
{
    if (text.isEmpty())
        return {};
    if (auto t = fastUtc(text))
        return *t;
    const QString s = text.toString();
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace eoc

#include "core/net/BandwidthSchedule.h"

#include "core/net/NetworkSettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace eoc {

namespace {

const char *const kDayNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr quint8 kEveryDay = 0x7f;

QString tr(const char *text) { return QCoreApplication::translate("BandwidthSchedule", text); }

// 1..7 (ISO, Monday first), 0 when not a day name.
int dayNumber(const QString &name)
{
    for (int i = 0; i < 7; ++i) {
        if (name.compare(QLatin1String(kDayNames[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

std::optional<quint8> parseDays(const QString &text)
{
    if (text.compare(QLatin1String("daily"), Qt::CaseInsensitive) == 0)
        return kEveryDay;
    quint8 days = 0;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        const int first = dayNumber(ends.value(0));
        const int last = ends.size() == 2 ? dayNumber(ends.value(1)) : first;
        if (ends.size() > 2 || first == 0 || last == 0)
            return std::nullopt;
        // Fri-Mon wraps over the weekend.
        for (int day = first;; day = day % 7 + 1) {
            days |= quint8(1u << (day - 1));
            if (day == last)
                break;
        }
    }
    return days;
}

// "08:00" -> 480; "24:00" -> 1440.
std::optional<int> parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        return std::nullopt;
    return hours * 60 + minutes;
}

QDateTime atMinute(const QDate &day, int minute)
{
    if (minute >= 24 * 60)
        return QDateTime(day.addDays(1), QTime(0, 0));
    return QDateTime(day, QTime(minute / 60, minute % 60));
}

} // namespace

Result<BandwidthRule> BandwidthSchedule::parseRule(const QString &text)
{
    const QStringList parts = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 3)
        return Error(ErrorClass::BadInput, tr("needs three parts, days, times and rate, as in \"Mon-Fri 08:00-18:00 2M\""));
    BandwidthRule rule;
    const auto days = parseDays(parts.at(0));
    if (!days)
        return Error(ErrorClass::BadInput, tr("\"%1\" are not days such as Mon-Fri, Sat,Sun or daily").arg(parts.at(0)));
    rule.days = *days;
    const QStringList times = parts.at(1).split(QLatin1Char('-'));
    const auto from = parseTime(times.value(0));
    const auto to = parseTime(times.value(1));
    if (times.size() != 2 || !from || !to)
        return Error(ErrorClass::BadInput, tr("\"%1\" is not a time range such as 08:00-18:00 (00:00 to 24:00)").arg(parts.at(1)));
    if (*to <= *from)
        return Error(ErrorClass::BadInput, tr("\"%1\" ends before it starts; over midnight, write two rules (22:00-24:00 and 00:00-06:00)").arg(parts.at(1)));
    rule.fromMinute = *from;
    rule.toMinute = *to;
    const auto rate = parseByteRate(parts.at(2));
    if (!rate)
        return Error(ErrorClass::BadInput, tr("\"%1\" is not a rate such as 500000, 512K or 2M (0: unlimited)").arg(parts.at(2)));
    rule.bytesPerSecond = *rate;
    return rule;
}

Result<BandwidthSchedule> BandwidthSchedule::parse(const QString &text)
{
    QList<BandwidthRule> rules;
    const QStringList parts = text.split(QLatin1Char(';'));
    for (int i = 0; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        if (part.isEmpty())
            continue;
        auto rule = parseRule(part);
        if (!rule)
            return Error(ErrorClass::BadInput, tr("rule %1 (\"%2\"): %3").arg(i + 1).arg(part, rule.error().message));
        rules << rule.value();
    }
    return BandwidthSchedule(rules);
}

std::optional<qint64> BandwidthSchedule::rateAt(const QDateTime &when) const
{
    const QDateTime local = when.toLocalTime();
    const int day = local.date().dayOfWeek();
    const int minute = local.time().hour() * 60 + local.time().minute();
    for (const BandwidthRule &rule : m_rules) {
        if (rule.appliesOn(day) && minute >= rule.fromMinute && minute < rule.toMinute)
            return rule.bytesPerSecond;
    }
    return std::nullopt;
}

QDateTime BandwidthSchedule::nextChangeAfter(const QDateTime &when) const
{
    const QDateTime local = when.toLocalTime();
    QDateTime next;
    // Every rule starts or ends at least once in a week: the next eight days hold the answer.
    for (int offset = 0; offset <= 7; ++offset) {
        const QDate day = local.date().addDays(offset);
        for (const BandwidthRule &rule : m_rules) {
            if (!rule.appliesOn(day.dayOfWeek()))
                continue;
            for (int minute : {rule.fromMinute, rule.toMinute}) {
                const QDateTime at = atMinute(day, minute);
                if (at > local && (!next.isValid() || at < next))
                    next = at;
            }
        }
        if (next.isValid())
            return next;
    }
    return next;
}

QString BandwidthSchedule::daysText(quint8 days)
{
    if ((days & kEveryDay) == kEveryDay)
        return QStringLiteral("daily");
    // Runs of consecutive days as ranges: Mon-Fri, Sat,Sun stays a list of two.
    QStringList parts;
    for (int day = 0; day < 7;) {
        if (!(days & (1u << day))) {
            ++day;
            continue;
        }
        int last = day;
        while (last + 1 < 7 && (days & (1u << (last + 1))))
            ++last;
        if (last - day >= 2)
            parts << QStringLiteral("%1-%2").arg(QLatin1String(kDayNames[day]), QLatin1String(kDayNames[last]));
        else
            for (int d = day; d <= last; ++d)
                parts << QLatin1String(kDayNames[d]);
        day = last + 1;
    }
    return parts.join(QLatin1Char(','));
}

QString BandwidthSchedule::timeText(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QString BandwidthSchedule::rateText(qint64 bytesPerSecond)
{
    if (bytesPerSecond > 0 && bytesPerSecond % (1024 * 1024) == 0)
        return QStringLiteral("%1M").arg(bytesPerSecond / (1024 * 1024));
    if (bytesPerSecond > 0 && bytesPerSecond % 1024 == 0)
        return QStringLiteral("%1K").arg(bytesPerSecond / 1024);
    return QString::number(bytesPerSecond);
}

QString BandwidthSchedule::toString() const
{
    QStringList parts;
    for (const BandwidthRule &rule : m_rules)
        parts << QStringLiteral("%1 %2-%3 %4").arg(daysText(rule.days), timeText(rule.fromMinute),
                                                   timeText(rule.toMinute), rateText(rule.bytesPerSecond));
    return parts.join(QStringLiteral("; "));
}

} // namespace eoc

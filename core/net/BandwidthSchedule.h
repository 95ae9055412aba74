#pragma once

#include "core/model/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace eoc {

// One rule of network.bandwidth_schedule: on these days, from..to (local time), this rate.
struct BandwidthRule {
    quint8 days = 0;              // bit 0 Monday ... bit 6 Sunday
    int fromMinute = 0;           // 0..1439
    int toMinute = 24 * 60;       // fromMinute+1..1440 (24:00 is the end of the day)
    qint64 bytesPerSecond = 0;    // 0: unlimited

    bool appliesOn(int isoDayOfWeek) const { return days & (1u << (isoDayOfWeek - 1)); }
    bool operator==(const BandwidthRule &) const = default;
};

// Download rates by day of week and time of day, as written in network.bandwidth_schedule:
//
//   RULE; RULE; ...        RULE = DAYS FROM-TO RATE
//   DAYS  Mon, Tue, Wed, Thu, Fri, Sat, Sun, ranges such as Mon-Fri or Fri-Mon, lists joined
//         with commas (Mon,Wed,Fri), or "daily"
//   FROM-TO  local time HH:MM-HH:MM, 00:00 to 24:00, the end after the start (a rule over
//         midnight is two rules: 22:00-24:00 and 00:00-06:00 of the next days)
//   RATE  bytes per second as in network.bandwidth_limit (500000, 512K, 2M; 0: unlimited)
//
// e.g. "Mon-Fri 08:00-18:00 2M; Sat-Sun 00:00-24:00 0". The first rule that covers a moment
// decides its rate; outside every rule network.bandwidth_limit applies. Empty: no rules.
class BandwidthSchedule
{
public:
    // A BadInput error naming the rule (its number and text) and the part that is wrong.
    static Result<BandwidthSchedule> parse(const QString &text);
    // One rule ("Mon-Fri 08:00-18:00 2M"): the GUI editor checks its rows with it.
    static Result<BandwidthRule> parseRule(const QString &text);

    BandwidthSchedule() = default;
    explicit BandwidthSchedule(QList<BandwidthRule> rules) : m_rules(std::move(rules)) {}

    const QList<BandwidthRule> &rules() const { return m_rules; }
    bool isEmpty() const { return m_rules.isEmpty(); }

    // The rate of the first rule covering `when` (in local time), nothing outside every rule.
    std::optional<qint64> rateAt(const QDateTime &when) const;
    // The first moment after `when` where a rule starts or ends; invalid without rules.
    QDateTime nextChangeAfter(const QDateTime &when) const;

    // The setting's text, which parse() reads back to the same rules.
    QString toString() const;
    static QString daysText(quint8 days);
    static QString timeText(int minute);
    static QString rateText(qint64 bytesPerSecond);

private:
    QList<BandwidthRule> m_rules;
};

} // namespace eoc

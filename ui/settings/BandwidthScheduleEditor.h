#pragma once

#include "core/net/BandwidthSchedule.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace eoc::ui {

// network.bandwidth_schedule as a table of rules (days, from, to, limit) with Add and Remove,
// what is wrong with a rule said beside the table, and a line with the rate in force now.
// The text written back is only ever one that BandwidthSchedule::parse() accepts.
class BandwidthScheduleEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit BandwidthScheduleEditor(QWidget *parent = nullptr);

    // The setting's text; rules it cannot read still become rows, so they can be corrected.
    void setScheduleText(const QString &text);
    // The rules as a setting, or the text given to setScheduleText() when the rules are the same
    // (its own spelling is kept). Only meaningful when problem() is empty.
    QString scheduleText() const;
    // Empty, or what is wrong with each rule, one per line.
    QString problem() const;

    // The rate outside the rules (network.bandwidth_limit as edited), for the "now" line.
    void setBaseRate(qint64 bytesPerSecond);
    // The wall clock the "now" line is read with (tests fix it).
    void setClock(std::function<QDateTime()> clock);

    QTableWidget *table() const { return m_table; }
    QLabel *nowLabel() const { return m_now; }
    QLabel *problemLabel() const { return m_problem; }
    void addRule();
    void removeSelectedRules();

Q_SIGNALS:
    void changed();

private:
    enum Column { Days, From, To, Limit, ColumnCount };
    void addRow(const QString &days, const QString &from, const QString &to, const QString &limit);
    QString ruleText(int row) const;
    // Checks every row, marks the bad ones, and refreshes the problem and "now" lines.
    void update();
    QString rateText(qint64 bytesPerSecond) const;

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_now = nullptr;
    QString m_loadedText;
    qint64 m_baseRate = 0;
    std::function<QDateTime()> m_clock;
};

} // namespace eoc::ui

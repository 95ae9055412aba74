#include "ui/settings/BandwidthScheduleEditor.h"

#include "core/model/ByteSize.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace eoc::ui {

BandwidthScheduleEditor::BandwidthScheduleEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("Add rule"), this))
    , m_remove(new QPushButton(tr("Remove rule"), this))
    , m_problem(new QLabel(this))
    , m_now(new QLabel(this))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_table->setHorizontalHeaderLabels({tr("Days"), tr("From"), tr("To"), tr("Limit")});
    m_table->horizontalHeaderItem(Days)->setToolTip(tr("Mon, Tue, ... Sun; ranges such as Mon-Fri; lists such as Sat,Sun; or daily"));
    m_table->horizontalHeaderItem(From)->setToolTip(tr("Local time, HH:MM"));
    m_table->horizontalHeaderItem(To)->setToolTip(tr("Local time, HH:MM, up to 24:00; after From"));
    m_table->horizontalHeaderItem(Limit)->setToolTip(tr("Bytes per second such as 500000, 512K or 2M; 0 for unlimited"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(110);
    m_problem->setWordWrap(true);
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, QColor(200, 40, 40));
    m_problem->setPalette(pal);
    m_problem->hide();
    m_now->setWordWrap(true);
    connect(m_add, &QPushButton::clicked, this, &BandwidthScheduleEditor::addRule);
    connect(m_remove, &QPushButton::clicked, this, &BandwidthScheduleEditor::removeSelectedRules);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        update();
        Q_EMIT changed();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(m_now);
    update();
}

void BandwidthScheduleEditor::addRow(const QString &days, const QString &from, const QString &to, const QString &limit)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Days, new QTableWidgetItem(days));
    m_table->setItem(row, From, new QTableWidgetItem(from));
    m_table->setItem(row, To, new QTableWidgetItem(to));
    m_table->setItem(row, Limit, new QTableWidgetItem(limit));
}

void BandwidthScheduleEditor::setScheduleText(const QString &text)
{
    m_loadedText = text;
    m_table->setRowCount(0);
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const QStringList words = part.simplified().split(QLatin1Char(' '));
        const QStringList times = words.value(1).split(QLatin1Char('-'));
        // Extra words stay in the limit cell, where the check shows them.
        addRow(words.value(0), times.value(0), times.mid(1).join(QLatin1Char('-')), words.mid(2).join(QLatin1Char(' ')));
    }
    update();
}

void BandwidthScheduleEditor::addRule()
{
    addRow(QStringLiteral("Mon-Fri"), QStringLiteral("08:00"), QStringLiteral("18:00"), QStringLiteral("1M"));
    m_table->setCurrentCell(m_table->rowCount() - 1, Days);
    update();
    Q_EMIT changed();
}

void BandwidthScheduleEditor::removeSelectedRules()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_table->removeRow(row);
    update();
    Q_EMIT changed();
}

QString BandwidthScheduleEditor::ruleText(int row) const
{
    const auto cell = [&](int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    return QStringLiteral("%1 %2-%3 %4").arg(cell(Days), cell(From), cell(To), cell(Limit));
}

QString BandwidthScheduleEditor::scheduleText() const
{
    QStringList rules;
    for (int row = 0; row < m_table->rowCount(); ++row)
        rules << ruleText(row);
    const auto edited = BandwidthSchedule::parse(rules.join(QStringLiteral("; ")));
    if (!edited)
        return {};
    const auto loaded = BandwidthSchedule::parse(m_loadedText);
    if (loaded && loaded->rules() == edited->rules())
        return m_loadedText;
    // Never a null text: an emptied schedule is written as "" and applied as "no rules".
    return edited->isEmpty() ? QStringLiteral("") : edited->toString();
}

QString BandwidthScheduleEditor::problem() const { return m_problem->text(); }

void BandwidthScheduleEditor::setBaseRate(qint64 bytesPerSecond)
{
    m_baseRate = bytesPerSecond;
    update();
}

void BandwidthScheduleEditor::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    update();
}

QString BandwidthScheduleEditor::rateText(qint64 bytesPerSecond) const
{
    return bytesPerSecond > 0 ? tr("%1/s").arg(formatByteSize(bytesPerSecond, QLocale())) : tr("unlimited");
}

void BandwidthScheduleEditor::update()
{
    const QSignalBlocker blocker(m_table);   // colouring a cell is no edit
    QStringList problems;
    QList<BandwidthRule> rules;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto rule = BandwidthSchedule::parseRule(ruleText(row));
        for (int column = 0; column < ColumnCount; ++column) {
            if (QTableWidgetItem *item = m_table->item(row, column))
                item->setBackground(rule ? QBrush() : QBrush(QColor(255, 200, 200)));
        }
        if (rule)
            rules << rule.value();
        else
            problems << tr("Rule %1: %2").arg(row + 1).arg(rule.error().message);
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_remove->setEnabled(m_table->rowCount() > 0);
    if (!problems.isEmpty()) {
        m_now->setText(tr("Correct the rules to see the rate in force now."));
        return;
    }
    const BandwidthSchedule schedule(rules);
    const QDateTime now = m_clock();
    const std::optional<qint64> scheduled = schedule.rateAt(now);
    int ruleNumber = 0;
    for (int i = 0; scheduled && i < rules.size(); ++i) {
        if (BandwidthSchedule({rules.at(i)}).rateAt(now)) {
            ruleNumber = i + 1;
            break;
        }
    }
    m_now->setText(scheduled ? tr("In force now: %1 (rule %2)").arg(rateText(*scheduled)).arg(ruleNumber)
                             : tr("In force now: %1 (the bandwidth limit; no rule covers this time)").arg(rateText(m_baseRate)));
}

} // namespace eoc::ui

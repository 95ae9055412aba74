#include "ui/search/DateField.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace eoc::ui {

namespace {
const QString kFormat = QStringLiteral("yyyy-MM-dd");
}

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_pick(new QToolButton(this))
    , m_note(new QLabel(this))
{
    m_edit->setPlaceholderText(tr("yyyy-mm-dd"));
    setFocusProxy(m_edit);
    m_pick->setText(QStringLiteral("…"));
    m_pick->setToolTip(tr("Pick the day from a calendar"));
    m_note->setWordWrap(true);
    m_note->hide();
    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::readText);
    connect(m_pick, &QToolButton::clicked, this, &DateField::showCalendar);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_pick);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_note);
}

void DateField::setDate(const QDate &date)
{
    const QDate today = QDate::currentDate();
    const QDate limited = date > today ? today : date;
    const bool changed = limited != m_date;
    m_date = limited;
    m_edit->setText(limited.toString(kFormat));
    if (date > today)
        showNote(tr("%1 is after today: limited to today, %2.").arg(date.toString(kFormat), today.toString(kFormat)), false);
    else
        showNote({}, false);
    if (changed)
        Q_EMIT dateChanged(m_date);
}

QString DateField::problem() const { return m_note->text(); }

void DateField::commit()
{
    if (m_edit->text().trimmed() != m_date.toString(kFormat))
        readText();
}

void DateField::readText()
{
    const QString text = m_edit->text().trimmed();
    // yyyy-MM-dd, also with one-digit month or day, or with / or . between the parts.
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    const QDate typed = match.hasMatch()
        ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt())
        : QDate();
    if (!typed.isValid()) {
        showNote(tr("'%1' is not a day written as yyyy-mm-dd, e.g. %2.")
                     .arg(text, QDate::currentDate().toString(kFormat)), true);
        return;
    }
    if (m_minimum.isValid() && typed < m_minimum) {
        showNote(tr("%1 is before the first satellite images (%2).").arg(typed.toString(kFormat), m_minimum.toString(kFormat)),
                 true);
        return;
    }
    setDate(typed);
}

void DateField::showNote(const QString &text, bool isError)
{
    m_error = isError && !text.isEmpty();
    QPalette pal = m_note->palette();
    pal.setColor(QPalette::WindowText, isError ? QColor(200, 40, 40) : palette().color(QPalette::WindowText));
    m_note->setPalette(pal);
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void DateField::showCalendar()
{
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    calendar->setMaximumDate(QDate::currentDate());
    if (m_minimum.isValid())
        calendar->setMinimumDate(m_minimum);
    calendar->setSelectedDate(m_date);
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::clicked, &menu, [this, &menu](const QDate &date) {
        setDate(date);
        menu.close();
    });
    menu.exec(m_pick->mapToGlobal(QPoint(0, m_pick->height())));
}

} // namespace eoc::ui

#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLabel;
class QLineEdit;
class QToolButton;

namespace eoc::ui {

// A day typed as yyyy-MM-dd (or picked from a calendar). The whole text is read when typing ends,
// so a selected date is replaced by what is typed and no part of it (the year) is dropped. A day
// after today is limited to today, saying so; text that is no date is shown as an error beside the
// field and the last good date is kept.
class DateField final : public QWidget
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    void setMinimumDate(const QDate &date) { m_minimum = date; }
    // For tests and the mnemonic's buddy.
    QLineEdit *lineEdit() const { return m_edit; }
    // Empty, or why the typed text was not taken (or was changed).
    QString problem() const;
    bool hasError() const { return m_error; }
    // Reads text typed but not yet confirmed (a search started with Ctrl+Return from the field).
    void commit();
    // Shows a problem found elsewhere (an end before the start) beside the field; empty clears it.
    void showProblem(const QString &text) { showNote(text, true); }

Q_SIGNALS:
    void dateChanged(const QDate &date);

private:
    void readText();
    void showNote(const QString &text, bool isError);
    void showCalendar();

    QLineEdit *m_edit = nullptr;
    QToolButton *m_pick = nullptr;
    QLabel *m_note = nullptr;
    QDate m_date;
    QDate m_minimum;
    bool m_error = false;
};

} // namespace eoc::ui

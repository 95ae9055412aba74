#pragma once

#include "core/model/Error.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace eoc::ui {

// A non-modal message strip above the results: what went wrong (the provider's own message) and
// what to do about it, chosen by the error's class. Closed with its button or by the next search.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const Error &error);
    // With advice that fits where the error came from, in place of the class's own.
    void showError(const Error &error, const QString &advice);
    void showMessage(const QString &text);
    QString text() const;
    // What the user can do about an error of this class, where that does not depend on what was
    // being done (bad input does: a search's filters, a file, a URL).
    static QString adviceFor(ErrorClass errorClass);

private:
    void applyPalette(bool isError);

    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace eoc::ui

#include "ui/accounts/OneTimeCodePrompt.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>
#include <QRegularExpressionValidator>

namespace eoc::ui {

void askOneTimeCode(QWidget *parent, const QString &providerTitle, const QString &account, QObject *context,
                    CredentialSource::CodeCallback callback)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("oneTimeCodeDialog"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(QCoreApplication::translate("OneTimeCodePrompt", "One-time code"));
    dialog->setLabelText(account.isEmpty()
                             ? QCoreApplication::translate("OneTimeCodePrompt", "%1 asks for the code of your authenticator app to log in:")
                                   .arg(providerTitle)
                             : QCoreApplication::translate("OneTimeCodePrompt", "%1 asks for the code of your authenticator app to log in as %2:")
                                   .arg(providerTitle, account));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setOkButtonText(QCoreApplication::translate("OneTimeCodePrompt", "Log in"));
    if (auto *edit = dialog->findChild<QLineEdit *>()) {
        // TOTP codes are digits (6 or 8); spaces some apps show are allowed and dropped.
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,12}")), edit));
        edit->setInputMethodHints(Qt::ImhDigitsOnly);
    }
    QPointer<QObject> guard(context);
    // QInputDialog announces the text after finished(), so the answer is read here, once.
    QObject::connect(dialog, &QDialog::finished, dialog, [dialog, guard, callback, providerTitle](int result) {
        if (!guard)
            return;
        if (result != QDialog::Accepted) {
            callback(Error(ErrorClass::Cancelled,
                           QCoreApplication::translate("OneTimeCodePrompt", "The login to %1 was cancelled: no one-time code was entered")
                               .arg(providerTitle)));
            return;
        }
        QString code = dialog->textValue();
        code.remove(QLatin1Char(' '));
        if (code.isEmpty()) {
            callback(Error(ErrorClass::Auth, QCoreApplication::translate("OneTimeCodePrompt", "No one-time code was entered for %1")
                                                 .arg(providerTitle)));
            return;
        }
        callback(code);
    });
    dialog->open();
}

} // namespace eoc::ui

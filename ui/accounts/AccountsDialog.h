#pragma once

#include "core/provider/Provider.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace eoc {
class CredentialStore;
}

namespace eoc::ui {

class AccountCheckController;

// Accounts per provider: add, edit, remove and check them. Secrets go straight to the keychain
// through CredentialStore; this dialog never keeps them beyond the moment they are saved. "Check"
// logs in at the provider through `checker` (which may be null: no check).
class AccountsDialog final : public QDialog
{
    Q_OBJECT
public:
    AccountsDialog(const QList<Provider *> &providers, CredentialStore *store, AccountCheckController *checker,
                   QWidget *parent = nullptr);

    QListWidget *providerList() const { return m_providers; }
    QListWidget *accountList() const { return m_accounts; }
    QPushButton *checkButton() const { return m_check; }
    QLabel *statusLabel() const { return m_status; }
    // Selects the account `account` of provider `provider` (names); false when either is unknown.
    bool selectAccount(const QString &provider, const QString &account);
    // Opens the form to add an account to the selected provider (as the Add button does).
    void addAccount();
    // The open add/edit form, if any: it stays open with what was typed until the keychain took it.
    QDialog *credentialsForm() const { return m_form; }

private:
    Provider *currentProvider() const;
    void showProvider();
    void editAccount();
    void removeAccount();
    void checkAccount();
    void editCredentials(const QString &account);
    void setStatus(const QString &text, bool isError);
    void onCheckFinished(const QString &provider, const QString &account, bool ok, const QString &message);
    void updateButtons();

    QList<Provider *> m_providerObjects;
    CredentialStore *m_store = nullptr;
    AccountCheckController *m_checker = nullptr;
    QListWidget *m_providers = nullptr;
    QListWidget *m_accounts = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_check = nullptr;
    QPointer<QDialog> m_form;
};

} // namespace eoc::ui

#include "ui/accounts/AccountsDialog.h"

#include "core/auth/CredentialStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace eoc::ui {

AccountsDialog::AccountsDialog(const QList<Provider *> &providers, CredentialStore *store, QWidget *parent)
    : QDialog(parent)
    , m_providerObjects(providers)
    , m_store(store)
    , m_providers(new QListWidget(this))
    , m_accounts(new QListWidget(this))
    , m_info(new QLabel(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Accounts"));
    // Providers that need an account first: they are why the dialog is opened.
    std::stable_sort(m_providerObjects.begin(), m_providerObjects.end(), [](Provider *a, Provider *b) {
        return a->capabilities().needsCredentials > b->capabilities().needsCredentials;
    });
    for (Provider *provider : std::as_const(m_providerObjects)) {
        auto *item = new QListWidgetItem(provider->title(), m_providers);
        item->setData(Qt::UserRole, provider->name());
        item->setToolTip(provider->name());
    }
    m_providers->setMaximumWidth(230);
    m_info->setWordWrap(true);
    m_info->setOpenExternalLinks(true);
    m_info->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);

    m_add = new QPushButton(QIcon(QStringLiteral(":/icons/accounts.svg")), tr("&Add..."), this);
    m_edit = new QPushButton(tr("&Edit..."), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_check = new QPushButton(tr("&Check"), this);
    m_check->setToolTip(tr("Reads the account's secret back from the system keychain"));
    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsDialog::editAccount);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeAccount);
    connect(m_check, &QPushButton::clicked, this, &AccountsDialog::checkAccount);
    connect(m_providers, &QListWidget::currentRowChanged, this, &AccountsDialog::showProvider);
    connect(m_accounts, &QListWidget::currentRowChanged, this, [this](int row) {
        m_edit->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
        m_check->setEnabled(row >= 0);
    });
    connect(m_accounts, &QListWidget::itemDoubleClicked, this, &AccountsDialog::editAccount);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove, m_check})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_accounts, 1);
    accountRow->addLayout(buttons);
    auto *accountsBox = new QGroupBox(tr("Accounts"), this);
    auto *right = new QVBoxLayout(accountsBox);
    right->addWidget(m_info);
    right->addLayout(accountRow);
    right->addWidget(m_status);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *main = new QHBoxLayout;
    main->addWidget(m_providers);
    main->addWidget(accountsBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(main);
    auto *note = new QLabel(tr("Passwords and tokens are kept in the system keychain only."), this);
    note->setEnabled(false);
    layout->addWidget(note);
    layout->addWidget(close);
    resize(680, 400);
    if (m_providers->count() > 0)
        m_providers->setCurrentRow(0);
    else
        showProvider();
}

Provider *AccountsDialog::currentProvider() const
{
    const int row = m_providers->currentRow();
    return row >= 0 && row < m_providerObjects.size() ? m_providerObjects.at(row) : nullptr;
}

void AccountsDialog::showProvider()
{
    m_accounts->clear();
    m_status->clear();
    Provider *provider = currentProvider();
    m_add->setEnabled(provider != nullptr);
    if (!provider) {
        m_info->setText(tr("No provider plug-ins were found."));
        return;
    }
    const ProviderCapabilities caps = provider->capabilities();
    QString info = caps.needsCredentials ? tr("<b>%1</b> needs an account to download.").arg(provider->title().toHtmlEscaped())
                                         : tr("<b>%1</b> works without an account.").arg(provider->title().toHtmlEscaped());
    if (!caps.registrationUrl.isEmpty())
        info += QStringLiteral(" ") + tr("<a href=\"%1\">Create an account</a>").arg(caps.registrationUrl.toHtmlEscaped());
    m_info->setText(info);
    if (m_store)
        m_accounts->addItems(m_store->accounts(provider->name()));
    if (m_accounts->count() > 0) {
        m_accounts->item(0)->setToolTip(tr("The default account"));
        m_accounts->setCurrentRow(0);
    } else {
        m_edit->setEnabled(false);
        m_remove->setEnabled(false);
        m_check->setEnabled(false);
    }
}

void AccountsDialog::setStatus(const QString &text, bool isError)
{
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, isError ? QColor(200, 40, 40) : palette().color(QPalette::WindowText));
    m_status->setPalette(pal);
    m_status->setText(text);
}

void AccountsDialog::addAccount() { editCredentials({}); }

void AccountsDialog::editAccount()
{
    if (QListWidgetItem *item = m_accounts->currentItem())
        editCredentials(item->text());
}

void AccountsDialog::editCredentials(const QString &account)
{
    Provider *provider = currentProvider();
    if (!provider || !m_store)
        return;
    const bool token = provider->capabilities().credentialKind == QLatin1String("token");
    QDialog dialog(this);
    dialog.setWindowTitle(account.isEmpty() ? tr("Add account for %1").arg(provider->title())
                                            : tr("Edit account %1").arg(account));
    auto *user = new QLineEdit(account, &dialog);
    user->setReadOnly(!account.isEmpty());
    auto *secret = new QLineEdit(&dialog);
    secret->setEchoMode(QLineEdit::Password);
    secret->setPlaceholderText(account.isEmpty() ? QString() : tr("unchanged when left empty"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("User name:"), user);
    form->addRow(token ? tr("Token:") : tr("Password:"), secret);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (user->text().trimmed().isEmpty() || secret->text().isEmpty()) {
        setStatus(tr("Nothing saved: both the user name and the %1 are needed.")
                      .arg(token ? tr("token") : tr("password")), true);
        return;
    }
    Credentials credentials;
    credentials.provider = provider->name();
    credentials.account = user->text().trimmed();
    credentials.secret = secret->text();
    credentials.kind = token ? QStringLiteral("token") : QStringLiteral("password");
    setStatus(tr("Saving to the keychain..."), false);
    m_store->store(credentials, this, [this, name = credentials.account](const Status &status) {
        if (!status) {
            setStatus(status.error().message, true);
            return;
        }
        showProvider();
        setStatus(tr("Account %1 saved.").arg(name), false);
    });
}

void AccountsDialog::removeAccount()
{
    Provider *provider = currentProvider();
    QListWidgetItem *item = m_accounts->currentItem();
    if (!provider || !item || !m_store)
        return;
    const QString account = item->text();
    if (QMessageBox::question(this, tr("Remove account"),
                              tr("Remove the account %1 of %2 and its secret from the keychain?")
                                  .arg(account, provider->title())) != QMessageBox::Yes)
        return;
    m_store->remove(provider->name(), account, this, [this, account](const Status &status) {
        showProvider();
        if (!status)
            setStatus(status.error().message, true);
        else
            setStatus(tr("Account %1 removed.").arg(account), false);
    });
}

void AccountsDialog::checkAccount()
{
    Provider *provider = currentProvider();
    QListWidgetItem *item = m_accounts->currentItem();
    if (!provider || !item || !m_store)
        return;
    setStatus(tr("Reading the keychain..."), false);
    m_store->credentials(provider->name(), item->text(), this, [this](const Result<Credentials> &credentials) {
        if (!credentials)
            setStatus(credentials.error().message, true);
        else if (credentials->secret.isEmpty())
            setStatus(tr("The keychain has no secret for this account: edit it to enter one."), true);
        else
            setStatus(tr("The keychain holds a secret for %1.").arg(credentials->account), false);
    });
}

} // namespace eoc::ui

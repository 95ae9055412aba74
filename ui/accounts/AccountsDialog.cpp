#include "ui/accounts/AccountsDialog.h"

#include "ui/accounts/AccountCheckController.h"

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
#include <QStyle>
#include <QVBoxLayout>

namespace eoc::ui {

AccountsDialog::AccountsDialog(const QList<Provider *> &providers, CredentialStore *store,
                               AccountCheckController *checker, QWidget *parent)
    : QDialog(parent)
    , m_providerObjects(providers)
    , m_store(store)
    , m_checker(checker)
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
    // Wide enough for every provider's full name.
    m_providers->setMinimumWidth(m_providers->sizeHintForColumn(0) + 2 * m_providers->frameWidth()
                                 + m_providers->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8);
    m_providers->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_info->setWordWrap(true);
    m_info->setOpenExternalLinks(true);
    m_info->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);

    m_add = new QPushButton(QIcon(QStringLiteral(":/icons/accounts.svg")), tr("&Add..."), this);
    m_edit = new QPushButton(tr("&Edit..."), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_check = new QPushButton(tr("&Check"), this);
    m_check->setToolTip(tr("Logs in once at the provider with the account's secret from the keychain, "
                           "and logs out again"));
    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsDialog::editAccount);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeAccount);
    connect(m_check, &QPushButton::clicked, this, &AccountsDialog::checkAccount);
    connect(m_providers, &QListWidget::currentRowChanged, this, &AccountsDialog::showProvider);
    connect(m_accounts, &QListWidget::currentRowChanged, this, &AccountsDialog::updateButtons);
    if (m_checker) {
        connect(m_checker, &AccountCheckController::finished, this, &AccountsDialog::onCheckFinished);
        connect(m_checker, &AccountCheckController::started, this, &AccountsDialog::updateButtons);
    }
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
    resize(std::max(680, m_providers->minimumWidth() + 420), 400);
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
    }
    updateButtons();
}

void AccountsDialog::updateButtons()
{
    const bool selected = m_accounts->currentRow() >= 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_check->setEnabled(selected && m_checker && !m_checker->isBusy());
}

bool AccountsDialog::selectAccount(const QString &provider, const QString &account)
{
    for (int row = 0; row < m_providers->count(); ++row) {
        if (m_providers->item(row)->data(Qt::UserRole).toString() != provider)
            continue;
        m_providers->setCurrentRow(row);
        const auto found = m_accounts->findItems(account, Qt::MatchExactly);
        if (found.isEmpty())
            return false;
        m_accounts->setCurrentItem(found.first());
        return true;
    }
    return false;
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
    if (!provider || !m_store || m_form)
        return;
    const bool token = provider->capabilities().credentialKind == QLatin1String("token");
    // Providers that sign downloads with a registered e-mail address (INPE) have no secret: the
    // address is the account, kept in the keychain like a password.
    const bool emailOnly = provider->capabilities().credentialKind == QLatin1String("email");
    // Not modal in the blocking sense: the form stays open until the keychain has taken the
    // secret, so a refused or cancelled keychain prompt does not lose what was typed.
    auto *form = new QDialog(this);
    m_form = form;
    form->setObjectName(QStringLiteral("credentialsForm"));
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setWindowTitle(account.isEmpty() ? tr("Add account for %1").arg(provider->title())
                                           : tr("Edit account %1").arg(account));
    auto *user = new QLineEdit(account, form);
    user->setObjectName(QStringLiteral("user"));
    user->setReadOnly(!account.isEmpty());
    auto *secret = new QLineEdit(form);
    secret->setObjectName(QStringLiteral("secret"));
    secret->setEchoMode(QLineEdit::Password);
    secret->setPlaceholderText(account.isEmpty() ? QString() : tr("unchanged when left empty"));
    auto *problem = new QLabel(form);
    problem->setObjectName(QStringLiteral("problem"));
    problem->setWordWrap(true);
    QPalette pal = problem->palette();
    pal.setColor(QPalette::WindowText, QColor(200, 40, 40));
    problem->setPalette(pal);
    problem->hide();
    auto *layout = new QFormLayout(form);
    layout->addRow(emailOnly ? tr("Registered e-mail:") : tr("User name:"), user);
    if (emailOnly)
        secret->hide();
    else
        layout->addRow(token ? tr("Token:") : tr("Password:"), secret);
    layout->addRow(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, form);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, form, &QDialog::reject);
    const auto say = [problem, form](const QString &text) {
        problem->setText(text);
        problem->setVisible(!text.isEmpty());
        // The form grows to the message's lines instead of clipping them.
        form->adjustSize();
    };
    const QString providerName = provider->name();
    const QString providerTitle = provider->title();
    connect(buttons, &QDialogButtonBox::accepted, form, [this, form, user, secret, buttons, say, token, emailOnly, providerName, providerTitle] {
        if (emailOnly) {
            if (!user->text().contains(QLatin1Char('@'))) {
                say(tr("The e-mail address you registered at %1 is needed.").arg(providerTitle));
                return;
            }
            secret->setText(user->text().trimmed());
        }
        if (user->text().trimmed().isEmpty() || secret->text().isEmpty()) {
            say(tr("Both the user name and the %1 are needed.").arg(token ? tr("token") : tr("password")));
            return;
        }
        Credentials credentials;
        credentials.provider = providerName;
        credentials.account = user->text().trimmed();
        credentials.secret = secret->text();
        credentials.kind = emailOnly ? QStringLiteral("email") : token ? QStringLiteral("token") : QStringLiteral("password");
        say(tr("Saving to the keychain..."));
        buttons->setEnabled(false);
        m_store->store(credentials, form, [this, form, buttons, say, name = credentials.account](const Status &status) {
            buttons->setEnabled(true);
            if (!status) {
                // Said in the form, which keeps the typed values for another try.
                say(status.error().errorClass == ErrorClass::Cancelled
                        ? tr("%1 Save again to answer the keychain's prompt.").arg(status.error().message)
                        : status.error().message);
                return;
            }
            form->accept();
            showProvider();
            setStatus(tr("Account %1 saved.").arg(name), false);
        });
    });
    form->open();
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
    if (!provider || !item || !m_checker || m_checker->isBusy())
        return;
    setStatus(tr("Checking %1 at %2…").arg(item->text(), provider->title()), false);
    m_checker->check(provider->name(), provider->title(), item->text());
    updateButtons();
}

void AccountsDialog::onCheckFinished(const QString &provider, const QString &account, bool ok, const QString &message)
{
    Q_UNUSED(provider);
    Q_UNUSED(account);
    updateButtons();
    // The message names the provider and the account, so it stays right when the selection
    // moved while the check ran.
    setStatus(message, !ok);
}

} // namespace eoc::ui

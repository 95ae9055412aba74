#include "ui/help/FirstRunGuide.h"

#include "ui/app/UiSettings.h"

#include "core/provider/Provider.h"
#include "core/settings/Settings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace eoc::ui {

bool isFirstStart(const Settings &settings)
{
    // A settings file that cannot be read is still someone's settings: not a first start.
    return settings.fileProblem().isEmpty() && !QFileInfo::exists(settings.filePath());
}

FirstRunGuide::FirstRunGuide(Settings *settings, const QList<Provider *> &providers, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Getting started"));
    auto *intro = new QLabel(tr("EO Collector finds satellite scenes on the map and downloads them. "
                                "Three steps get you going; all of them can be changed later."), this);
    intro->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(createFolderStep());
    layout->addWidget(createAccountStep(providers));
    layout->addWidget(createSearchStep(providers));
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QWidget *FirstRunGuide::createFolderStep()
{
    auto *box = new QGroupBox(tr("1. Where downloads go"), this);
    m_folder = new QLineEdit(QDir::toNativeSeparators(settingValue(*m_settings, ui_settings::kOutputFolder)), box);
    m_folder->setAccessibleName(tr("Download folder"));
    auto *choose = new QPushButton(tr("C&hoose..."), box);
    connect(choose, &QPushButton::clicked, this, &FirstRunGuide::chooseFolder);
    auto *row = new QHBoxLayout(box);
    row->addWidget(m_folder, 1);
    row->addWidget(choose);
    return box;
}

QWidget *FirstRunGuide::createAccountStep(const QList<Provider *> &providers)
{
    auto *box = new QGroupBox(tr("2. Accounts"), this);
    QStringList links;
    for (const Provider *provider : providers) {
        const ProviderCapabilities caps = provider->capabilities();
        if (caps.needsCredentials && !caps.registrationUrl.isEmpty())
            links << QStringLiteral("<a href=\"%1\">%2</a>").arg(caps.registrationUrl.toHtmlEscaped(),
                                                                   provider->title().toHtmlEscaped());
    }
    auto *text = new QLabel(box);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextFormat(Qt::RichText);
    text->setText(links.isEmpty()
                      ? tr("No installed service needs an account.")
                      : tr("Some services need a free account to download (or to search). Register at %1, "
                           "then add the account here; the password is kept in the system keychain.")
                            .arg(links.join(QStringLiteral(", "))));
    m_accounts = new QPushButton(tr("Add an &account..."), box);
    m_accounts->setEnabled(!links.isEmpty());
    connect(m_accounts, &QPushButton::clicked, this, &FirstRunGuide::accountsRequested);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(text);
    layout->addWidget(m_accounts, 0, Qt::AlignLeft);
    return box;
}

QWidget *FirstRunGuide::createSearchStep(const QList<Provider *> &providers)
{
    auto *box = new QGroupBox(tr("3. A first search"), this);
    QString title;
    for (const Provider *provider : providers) {
        const ProviderCapabilities caps = provider->capabilities();
        if (caps.canSearch && !caps.needsCredentials) {
            m_trialProvider = provider->name();
            title = provider->title();
            break;
        }
    }
    auto *text = new QLabel(box);
    text->setWordWrap(true);
    m_trySearch = new QPushButton(box);
    if (m_trialProvider.isEmpty()) {
        text->setText(tr("Every installed service needs an account: add one first."));
        m_trySearch->setText(tr("&Try a search"));
        m_trySearch->setEnabled(false);
    } else {
        text->setText(tr("%1 needs no account. Draw a box on the map (B) to limit the search to a "
                         "region, or search the whole globe now.").arg(title));
        m_trySearch->setText(tr("&Try a search on %1").arg(title));
    }
    connect(m_trySearch, &QPushButton::clicked, this, [this] {
        const QString provider = m_trialProvider;
        accept();
        if (result() == QDialog::Accepted)
            Q_EMIT trySearchRequested(provider);
    });
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(text);
    layout->addWidget(m_trySearch, 0, Qt::AlignLeft);
    return box;
}

void FirstRunGuide::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Download folder"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void FirstRunGuide::done(int result)
{
    if (result == QDialog::Accepted) {
        const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
        if (folder.isEmpty() || QDir::isRelativePath(folder)) {
            m_error->setText(tr("The download folder must be a full path, such as %1.")
                                 .arg(QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral("eo-collector")))));
            m_error->show();
            return;
        }
        if (folder != settingValue(*m_settings, ui_settings::kOutputFolder)) {
            if (const Status stored = m_settings->setValue(QLatin1String(ui_settings::kOutputFolder), folder); !stored) {
                m_error->setText(stored.error().message);
                m_error->show();
                return;
            }
        }
    }
    // Closed either way: it is not shown by itself again (Help → Getting started still has it).
    m_settings->setValue(QLatin1String(kShownKey), QStringLiteral("yes"));
    QDialog::done(result);
}

} // namespace eoc::ui

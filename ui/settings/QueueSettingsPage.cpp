#include "ui/settings/QueueSettingsPage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace eoc::ui {

QueueSettingsPage::QueueSettingsPage(QWidget *parent)
    : QWidget(parent)
{
    m_local = new QRadioButton(tr("On this computer (its own download journal)"), this);
    m_shared = new QRadioButton(tr("Shared by several machines (a PostgreSQL database)"), this);
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(QStringLiteral("postgresql://eoc@db.example.org:5432/queue"));
    m_url->setToolTip(tr("postgresql://USER@HOST:PORT/DATABASE, without a password"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in this computer's keychain; empty keeps the stored one"));
    m_lease = new QSpinBox(this);
    m_lease->setRange(3, 86400);
    m_lease->setSuffix(tr(" s"));
    m_lease->setToolTip(tr("How long a machine holds an item without a sign of life; an item whose machine "
                           "stopped is taken over by another one after this"));
    m_watchOnly = new QCheckBox(tr("Only watch: this computer never downloads the queue's items"), this);
    m_watchOnly->setToolTip(tr("For a computer that follows workers running elsewhere: when no worker is running, "
                               "the queue waits for one instead of downloading here"));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, QColor(200, 40, 40));
    m_problem->setPalette(pal);
    m_problem->hide();
    auto *note = new QLabel(tr("The queue is opened when the program starts: a change is used from the next start. "
                               "Each machine keeps the password in its own keychain (or EOC_QUEUE_PASSWORD); "
                               "the database holds no secret."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Database:"), m_url);
    form->addRow(QString(), m_problem);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Lease:"), m_lease);
    form->addRow(QString(), m_watchOnly);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_local);
    layout->addWidget(m_shared);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);

    for (QRadioButton *choice : {m_local, m_shared}) {
        connect(choice, &QRadioButton::toggled, this, [this] {
            updateEnabled();
            Q_EMIT changed();
        });
    }
    connect(m_url, &QLineEdit::textChanged, this, &QueueSettingsPage::changed);
    connect(m_watchOnly, &QCheckBox::toggled, this, &QueueSettingsPage::changed);
    m_local->setChecked(true);
    updateEnabled();
}

void QueueSettingsPage::setValues(const QString &url, int leaseSeconds, bool watchOnly)
{
    m_watchOnly->setChecked(watchOnly);
    const bool shared = !url.trimmed().isEmpty();
    m_url->setText(url.trimmed());
    (shared ? m_shared : m_local)->setChecked(true);
    m_lease->setValue(leaseSeconds);
    updateEnabled();
}

QString QueueSettingsPage::url() const
{
    return m_shared->isChecked() ? m_url->text().trimmed() : QString();
}

int QueueSettingsPage::leaseSeconds() const { return m_lease->value(); }

bool QueueSettingsPage::watchOnly() const { return m_shared->isChecked() && m_watchOnly->isChecked(); }

QString QueueSettingsPage::password() const { return m_shared->isChecked() ? m_password->text() : QString(); }

void QueueSettingsPage::clearPassword() { m_password->clear(); }

void QueueSettingsPage::updateEnabled()
{
    const bool shared = m_shared->isChecked();
    for (QWidget *field : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_lease),
                           static_cast<QWidget *>(m_watchOnly)})
        field->setEnabled(shared);
}

} // namespace eoc::ui

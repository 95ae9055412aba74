#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace eoc::ui {

// Settings → Queue: where the download queue lives (this computer's journal, or a PostgreSQL
// database several machines share), the shared queue's password for this machine's keychain,
// how long a worker's lease lasts, and whether this computer only watches the shared queue. Dumb: the Settings dialog reads and writes the values.
class QueueSettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit QueueSettingsPage(QWidget *parent = nullptr);

    // queue.url as stored ("" for the local journal), queue.lease_seconds and queue.watch_only.
    void setValues(const QString &url, int leaseSeconds, bool watchOnly);
    QString url() const;                 // "" when "this computer" is chosen
    int leaseSeconds() const;
    bool watchOnly() const;              // false for this computer's journal
    QString password() const;            // typed now; empty keeps the stored one
    void clearPassword();

    QRadioButton *localChoice() const { return m_local; }
    QRadioButton *sharedChoice() const { return m_shared; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *passwordEdit() const { return m_password; }
    QSpinBox *leaseBox() const { return m_lease; }
    QCheckBox *watchOnlyBox() const { return m_watchOnly; }
    // Says what is wrong with the typed URL (empty: nothing).
    QLabel *problemLabel() const { return m_problem; }

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();

    QRadioButton *m_local = nullptr;
    QRadioButton *m_shared = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_password = nullptr;
    QSpinBox *m_lease = nullptr;
    QCheckBox *m_watchOnly = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace eoc::ui

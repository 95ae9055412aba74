#pragma once

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;

namespace eoc {
class Provider;
class Settings;
}

namespace eoc::ui {

// No settings stored yet: the program has never been set up for this user. Decided before
// anything is written, by the composition root.
bool isFirstStart(const Settings &settings);

// Getting started: where downloads go, which services need an account and where to register,
// and a search on a service that needs none. Shown on the first start and from the Help menu.
// Its choices are stored through Settings when it closes; so is the fact that it was shown.
class FirstRunGuide final : public QDialog
{
    Q_OBJECT
public:
    static constexpr char kShownKey[] = "ui.first_run_guide";

    FirstRunGuide(Settings *settings, const QList<Provider *> &providers, QWidget *parent = nullptr);

    QLineEdit *outputFolderEdit() const { return m_folder; }
    QPushButton *accountsButton() const { return m_accounts; }
    QPushButton *trySearchButton() const { return m_trySearch; }
    QLabel *errorLabel() const { return m_error; }
    // The service the guide offers to try: the first that searches without an account; empty
    // when there is none.
    QString trialProvider() const { return m_trialProvider; }

    void done(int result) override;

Q_SIGNALS:
    void accountsRequested();
    void trySearchRequested(const QString &provider);

private:
    QWidget *createFolderStep();
    QWidget *createAccountStep(const QList<Provider *> &providers);
    QWidget *createSearchStep(const QList<Provider *> &providers);
    void chooseFolder();

    Settings *m_settings = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_accounts = nullptr;
    QPushButton *m_trySearch = nullptr;
    QLabel *m_error = nullptr;
    QString m_trialProvider;
};

} // namespace eoc::ui

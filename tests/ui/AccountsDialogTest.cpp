// The accounts dialog's "Check": a real login at a local OpenID Connect token endpoint, then a
// logout, with the outcome (or the provider's refusal) shown in the dialog and never the secret.
#include "tests/auth/StaticCredentials.h"
#include "tests/auth/TokenServer.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/ui/support/ReplayStacProvider.h"

#include "ui/accounts/AccountCheckController.h"
#include "ui/accounts/AccountsDialog.h"

#include "core/auth/CredentialStore.h"
#include "core/net/NetworkAccess.h"
#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <QLabel>
#include <QLineEdit>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

// Every text the dialog shows or would show on hover.
QString shownText(const QWidget &dialog)
{
    QString all;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        all += label->text() + QLatin1Char('\n') + label->toolTip() + QLatin1Char('\n');
    for (const QWidget *widget : dialog.findChildren<QWidget *>())
        all += widget->toolTip() + QLatin1Char('\n');
    return all;
}

struct AccountsFixture {
    explicit AccountsFixture(bool withLogin)
        : settings(dir.filePath(QStringLiteral("settings.ini")))
        , tokens(server)
        , provider(&network, server.url(QStringLiteral("/v1/search")), 1)
        , store(&settings)
    {
        // The account index lives in the settings; the secret comes from the credential source.
        settings.setValue(CredentialStore::indexKey(QStringLiteral("replay")), QStringLiteral("alice"));
        if (withLogin) {
            settings.setOverride(QStringLiteral("replay.token_url"), tokens.tokenUrl().toString());
            settings.setOverride(QStringLiteral("replay.logout_url"), tokens.logoutUrl().toString());
            settings.setOverride(QStringLiteral("replay.client_id"), QStringLiteral("test-client"));
        }
    }

    // Runs "Check" in a dialog whose check uses `secret` for alice; returns the status shown.
    QString check(const QString &secret)
    {
        StaticCredentials credentials(QStringLiteral("alice"), secret);
        ui::AccountCheckController checker(&network, &credentials, &settings);
        ui::AccountsDialog dialog({&provider}, &store, &checker);
        EXPECT_TRUE(dialog.selectAccount(QStringLiteral("replay"), QStringLiteral("alice")));
        EXPECT_TRUE(dialog.checkButton()->isEnabled());
        QSignalSpy finished(&checker, &ui::AccountCheckController::finished);
        dialog.checkButton()->click();
        EXPECT_TRUE(dialog.statusLabel()->text().startsWith(QStringLiteral("Checking alice"))) << dialog.statusLabel()->text().toStdString();
        EXPECT_FALSE(dialog.checkButton()->isEnabled()) << "one check at a time";
        EXPECT_TRUE(finished.wait(10000));
        EXPECT_TRUE(dialog.checkButton()->isEnabled());
        lastShown = shownText(dialog);
        return dialog.statusLabel()->text();
    }

    QTemporaryDir dir;
    Settings settings;
    LocalHttpServer server;
    TokenServer tokens;
    NetworkAccess network;
    ReplayStacProvider provider;
    CredentialStore store;
    QString lastShown;
};

} // namespace

TEST(AccountsDialog, CheckLogsInAndOutWithAGoodPassword)
{
    AccountsFixture f(true);
    const QString status = f.check(f.tokens.password);
    EXPECT_TRUE(status.contains(QStringLiteral("Logged in to Earth Search (recorded) as alice"))) << status.toStdString();
    EXPECT_EQ(f.tokens.passwordGrants, 1);
    ASSERT_EQ(f.tokens.logouts.size(), 1) << "the check ends its session again";
    EXPECT_EQ(f.tokens.logouts.first().queryItemValue(QStringLiteral("refresh_token")), QStringLiteral("refresh-1"));
    EXPECT_FALSE(f.lastShown.contains(f.tokens.password));
    EXPECT_FALSE(f.lastShown.contains(QStringLiteral("access-1")));
}

TEST(AccountsDialog, CheckShowsTheProvidersMessageForAWrongPassword)
{
    AccountsFixture f(true);
    const QString wrong = QStringLiteral("wrong-pass-7781");
    const QString status = f.check(wrong);
    EXPECT_TRUE(status.contains(QStringLiteral("Invalid user credentials"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("alice"))) << status.toStdString();
    EXPECT_EQ(f.tokens.passwordGrants, 1);
    EXPECT_TRUE(f.tokens.logouts.isEmpty()) << "no session was opened, so none is ended";
    EXPECT_FALSE(f.lastShown.contains(wrong)) << f.lastShown.toStdString();
}

// A login service that repeats what it was sent must not get the password into the dialog.
TEST(AccountsDialog, CheckNeverShowsThePasswordEvenWhenTheServiceEchoesIt)
{
    AccountsFixture f(true);
    f.server.setHandler([](const RecordedRequest &request) {
        QByteArray body = request.body;
        body.replace('+', "%20");
        const QString password = QUrlQuery(QString::fromLatin1(body)).queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
        return CannedResponse::json("{\"error\":\"invalid_grant\",\"error_description\":\"No user with password "
                                        + password.toUtf8() + "\"}", 401);
    });
    const QString secret = QStringLiteral("echo-me-5521");
    const QString status = f.check(secret);
    EXPECT_TRUE(status.contains(QStringLiteral("No user with password"))) << status.toStdString();
    EXPECT_FALSE(f.lastShown.contains(secret)) << f.lastShown.toStdString();
}

TEST(AccountsDialog, CheckWithoutALoginSaysItOnlyConfirmsTheKeychainEntry)
{
    AccountsFixture f(false);
    const QString status = f.check(QStringLiteral("whatever-9931"));
    EXPECT_TRUE(status.contains(QStringLiteral("only confirms the keychain entry"))) << status.toStdString();
    EXPECT_EQ(f.server.requestCount(), 0) << "nothing to log in to";
    EXPECT_FALSE(f.lastShown.contains(QStringLiteral("whatever-9931")));
}

TEST(AccountsDialog, CheckNamesTheProviderByItsName)
{
    AccountsFixture f(false);
    const QString status = f.check(QString());   // the keychain entry holds no secret
    EXPECT_TRUE(status.contains(QStringLiteral("Earth Search (recorded)"))) << status.toStdString();
    EXPECT_FALSE(status.contains(QStringLiteral("at replay"))) << status.toStdString();
}

TEST(AccountsDialog, FailedSaveKeepsTheTypedValuesInTheForm)
{
    // No session bus: the keychain cannot take the secret.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/eoc-test-bus");
    AccountsFixture f(false);
    ui::AccountsDialog dialog({&f.provider}, &f.store, nullptr);
    dialog.show();
    dialog.addAccount();
    QDialog *form = dialog.credentialsForm();
    ASSERT_NE(form, nullptr);
    auto *user = form->findChild<QLineEdit *>(QStringLiteral("user"));
    auto *secret = form->findChild<QLineEdit *>(QStringLiteral("secret"));
    auto *problem = form->findChild<QLabel *>(QStringLiteral("problem"));
    ASSERT_TRUE(user && secret && problem);
    user->setText(QStringLiteral("bob"));
    secret->setText(QStringLiteral("typed-secret-4410"));
    form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !problem->text().startsWith(QStringLiteral("Saving")); }, 20000));
    EXPECT_FALSE(problem->text().isEmpty());
    EXPECT_TRUE(form->isVisible()) << "the form stays open for another try";
    EXPECT_EQ(dialog.credentialsForm(), form);
    EXPECT_EQ(user->text(), QStringLiteral("bob"));
    EXPECT_EQ(secret->text(), QStringLiteral("typed-secret-4410"));
    EXPECT_FALSE(problem->text().contains(QStringLiteral("typed-secret-4410")));
}

TEST(AccountsDialog, DismissedKeychainPromptIsNotAMissingService)
{
    EXPECT_TRUE(CredentialStore::isDismissedPrompt(QStringLiteral("Prompt dismissed")));
    EXPECT_TRUE(CredentialStore::isDismissedPrompt(QStringLiteral("The operation was cancelled")));
    EXPECT_FALSE(CredentialStore::isDismissedPrompt(QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")));
    EXPECT_FALSE(CredentialStore::isDismissedPrompt(QStringLiteral("The name org.freedesktop.secrets was not provided")));
}

TEST(AccountsDialog, ProviderNamesAreShownInFull)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    NetworkAccess network;
    ProviderRegistry registry;
    registry.loadPluginsFrom({qEnvironmentVariable("EOC_PLUGIN_PATH")});
    ASSERT_TRUE(registry.contains(QStringLiteral("stac"))) << "build eoc_provider_stac first";
    CredentialStore store(&settings);
    ui::AccountsDialog dialog(registry.providers(ProviderContext{&network, &settings, nullptr, {}}, &settings), &store, nullptr);
    dialog.show();
    QListWidget *list = dialog.providerList();
    for (int row = 0; row < list->count(); ++row) {
        const QString title = list->item(row)->text();
        EXPECT_LE(list->fontMetrics().horizontalAdvance(title), list->visualItemRect(list->item(row)).width())
            << title.toStdString();
        EXPECT_LE(list->fontMetrics().horizontalAdvance(title), list->viewport()->width()) << title.toStdString();
    }
}

TEST(AccountsDialog, AnEmailAccountAsksOnlyForTheRegisteredAddress)
{
    // INPE signs downloads with a registered e-mail address: the form has no secret to ask for.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/eoc-test-bus");
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    NetworkAccess network;
    ProviderRegistry registry;
    registry.loadPluginsFrom({qEnvironmentVariable("EOC_PLUGIN_PATH")});
    ASSERT_TRUE(registry.contains(QStringLiteral("inpe"))) << "build eoc_provider_inpe first";
    CredentialStore store(&settings);
    QList<Provider *> inpe;
    for (Provider *p : registry.providers(ProviderContext{&network, &settings, nullptr, {}}, &settings)) {
        if (p->name() == QLatin1String("inpe"))
            inpe << p;
    }
    ASSERT_EQ(inpe.size(), 1);
    ui::AccountsDialog dialog(inpe, &store, nullptr);
    dialog.show();
    dialog.addAccount();
    QDialog *form = dialog.credentialsForm();
    ASSERT_NE(form, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(form));
    auto *user = form->findChild<QLineEdit *>(QStringLiteral("user"));
    auto *secret = form->findChild<QLineEdit *>(QStringLiteral("secret"));
    auto *problem = form->findChild<QLabel *>(QStringLiteral("problem"));
    ASSERT_TRUE(user && secret && problem);
    EXPECT_FALSE(secret->isVisible());
    QStringList labels;
    for (const QLabel *label : form->findChildren<QLabel *>())
        labels << label->text();
    EXPECT_TRUE(labels.contains(QStringLiteral("Registered e-mail:"))) << labels.join(QLatin1Char('|')).toStdString();
    EXPECT_FALSE(labels.contains(QStringLiteral("Password:")));

    user->setText(QStringLiteral("not-an-address"));
    form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    EXPECT_TRUE(problem->text().contains(QStringLiteral("e-mail address you registered at INPE image catalogue")))
        << problem->text().toStdString();
    // The message is shown whole: the form grew to its lines.
    EXPECT_TRUE(problem->isVisible());
    EXPECT_GE(problem->height(), problem->heightForWidth(problem->width()));

    user->setText(QStringLiteral("someone@example.org"));
    form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    EXPECT_EQ(secret->text(), QStringLiteral("someone@example.org")) << "the address is what the keychain keeps";
}

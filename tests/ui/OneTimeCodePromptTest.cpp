// A login that needs a two-factor code asks for it in a dialog over the window; the code reaches
// the token endpoint with the password grant, and closing the dialog fails the login without
// sending anything.
#include "tests/auth/StaticCredentials.h"
#include "tests/auth/TokenServer.h"
#include "tests/support/LocalHttpServer.h"

#include "ui/accounts/OneTimeCodePrompt.h"

#include "core/auth/OidcSession.h"
#include "core/net/NetworkAccess.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QTest>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

struct PromptedLogin {
    LocalHttpServer server;
    TokenServer tokens{server};
    NetworkAccess network;
    StaticCredentials credentials{QStringLiteral("alice"), QStringLiteral("pa+ss&w=rd 1")};
    QMainWindow window;
    std::unique_ptr<OidcSession> session;
    std::optional<Result<QPair<QByteArray, QByteArray>>> outcome;

    PromptedLogin()
    {
        tokens.requiredTotp = QStringLiteral("123456");
        credentials.askCode = [this](const QString &, const QString &account, QObject *context, CredentialSource::CodeCallback callback) {
            ui::askOneTimeCode(&window, QStringLiteral("CREODIAS"), account, context, std::move(callback));
        };
        window.show();
        OidcConfig config;
        config.tokenUrl = tokens.tokenUrl();
        config.clientId = QStringLiteral("test-client");
        config.provider = QStringLiteral("creodias");
        config.needsOneTimeCode = true;
        session = std::make_unique<OidcSession>(&network, &credentials, config);
    }

    void authorize()
    {
        session->authorize(&window, [this](const Result<QPair<QByteArray, QByteArray>> &header) { outcome = header; });
    }

    QInputDialog *dialog() const { return window.findChild<QInputDialog *>(QStringLiteral("oneTimeCodeDialog")); }
};

} // namespace

TEST(OneTimeCodePrompt, TheTypedCodeGoesWithTheLoginAndSpacesAreDropped)
{
    PromptedLogin login;
    login.authorize();
    ASSERT_TRUE(QTest::qWaitFor([&] { return login.dialog() && login.dialog()->isVisible(); }, 10000));
    EXPECT_EQ(login.tokens.passwordGrants, 0) << "nothing is sent before the code is typed";
    EXPECT_TRUE(login.dialog()->labelText().contains(QStringLiteral("CREODIAS"))) << login.dialog()->labelText().toStdString();
    EXPECT_TRUE(login.dialog()->labelText().contains(QStringLiteral("alice")));

    auto *edit = login.dialog()->findChild<QLineEdit *>();
    ASSERT_NE(edit, nullptr);
    QTest::keyClicks(edit, QStringLiteral("12x3 456"));   // the letter is refused by the field
    EXPECT_EQ(edit->text(), QStringLiteral("123 456"));
    QTest::keyClick(edit, Qt::Key_Return);

    ASSERT_TRUE(QTest::qWaitFor([&] { return login.outcome.has_value(); }, 10000));
    ASSERT_TRUE(login.outcome->ok()) << login.outcome->error().message.toStdString();
    EXPECT_EQ(login.outcome->value().second, QByteArray("Bearer access-1"));
    EXPECT_EQ(login.tokens.passwordGrants, 1);
    EXPECT_EQ(login.tokens.grantForms.first().queryItemValue(QStringLiteral("totp")), QStringLiteral("123456"));
    EXPECT_EQ(login.credentials.codeRequests, 1);

    // The session lives on: asking again needs neither a login nor a code.
    login.outcome.reset();
    login.authorize();
    ASSERT_TRUE(QTest::qWaitFor([&] { return login.outcome.has_value(); }, 10000));
    EXPECT_TRUE(login.outcome->ok());
    EXPECT_EQ(login.credentials.codeRequests, 1);
    EXPECT_EQ(login.tokens.passwordGrants, 1);
}

TEST(OneTimeCodePrompt, ClosingTheDialogFailsTheLoginAndSendsNothing)
{
    PromptedLogin login;
    login.authorize();
    ASSERT_TRUE(QTest::qWaitFor([&] { return login.dialog() && login.dialog()->isVisible(); }, 10000));
    login.dialog()->reject();
    ASSERT_TRUE(QTest::qWaitFor([&] { return login.outcome.has_value(); }, 10000));
    ASSERT_FALSE(login.outcome->ok());
    EXPECT_EQ(login.outcome->error().errorClass, ErrorClass::Cancelled);
    EXPECT_TRUE(login.outcome->error().message.contains(QStringLiteral("CREODIAS"))) << login.outcome->error().message.toStdString();
    EXPECT_EQ(login.tokens.passwordGrants, 0);
}

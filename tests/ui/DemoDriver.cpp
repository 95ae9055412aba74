// Puts the main window into the states the documentation screenshots show, replaying recorded
// Earth Search answers from a local server. Prints "ready" when the screen may be captured.
// Usage: eoc-ui-demo main|accounts|downloads|settings [--lang pt_BR] [--dark]
#include "tests/auth/StaticCredentials.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/ui/MapTestHelpers.h"
#include "tests/ui/support/ReplayStacProvider.h"

#include "ui/accounts/AccountCheckController.h"
#include "ui/accounts/AccountsDialog.h"
#include "ui/app/Resources.h"
#include "ui/app/UiSettings.h"
#include "ui/downloads/DownloadController.h"
#include "ui/downloads/DownloadsView.h"
#include "ui/map/MapWidget.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/results/ResultsModel.h"
#include "ui/results/ResultsView.h"
#include "ui/search/SearchController.h"
#include "ui/search/SearchPanel.h"
#include "ui/settings/SettingsDialog.h"

#include "core/auth/CredentialStore.h"
#include "core/download/queue/DownloadQueue.h"
#include "core/net/NetworkAccess.h"
#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <QAction>
#include <QPushButton>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QPalette>
#include <QTemporaryDir>
#include <QTimer>
#include <QTabWidget>
#include <QTranslator>

#include <cstdio>

using namespace eoc;

namespace {

void ready()
{
    std::printf("ready\n");
    std::fflush(stdout);
}

QString nextToken(const QByteArray &page)
{
    for (const QJsonValue &link : QJsonDocument::fromJson(page).object().value(QLatin1String("links")).toArray())
        if (link.toObject().value(QLatin1String("rel")).toString() == QLatin1String("next"))
            return link.toObject().value(QLatin1String("body")).toObject().value(QLatin1String("next")).toString();
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("eo-collector"));
    QApplication::setApplicationDisplayName(QStringLiteral("EO Collector"));
    QApplication::setApplicationVersion(QStringLiteral(EOC_VERSION_STRING));
    ui::initResources();
    const QStringList args = QApplication::arguments();
    const QString scene = args.value(1, QStringLiteral("main"));
    const int langAt = int(args.indexOf(QStringLiteral("--lang")));
    const QString language = langAt > 0 ? args.value(langAt + 1) : QStringLiteral("en");
    {
        const QLocale locale(language);
        QLocale::setDefault(locale);
        auto *own = new QTranslator(&app);
        if (own->load(locale, QStringLiteral("eo-collector"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QApplication::installTranslator(own);
        auto *qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(qt);
    }

    if (args.contains(QStringLiteral("--dark"))) {
        // A dark palette as desktop themes give it, to check nothing assumes a light one.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(45, 47, 51));
        dark.setColor(QPalette::WindowText, QColor(225, 225, 225));
        dark.setColor(QPalette::Base, QColor(30, 31, 34));
        dark.setColor(QPalette::AlternateBase, QColor(40, 42, 46));
        dark.setColor(QPalette::Text, QColor(225, 225, 225));
        dark.setColor(QPalette::Button, QColor(55, 57, 62));
        dark.setColor(QPalette::ButtonText, QColor(225, 225, 225));
        dark.setColor(QPalette::Highlight, QColor(61, 142, 214));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Mid, QColor(90, 92, 98));
        dark.setColor(QPalette::ToolTipBase, QColor(55, 57, 62));
        dark.setColor(QPalette::ToolTipText, QColor(225, 225, 225));
        dark.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
        QApplication::setPalette(dark);
    }

    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::registerUiDefaults(settings);
    settings.setValue(QStringLiteral("map.tiles"), QStringLiteral("off"));   // no network in the demo
    settings.setValue(QStringLiteral("accounts.replay"), QStringLiteral("maria.silva@example.org,joao@example.org"));

    const QByteArray page1 = test::readTestData(QStringLiteral("ui/v1_search_cql2_filter_p1.json"));
    const QByteArray page2 = test::readTestData(QStringLiteral("ui/v1_search_cql2_filter_p2.json"));
    const QString token = nextToken(page1);
    test::LocalHttpServer server;
    // Image files for the downloads view: 60 MB each, sent slowly enough to be seen mid-transfer.
    const QByteArray image(60 * 1024 * 1024, 'x');
    server.setHandler([&](const test::RecordedRequest &request) {
        if (request.target.startsWith("/files/"))
            return test::LocalHttpServer::serveBytes(request, image);
        // A login service for the accounts dialog's check.
        if (request.target.endsWith("/openid-connect/token"))
            return test::CannedResponse::json(R"({"access_token": "demo-access", "expires_in": 600, "refresh_token": "demo-refresh",
                                                  "refresh_expires_in": 1800, "token_type": "Bearer"})");
        if (request.target.endsWith("/openid-connect/logout"))
            return test::CannedResponse::text("", 204);
        return test::CannedResponse::json(request.body.contains(token.toUtf8()) ? page2 : page1);
    });
    NetworkAccess network;
    ProviderRegistry registry;
    registry.addFactory(QStringLiteral("replay"), QStringLiteral("Earth Search (recorded)"),
                        new test::ReplayStacFactory(server.url(QStringLiteral("/v1/search"))));
    CredentialStore credentials(&settings);
    // The check in the accounts dialog logs in with this account instead of one from a keychain.
    test::StaticCredentials demoAccount(QStringLiteral("maria.silva@example.org"), QStringLiteral("demo-password"));
    settings.setValue(QStringLiteral("replay.token_url"),
                      server.url(QStringLiteral("/realms/demo/protocol/openid-connect/token")).toString());
    settings.setValue(QStringLiteral("replay.logout_url"),
                      server.url(QStringLiteral("/realms/demo/protocol/openid-connect/logout")).toString());
    settings.setValue(QStringLiteral("replay.client_id"), QStringLiteral("eo-collector-demo"));
    settings.setValue(QStringLiteral("download.output_folder"), dir.filePath(QStringLiteral("downloads")));
    ProviderContext providerContext{&network, &settings, &credentials, {}};
    DownloadQueue::Options queueOptions;
    queueOptions.journalPath = dir.filePath(QStringLiteral("queue.sqlite"));
    queueOptions.maxConnections = 2;
    queueOptions.limitBytesPerSecond = 3 * 1024 * 1024;
    DownloadQueue queue(&network, &registry, providerContext, queueOptions);
    if (!queue.open().ok())
        return 1;
    queue.start();

    ui::MainWindow window({&settings, &network, &registry, &credentials, &queue});
    window.resize(1400, 880);
    window.move(0, 0);
    window.show();
    window.searchPanel()->setDates(QDate(2025, 7, 1), QDate(2025, 7, 31));
    window.searchPanel()->setCloudMax(40);

    if (scene == QLatin1String("settings")) {
        // The settings dialog with the Brazil Data Cube folder layout chosen.
        settings.setValue(QLatin1String(ui::ui_settings::kLayout), QStringLiteral("bdc"));
        QTimer::singleShot(300, &window, [&] {
            auto *dialog = new ui::SettingsDialog(&settings, registry.providers(providerContext, &settings), &window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            dialog->move(window.geometry().center() - QPoint(dialog->width() / 2, dialog->height() / 2));
            QTimer::singleShot(700, &window, &ready);
        });
        return QApplication::exec();
    }

    QTimer::singleShot(300, &window, [&] {
        // Draw the region the way a person does: box tool, drag on the map.
        ui::MapWidget *map = window.map();
        map->setCenter({-45.0, -15.0}, 3.0);
        map->regionEditor()->setTool(ui::RegionEditor::Tool::Box);
        test::drag(map, map->viewport().geoToScreen({-66.0, 2.0}), map->viewport().geoToScreen({-36.0, -24.0}));
        QObject::connect(window.searchController(), &ui::SearchController::finished, &window, [&](int) {
            window.resultsView()->selectRows({6});
            // Show the drawn region with the results inside it rather than every result worldwide.
            window.map()->zoomToBox(window.map()->region().bounds());
            if (scene == QLatin1String("downloads")) {
                QList<SceneResult> chosen;
                for (int row : {3, 6, 9, 12, 15, 18})
                    chosen.append(window.resultsModel()->result(row));
                window.downloadController()->enqueue(chosen);
                window.bottomTabs()->setCurrentWidget(window.downloadsView());
                QTimer::singleShot(4000, &window, &ready);
                return;
            }
            if (scene == QLatin1String("accounts")) {
                auto *checker = new ui::AccountCheckController(&network, &demoAccount, &settings, &window);
                auto *dialog = new ui::AccountsDialog(registry.providers({&network, &settings, &credentials, {}}, &settings),
                                                      &credentials, checker, &window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->show();
                dialog->move(window.geometry().center() - QPoint(dialog->width() / 2, dialog->height() / 2));
                // Shown after a check of the default account.
                QObject::connect(checker, &ui::AccountCheckController::finished, &window,
                                 [&window] { QTimer::singleShot(400, &window, &ready); });
                dialog->selectAccount(QStringLiteral("replay"), QStringLiteral("maria.silva@example.org"));
                dialog->checkButton()->click();
                return;
            }
            QTimer::singleShot(700, &window, &ready);
        });
        window.searchController()->search();
    });
    return QApplication::exec();
}

// The desktop program's composition root: creates core's objects once and hands them to the
// main window.
#include "ui/accounts/OneTimeCodePrompt.h"
#include "ui/app/Resources.h"
#include "ui/app/Translations.h"
#include "ui/app/UiSettings.h"
#include "ui/help/FirstRunGuide.h"
#include "ui/mainwindow/MainWindow.h"

#include "core/app/AppServices.h"
#include "core/auth/CredentialStore.h"
#include "core/download/queue/DownloadQueue.h"
#include "core/download/queue/QueueStoreAccess.h"
#include "core/download/queue/QueueSettings.h"
#include "core/platform/ProcessHardening.h"
#include "core/settings/Settings.h"

#include <QApplication>
#include <QMessageBox>
#include <QEventLoop>
#include <QByteArray>
#include <QElapsedTimer>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

// EOC_STARTUP_PROBE=1: print the milliseconds from the start of main() to the first paint of the
// main window, then quit (for the start-up benchmark).
class FirstPaintProbe final : public QObject
{
public:
    FirstPaintProbe(QElapsedTimer timer, QObject *parent) : QObject(parent), m_timer(timer) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::fprintf(stdout, "first-paint-ms %lld\n", static_cast<long long>(m_timer.elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_timer;
    bool m_done = false;
};

// --help and --version answer before any window system is needed: the build writes the man page
// from this text (packaging/tools/make-cli-docs.py), and a terminal user gets an answer without a
// display.
bool answeredFromCommandLine(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version") {
            std::fprintf(stdout, "eo-collector %s\n", EOC_VERSION_STRING);
            return true;
        }
        if (arg == "--help" || arg == "-h") {
            std::fputs("Usage: eo-collector [Qt options]\n\n"
                       "EO Collector finds and downloads satellite imagery: draw a region on the map, search\n"
                       "many providers at once, pick scenes in the table or by their footprints, and let the\n"
                       "download queue fetch them, resumed after interruptions and verified.\n\n"
                       "Options:\n"
                       "  --help, -h   this help\n"
                       "  --version    the version\n\n"
                       "Qt's own options (-platform, -style, -reverse...) are accepted as by every Qt program.\n"
                       "Settings: ~/.config/eo-collector/settings.ini (Tools > Settings).\n"
                       "The same searches and downloads from a terminal: eo-collector-cli --help.\n",
                       stdout);
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    eoc::hardenProcess();
    if (answeredFromCommandLine(argc, argv))
        return 0;
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("eo-collector"));
    QApplication::setOrganizationName(QStringLiteral("eo-collector"));
    QApplication::setApplicationDisplayName(QStringLiteral("EO Collector"));
    QApplication::setApplicationVersion(QStringLiteral(EOC_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("eo-collector"));
    eoc::ui::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/eo-collector.svg")));

    eoc::Settings settings;
    // Before anything is stored: nothing yet means this user starts the program for the first time.
    const bool firstStart = eoc::ui::isFirstStart(settings);
    eoc::ui::registerUiDefaults(settings);
    // The ui.language setting, or else the system's language; Qt's own strings follow it.
    const eoc::ui::Translations translations(eoc::ui::settingValue(settings, eoc::ui::ui_settings::kLanguage));
    if (translations.hasOwnTranslation() && !translations.hasQtTranslation()
        && translations.locale().language() != QLocale::English)
        qWarning("Qt's own texts (dialog buttons, file dialogs) stay in English: no qtbase translation for %s "
                 "in %s (Debian package qt6-translations-l10n)",
                 qUtf8Printable(translations.locale().name()),
                 qUtf8Printable(eoc::ui::Translations::qtTranslationsFolder()));

    // Network (every network.* setting, the proxy included) and plug-ins, as the CLI builds them.
    eoc::AppServices services(settings);
    if (const eoc::Error error = services.networkSettingsError(); error.isError())
        qWarning("%s", qUtf8Printable(error.message));
    eoc::NetworkAccess &network = services.network();
    eoc::ProviderRegistry &registry = services.registry();
    for (const QString &warning : registry.warnings())
        qWarning("%s", qUtf8Printable(warning));
    eoc::CredentialStore credentials(&settings);

    const eoc::ProviderContext providerContext = services.providerContext(&credentials);
    eoc::DownloadQueue::Options queueOptions;
    if (const eoc::Status applied = eoc::applyQueueSettings(settings, queueOptions); !applied)
        qWarning("%s", qUtf8Printable(applied.error().message));
    // queue.url: this computer's journal, or a queue shared by several machines, whose password
    // may come from the keychain (which answers asynchronously, and may ask to be unlocked).
    std::optional<eoc::Result<eoc::QueueStoreAccess>> access;
    {
        QEventLoop waitForAccess;
        eoc::readQueueStoreAccess(settings, &waitForAccess, [&](const eoc::Result<eoc::QueueStoreAccess> &r) {
            access = r;
            waitForAccess.quit();
        });
        if (!access)
            waitForAccess.exec();
    }
    QString queueProblem;
    std::unique_ptr<eoc::DownloadQueue> queue;
    if (*access && !access->value().location.isLocal()) {
        queueOptions.store = access->value().location;
        queueOptions.storePassword = access->value().password;
        // queue.watch_only: this computer follows the workers and never runs the shared queue itself.
        const auto watchOnly = eoc::readQueueWatchOnly(settings);
        if (!watchOnly)
            qWarning("%s", qUtf8Printable(watchOnly.error().message));
        queueOptions.watchOnly = watchOnly && watchOnly.value();
        queue = std::make_unique<eoc::DownloadQueue>(&network, &registry, providerContext, queueOptions);
        if (const eoc::Status opened = queue->open(); !opened) {
            queueProblem = opened.error().message;
            queue.reset();
        }
    } else if (!*access) {
        queueProblem = access->error().message;
    }
    if (!queue) {
        // Downloads still work: this session uses this computer's journal, and says so.
        queueOptions.store = {};
        queueOptions.storePassword.clear();
        queueOptions.watchOnly = false;   // this computer's own journal is run here
        queue = std::make_unique<eoc::DownloadQueue>(&network, &registry, providerContext, queueOptions);
        if (const eoc::Status opened = queue->open(); !opened)
            qWarning("%s", qUtf8Printable(opened.error().message));
    }
    queue->start();   // also when another process runs the queue: take it over when that one goes away

    eoc::ui::MainWindow window({&settings, &network, &registry, &credentials, queue.get()});
    // Logins that need a two-factor code (CREODIAS) ask for it over the window.
    credentials.setOneTimeCodePrompt([&window, &registry, providerContext](const QString &provider, const QString &account,
                                                                        QObject *context, eoc::CredentialSource::CodeCallback callback) {
        const auto found = registry.provider(provider, providerContext);
        const QString title = found ? (*found)->title() : provider;
        eoc::ui::askOneTimeCode(&window, title, account, context, std::move(callback));
    });
    if (qEnvironmentVariableIntValue("EOC_STARTUP_PROBE") == 1)
        window.installEventFilter(new FirstPaintProbe(sinceStart, &window));
    window.show();
    if (firstStart)
        window.showGuide();
    if (!queueProblem.isEmpty()) {
        QMessageBox::warning(&window, QCoreApplication::translate("main", "Shared download queue"),
                             QCoreApplication::translate("main", "The shared download queue could not be opened: %1\n\n"
                                                                 "Downloads of this session use this computer's own queue. "
                                                                 "Settings → Queue says where the queue lives.")
                                 .arg(queueProblem));
    }
    const int code = QApplication::exec();
    registry.shutdown();
    return code;
}

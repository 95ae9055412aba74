// The desktop program's composition root: creates core's objects once and hands them to the
// main window.
#include "ui/app/Resources.h"
#include "ui/app/UiSettings.h"
#include "ui/mainwindow/MainWindow.h"

#include "core/auth/CredentialStore.h"
#include "core/download/queue/DownloadQueue.h"
#include "core/net/NetworkAccess.h"
#include "core/platform/ProcessHardening.h"
#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkProxy>
#include <QUrl>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

// The UI language: the ui.language setting, or else the system's.
void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("eo-collector"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    QLocale::setDefault(locale);
}

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

// network.proxy = "http://host:port" or "socks5://host:port": every request goes through it.
void applyProxy(const QString &setting)
{
    const QUrl url(setting.trimmed());
    if (setting.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty())
        return;
    const bool socks = url.scheme().startsWith(QLatin1String("socks"));
    QNetworkProxy::setApplicationProxy(QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                                                     url.host(), quint16(url.port(socks ? 1080 : 8080))));
}

} // namespace

int main(int argc, char *argv[])
{
    eoc::hardenProcess();
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
    eoc::ui::registerUiDefaults(settings);
    installTranslations(app, eoc::ui::settingValue(settings, eoc::ui::ui_settings::kLanguage));

    applyProxy(eoc::ui::settingValue(settings, eoc::ui::ui_settings::kProxy));
    eoc::NetworkAccess network;
    eoc::ProviderRegistry registry;
    registry.loadPlugins();
    for (const QString &warning : registry.warnings())
        qWarning("%s", qUtf8Printable(warning));
    eoc::CredentialStore credentials(&settings);

    eoc::ProviderContext providerContext;
    providerContext.network = &network;
    providerContext.settings = &settings;
    providerContext.credentials = &credentials;
    eoc::DownloadQueue::Options queueOptions;
    queueOptions.limitBytesPerSecond =
        eoc::ui::settingValue(settings, eoc::ui::ui_settings::kBandwidthKiB).toLongLong() * 1024;
    queueOptions.bdcVersion = eoc::ui::settingValue(settings, eoc::ui::ui_settings::kBdcVersion).trimmed();
    eoc::DownloadQueue queue(&network, &registry, providerContext, queueOptions);
    if (const eoc::Status opened = queue.open(); !opened)
        qWarning("%s", qUtf8Printable(opened.error().message));
    else if (queue.isRunner())
        queue.start();

    eoc::ui::MainWindow window({&settings, &network, &registry, &credentials, &queue});
    if (qEnvironmentVariableIntValue("EOC_STARTUP_PROBE") == 1)
        window.installEventFilter(new FirstPaintProbe(sinceStart, &window));
    window.show();
    const int code = QApplication::exec();
    registry.shutdown();
    return code;
}

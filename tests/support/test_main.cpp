// main() for every GoogleTest binary: a Qt application object first, so that tests can run
// event loops (QSignalSpy::wait, QTest::qWait) and use Qt's networking.
#include <gtest/gtest.h>

#ifdef EOC_TEST_WITH_WIDGETS
#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    // Tests never need a display or the user's plug-ins: default to the offscreen platform and
    // the build tree's providers unless the environment says otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef EOC_TEST_PLUGIN_DIR
    if (qEnvironmentVariableIsEmpty("EOC_PLUGIN_PATH"))
        qputenv("EOC_PLUGIN_PATH", EOC_TEST_PLUGIN_DIR);
#endif
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "qt.qpa.*=false");
#ifdef EOC_TEST_WITH_WIDGETS
    // The desktop program keeps window state, the last search and quicklooks under the user's
    // config and cache folders. UI tests run in parallel, so each process gets folders of its own:
    // one binary's window closing must not overwrite what another is about to read back.
    QTemporaryDir userFolders;
    if (!userFolders.isValid())
        return 1;
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"})
        qputenv(variable, QDir(userFolders.path()).filePath(QString::fromLatin1(variable)).toLocal8Bit());
    // ctest runs the cases of one binary as parallel processes, and QStandardPaths' test mode
    // (which some tests turn on) ignores the XDG variables for folders under $HOME/.qttest: a
    // home of its own per process keeps those apart too.
    qputenv("HOME", QDir(userFolders.path()).filePath(QStringLiteral("home")).toLocal8Bit());
    QDir().mkpath(QDir(userFolders.path()).filePath(QStringLiteral("home")));
#endif
    ::testing::InitGoogleTest(&argc, argv);
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("eo-collector-tests"));
    TestApplication::setOrganizationName(QStringLiteral("eo-collector"));
    return RUN_ALL_TESTS();
}

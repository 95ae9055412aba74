// main() for every GoogleTest binary: a Qt application object first, so that tests can run
// event loops (QSignalSpy::wait, QTest::qWait) and use Qt's networking.
#include <gtest/gtest.h>

#ifdef EOC_TEST_WITH_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("eo-collector-tests"));
    TestApplication::setOrganizationName(QStringLiteral("eo-collector"));
    return RUN_ALL_TESTS();
}

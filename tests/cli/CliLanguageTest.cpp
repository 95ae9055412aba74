// The command line speaks the language of LANG / LC_MESSAGES, with the desktop program's catalogue.
#include "tests/cli/CliRunner.h"

#include <gtest/gtest.h>

using eoc::test::runCli;

namespace {

QProcessEnvironment language(const QString &lang)
{
    // Qt reads the variables themselves: no generated system locale is needed for the catalogue.
    QProcessEnvironment env;
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LC_ALL"), QString());
    env.insert(QStringLiteral("LC_MESSAGES"), QString());
    env.insert(QStringLiteral("LANGUAGE"), QString());
    return env;
}

const QStringList kBadBoxSearch = {QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("http"),
                                   QStringLiteral("--bbox"), QStringLiteral("1,2,3")};

} // namespace

TEST(CliLanguage, CoreErrorIsPrintedInBrazilianPortugueseUnderPtBrLang)
{
    const auto run = runCli(kBadBoxSearch, language(QStringLiteral("pt_BR.UTF-8")));
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(
        QStringLiteral("retângulo: esperados 4 números O,S,L,N separados por vírgulas; recebido '1,2,3'")))
        << run.err.toStdString();
}

TEST(CliLanguage, CoreErrorStaysEnglishUnderCLocale)
{
    const auto run = runCli(kBadBoxSearch, language(QStringLiteral("C.UTF-8")));
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("bounding box: expected 4 numbers W,S,E,N separated by commas, got '1,2,3'"))
        << run.err.toStdString();
}

TEST(CliLanguage, UnknownProviderIsReportedInBrazilianPortuguese)
{
    const auto run = runCli({QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("nosuch"),
                             QStringLiteral("--collection"), QStringLiteral("x")},
                            language(QStringLiteral("pt_BR.UTF-8")));
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(QStringLiteral("Provedor desconhecido 'nosuch'")))
        << run.err.toStdString();
}

TEST(CliLanguage, PluginErrorIsReportedInBrazilianPortuguese)
{
    // The http plug-in is loaded with QPluginLoader; the application-wide catalogue reaches it.
    const auto run = runCli({QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("http"),
                             QStringLiteral("--collection"), QStringLiteral("x")},
                            language(QStringLiteral("pt_BR.UTF-8")));
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(QStringLiteral("Links simples não podem ser buscados")))
        << run.err.toStdString();
}

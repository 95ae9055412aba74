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

// The command line's own texts: a command's option help, its errors and the plug-ins' setting
// descriptions follow LANG like core's messages do.

TEST(CliLanguage, OptionHelpIsInBrazilianPortuguese)
{
    const auto run = runCli({QStringLiteral("search"), QStringLiteral("--help")}, language(QStringLiteral("pt_BR.UTF-8")));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString help = QString::fromUtf8(run.out);
    EXPECT_TRUE(help.contains(QStringLiteral("Plataforma, por exemplo sentinel-2a."))) << run.out.toStdString();
    EXPECT_TRUE(help.contains(QStringLiteral("Mostra a ajuda."))) << run.out.toStdString();
    EXPECT_FALSE(help.contains(QStringLiteral("Platform, e.g. sentinel-2a."))) << run.out.toStdString();
}

TEST(CliLanguage, CommandErrorIsInBrazilianPortuguese)
{
    const auto run = runCli({QStringLiteral("layout")}, language(QStringLiteral("pt_BR.UTF-8")));
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(QStringLiteral("erro: --collection é obrigatório")))
        << run.err.toStdString();
}

TEST(CliLanguage, CommandErrorStaysEnglishUnderCLocale)
{
    const auto run = runCli({QStringLiteral("layout")}, language(QStringLiteral("C.UTF-8")));
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("error: --collection is required")) << run.err.toStdString();
}

TEST(CliLanguage, PluginSettingDescriptionIsInBrazilianPortuguese)
{
    const auto run = runCli({QStringLiteral("providers"), QStringLiteral("--json"), QStringLiteral("dataspace")},
                            language(QStringLiteral("pt_BR.UTF-8")));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(run.out).contains(QStringLiteral("\"description\": \"Catálogo OData (busca)\"")))
        << run.out.toStdString();
}

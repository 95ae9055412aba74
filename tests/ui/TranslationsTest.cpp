// In Brazilian Portuguese the window speaks Portuguese throughout: the program's own strings and
// Qt's (dialog buttons), which come from Qt's translations, not from the program's.
#include "ui/app/Translations.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace eoc::ui;

namespace {

// QLocale::setDefault() is process-wide: give the next test the locale it started with.
class TranslationsTest : public ::testing::Test
{
protected:
    void TearDown() override { QLocale::setDefault(m_before); }

private:
    QLocale m_before;
};

} // namespace

TEST_F(TranslationsTest, PortugueseDialogButtonsComeFromQtsTranslations)
{
    const QString qtFile = QDir(Translations::qtTranslationsFolder()).filePath(QStringLiteral("qtbase_pt_BR.qm"));
    if (!QFileInfo::exists(qtFile))
        GTEST_SKIP() << "Qt's translations are not installed (no " << qtFile.toStdString()
                     << "; Debian package qt6-translations-l10n)";
    {
        const Translations translations(QStringLiteral("pt_BR"));
        EXPECT_TRUE(translations.hasQtTranslation());
        EXPECT_TRUE(translations.hasOwnTranslation());
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancelar"));
        EXPECT_EQ(QCoreApplication::translate("eoc::ui::MainWindow", "&File"), QStringLiteral("&Arquivo"));
        EXPECT_EQ(QCoreApplication::translate("eoc::ui::FirstRunGuide", "Getting started"), QStringLiteral("Primeiros passos"));
        EXPECT_EQ(QLocale().name(), QStringLiteral("pt_BR"));
    }
    // Gone with the object: English again.
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

TEST_F(TranslationsTest, EnglishNeedsNoQtTranslation)
{
    const Translations translations(QStringLiteral("en"));
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

// A provider that cannot search (ONDA DIAS, closed) is listed with a note in place of the search
// form; once a compatible catalogue is set, the form comes back.
#include "tests/providers/usgs/PluginProviderHarness.h"

#include "ui/search/SearchPanel.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;
using namespace eoc::ui;

TEST(ProviderNotice, AClosedServiceShowsWhyInsteadOfTheForm)
{
    LoadedProvider onda(QStringLiteral("onda"), Credentials{});
    LoadedProvider dataspace(QStringLiteral("dataspace"), Credentials{});
    SearchPanel panel;
    panel.show();
    QSignalSpy searchable(&panel, &SearchPanel::searchableChanged);
    panel.setProviders({dataspace.provider, onda.provider});
    auto *providers = panel.findChild<QComboBox *>(QStringLiteral("provider"));
    auto *notice = panel.findChild<QLabel *>(QStringLiteral("providerNotice"));
    auto *collection = panel.findChild<QComboBox *>(QStringLiteral("collection"));
    ASSERT_TRUE(providers && notice && collection);
    ASSERT_EQ(providers->count(), 2) << "the closed service is listed, not hidden";
    EXPECT_TRUE(panel.providerNotice().isEmpty());
    EXPECT_FALSE(notice->isVisible());
    EXPECT_TRUE(collection->isVisible());

    panel.setProvider(QStringLiteral("onda"));
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("closed in February 2025"))) << notice->text().toStdString();
    EXPECT_TRUE(notice->text().contains(QStringLiteral("onda.url")));
    EXPECT_FALSE(collection->isVisible()) << "no search form for a service that cannot answer";
    ASSERT_EQ(searchable.count(), 1);
    EXPECT_FALSE(searchable.last().first().toBool());

    // A compatible catalogue set in the settings: the form is back.
    onda.set(QStringLiteral("onda.url"), QStringLiteral("https://catalogue.example.org/dias-catalogue"));
    panel.refreshCollections();
    EXPECT_FALSE(notice->isVisible());
    EXPECT_TRUE(collection->isVisible());
    ASSERT_EQ(searchable.count(), 2);
    EXPECT_TRUE(searchable.last().first().toBool());
}

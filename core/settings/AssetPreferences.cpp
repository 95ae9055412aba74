#include "core/settings/AssetPreferences.h"

#include "core/settings/Settings.h"

#include <QCoreApplication>
#include <QUrl>

namespace eoc {

AssetPreferences::AssetPreferences(Settings &settings)
    : m_settings(settings)
{
}

QString AssetPreferences::settingKey(const QString &provider, const QString &collection)
{
    const auto encoded = [](const QString &part) { return QString::fromLatin1(QUrl::toPercentEncoding(part)); };
    return QStringLiteral("assets/%1/%2").arg(encoded(provider), encoded(collection));
}

QStringList AssetPreferences::parseKeys(const QString &text)
{
    QStringList keys;
    const auto parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString key = part.trimmed();
        if (!key.isEmpty() && !keys.contains(key))
            keys << key;
    }
    return keys;
}

QStringList AssetPreferences::choice(const QString &provider, const QString &collection) const
{
    if (provider.isEmpty() || collection.isEmpty())
        return {};
    return parseKeys(m_settings.value(settingKey(provider, collection)));
}

Status AssetPreferences::remember(const QString &provider, const QString &collection, const QStringList &keys)
{
    if (provider.isEmpty() || collection.isEmpty())
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("AssetPreferences", "An asset choice is remembered per collection: "
                                                                     "name the provider and the collection"));
    if (keys.isEmpty()) {
        forget(provider, collection);
        return success();
    }
    return m_settings.setValue(settingKey(provider, collection), keys.join(QLatin1Char(',')));
}

void AssetPreferences::forget(const QString &provider, const QString &collection)
{
    m_settings.remove(settingKey(provider, collection));
}

} // namespace eoc

#include "ui/settings/SettingChecks.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace eoc::ui {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("eoc::ui::SettingChecks", text); }

bool isWebUrl(const QString &value)
{
    const QUrl url(value, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && !value.contains(QLatin1Char(' '))
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

bool isUrlSetting(const QString &defaultValue)
{
    return defaultValue.startsWith(QLatin1String("http://")) || defaultValue.startsWith(QLatin1String("https://"));
}

QString urlProblem(const QString &key, const QString &value)
{
    if (value.trimmed().isEmpty())
        return tr("%1 is empty: it needs an http or https URL (Reset restores the default).").arg(key);
    if (!isWebUrl(value.trimmed()))
        return tr("%1: '%2' is not an http or https URL, e.g. https://example.org/path.").arg(key, value.trimmed());
    return {};
}

QString proxyProblem(const QString &key, const QString &value)
{
    const QString text = value.trimmed();
    if (text.isEmpty() || text == QLatin1String("system") || text == QLatin1String("none"))
        return {};
    const QUrl url(text, QUrl::StrictMode);
    const bool known = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("socks5");
    if (!url.isValid() || url.host().isEmpty() || !known || text.contains(QLatin1Char(' ')))
        return tr("%1: '%2' is not system, none, http://host:port or socks5://host:port.").arg(key, text);
    return {};
}

QString tileUrlProblem(const QString &key, const QString &value)
{
    const QString text = value.trimmed();
    // The placeholders are not URL characters; check the URL with them filled in.
    static const QRegularExpression placeholder(QStringLiteral("\\{[a-z]+\\}"));
    const QString filled = QString(text).replace(placeholder, QStringLiteral("0"));
    if (!isWebUrl(filled))
        return tr("%1: '%2' is not an http or https URL.").arg(key, text);
    if (!text.contains(QLatin1String("{z}")) || !text.contains(QLatin1String("{x}")) || !text.contains(QLatin1String("{y}")))
        return tr("%1 needs the {z}, {x} and {y} placeholders.").arg(key);
    return {};
}

} // namespace eoc::ui

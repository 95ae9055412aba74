#include "app/cli/commands/Commands.h"
#include "app/cli/TerminalText.h"

#include "core/provider/CanonicalCollections.h"
#include "core/provider/CollectionRefresh.h"

#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eoc::cli {
namespace {

QJsonObject describe(Provider *p, const Settings &settings)
{
    QJsonObject o;
    o[QStringLiteral("name")] = p->name();
    o[QStringLiteral("title")] = p->title();
    o[QStringLiteral("aliases")] = QJsonArray::fromStringList(p->aliases());
    QJsonArray collections;
    const auto infos = p->collections();
    for (const auto &c : infos) {
        QJsonObject co;
        co[QStringLiteral("name")] = c.name;
        co[QStringLiteral("title")] = c.title;
        co[QStringLiteral("aliases")] = QJsonArray::fromStringList(c.aliases);
        co[QStringLiteral("filters")] = QJsonArray::fromStringList(c.filters);
        if (!c.family.isEmpty())
            co[QStringLiteral("family")] = c.family;
        collections.append(co);
    }
    o[QStringLiteral("collections")] = collections;
    o[QStringLiteral("presets")] = QJsonArray::fromStringList(p->presets());
    // The shared collection names this provider (or one of its presets) answers to.
    QJsonArray canonical;
    for (const auto &c : canonicalCollections()) {
        for (const auto &at : c.sources) {
            if (at.source == p->name() || at.source.startsWith(p->name() + QLatin1Char(':'))) {
                canonical.append(QJsonObject{{QStringLiteral("name"), c.name},
                                             {QStringLiteral("source"), at.source},
                                             {QStringLiteral("collection"), at.collection}});
            }
        }
    }
    o[QStringLiteral("canonical_collections")] = canonical;
    const auto caps = p->capabilities();
    QJsonObject co;
    co[QStringLiteral("search")] = caps.canSearch;
    co[QStringLiteral("download")] = caps.canDownload;
    co[QStringLiteral("needs_credentials")] = caps.needsCredentials;
    co[QStringLiteral("credential_kind")] = caps.credentialKind;
    co[QStringLiteral("order_offline")] = caps.canOrderOffline;
    co[QStringLiteral("refresh_collections")] = caps.canRefreshCollections;
    co[QStringLiteral("open_collections")] = caps.openCollections;
    co[QStringLiteral("max_connections")] = caps.maxConnections;
    co[QStringLiteral("requests_per_second")] = caps.requestsPerSecond;
    if (!caps.registrationUrl.isEmpty())
        co[QStringLiteral("registration_url")] = caps.registrationUrl;
    o[QStringLiteral("capabilities")] = co;
    QJsonArray keys;
    const auto specs = p->settingSpecs();
    for (const auto &s : specs) {
        QJsonObject so;
        so[QStringLiteral("key")] = s.key;
        so[QStringLiteral("default")] = s.defaultValue;
        so[QStringLiteral("value")] = settings.value(s.key);
        so[QStringLiteral("description")] = s.description;
        keys.append(so);
    }
    o[QStringLiteral("settings")] = keys;
    return o;
}

class ProvidersCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("providers"); }
    QString summary() const override { return QCoreApplication::translate("ProvidersCommand", "List the providers, their collections and settings"); }
    void configure(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("json"), QCoreApplication::translate("ProvidersCommand", "Print JSON.")});
        parser.addPositionalArgument(QStringLiteral("name"), QCoreApplication::translate("ProvidersCommand", "Only these providers."),
                                     QStringLiteral("[NAME...]"));
        parser.addOption({QStringLiteral("collections"),
                          QCoreApplication::translate("ProvidersCommand", "List the shared collection names (sentinel-2-l2a, landsat-c2-l2...) "
                                         "and the providers that carry each, as `search --collection` takes them.")});
        parser.addOption({QStringLiteral("refresh"),
                          QCoreApplication::translate("ProvidersCommand", "Ask the services for their current collections first (STAC catalogues, "
                                         "USGS datasets, NASA CMR collection search; USGS needs an account).")});
        parser.addOption({QStringLiteral("filter"),
                          QCoreApplication::translate("ProvidersCommand", "A filter for --refresh, e.g. keyword=swot for NASA CMR's collection search "
                                         "(repeatable; implies --refresh)."),
                          QStringLiteral("key=value")});
    }
    void run(const QCommandLineParser &parser, const CliContext &context) override
    {
        if (parser.isSet(QStringLiteral("collections"))) {
            printCanonical(parser, context);
            Q_EMIT finished(ExitOk);
            return;
        }
        auto providers = context.registry->providers(context.providerContext(), context.settings);
        const auto warnings = context.registry->warnings();
        for (const auto &w : warnings)
            *context.err << warningLine(w) << Qt::endl;
        // `providers NAME...` restricts the listing (and a --refresh) to those providers.
        const QStringList names = parser.positionalArguments().mid(1);
        if (!names.isEmpty()) {
            QList<Provider *> chosen;
            for (const auto &n : names) {
                auto p = context.registry->provider(n, context.providerContext(), context.settings);
                if (!p) {
                    Q_EMIT finished(context.fail(p.error()));
                    return;
                }
                chosen << p.value();
            }
            providers = chosen;
        }
        QVariantMap filters;
        const QStringList filterArgs = parser.values(QStringLiteral("filter"));
        for (const QString &f : filterArgs) {
            const qsizetype eq = f.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                Q_EMIT finished(context.fail(ErrorClass::BadInput,
                                             QCoreApplication::translate("ProvidersCommand", "--filter '%1' is not key=value, e.g. keyword=swot").arg(f)));
                return;
            }
            filters.insert(f.left(eq).trimmed(), f.mid(eq + 1).trimmed());
        }
        if (!parser.isSet(QStringLiteral("refresh")) && filters.isEmpty()) {
            print(parser, context, providers);
            Q_EMIT finished(ExitOk);
            return;
        }
        auto *refresh = new CollectionRefresh(this);
        auto failures = std::make_shared<int>(0);
        connect(refresh, &CollectionRefresh::failed, this,
                [&context, failures](const QString &provider, const eoc::Error &error) {
                    ++*failures;
                    *context.err << warningLine(QCoreApplication::translate("ProvidersCommand", "%1: could not list collections: %2")
                                                                 .arg(provider, error.message))
                                 << Qt::endl;
                });
        connect(refresh, &CollectionRefresh::done, this, [this, &parser, &context, providers, failures] {
            print(parser, context, providers);
            // The list is still printed (with the fixed collections); the exit code tells a
            // script that a service did not answer.
            Q_EMIT finished(*failures == 0 ? ExitOk : ExitFailure);
        });
        refresh->start(providers, filters);
    }

private:
    static void printCanonical(const QCommandLineParser &parser, const CliContext &context)
    {
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const auto &c : canonicalCollections()) {
                QJsonArray sources;
                for (const auto &at : c.sources) {
                    QJsonObject so{{QStringLiteral("source"), at.source}, {QStringLiteral("collection"), at.collection}};
                    if (!at.productType.isEmpty())
                        so[QStringLiteral("product_type")] = at.productType;
                    sources.append(so);
                }
                array.append(QJsonObject{{QStringLiteral("name"), c.name},
                                         {QStringLiteral("title"), c.title},
                                         {QStringLiteral("family"), c.family},
                                         {QStringLiteral("sources"), sources}});
            }
            *context.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("collections"), array}})
                                                  .toJson(QJsonDocument::Indented));
            return;
        }
        for (const auto &c : canonicalCollections()) {
            *context.out << c.name << "  " << c.title << "\n";
            for (const auto &at : c.sources)
                *context.out << "    " << at.source.leftJustified(26) << at.collection << "\n";
        }
    }

    static void print(const QCommandLineParser &parser, const CliContext &context, const QList<Provider *> &providers)
    {
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (auto *p : providers)
                array.append(describe(p, *context.settings));
            *context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        } else {
            for (auto *p : providers) {
                *context.out << p->name() << "  " << terminalSafe(p->title()) << "\n";
                const auto collections = p->collections();
                for (const auto &c : collections)
                    *context.out << "    " << terminalSafe(c.name) << (c.title.isEmpty() ? QString() : QStringLiteral("  ") + terminalSafe(c.title)) << "\n";
                const auto specs = p->settingSpecs();
                for (const auto &s : specs)
                    *context.out << "    "
                                 << QCoreApplication::translate("ProvidersCommand", "setting %1 = %2")
                                        .arg(s.key, terminalSafe(context.settings->value(s.key)))
                                 << "\n";
            }
            if (providers.isEmpty())
                *context.out << QCoreApplication::translate("ProvidersCommand", "No providers found in: %1")
                                    .arg(ProviderRegistry::pluginFolders().join(QStringLiteral(", ")))
                             << "\n";
        }
    }
};

} // namespace

std::unique_ptr<CliCommand> makeProvidersCommand()
{
    return std::make_unique<ProvidersCommand>();
}

} // namespace eoc::cli

#include "providers/inpe/InpeProvider.h"

#include "core/model/SceneId.h"
#include "providers/inpe/InpeCatalogue.h"
#include "providers/inpe/InpeJobs.h"

#include <QCoreApplication>

namespace eoc::inpe {

namespace {
const QString kUrlKey = QStringLiteral("inpe.url");
const QString kRegistration = QStringLiteral("https://www.dgi.inpe.br/catalogo/explore");
} // namespace

InpeProvider::InpeProvider(const ProviderContext &context, QObject *parent)
    : Provider(parent)
    , m_context(context)
{
}

QString InpeProvider::title() const
{
    return QCoreApplication::translate("InpeProvider", "INPE image catalogue (CBERS-4, CBERS-4A, Amazonia-1)");
}

QList<CollectionInfo> InpeProvider::collections() const
{
    return inpeCollections();
}

ProviderCapabilities InpeProvider::capabilities() const
{
    ProviderCapabilities caps;
    caps.needsCredentials = true;
    caps.credentialKind = QStringLiteral("email");
    caps.registrationUrl = kRegistration;
    caps.maxConnections = 2;
    return caps;
}

QList<SettingSpec> InpeProvider::settingSpecs() const
{
    return {{kUrlKey, QStringLiteral("https://www.dgi.inpe.br/stac-compose/stac/search/"),
             QCoreApplication::translate("InpeProvider", "INPE's stac-compose search endpoint (the DGI catalogue)")}};
}

QUrl InpeProvider::searchUrl() const
{
    return QUrl(settingValue(m_context.settings, kUrlKey).trimmed(), QUrl::StrictMode);
}

QString InpeProvider::collectionName(const QString &nameOrAlias) const
{
    const auto info = findCollection(nameOrAlias);
    return info ? info->name : nameOrAlias.trimmed().toUpper();
}

Error InpeProvider::missingEmailError() const
{
    return Error(ErrorClass::Auth, QCoreApplication::translate("InpeProvider", "INPE serves its scenes' files only with the e-mail address "
                                                                               "of a registered user: register at %1, then add it with "
                                                                               "`eo-collector-cli account add inpe --account you@example.org` "
                                                                               "(or set EOC_INPE_EMAIL)")
                                       .arg(kRegistration));
}

SearchJob *InpeProvider::search(const SearchQuery &query)
{
    if (auto valid = query.validate(); !valid)
        return failedSearchJob(valid.error());
    if (!findCollection(query.collection)) {
        QStringList names;
        for (const auto &c : collections())
            names << c.name;
        return failedSearchJob(Error(ErrorClass::BadInput, QCoreApplication::translate("InpeProvider", "INPE's catalogue has no collection "
                                                                                                       "'%1'; known: %2")
                                                               .arg(query.collection, names.join(QStringLiteral(", ")))));
    }
    return new InpeSearchJob(this, query);
}

SearchJob *InpeProvider::lookup(const QString &collection, const QString &sceneId)
{
    // The scene id carries the path/row and the day: a search of that day and tile finds it.
    const auto parsed = parseSceneId(sceneId.trimmed());
    if (!parsed || !parsed->sensingStart || parsed->tile.size() != 6) {
        return failedSearchJob(Error(ErrorClass::BadInput, QCoreApplication::translate("InpeProvider", "'%1' is not a CBERS or Amazonia scene "
                                                                                                       "id (such as CBERS4_AWFI17909920200206)")
                                                               .arg(sceneId)));
    }
    SearchQuery query;
    query.provider = name();
    query.collection = collection;
    query.tiles = {parsed->tile};
    query.start = query.end = parsed->sensingStart->date();
    return search(query);
}

PlanJob *InpeProvider::resolve(const SceneResult &scene)
{
    return new InpePlanJob(this, scene);
}

} // namespace eoc::inpe

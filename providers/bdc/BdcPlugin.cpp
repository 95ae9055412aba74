// The Brazil Data Cube (INPE) as its own provider: the STAC provider fixed to the `bdc` preset,
// so that `--provider bdc --collection S2-16D-2` works without choosing a STAC catalogue.
#include "providers/stac/StacProvider.h"

#include <QObject>

namespace eoc::stac {

class BdcProviderFactory final : public QObject, public ProviderFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID EOC_PROVIDER_FACTORY_IID FILE "bdc.json")
    Q_INTERFACES(eoc::ProviderFactory)
public:
    Provider *create(const ProviderContext &context, QObject *parent) override
    {
        return new StacProvider(context, {QStringLiteral("bdc"), QStringLiteral("INPE Brazil Data Cube")}, parent);
    }
};

} // namespace eoc::stac

#include "BdcPlugin.moc"

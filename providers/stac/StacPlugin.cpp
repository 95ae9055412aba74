#include "providers/stac/StacProvider.h"

#include <QObject>

namespace eoc::stac {

class StacProviderFactory final : public QObject, public ProviderFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID EOC_PROVIDER_FACTORY_IID FILE "stac.json")
    Q_INTERFACES(eoc::ProviderFactory)
public:
    Provider *create(const ProviderContext &context, QObject *parent) override
    {
        return new StacProvider(context, parent);
    }
};

} // namespace eoc::stac

#include "StacPlugin.moc"

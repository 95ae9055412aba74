#include "providers/usgs/UsgsProvider.h"

#include <QObject>

namespace eoc::usgs {

class UsgsProviderFactory final : public QObject, public ProviderFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID EOC_PROVIDER_FACTORY_IID FILE "usgs.json")
    Q_INTERFACES(eoc::ProviderFactory)
public:
    Provider *create(const ProviderContext &context, QObject *parent) override
    {
        return new UsgsProvider(context, parent);
    }
};

} // namespace eoc::usgs

#include "UsgsPlugin.moc"

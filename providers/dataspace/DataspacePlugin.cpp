#include "providers/dataspace/DataspaceProvider.h"

#include <QObject>

namespace eoc::dataspace {

class DataspaceFactory final : public QObject, public ProviderFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID EOC_PROVIDER_FACTORY_IID FILE "dataspace.json")
    Q_INTERFACES(eoc::ProviderFactory)
public:
    Provider *create(const ProviderContext &context, QObject *parent) override
    {
        return new DataspaceProvider(context, parent);
    }
};

} // namespace eoc::dataspace

#include "DataspacePlugin.moc"

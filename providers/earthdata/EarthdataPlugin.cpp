#include "providers/earthdata/EarthdataProvider.h"

#include <QObject>

namespace eoc::earthdata {

class EarthdataProviderFactory final : public QObject, public ProviderFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID EOC_PROVIDER_FACTORY_IID FILE "earthdata.json")
    Q_INTERFACES(eoc::ProviderFactory)
public:
    Provider *create(const ProviderContext &context, QObject *parent) override
    {
        return new EarthdataProvider(context, parent);
    }
};

} // namespace eoc::earthdata

#include "EarthdataPlugin.moc"

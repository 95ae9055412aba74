#include "providers/onda/OndaProvider.h"

#include <QObject>

namespace eoc::onda {

class OndaFactory final : public QObject, public ProviderFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID EOC_PROVIDER_FACTORY_IID FILE "onda.json")
    Q_INTERFACES(eoc::ProviderFactory)
public:
    Provider *create(const ProviderContext &context, QObject *parent) override
    {
        return new OndaProvider(context, parent);
    }
};

} // namespace eoc::onda

#include "OndaPlugin.moc"

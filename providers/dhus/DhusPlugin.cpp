#include "providers/dhus/DhusProvider.h"

#include <QObject>

namespace eoc::dhus {

class DhusFactory final : public QObject, public ProviderFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID EOC_PROVIDER_FACTORY_IID FILE "dhus.json")
    Q_INTERFACES(eoc::ProviderFactory)
public:
    Provider *create(const ProviderContext &context, QObject *parent) override
    {
        return new DhusProvider(context, parent);
    }
};

} // namespace eoc::dhus

#include "DhusPlugin.moc"

#include "providers/inpe/InpeProvider.h"

#include <QObject>

namespace eoc::inpe {

class InpeFactory final : public QObject, public ProviderFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID EOC_PROVIDER_FACTORY_IID FILE "inpe.json")
    Q_INTERFACES(eoc::ProviderFactory)
public:
    Provider *create(const ProviderContext &context, QObject *parent) override
    {
        return new InpeProvider(context, parent);
    }
};

} // namespace eoc::inpe

#include "InpePlugin.moc"

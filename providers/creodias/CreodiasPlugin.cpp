#include "providers/creodias/CreodiasProvider.h"

#include <QObject>

namespace eoc::creodias {

class CreodiasFactory final : public QObject, public ProviderFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID EOC_PROVIDER_FACTORY_IID FILE "creodias.json")
    Q_INTERFACES(eoc::ProviderFactory)
public:
    Provider *create(const ProviderContext &context, QObject *parent) override
    {
        return new CreodiasProvider(context, parent);
    }
};

} // namespace eoc::creodias

#include "CreodiasPlugin.moc"

#include "providers/google/GoogleProvider.h"

#include <QObject>

namespace eoc::google {

class GoogleFactory final : public QObject, public ProviderFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID EOC_PROVIDER_FACTORY_IID FILE "google.json")
    Q_INTERFACES(eoc::ProviderFactory)
public:
    Provider *create(const ProviderContext &context, QObject *parent) override
    {
        return new GoogleProvider(context, parent);
    }
};

} // namespace eoc::google

#include "GooglePlugin.moc"

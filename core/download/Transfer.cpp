// Placeholder so the tree links; the real transfer replaces this file.
#include "core/download/Transfer.h"

#include <QTimer>

namespace eoc {
class Transfer::Private {};
Transfer::Transfer(NetworkAccess *network, TransferSpec spec, QObject *parent)
    : QObject(parent), m_network(network), m_spec(std::move(spec)) {}
Transfer::~Transfer() = default;
void Transfer::start()
{
    QTimer::singleShot(0, this, [this] {
        TransferOutcome o;
        o.error = Error(ErrorClass::Permanent, QStringLiteral("Transfers are not implemented yet"));
        Q_EMIT finished(o);
    });
}
void Transfer::cancel() {}
} // namespace eoc

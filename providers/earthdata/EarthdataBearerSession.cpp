#include "providers/earthdata/EarthdataBearerSession.h"

#include <QCoreApplication>

namespace eoc::earthdata {

EarthdataBearerSession::EarthdataBearerSession(QByteArray token)
    : m_token(std::move(token))
{
}

void EarthdataBearerSession::authorize(QObject *, HeaderCallback callback)
{
    if (m_refused) {
        callback(Error(ErrorClass::Auth,
                       QCoreApplication::translate("EarthdataProvider", "NASA Earthdata refused the stored token (tokens last 60 days): create a "
                                      "new one under \"Generate Token\" at https://urs.earthdata.nasa.gov and "
                                      "store it with `eo-collector-cli account`")));
        return;
    }
    callback(QPair<QByteArray, QByteArray>(QByteArray("Authorization"), QByteArray("Bearer ") + m_token));
}

} // namespace eoc::earthdata

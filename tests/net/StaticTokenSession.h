#pragma once

#include "core/auth/AuthSession.h"

#include <QMetaObject>

namespace eoc::test {

// An auth session with a fixed bearer token that "renews" to another one when invalidated.
class StaticTokenSession final : public AuthSession
{
public:
    void authorize(QObject *context, HeaderCallback callback) override
    {
        ++authorizations;
        QMetaObject::invokeMethod(context, [callback, t = token] {
            callback(QPair<QByteArray, QByteArray>("Authorization", "Bearer " + t));
        }, Qt::QueuedConnection);
    }
    void invalidate() override
    {
        ++invalidations;
        token = "renewed";
    }
    QByteArray token = "first";
    int authorizations = 0;
    int invalidations = 0;
};

} // namespace eoc::test

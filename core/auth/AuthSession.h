#pragma once

#include "core/model/Result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>

namespace eoc {

// Something that can put an Authorization header (or another credential header) on a request and
// renew it. One session per account is shared by every request of that account, so a batch of
// transfers logs in once and refreshes tokens as they near expiry.
class AuthSession : public QObject
{
    Q_OBJECT
public:
    using HeaderCallback = std::function<void(const Result<QPair<QByteArray, QByteArray>> &)>;

    using QObject::QObject;
    ~AuthSession() override = default;

    // Calls back (possibly at once) with a currently valid header, e.g. {"Authorization",
    // "Bearer ..."}, refreshing or logging in first when needed. `context` guards the callback.
    virtual void authorize(QObject *context, HeaderCallback callback) = 0;

    // The server refused the current credential (401): the next authorize() must renew it.
    virtual void invalidate() = 0;

    // End the session at the provider (logout), e.g. when the program quits.
    virtual void end() {}
};

} // namespace eoc

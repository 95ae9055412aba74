#pragma once

#include "core/auth/AuthSession.h"

namespace eoc::earthdata {

// An Earthdata Login user token (created once in the user's EDL profile, valid 60 days, at most two
// per user). It is reused as stored: the program never mints tokens, so running it many times
// cannot use up the user's two token slots.
class EarthdataBearerSession final : public AuthSession
{
    Q_OBJECT
public:
    explicit EarthdataBearerSession(QByteArray token);

    void authorize(QObject *context, HeaderCallback callback) override;
    // A refused token cannot be renewed here: the next authorize() explains what to do.
    void invalidate() override { m_refused = true; }

private:
    QByteArray m_token;
    bool m_refused = false;
};

} // namespace eoc::earthdata

#pragma once

#include "core/model/Error.h"

#include <QString>

namespace eoc::usgs {

// Where an ERS account asks for machine-to-machine (M2M) access.
inline constexpr auto kAccessRequestUrl = "https://ers.cr.usgs.gov/profile/access";

// Turns the M2M envelope's errorCode/errorMessage into a typed error. `method` names the API call
// ("scene-search") so the message says what failed. Codes come from the M2M exception list and the
// recorded responses; USGS really spells one of them AUTH_UNAUTHROIZED.
Error m2mError(const QString &errorCode, const QString &errorMessage, const QString &method);

// Codes meaning the API key expired, was revoked or lapsed from inactivity (AUTH_KEY_INVALID,
// AUTH_EXPIRED): the session logs in again and the call is repeated once.
bool isExpiredKeyCode(const QString &errorCode);

} // namespace eoc::usgs

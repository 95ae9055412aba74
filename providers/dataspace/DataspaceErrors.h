#pragma once

#include "core/model/Error.h"
#include "core/net/HttpTypes.h"

namespace eoc::dataspace {

// The service's own words from an error answer: a JSON {"detail": "..."} or
// {"detail": [{"msg": ..., "loc": [...]}]} (the catalogue's validation errors), {"message": ...},
// {"error_description": ...}, or a short plain-text body.
QString serviceMessage(const QByteArray &body);

// Classifies a failed answer of the Copernicus Data Space: 429 and the connection cap (4 per
// user) are RateLimited (wait and retry), the transfer-volume and session caps are Quota, 422 is
// BadInput (e.g. $skip beyond 10 000), 401 Auth, 404 NotFound; the message carries the service's
// text so the user sees what the service said.
Error serviceError(const HttpResponse &response, const QString &what);

// Whether a 422 answer is the catalogue refusing a $skip past its cap.
bool isSkipCapError(const HttpResponse &response);

} // namespace eoc::dataspace

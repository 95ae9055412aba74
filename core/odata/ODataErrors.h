#pragma once

#include "core/model/Error.h"
#include "core/net/HttpTypes.h"

namespace eoc::odata {

// Classifies a failed answer of the catalogues and download services run on CloudFerro's stack
// (the Copernicus Data Space and CREODIAS share it): 429 and the connection cap (4 per
// user) are RateLimited (wait and retry), the transfer-volume and session caps are Quota, 422 is
// BadInput (e.g. $skip beyond 10 000), 401 Auth, 404 NotFound; the message carries the service's
// text (net::serviceMessageFromBody) so the user sees what the service said. `what` names the
// operation ("The Copernicus Data Space search"); `provider` is named in the advice for a 401.
Error serviceError(const HttpResponse &response, const QString &what, const QString &provider);

// Whether a 422 answer is the catalogue refusing a $skip past its cap.
bool isSkipCapError(const HttpResponse &response);

} // namespace eoc::odata

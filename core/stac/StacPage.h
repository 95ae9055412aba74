#pragma once

#include "core/model/Result.h"
#include "core/net/HttpTypes.h"
#include "core/stac/StacSearchRequest.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace eoc::stac {

// One page of an item search: a GeoJSON FeatureCollection.
struct SearchPage {
    QJsonArray features;
    qint64 matched = -1;                     // numberMatched or context.matched; -1 unknown
    std::optional<SearchRequest> next;       // the request for the next page, from the "next" link
};

// Reads a search answer; a Protocol error when it is not a FeatureCollection. `request` is the
// request that got it: relative links resolve against its URL and POST links build on its body.
Result<SearchPage> parseSearchPage(const QByteArray &body, const SearchRequest &request);

// The request a "next" link asks for: GET href, or POST href with the link's body, which replaces
// the previous body or, with "merge": true, is applied on top of it. Nothing without a next link.
std::optional<SearchRequest> nextRequest(const QJsonObject &page, const SearchRequest &current);

// The href of the "next" link of a page (collections lists page this way too), resolved; empty
// when there is none.
QUrl nextHref(const QJsonObject &page, const QUrl &base);

// What identifies a page request for cycle detection: method, URL and body.
QByteArray pageKey(const SearchRequest &request);

// An HTTP request for a STAC API: JSON accepted, a JSON body for POST.
HttpRequest jsonRequest(const QUrl &url, const QByteArray &method, const QJsonObject &body, const QString &limitKey);
HttpRequest jsonRequest(const SearchRequest &request, const QString &limitKey);

// The service's own words for a failed request ({"description"}, {"detail"}, {"message"}...);
// a refused request (400/422) is BadInput.
Error stacHttpError(const HttpResponse &response, const QString &what);

} // namespace eoc::stac

#include "core/stac/StacPager.h"

#include <QCoreApplication>

#include "core/net/NetworkAccess.h"
#include "core/stac/StacItem.h"
#include "core/stac/StacPage.h"

namespace eoc::stac {

StacPager::StacPager(NetworkAccess *network, Options options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(std::move(options))
    , m_guard(PageGuard::Options{m_options.limit.value_or(0), m_options.maxStalePages})
{
}

StacPager::~StacPager()
{
    abort();
}

void StacPager::abort()
{
    m_done = true;
    if (m_http) {
        disconnect(m_http, nullptr, this, nullptr);
        m_http->cancel();
    }
}

void StacPager::start(const SearchRequest &first)
{
    send(first);
}

void StacPager::send(const SearchRequest &request)
{
    if (m_done)
        return;
    if (!m_network) {
        fail(Error(ErrorClass::Permanent, QCoreApplication::translate("StacPager", "The network is shut down")));
        return;
    }
    if (!m_guard.admitPage(pageKey(request))) {
        finish();
        return;
    }
    m_http = m_network->send(jsonRequest(request, m_options.limitKey));
    connect(m_http, &HttpJob::finished, this, [this, request](const HttpResponse &response) {
        onAnswer(response, request);
    });
}

void StacPager::onAnswer(const HttpResponse &response, const SearchRequest &request)
{
    if (m_done)
        return;
    if (!response.ok()) {
        fail(m_options.httpError ? m_options.httpError(response, request)
                                 : stacHttpError(response, QCoreApplication::translate("StacPager", "The STAC search at %1 failed")
                                                               .arg(request.url.toString())));
        return;
    }
    auto page = parseSearchPage(response.body, request);
    if (!page) {
        fail(page.error());
        return;
    }
    QList<SceneResult> scenes;
    for (const auto &f : std::as_const(page->features)) {
        auto scene = itemToScene(f.toObject(), m_options.providerName);
        if (!scene)
            continue;   // one malformed item does not spoil the page
        if (m_options.adjust && !m_options.adjust(scene.value()))
            continue;
        scenes << scene.value();
    }
    const QList<SceneResult> fresh = m_guard.accept(scenes);
    if (!fresh.isEmpty())
        Q_EMIT pageReady(fresh);
    if (m_done)
        return;   // a receiver stopped the search
    qint64 total = page->matched;
    if (m_options.limit && (total < 0 || total > *m_options.limit))
        total = *m_options.limit;
    Q_EMIT progress(m_guard.delivered(), total);
    if (page->features.isEmpty() || !page->next || m_guard.shouldStop()) {
        finish();
        return;
    }
    send(*page->next);
}

void StacPager::finish()
{
    if (m_done)
        return;
    m_done = true;
    const QString why = m_guard.stopWarning();
    if (!why.isEmpty())
        Q_EMIT warning(why);
    Q_EMIT finished();
}

void StacPager::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(error);
}

} // namespace eoc::stac

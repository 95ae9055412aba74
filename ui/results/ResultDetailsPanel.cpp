#include "ui/results/ResultDetailsPanel.h"

#include "ui/quicklook/ThumbnailCache.h"
#include "ui/results/ResultDetailsHtml.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace eoc::ui {

namespace {
constexpr int kImageSide = 256;   // pixels of the quicklook beside the details
}

ResultDetailsPanel::ResultDetailsPanel(ThumbnailCache *cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_image(new QLabel(this))
    , m_status(new QLabel(this))
    , m_browser(new QTextBrowser(this))
{
    m_image->setFixedSize(kImageSide, kImageSide);
    m_image->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->setFixedWidth(kImageSide);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Result details"));

    auto *side = new QVBoxLayout;
    side->addWidget(m_image);
    side->addWidget(m_status);
    side->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(side);
    layout->addWidget(m_browser, 1);

    if (m_cache) {
        connect(m_cache, &ThumbnailCache::ready, this, &ResultDetailsPanel::onReady);
        connect(m_cache, &ThumbnailCache::failed, this, &ResultDetailsPanel::onFailed);
    }
    clear();
}

void ResultDetailsPanel::clear()
{
    m_result = SceneResult();
    m_image->clear();
    m_status->setText(tr("Select one result to see its details."));
    m_browser->clear();
}

void ResultDetailsPanel::showResult(const SceneResult &result, const QString &providerTitle)
{
    m_result = result;
    m_browser->setHtml(resultDetailsHtml(result, providerTitle));
    showQuicklook();
}

QString ResultDetailsPanel::quicklookStatus() const { return m_status->text(); }

bool ResultDetailsPanel::hasQuicklookImage() const { return !m_image->pixmap().isNull(); }

void ResultDetailsPanel::showQuicklook()
{
    m_image->clear();
    if (m_result.quicklook.isEmpty()) {
        m_status->setText(tr("No quicklook for this scene."));
        return;
    }
    if (!m_cache) {
        m_status->clear();
        return;
    }
    if (const auto failure = m_cache->failure(m_result.quicklook)) {
        onFailed(m_result.quicklook, *failure);
        return;
    }
    const QImage image = m_cache->preview(m_result.quicklook);
    if (image.isNull()) {
        m_status->setText(tr("Fetching the quicklook..."));
        return;
    }
    onReady(m_result.quicklook);
}

void ResultDetailsPanel::onReady(const QUrl &url)
{
    if (url != m_result.quicklook || !m_cache)
        return;
    const QImage image = m_cache->preview(url);
    m_image->setPixmap(QPixmap::fromImage(image.scaled(kImageSide, kImageSide, Qt::KeepAspectRatio,
                                                       Qt::SmoothTransformation)));
    m_status->clear();
}

void ResultDetailsPanel::onFailed(const QUrl &url, const Error &error)
{
    if (url != m_result.quicklook)
        return;
    m_image->clear();
    m_status->setText(tr("Quicklook could not be fetched: %1").arg(error.message));
}

} // namespace eoc::ui

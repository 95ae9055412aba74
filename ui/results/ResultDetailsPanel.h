#pragma once

#include "core/model/Error.h"
#include "core/model/SceneResult.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace eoc::ui {

class ThumbnailCache;

// The current result in full: its quicklook (or why there is none), every attribute, the assets
// with their sizes and the links. Shows; never acts.
class ResultDetailsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ResultDetailsPanel(ThumbnailCache *cache, QWidget *parent = nullptr);

    void showResult(const SceneResult &result, const QString &providerTitle);
    void clear();

    QString sceneId() const { return m_result.sceneId; }
    QString quicklookStatus() const;
    bool hasQuicklookImage() const;
    QTextBrowser *browser() const { return m_browser; }

private:
    void showQuicklook();
    void onReady(const QUrl &url);
    void onFailed(const QUrl &url, const eoc::Error &error);

    ThumbnailCache *m_cache = nullptr;
    SceneResult m_result;
    QLabel *m_image = nullptr;
    QLabel *m_status = nullptr;
    QTextBrowser *m_browser = nullptr;
};

} // namespace eoc::ui

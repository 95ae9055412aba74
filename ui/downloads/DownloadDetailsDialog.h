#pragma once

#include "core/download/queue/QueueTypes.h"

#include <QDialog>

class QTextBrowser;

namespace eoc::ui {

// Everything about one queue item a person needs to understand where it stands: its state, the
// full message of its last failure (the provider's own words included), what to do about it,
// and each file with its path and size.
class DownloadDetailsDialog final : public QDialog
{
    Q_OBJECT
public:
    // `providerTitle`: the provider as people know it; empty: its internal name.
    explicit DownloadDetailsDialog(const QueueItemInfo &item, const QString &providerTitle = {},
                                   QWidget *parent = nullptr);

    // The text shown, as HTML (for tests and for copying).
    static QString detailsHtml(const QueueItemInfo &item, const QString &providerTitle = {});

private:
    QTextBrowser *m_text = nullptr;
};

} // namespace eoc::ui

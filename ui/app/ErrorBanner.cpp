#include "ui/app/ErrorBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace eoc::ui {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

QString ErrorBanner::adviceFor(ErrorClass errorClass)
{
    switch (errorClass) {
    case ErrorClass::Auth: return tr("Add or fix an account for this provider in Accounts.");
    case ErrorClass::Quota: return tr("Wait until the provider's quota is renewed, or use another account.");
    case ErrorClass::RateLimited: return tr("The provider asks to slow down: wait a little and search again.");
    case ErrorClass::Transient: return tr("The service did not answer properly: check the connection and try again.");
    case ErrorClass::NotFound: return tr("Check the collection and the provider's endpoint in Settings.");
    case ErrorClass::Offline: return tr("The product is in a long-term archive: order it first.");
    case ErrorClass::Protocol: return tr("The service answered something unexpected; check the endpoint in Settings.");
    case ErrorClass::LocalDisk: return tr("Check the output folder in Settings and the free disk space.");
    case ErrorClass::Integrity: return tr("The file was damaged on the way: download it again.");
    case ErrorClass::BadInput:
    case ErrorClass::Cancelled:
    case ErrorClass::Permanent:
    case ErrorClass::None: return {};
    }
    return {};
}

void ErrorBanner::applyPalette(bool isError)
{
    // Tinted from the palette so it reads on light and dark themes alike.
    QPalette pal = palette();
    const QColor base = pal.color(QPalette::Window);
    const QColor tint = isError ? QColor(220, 50, 50) : pal.color(QPalette::Highlight);
    QColor mixed;
    mixed.setRgbF(base.redF() * 0.8f + tint.redF() * 0.2f, base.greenF() * 0.8f + tint.greenF() * 0.2f,
                  base.blueF() * 0.8f + tint.blueF() * 0.2f);
    pal.setColor(QPalette::Window, mixed);
    setPalette(pal);
    m_icon->setPixmap(style()->standardIcon(isError ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation)
                          .pixmap(20, 20));
}

void ErrorBanner::showError(const Error &error) { showError(error, adviceFor(error.errorClass)); }

void ErrorBanner::showError(const Error &error, const QString &advice)
{
    if (error.errorClass == ErrorClass::Cancelled) {
        showMessage(tr("Search cancelled."));
        return;
    }
    QString text = QStringLiteral("<b>%1</b>").arg(error.message.toHtmlEscaped());
    if (!advice.isEmpty())
        text += QStringLiteral("<br>") + advice.toHtmlEscaped();
    m_label->setText(text);
    applyPalette(true);
    show();
}

void ErrorBanner::showMessage(const QString &message)
{
    m_label->setText(message.toHtmlEscaped());
    applyPalette(false);
    show();
}

QString ErrorBanner::text() const { return m_label->text(); }

} // namespace eoc::ui

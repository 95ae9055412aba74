#include "ui/downloads/DownloadDetailsDialog.h"

#include <QJsonArray>
#include <QJsonObject>

#include "core/download/queue/QueueText.h"
#include "core/model/ByteSize.h"

#include <QLocale>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace eoc::ui {

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=left valign=top>%1</th><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
}

QString sizeText(const QueueFileInfo &file)
{
    const qint64 bytes = file.bytesOnDisk;
    if (file.totalSize)
        return DownloadDetailsDialog::tr("%1 of %2").arg(formatByteSize(bytes, QLocale()), formatByteSize(*file.totalSize, QLocale()));
    return formatByteSize(bytes, QLocale());
}

} // namespace

DownloadDetailsDialog::DownloadDetailsDialog(const QueueItemInfo &item, const QString &providerTitle,
                                             QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("Download details: %1").arg(item.title));
    m_text->setOpenLinks(false);
    m_text->setHtml(detailsHtml(item, providerTitle));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

QString DownloadDetailsDialog::detailsHtml(const QueueItemInfo &item, const QString &providerTitle)
{
    QString html = QStringLiteral("<table cellspacing=4>");
    html += row(tr("Scene"), item.title.toHtmlEscaped());
    html += row(tr("Provider"), (providerTitle.isEmpty() ? item.provider : providerTitle).toHtmlEscaped());
    if (!item.scene.source.isEmpty() || !item.scene.otherSources.empty())
        html += row(tr("Source"), item.scene.sourceName().toHtmlEscaped());
    if (!item.scene.otherSources.empty())
        html += row(tr("Other sources"), item.scene.sources().mid(1).join(QStringLiteral(", ")).toHtmlEscaped());
    const QJsonArray failed = item.scene.attributes.value(QLatin1String(kFailedSourcesAttribute)).toArray();
    for (const auto &f : failed) {
        const QJsonObject o = f.toObject();
        html += row(tr("Failed source"), QStringLiteral("%1: %2").arg(o.value(QStringLiteral("source")).toString(),
                                                                   o.value(QStringLiteral("message")).toString())
                                             .toHtmlEscaped());
    }
    html += row(tr("State"), queueStatusText(item).toHtmlEscaped());
    html += row(tr("Output folder"), item.outputFolder.toHtmlEscaped());
    html += row(tr("Attempts"), QString::number(item.attempts));
    if (item.error.isError()) {
        html += row(tr("Problem"), errorClassLabel(item.error.errorClass).toHtmlEscaped());
        // The message carries the service's own answer where there was one.
        html += row(tr("Message"), item.error.message.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        if (item.error.httpStatus > 0)
            html += row(tr("HTTP status"), QString::number(item.error.httpStatus));
        html += row(tr("What to do"), errorClassAdvice(item.error.errorClass).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    if (item.files.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("The provider has not said yet which files make up this scene.").toHtmlEscaped());
        return html;
    }
    html += QStringLiteral("<h4>%1</h4><table cellspacing=4>").arg(tr("Files").toHtmlEscaped());
    for (const QueueFileInfo &file : item.files) {
        const QString path = file.done ? file.finalPath : file.partPath;
        const QString state = file.done ? tr("verified") : file.bytesOnDisk > 0 ? tr("partial") : tr("not started");
        html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td>%3</td></tr>")
                    .arg(path.toHtmlEscaped(), sizeText(file).toHtmlEscaped(), state.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace eoc::ui

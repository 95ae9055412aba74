#include "app/cli/queue/QueueReporter.h"
#include "app/cli/TerminalText.h"
#include "core/download/queue/QueueText.h"
#include "core/model/ByteSize.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cmath>

namespace eoc::cli {

QueueReporter::QueueReporter(DownloadQueue *queue, Mode mode, QTextStream *out, QObject *parent)
    : QObject(parent), m_queue(queue), m_mode(mode), m_out(out)
{
    m_clock.start();
    connect(queue, &DownloadQueue::itemChanged, this, &QueueReporter::onChanged);
    connect(queue, &DownloadQueue::itemAdded, this, [this](qint64 id) { onChanged(id, QueueField::All); });
    connect(queue, &DownloadQueue::itemRemoved, this, [this](qint64) { checkDone(); });
    connect(queue, &DownloadQueue::idle, this, [this] { checkDone(); });
}

void QueueReporter::watch(const QList<qint64> &ids)
{
    m_ids = ids;
    m_all = ids.isEmpty();
    QTimer::singleShot(0, this, [this] { checkDone(); });
}

QList<qint64> QueueReporter::watched() const { return m_all ? m_queue->ids() : m_ids; }

QString QueueReporter::humanBytes(double bytes)
{
    return formatByteSize(qint64(bytes));
}

QString QueueReporter::itemJson(const QueueItemInfo &item, const QString &event)
{
    QJsonObject o;
    o.insert(QStringLiteral("event"), event);
    o.insert(QStringLiteral("id"), item.id);
    o.insert(QStringLiteral("title"), item.title);
    o.insert(QStringLiteral("provider"), item.provider);
    // The source fetching (or that delivered) the files, the others the scene has, and those that
    // failed before the queue moved the item on.
    o.insert(QStringLiteral("source"), item.scene.sourceName());
    if (!item.scene.otherSources.empty())
        o.insert(QStringLiteral("other_sources"), QJsonArray::fromStringList(item.scene.sources().mid(1)));
    if (const auto failed = item.scene.attributes.value(QLatin1String(kFailedSourcesAttribute)); failed.isArray())
        o.insert(QStringLiteral("failed_sources"), failed);
    o.insert(QStringLiteral("wish"), queueWishName(item.wish));
    o.insert(QStringLiteral("state"), queueStateName(item.state));
    o.insert(QStringLiteral("status"), queueStatusText(item));
    o.insert(QStringLiteral("error_class"), errorClassName(item.error.errorClass));
    if (item.error.isError())
        o.insert(QStringLiteral("error"), item.error.message);
    o.insert(QStringLiteral("attempts"), item.attempts);
    o.insert(QStringLiteral("priority"), item.priority);
    o.insert(QStringLiteral("bytes"), item.bytesDone);
    if (item.bytesTotal)
        o.insert(QStringLiteral("total"), *item.bytesTotal);
    o.insert(QStringLiteral("bytes_per_second"), qRound64(item.bytesPerSecond));
    if (item.etaSeconds)
        o.insert(QStringLiteral("eta_seconds"), *item.etaSeconds);
    o.insert(QStringLiteral("output"), item.outputFolder);
    // A shared queue: the worker holding the item, and until when unless it renews its lease.
    if (!item.worker.isEmpty()) {
        o.insert(QStringLiteral("worker"), item.worker);
        o.insert(QStringLiteral("lease_until"), item.leaseUntil.toString(Qt::ISODateWithMs));
    }
    QJsonArray files;
    for (const auto &f : item.files) {
        QJsonObject fo;
        fo.insert(QStringLiteral("url"), f.url.toString());
        fo.insert(QStringLiteral("path"), f.done ? f.finalPath : f.partPath);
        fo.insert(QStringLiteral("bytes"), f.bytesOnDisk);
        if (f.totalSize)
            fo.insert(QStringLiteral("total"), *f.totalSize);
        fo.insert(QStringLiteral("done"), f.done);
        files.append(fo);
    }
    o.insert(QStringLiteral("files"), files);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString QueueReporter::itemLine(const QueueItemInfo &item)
{
    QString progress = humanBytes(double(item.bytesDone));
    if (item.bytesTotal)
        progress += QStringLiteral("/") + humanBytes(double(*item.bytesTotal));
    // The same phrases as the desktop application: "Waiting for a connection" is not
    // "Downloading", and a failure says why in words, not with an internal class name.
    QString line = QStringLiteral("%1  %2  %3  %4")
                       .arg(item.id, 4)
                       .arg(queueStatusText(item), -26)
                       .arg(progress, -23)
                       .arg(item.title);
    if (!item.worker.isEmpty())
        line += QCoreApplication::translate("QueueReporter", "  [worker %1]").arg(item.worker);
    if (item.error.isError())
        line += QStringLiteral("  (%1)").arg(item.error.message);
    return terminalSafe(line);
}

void QueueReporter::onChanged(qint64 id, QueueFields fields)
{
    if (!m_all && !m_ids.contains(id))
        return;
    const auto item = m_queue->item(id);
    if (!item)
        return;
    const bool eventful = fields & (QueueField::State | QueueField::Wish | QueueField::Error);
    switch (m_mode) {
    case Mode::Json:
        if (eventful) {
            *m_out << itemJson(*item, QStringLiteral("state")) << '\n';
            m_out->flush();
        } else if (fields & QueueField::Progress) {
            const qint64 now = m_clock.elapsed();
            if (now - m_lastJsonProgress.value(id, -1000) >= 1000) {
                m_lastJsonProgress[id] = now;
                *m_out << itemJson(*item, QStringLiteral("progress")) << '\n';
                m_out->flush();
            }
        }
        break;
    case Mode::Lines:
        if (eventful) {
            *m_out << itemLine(*item) << '\n';
            m_out->flush();
        }
        break;
    case Mode::Bar:
        if (eventful && (item->state == QueueState::Done || item->state == QueueState::Failed || item->error.isError())) {
            if (m_barShown)
                *m_out << "\r\033[K";
            *m_out << itemLine(*item) << '\n';
            m_barShown = false;
        }
        drawBar(eventful);
        break;
    }
    checkDone();
}

void QueueReporter::drawBar(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && m_lastDraw >= 0 && now - m_lastDraw < 200)
        return;
    m_lastDraw = now;
    qint64 done = 0, total = 0, finished = 0;
    double speed = 0;
    bool totalKnown = true;
    const auto ids = watched();
    for (qint64 id : ids) {
        const auto item = m_queue->item(id);
        if (!item)
            continue;
        done += item->bytesDone;
        speed += item->bytesPerSecond;
        if (item->bytesTotal)
            total += *item->bytesTotal;
        else
            totalKnown = false;
        finished += item->state == QueueState::Done ? 1 : 0;
    }
    constexpr int width = 30;
    const double fraction = totalKnown && total > 0 ? qBound(0.0, double(done) / double(total), 1.0) : 0.0;
    const int filled = int(fraction * width);
    QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char(' '));
    QString eta;
    if (speed > 0 && totalKnown && total > done) {
        const qint64 s = qint64(double(total - done) / speed);
        eta = QLatin1Char(' ') + QCoreApplication::translate("QueueReporter", "ETA %1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    *m_out << "\r\033[K[" << bar << "] "
           << (totalKnown && total > 0 ? QStringLiteral("%1%").arg(int(fraction * 100), 3) : QStringLiteral("  ?%"))
           << ' ' << humanBytes(double(done));
    if (totalKnown)
        *m_out << '/' << humanBytes(double(total));
    *m_out << "  " << humanBytes(speed) << "/s" << eta << "  "
           << QCoreApplication::translate("QueueReporter", "(%1/%2 done)").arg(finished).arg(ids.size());
    m_out->flush();
    m_barShown = true;
}

bool QueueReporter::isAtRest(const QueueItemInfo &item) const
{
    if (item.state == QueueState::Done || item.wish != QueueWish::Queued)
        return true;
    if (item.state == QueueState::Failed)
        return true;
    return false;
}

void QueueReporter::checkDone()
{
    if (m_done)
        return;
    const auto ids = watched();
    bool allDone = true;
    for (qint64 id : ids) {
        const auto item = m_queue->item(id);
        if (!item) {
            allDone = false;
            continue;
        }
        if (!isAtRest(*item))
            return;
        allDone = allDone && item->state == QueueState::Done;
    }
    m_done = true;
    if (m_mode == Mode::Bar && m_barShown) {
        drawBar(true);
        *m_out << '\n';
    }
    m_out->flush();
    Q_EMIT finished(allDone ? 0 : 1);
}

std::optional<qint64> parseRate(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    qint64 factor = 1;
    const QChar last = t.back().toUpper();
    if (last == QLatin1Char('K') || last == QLatin1Char('M') || last == QLatin1Char('G')) {
        factor = last == QLatin1Char('K') ? 1024 : last == QLatin1Char('M') ? 1024 * 1024 : 1024LL * 1024 * 1024;
        t.chop(1);
    }
    bool ok = false;
    const double value = t.toDouble(&ok);
    // "nan" and "inf" parse as numbers; a rate must be finite and fit in 64 bits once multiplied.
    if (!ok || !std::isfinite(value) || !(value > 0) || value * double(factor) >= 9.0e18)
        return std::nullopt;
    return qint64(value * double(factor));
}

} // namespace eoc::cli

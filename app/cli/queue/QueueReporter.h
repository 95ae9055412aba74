#pragma once

#include "core/download/queue/DownloadQueue.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTextStream>

namespace eoc::cli {

// Shows a queue's progress on the CLI: a bar redrawn with \r on a terminal, one line per event
// otherwise, or one JSON object per line (--json) for scripts. Emits finished(exitCode) once every
// watched item has come to rest: 0 when all of them are done and verified, 1 otherwise.
class QueueReporter final : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Bar, Lines, Json };

    QueueReporter(DownloadQueue *queue, Mode mode, QTextStream *out, QObject *parent = nullptr);

    // Watches these items (empty: every item in the queue).
    void watch(const QList<qint64> &ids);

    static QString humanBytes(double bytes);
    static QString itemJson(const QueueItemInfo &item, const QString &event);
    static QString itemLine(const QueueItemInfo &item);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onChanged(qint64 id, QueueFields fields);
    void drawBar(bool force);
    void checkDone();
    bool isAtRest(const QueueItemInfo &item) const;
    QList<qint64> watched() const;

    DownloadQueue *m_queue;
    Mode m_mode;
    QTextStream *m_out;
    QList<qint64> m_ids;
    bool m_all = false;
    bool m_done = false;
    bool m_barShown = false;
    QElapsedTimer m_clock;
    qint64 m_lastDraw = -1;
    QHash<qint64, qint64> m_lastJsonProgress;
};

// Parses a rate like curl: "500K", "2M", "1G", "1000" (bytes per second; K = 1024).
std::optional<qint64> parseRate(const QString &text);

} // namespace eoc::cli

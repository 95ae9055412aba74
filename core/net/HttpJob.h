#pragma once

#include "core/net/ConnectionLimiter.h"
#include "core/net/HttpTypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace eoc {

class NetworkAccess;

// One request in flight, with its retries and redirects. The answer is read as it arrives so that
// its size can be capped (NetworkAccess::Policy::maxAnswerBytes), and a transfer slower than the
// minimum speed or longer than the API deadline is cut.
class HttpJob final : public QObject
{
    Q_OBJECT
public:
    HttpJob(NetworkAccess *access, HttpRequest request);
    ~HttpJob() override;

    void cancel();
    const HttpRequest &request() const { return m_request; }

Q_SIGNALS:
    void finished(const eoc::HttpResponse &response);

private:
    friend class NetworkAccess;
    void start();
    void acquireSlotAndSend();
    void sendCurrent();
    void onReadyRead();
    void onProgress(qint64 bytes, qint64 &last);
    void onSpeedCheck();
    void onDeadline();
    void onReplyFinished();
    void followRedirect(HttpResponse response);
    // Content-Length promised more than arrived, or the connection broke in the body.
    Error cutShortError(const HttpResponse &response, QNetworkReply *reply) const;
    // Drops the reply in flight (without its finished() reaching us) and gives back the slot.
    void dropReply();
    // The attempt failed for `error`: retried when it may be, otherwise the job ends with it.
    void failAttempt(HttpResponse response);
    void fail(const Error &error);
    void retryLater(int attempt, const Error &error);
    void finish(HttpResponse response);

    QPointer<NetworkAccess> m_access;
    HttpRequest m_request;
    QUrl m_currentUrl;
    QByteArray m_currentMethod;
    QByteArray m_currentBody;
    QByteArray m_authName;
    QByteArray m_authValue;
    QByteArray m_answer;                  // the body of the reply in flight, read as it arrives
    int m_attempt = 0;
    int m_redirects = 0;
    bool m_authRetried = false;
    bool m_cancelled = false;
    bool m_done = false;
    quint64 m_slotTicket = 0;
    ConnectionSlot m_slot;
    QPointer<QNetworkReply> m_reply;
    QTimer m_speedTimer;                  // one minimum-speed window
    qint64 m_windowBytes = 0;             // bytes sent or received in the current window
    qint64 m_lastReceived = 0;
    qint64 m_lastSent = 0;
    QTimer m_deadline;                    // the whole exchange, retries included
    bool m_deadlineArmed = false;
};

} // namespace eoc

Q_DECLARE_METATYPE(eoc::HttpResponse)

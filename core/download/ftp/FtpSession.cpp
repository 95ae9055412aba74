#include "core/download/ftp/FtpSession.h"

#include "core/download/ftp/FtpErrors.h"

#include <QMetaObject>

#include <curl/curl.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace eoc {

namespace {

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

// What the worker and the object's thread share. It outlives neither: the object joins the worker
// before it goes.
struct FtpSession::Shared {
    std::mutex mutex;
    std::condition_variable spaceFreed;
    std::deque<QByteArray> chunks;      // unread, oldest first
    qsizetype frontOffset = 0;          // bytes of chunks.front() already read
    qint64 buffered = 0;
    qint64 remaining = -1;
    bool readyPosted = false;
    FtpSession *owner = nullptr;        // null once the object is going: nothing more is posted
    std::atomic<bool> aborted{false};
    CURL *easy = nullptr;
    CURLM *multi = nullptr;
    std::thread worker;

    // With the mutex held: tells the object that bytes are there, once until it reads them.
    void postReady()
    {
        if (readyPosted || !owner)
            return;
        readyPosted = true;
        FtpSession *target = owner;
        QMetaObject::invokeMethod(target, [target] { Q_EMIT target->readyRead(); }, Qt::QueuedConnection);
    }
};

namespace {

size_t onWrite(char *data, size_t size, size_t count, void *user)
{
    auto *shared = static_cast<FtpSession::Shared *>(user);
    const size_t bytes = size * count;
    std::unique_lock lock(shared->mutex);
    // Blocking here leaves the socket unread, so the server's sending slows down.
    shared->spaceFreed.wait(lock, [shared] { return shared->aborted || shared->buffered < FtpSession::kBufferBytes; });
    if (shared->aborted)
        return 0;   // makes libcurl stop with CURLE_WRITE_ERROR
    if (shared->remaining < 0) {
        curl_off_t length = -1;
        if (curl_easy_getinfo(shared->easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length) == CURLE_OK)
            shared->remaining = length;
    }
    shared->chunks.emplace_back(data, qsizetype(bytes));
    shared->buffered += qint64(bytes);
    shared->postReady();
    return bytes;
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<FtpSession::Shared *>(user)->aborted ? 1 : 0;
}

} // namespace

FtpSession::FtpSession(FtpRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_shared(std::make_shared<Shared>())
{
    m_shared->owner = this;
}

FtpSession::~FtpSession()
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->owner = nullptr;
    }
    abort();
    if (m_shared->worker.joinable())
        m_shared->worker.join();
}

void FtpSession::abort()
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->aborted = true;
        // curl_multi_wakeup may be called from any thread: the worker leaves its wait at once.
        if (m_shared->multi)
            curl_multi_wakeup(m_shared->multi);
    }
    m_shared->spaceFreed.notify_all();
}

void FtpSession::start()
{
    if (m_started)
        return;
    m_started = true;
    initCurlOnce();

    // libcurl is told ftp:// in both cases; explicit FTPS is the USE_SSL option below.
    QUrl target = m_request.url.adjusted(QUrl::RemoveUserInfo);
    const bool tls = target.scheme() == QLatin1String("ftps");
    target.setScheme(QStringLiteral("ftp"));
    const QByteArray url = target.toEncoded();
    const QByteArray user = m_request.user.toUtf8();
    QByteArray password = m_request.password.toUtf8();
    const QByteArray trusted = m_request.trustedCertificates;
    const FtpRequest request = m_request;

    std::shared_ptr<Shared> shared = m_shared;
    {
        std::lock_guard lock(shared->mutex);
        shared->easy = curl_easy_init();
        shared->multi = curl_multi_init();
    }
    shared->worker = std::thread([shared, request, url, user, password, trusted, tls]() mutable {
        CURL *easy = shared->easy;
        char errorText[CURL_ERROR_SIZE] = {};
        curl_easy_setopt(easy, CURLOPT_URL, url.constData());
        curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "ftp");
        curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(easy, CURLOPT_PROXY, "");   // FTP goes direct, whatever *_proxy says
        curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, errorText);
        curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(request.connectTimeoutMs));
        curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
        curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &onWrite);
        curl_easy_setopt(easy, CURLOPT_WRITEDATA, shared.get());
        curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, &onProgress);
        curl_easy_setopt(easy, CURLOPT_XFERINFODATA, shared.get());
        if (!user.isEmpty()) {
            curl_easy_setopt(easy, CURLOPT_USERNAME, user.constData());
            curl_easy_setopt(easy, CURLOPT_PASSWORD, password.constData());
        }
        if (tls) {
            curl_easy_setopt(easy, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
            curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);
            curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
            if (!trusted.isEmpty()) {
                // Added to the system's authorities, not in place of them.
                curl_blob blob{const_cast<char *>(trusted.constData()), size_t(trusted.size()), CURL_BLOB_COPY};
                curl_easy_setopt(easy, CURLOPT_CAINFO_BLOB, &blob);
            }
        }
        if (request.listNames)
            curl_easy_setopt(easy, CURLOPT_DIRLISTONLY, 1L);
        else if (request.resumeFrom > 0)
            curl_easy_setopt(easy, CURLOPT_RESUME_FROM_LARGE, curl_off_t(request.resumeFrom));

        CURLM *multi = shared->multi;
        curl_multi_add_handle(multi, easy);
        int running = 1;
        CURLcode result = CURLE_OK;
        bool aborted = false;
        while (running > 0) {
            if (curl_multi_perform(multi, &running) != CURLM_OK) {
                result = CURLE_FAILED_INIT;
                break;
            }
            if (shared->aborted) {
                aborted = true;
                break;
            }
            if (running > 0)
                curl_multi_poll(multi, nullptr, 0, 1000, nullptr);
        }
        if (!aborted) {
            int left = 0;
            while (CURLMsg *message = curl_multi_info_read(multi, &left)) {
                if (message->msg == CURLMSG_DONE)
                    result = message->data.result;
            }
        }
        long response = 0;
        curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &response);
        curl_multi_remove_handle(multi, easy);
        password.fill('\0');

        const Error error = aborted || shared->aborted
                                ? Error(ErrorClass::Cancelled, QStringLiteral("Cancelled"))
                                : ftpError(int(result), response, request.url, QString::fromUtf8(errorText));
        std::lock_guard lock(shared->mutex);
        curl_multi_cleanup(shared->multi);
        curl_easy_cleanup(shared->easy);
        shared->multi = nullptr;
        shared->easy = nullptr;
        const bool resumeRefused = !aborted && result == CURLE_BAD_DOWNLOAD_RESUME;
        if (FtpSession *target = shared->owner) {
            QMetaObject::invokeMethod(target, [target, error, resumeRefused] { target->onWorkerDone(error, resumeRefused); },
                                      Qt::QueuedConnection);
        }
    });
}

void FtpSession::onWorkerDone(const Error &error, bool resumeRefused)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_resumeRefused = resumeRefused;
    Q_EMIT finished();
}

qint64 FtpSession::bytesAvailable() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->buffered;
}

qint64 FtpSession::remainingSize() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->remaining;
}

QByteArray FtpSession::read(qint64 maxBytes)
{
    QByteArray out;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->readyPosted = false;
        while (maxBytes > out.size() && !m_shared->chunks.empty()) {
            const QByteArray &front = m_shared->chunks.front();
            const qsizetype take = qsizetype(std::min<qint64>(maxBytes - out.size(), front.size() - m_shared->frontOffset));
            out.append(front.constData() + m_shared->frontOffset, take);
            m_shared->frontOffset += take;
            if (m_shared->frontOffset == front.size()) {
                m_shared->chunks.pop_front();
                m_shared->frontOffset = 0;
            }
        }
        m_shared->buffered -= out.size();
    }
    m_shared->spaceFreed.notify_all();
    return out;
}

} // namespace eoc

#include "core/download/ftp/FtpFolderWalk.h"

#include "core/download/ftp/FtpSession.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

namespace eoc {

namespace {

// A folder listing longer than this is refused rather than held in memory.
constexpr qsizetype kMaxListingBytes = 32 * 1024 * 1024;

QUrl asFolder(QUrl url)
{
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    return url;
}

QUrl child(const QUrl &folder, const QString &name)
{
    QUrl url = folder;
    url.setPath(folder.path() + name);
    return url;
}

} // namespace

FtpFolderWalk::FtpFolderWalk(QUrl folder, FolderMask mask, FtpLogin login, QByteArray trustedCertificates, QObject *parent)
    : QObject(parent)
    , m_root(asFolder(folder.adjusted(QUrl::RemoveUserInfo)))
    , m_mask(std::move(mask))
    , m_login(std::move(login))
    , m_trusted(std::move(trustedCertificates))
{
}

FtpFolderWalk::~FtpFolderWalk() = default;

QStringList FtpFolderWalk::namesOfListing(const QByteArray &listing)
{
    QStringList names;
    const QList<QByteArray> lines = listing.split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        QString name = QString::fromUtf8(line);
        if (const qsizetype slash = name.lastIndexOf(QLatin1Char('/')); slash >= 0)
            name = name.mid(slash + 1);
        if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
            continue;
        names << name;
    }
    return names;
}

void FtpFolderWalk::start()
{
    m_pending = {Pending{m_root, 0}};
    QTimer::singleShot(0, this, &FtpFolderWalk::listNext);
}

void FtpFolderWalk::listNext()
{
    if (m_pending.isEmpty()) {
        std::sort(m_files.begin(), m_files.end(), [](const QUrl &a, const QUrl &b) { return a.path() < b.path(); });
        Q_EMIT finished(m_files);
        return;
    }
    m_current = m_pending.takeFirst();
    FtpRequest request;
    request.url = m_current.folder;
    request.user = m_login.user;
    request.password = m_login.password;
    request.listNames = true;
    request.trustedCertificates = m_trusted;
    m_listing.clear();
    m_session = std::make_unique<FtpSession>(request);
    connect(m_session.get(), &FtpSession::readyRead, this, [this] {
        if (!m_session)
            return;
        m_listing += m_session->read(m_session->bytesAvailable());
        if (m_listing.size() > kMaxListingBytes) {
            m_session.reset();
            Q_EMIT failed(Error(ErrorClass::Protocol, QCoreApplication::translate("FtpFolderWalk", "The listing of %1 is longer than %2 bytes")
                                                          .arg(m_current.folder.toString(QUrl::RemoveUserInfo))
                                                          .arg(kMaxListingBytes)));
        }
    }, Qt::QueuedConnection);
    connect(m_session.get(), &FtpSession::finished, this, &FtpFolderWalk::onListed, Qt::QueuedConnection);
    m_session->start();
}

void FtpFolderWalk::onListed()
{
    if (!m_session)
        return;
    m_listing += m_session->read(m_session->bytesAvailable());
    const Error error = m_session->error();
    m_session.reset();
    if (error.isError()) {
        // Below the top, a name matching a folder level may be a file: it has nothing to list.
        if (m_current.level > 0 && error.errorClass == ErrorClass::NotFound) {
            listNext();
            return;
        }
        Q_EMIT failed(error);
        return;
    }
    const bool lastLevel = m_current.level == m_mask.levelCount() - 1;
    const QStringList names = namesOfListing(m_listing);
    for (const QString &name : names) {
        if (!m_mask.matches(m_current.level, name))
            continue;
        if (lastLevel)
            m_files << child(m_current.folder, name);
        else
            m_pending << Pending{asFolder(child(m_current.folder, name)), m_current.level + 1};
    }
    listNext();
}

} // namespace eoc

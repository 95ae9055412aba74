#include "core/download/queue/QueueStoreLocation.h"

#include "core/download/queue/PostgresQueueStore.h"
#include "core/download/queue/SqliteQueueStore.h"

#include <QCoreApplication>
#include <QUrl>

namespace eoc {

namespace {

const char kForm[] = "postgresql://USER@HOST:PORT/DATABASE";

// The text as given, with what follows the ':' of a user info (a password) left out, so that an
// error can show the rest.
QString withoutPassword(const QString &text)
{
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    const qsizetype authorityStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
    qsizetype authorityEnd = text.size();
    for (QChar c : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = text.indexOf(c, authorityStart);
        if (at >= 0)
            authorityEnd = qMin(authorityEnd, at);
    }
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'), authorityEnd - 1);
    if (at < authorityStart)
        return text;
    const qsizetype colon = text.indexOf(QLatin1Char(':'), authorityStart);
    if (colon < 0 || colon > at)
        return text;
    return text.left(colon + 1) + QStringLiteral("…") + text.mid(at);
}

Error bad(const QString &text, const QString &why)
{
    return Error(ErrorClass::BadInput, QCoreApplication::translate("QueueStoreLocation", "The queue location %1 %2 (the form is %3)")
                                           .arg(withoutPassword(text), why, QLatin1String(kForm)));
}

} // namespace

Result<QueueStoreLocation> QueueStoreLocation::parse(const QString &given)
{
    const QString text = given.trimmed();
    if (text.isEmpty())
        return QueueStoreLocation{};
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    const QString scheme = schemeEnd < 0 ? QString() : text.left(schemeEnd).toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return bad(text, QCoreApplication::translate("QueueStoreLocation", "is not a PostgreSQL URL"));
    QString rest = text.mid(schemeEnd + 3);
    if (rest.contains(QLatin1Char('?')) || rest.contains(QLatin1Char('#')))
        return bad(text, QCoreApplication::translate("QueueStoreLocation", "has options after '?' or '#', which are not supported"));
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString authority = slash < 0 ? rest : rest.left(slash);
    const QString path = slash < 0 ? QString() : rest.mid(slash + 1);

    QueueStoreLocation location;
    location.kind = Kind::Postgres;
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return bad(text, QCoreApplication::translate("QueueStoreLocation", "names no user (USER@ before the host)"));
    const QString userInfo = authority.left(at);
    if (userInfo.contains(QLatin1Char(':'))) {
        return bad(text, QCoreApplication::translate("QueueStoreLocation", "holds a password: passwords do not belong in the setting; "
                                                                          "keep it in the keychain or give it in EOC_QUEUE_PASSWORD"));
    }
    location.user = QUrl::fromPercentEncoding(userInfo.toUtf8());
    if (location.user.isEmpty())
        return bad(text, QCoreApplication::translate("QueueStoreLocation", "names no user (USER@ before the host)"));

    const QString hostPort = authority.mid(at + 1);
    QString afterHost;    // ":PORT" or nothing
    if (hostPort.startsWith(QLatin1Char('['))) {    // an IPv6 address: [::1]:5432
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return bad(text, QCoreApplication::translate("QueueStoreLocation", "has a '[' without its ']' around the host"));
        location.host = hostPort.mid(1, close - 1);
        afterHost = hostPort.mid(close + 1);
    } else {
        const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
        location.host = colon < 0 ? hostPort : hostPort.left(colon);
        afterHost = colon < 0 ? QString() : hostPort.mid(colon);
    }
    if (location.host.isEmpty())
        return bad(text, QCoreApplication::translate("QueueStoreLocation", "names no host"));
    if (!afterHost.isEmpty()) {
        bool ok = false;
        const int port = afterHost.startsWith(QLatin1Char(':')) ? afterHost.mid(1).toInt(&ok) : 0;
        if (!ok || port < 1 || port > 65535) {
            return bad(text, QCoreApplication::translate("QueueStoreLocation", "has the port \"%1\", which is not a number from 1 to 65535")
                                 .arg(afterHost.mid(1)));
        }
        location.port = port;
    }
    location.database = QUrl::fromPercentEncoding(path.toUtf8());
    if (location.database.isEmpty())
        return bad(text, QCoreApplication::translate("QueueStoreLocation", "names no database (/DATABASE after the host)"));
    if (location.database.contains(QLatin1Char('/')))
        return bad(text, QCoreApplication::translate("QueueStoreLocation", "has a '/' in the database name"));
    return location;
}

QString QueueStoreLocation::toString() const
{
    if (isLocal())
        return {};
    const QString host = this->host.contains(QLatin1Char(':')) ? QLatin1Char('[') + this->host + QLatin1Char(']') : this->host;
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(user)), host)
        .arg(port)
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(database)));
}

std::unique_ptr<QueueStore> makeQueueStore(const QueueStoreLocation &location, const QString &journalPath,
                                           const QString &password)
{
    if (location.isLocal())
        return std::make_unique<SqliteQueueStore>(journalPath);
    return std::make_unique<PostgresQueueStore>(location, password);
}

} // namespace eoc

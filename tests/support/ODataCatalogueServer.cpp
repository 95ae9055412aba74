#include "tests/support/ODataCatalogueServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace eoc::test {

QString queryParameter(const RecordedRequest &request, const char *name)
{
    const auto items = QUrlQuery(request.url()).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String(name))
            return value;
    }
    return {};
}

ODataCatalogueServer::ODataCatalogueServer(int products, QDateTime first, qint64 spacingMs, int delayMs)
    : m_delayMs(delayMs)
{
    m_starts.reserve(products);
    for (int i = 0; i < products; ++i)
        m_starts.append(first.addMSecs(spacingMs * i));
}

CannedResponse ODataCatalogueServer::handle(const RecordedRequest &r, const LocalHttpServer &server)
{
    if (m_delayMs > 0) {
        // Started before the server's own timer for this answer (same delay, both precise), so
        // it runs first.
        m_mostWaiting = std::max(m_mostWaiting, ++m_waiting);
        QTimer::singleShot(m_delayMs, Qt::PreciseTimer, &m_timers, [this] { --m_waiting; });
    }
    const QString filter = queryParameter(r, "$filter");
    static const QRegularExpression ge(QStringLiteral("ContentDate/Start ge (\\S+)"));
    static const QRegularExpression le(QStringLiteral("ContentDate/Start le (\\S+)"));
    QDateTime from = QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    QDateTime to = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
    if (auto m = ge.match(filter); m.hasMatch())
        from = QDateTime::fromString(m.captured(1), Qt::ISODateWithMs);
    if (auto m = le.match(filter); m.hasMatch())
        to = QDateTime::fromString(m.captured(1), Qt::ISODateWithMs);
    const int skip = queryParameter(r, "$skip").toInt();
    const int top = queryParameter(r, "$top").toInt();
    CannedResponse answer;
    if (skip > 10000) {
        ++refusedSkips;
        answer = CannedResponse::json(
            R"({"detail":[{"type":"less_than_equal","loc":["query","$skip"],"msg":"Input should be less than or equal to 10000","input":")"
                + QByteArray::number(skip) + R"(","ctx":{"le":10000}}]})",
            422);
        answer.delayMs = m_delayMs;
        return answer;
    }
    // The products are in start order: the window is a range of them.
    const auto begin = std::lower_bound(m_starts.cbegin(), m_starts.cend(), from);
    const auto end = std::upper_bound(m_starts.cbegin(), m_starts.cend(), to);
    const int firstIndex = int(begin - m_starts.cbegin());
    const int matching = int(end - begin);
    QJsonArray values;
    for (int k = skip; k < std::min(skip + top, matching); ++k) {
        const int i = firstIndex + k;
        values.append(QJsonObject{
            {QStringLiteral("Id"), QStringLiteral("id-%1").arg(i)},
            {QStringLiteral("Name"), QStringLiteral("S2A_MSIL2A_%1.SAFE").arg(i)},
            {QStringLiteral("Online"), true},
            {QStringLiteral("ContentLength"), 1000 + i},
            {QStringLiteral("ContentDate"), QJsonObject{{QStringLiteral("Start"), m_starts[i].toString(Qt::ISODateWithMs)},
                                                        {QStringLiteral("End"), m_starts[i].toString(Qt::ISODateWithMs)}}},
        });
    }
    QJsonObject root{{QStringLiteral("value"), values}};
    if (queryParameter(r, "$count").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
        root[QStringLiteral("@odata.count")] = matching;
        countsServed.append(matching);
    }
    if (skip + top < matching && skip + 2 * top <= 10000) {
        QUrl next = server.url(r.url().path());
        QUrlQuery q(r.url());
        q.removeAllQueryItems(QStringLiteral("$skip"));
        q.addQueryItem(QStringLiteral("$skip"), QString::number(skip + top));
        next.setQuery(q);
        root[QStringLiteral("@odata.nextLink")] = next.toString(QUrl::FullyEncoded);
    }
    answer = CannedResponse::json(QJsonDocument(root).toJson(QJsonDocument::Compact));
    answer.delayMs = m_delayMs;
    return answer;
}

} // namespace eoc::test

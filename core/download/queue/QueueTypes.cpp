#include "core/download/queue/QueueTypes.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace eoc {

namespace {

template<typename Enum, size_t N>
std::optional<Enum> fromName(const QString &name, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &[value, text] : table) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

template<typename Enum, size_t N>
QString toName(Enum value, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &[v, text] : table) {
        if (v == value)
            return QLatin1String(text);
    }
    return {};
}

const std::pair<QueueWish, const char *> wishNames[] = {
    {QueueWish::Queued, "queued"},
    {QueueWish::Paused, "paused"},
    {QueueWish::Cancelled, "cancelled"},
};

const std::pair<QueueState, const char *> stateNames[] = {
    {QueueState::Waiting, "waiting"},
    {QueueState::Resolving, "resolving"},
    {QueueState::Ordered, "ordered"},
    {QueueState::WaitingForConnection, "waiting-for-connection"},
    {QueueState::Downloading, "downloading"},
    {QueueState::Verifying, "verifying"},
    {QueueState::Done, "done"},
    {QueueState::Failed, "failed"},
};

const std::pair<QueueLayout, const char *> layoutNames[] = {
    {QueueLayout::Flat, "flat"},
    {QueueLayout::SceneFolder, "scene-folder"},
    {QueueLayout::Bdc, "bdc"},
};

} // namespace

QString queueWishName(QueueWish wish) { return toName(wish, wishNames); }
std::optional<QueueWish> queueWishFromName(const QString &name) { return fromName(name, wishNames); }
QString queueStateName(QueueState state) { return toName(state, stateNames); }
std::optional<QueueState> queueStateFromName(const QString &name) { return fromName(name, stateNames); }
QString queueLayoutName(QueueLayout layout) { return toName(layout, layoutNames); }
std::optional<QueueLayout> queueLayoutFromName(const QString &name) { return fromName(name, layoutNames); }

QString checksumsToJournalText(const Checksums &checksums)
{
    QJsonObject o;
    for (auto it = checksums.cbegin(); it != checksums.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Checksums checksumsFromJournalText(const QString &text)
{
    Checksums c;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        c.insert(it.key(), it.value().toString());
    return c;
}

} // namespace eoc

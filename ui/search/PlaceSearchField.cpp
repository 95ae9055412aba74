#include "ui/search/PlaceSearchField.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStringListModel>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace eoc::ui {

PlaceSearchField::PlaceSearchField(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
{
    setObjectName(QStringLiteral("placeSearch"));
    setPlaceholderText(tr("City, state or province, e.g. Recife or Minas Gerais"));
    setToolTip(tr("Searches Natural Earth's cities, states and provinces offline. Write \"Name, Country\" or \"Name, State\" "
                  "to narrow it down, \"Name state\" for a state that shares a city's name."));
    setClearButtonEnabled(true);
    // The index already matches the way people type (accents, word starts): the completer shows
    // its candidates as they are, in its order.
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(10);
    setCompleter(m_completer);
    connect(this, &QLineEdit::textEdited, this, &PlaceSearchField::updateCandidates);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &PlaceSearchField::choose);
    // Reading the embedded index takes a few tens of milliseconds: done once, off the GUI thread,
    // before anyone types (a search that comes first waits for it).
    if (!m_index)
        (void)QtConcurrent::run([] { (void)PlaceIndex::embedded(); });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        // Enter in the field itself (not in the list): the text as typed.
        if (!m_completer->popup()->isVisible())
            choose(text());
    });
}

const PlaceIndex &PlaceSearchField::index() const
{
    return m_index ? *m_index : PlaceIndex::embedded();
}

void PlaceSearchField::updateCandidates(const QString &text)
{
    m_candidates = text.trimmed().size() < 2 ? QList<Place>() : index().search(text, 10);
    QStringList labels;
    for (const Place &p : std::as_const(m_candidates))
        labels << p.label();
    m_model->setStringList(labels);
    if (!labels.isEmpty())
        m_completer->complete();
}

void PlaceSearchField::choose(const QString &label)
{
    std::optional<Place> place;
    for (const Place &p : std::as_const(m_candidates)) {
        if (p.label() == label)
            place = p;
    }
    if (!place) {
        auto best = index().best(label);
        if (!best) {
            Q_EMIT placeRejected(best.error());
            return;
        }
        place = *best;
    }
    auto region = place->region(m_bufferKm);
    if (!region) {
        Q_EMIT placeRejected(region.error());
        return;
    }
    // After the completer, which writes the chosen line into the field once this returns.
    QTimer::singleShot(0, this, [this, name = place->name] { setText(name); });
    const QString description = place->hasBoundary()
        ? tr("%1, its outline").arg(place->label())
        : place->kind == Place::Kind::Admin1
              ? tr("%1: no outline offline, %2 km around its centre").arg(place->label()).arg(m_bufferKm)
              : tr("%1, %2 km around it").arg(place->label()).arg(m_bufferKm);
    Q_EMIT placeChosen(*region, description);
}

} // namespace eoc::ui

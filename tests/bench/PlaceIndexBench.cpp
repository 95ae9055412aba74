// The offline place index: reading the embedded resource (once per run, off the GUI thread in the
// desktop program) and one search as the user types.
#include "core/places/PlaceIndex.h"

#include <QFile>

#include <benchmark/benchmark.h>

namespace {

QByteArray embeddedTsv()
{
    QFile file(QStringLiteral(":/places/places.tsv"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void BM_ReadTheIndex(benchmark::State &state)
{
    const QByteArray tsv = embeddedTsv();
    for (auto _ : state) {
        auto index = eoc::PlaceIndex::fromTsv(tsv);
        benchmark::DoNotOptimize(index);
    }
    state.counters["places"] = double(eoc::PlaceIndex::embedded().size());
}
BENCHMARK(BM_ReadTheIndex)->Unit(benchmark::kMillisecond);

void BM_SearchAsTyped(benchmark::State &state)
{
    const eoc::PlaceIndex &index = eoc::PlaceIndex::embedded();
    for (auto _ : state)
        benchmark::DoNotOptimize(index.search(QStringLiteral("sao pa"), 10));
}
BENCHMARK(BM_SearchAsTyped)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();

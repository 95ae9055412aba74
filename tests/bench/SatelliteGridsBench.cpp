// Which Sentinel-2 tiles and WRS-2 path/rows cover a region: done once per search of Google's
// buckets, before the first request. Brazil's bounding box (2,477 tiles, ocean included) and a state's
// outline stand for a large region; Minas Gerais' outline comes from the offline place index.
#include "core/model/grid/SatelliteGrids.h"
#include "core/places/PlaceIndex.h"

#include <benchmark/benchmark.h>

namespace {

const eoc::Region &brazilBox()
{
    static const eoc::Region region = eoc::Region::fromBox(eoc::BoundingBox{-74.0, -34.0, -34.8, 5.3});
    return region;
}

const eoc::Region &minasGerais()
{
    static const eoc::Region region = [] {
        const auto place = eoc::PlaceIndex::embedded().best(QStringLiteral("Minas Gerais state"));
        if (!place)
            return eoc::Region();
        const auto region = place->region(25.0);
        return region ? *region : eoc::Region();
    }();
    return region;
}

void BM_Sentinel2TilesOfBrazilsExtent(benchmark::State &state)
{
    qsizetype tiles = 0;
    for (auto _ : state)
        tiles = eoc::grid::sentinel2TilesCovering(brazilBox()).size();
    state.counters["tiles"] = double(tiles);
}
BENCHMARK(BM_Sentinel2TilesOfBrazilsExtent)->Unit(benchmark::kMillisecond);

void BM_Sentinel2TilesOfAStatesOutline(benchmark::State &state)
{
    qsizetype tiles = 0;
    for (auto _ : state)
        tiles = eoc::grid::sentinel2TilesCovering(minasGerais()).size();
    state.counters["tiles"] = double(tiles);
    state.counters["vertices"] = double(minasGerais().vertexCount());
}
BENCHMARK(BM_Sentinel2TilesOfAStatesOutline)->Unit(benchmark::kMillisecond);

void BM_Wrs2PathRowsOfAStatesOutline(benchmark::State &state)
{
    qsizetype found = 0;
    for (auto _ : state)
        found = eoc::grid::wrs2PathRowsCovering(minasGerais()).size();
    state.counters["path_rows"] = double(found);
}
BENCHMARK(BM_Wrs2PathRowsOfAStatesOutline)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();

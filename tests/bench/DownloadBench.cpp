// Throughput of the verification that runs before every final rename (hashing and archive
// reads). End-to-end download speed against curl and aria2c: download-vs-curl.sh.
#include "core/download/hash/Blake3.h"
#include "core/download/queue/FileVerifier.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace eoc;

namespace {

QByteArray buffer(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 7919) >> 3);
    return data;
}

void BM_Blake3(benchmark::State &state)
{
    const QByteArray data = buffer(state.range(0));
    for (auto _ : state) {
        Blake3Hasher hasher;
        hasher.update(data);
        benchmark::DoNotOptimize(hasher.finalize());
    }
    state.SetBytesProcessed(state.iterations() * data.size());
}
BENCHMARK(BM_Blake3)->Arg(1 << 20)->Arg(16 << 20);

void BM_VerifyFile(benchmark::State &state, const char *algorithm)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.bin"));
    const QByteArray data = buffer(64 << 20);
    {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(data);
    }
    const QString expected = fileDigest(path, QLatin1String(algorithm));
    for (auto _ : state) {
        const Error e = verifyFile({path, path, data.size(), {{QLatin1String(algorithm), expected}}, {}});
        if (e.isError())
            state.SkipWithError("verification failed");
    }
    state.SetBytesProcessed(state.iterations() * data.size());
}
BENCHMARK_CAPTURE(BM_VerifyFile, sha256, "sha256")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_VerifyFile, md5, "md5")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_VerifyFile, blake3, "blake3")->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();

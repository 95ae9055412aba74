// Throughput of the verification that runs before every final rename (hashing and archive
// reads). End-to-end download speed against curl and aria2c: download-vs-curl.sh.
#include "core/download/hash/Digest.h"
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

// One algorithm's hashing speed over data already in memory: the bound of a verified download,
// since the queue hashes while the bytes arrive (one algorithm per thread). The MB/s figure is
// google-benchmark's bytes_per_second.
void BM_Digest(benchmark::State &state, const char *algorithm)
{
    const QByteArray data = buffer(16 << 20);
    for (auto _ : state) {
        auto digest = Digest::create(QLatin1String(algorithm));
        digest->add(data);
        benchmark::DoNotOptimize(digest->hex());
    }
    state.SetBytesProcessed(state.iterations() * data.size());
}
BENCHMARK_CAPTURE(BM_Digest, md5, "md5")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Digest, sha1, "sha1")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Digest, sha256, "sha256")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Digest, sha512, "sha512")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Digest, blake3, "blake3")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Digest, crc32c, "crc32c")->Unit(benchmark::kMillisecond);

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

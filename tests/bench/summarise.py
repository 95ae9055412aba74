#!/usr/bin/env python3
"""Prints the speed targets of the benchmarks run by run-benchmarks.sh as one table: the anchor
measured in the same run (curl, sha256sum, md5sum, BDC-Collectors' parse in Python), our figure,
the target and whether it is met. Reads the google-benchmark JSON files and the text outputs that
run-benchmarks.sh wrote into one folder.

Usage: summarise.py FOLDER
"""
import json
import os
import re
import sys


def load_benchmarks(folder):
    """Every benchmark of every *.json in the folder, by name (aggregates left out)."""
    found = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith('.json'):
            continue
        with open(os.path.join(folder, name), encoding='utf-8') as f:
            try:
                data = json.load(f)
            except json.JSONDecodeError:
                continue
        for b in data.get('benchmarks', []):
            if b.get('run_type') == 'aggregate':
                continue
            found[b['name']] = b
    return found


def ms(bench):
    """The benchmark's real time in milliseconds."""
    factor = {'ns': 1e-6, 'us': 1e-3, 'ms': 1.0, 's': 1e3}[bench.get('time_unit', 'ns')]
    return bench['real_time'] * factor


def first(benchmarks, prefix):
    for name, bench in benchmarks.items():
        if name.startswith(prefix):
            return bench
    return None


def download_figures(folder):
    """name -> (wall seconds, peak RSS MiB) from download-vs-curl.sh's report lines."""
    figures = {}
    path = os.path.join(folder, 'download.txt')
    if not os.path.exists(path):
        return figures
    line_re = re.compile(r'^(\S+)\s+([\d.]+) s\s+[\d.]+ MiB/s\s+cpu\s+[\d.]+ s\s+peak RSS\s+([\d.]+) MiB')
    section = ''
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('== '):
                section = 'small' if '200 files' in line else 'big'
            m = line_re.match(line.strip())
            if m:
                figures[(section, m.group(1))] = (float(m.group(2)), float(m.group(3)))
    return figures


def anchor_rate(folder, name):
    """results/s printed by a Python anchor script ("results/s: N")."""
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding='utf-8') as f:
        m = re.search(r'results/s:\s*([\d.]+)', f.read())
    return float(m.group(1)) if m else None


def main():
    folder = sys.argv[1]
    benchmarks = load_benchmarks(folder)
    downloads = download_figures(folder)
    rows = []

    def add(work, anchor, ours, target, met):
        rows.append((work, anchor, ours, target, 'yes' if met else ('NO' if met is not None else '?')))

    def ratio_row(work, anchor_key, ours_key, minimum, label):
        a = downloads.get(('big', anchor_key))
        o = downloads.get(('big', ours_key))
        if a and o:
            add(work, f'{label}: {a[0]:.2f} s', f'{o[0]:.2f} s ({a[0] / o[0]:.2f}x)', f'>= {minimum}x', a[0] / o[0] >= minimum)

    ratio_row('1 GiB download + SHA-256', 'curl+sha256sum', 'eo-collector-cli+sha256', 2.0, 'curl then sha256sum')
    ratio_row('1 GiB download, no checksum', 'curl', 'eo-collector-cli', 1.5, 'curl')
    ratio_row('1 GiB download + MD5', 'curl+md5sum', 'eo-collector-cli+md5', 1.0, 'curl then md5sum')
    rss = [v[1] for (section, name), v in downloads.items() if name.startswith('eo-collector-cli')]
    if rss:
        add('peak RSS of a download', '-', f'{max(rss):.1f} MiB', '< 60 MB', max(rss) * 1.048576 < 60)

    for algorithm in ('md5', 'sha1', 'sha256', 'sha512', 'blake3', 'crc32c'):
        b = benchmarks.get(f'BM_Digest/{algorithm}')
        if b:
            add(f'hashing {algorithm}', '-', f"{b['bytes_per_second'] / 1e6:.0f} MB/s", '-', None)

    python_rate = anchor_rate(folder, 'bdc-collectors.txt')
    for bench_name, bench in benchmarks.items():
        # Qt's JSON reader alone is a floor for comparison, not a figure of ours.
        if 'items_per_second' not in bench or not re.search(r'Pages', bench_name) or 'QJsonDocumentOnly' in bench_name:
            continue
        rate = bench['items_per_second']
        if 'Cdse' in bench_name and python_rate:
            add(f'{bench_name} (results/s)', f'BDC-Collectors: {python_rate:,.0f}/s', f'{rate:,.0f}/s ({rate / python_rate:.1f}x)',
                '>= 2x BDC-Collectors', rate >= 2 * python_rate)
        else:
            add(f'{bench_name} (results/s)', '-', f'{rate:,.0f}/s', '-', None)

    b = benchmarks.get('BM_AppendHundredThousandResults/1')
    if b:
        add('100,000 results into the sorted results table', '-', f'{ms(b):.0f} ms', '< 400 ms', ms(b) < 400)
    b = first(benchmarks, 'BM_HundredThousandResultsMemory')
    if b and 'peak_rss_mb' in b:
        add('peak RSS holding 100,000 results (GUI)', '-', f"{b['peak_rss_mb']:.0f} MB ({b['held_mb']:.0f} MB for the results)",
            '< 250 MB', b['peak_rss_mb'] < 250)
    b = benchmarks.get('BM_PaintTenThousandFootprints')
    if b:
        add('10,000 footprints painted at 1920x1080', '60 Hz frame: 16.7 ms', f'{ms(b):.1f} ms', '< 8 ms', ms(b) < 8)
    for name, work in (('BM_PaintTenThousandFootprintsWhilePanning', 'the same while the map is dragged'),
                       ('BM_PaintTenThousandFootprintsWhileZooming', 'the same while zooming (all painted again)'),
                       ('BM_PaintTenThousandTurnedFootprints', 'turned (non-box) footprints while zooming')):
        b = benchmarks.get(name)
        if b:
            add(work, '60 Hz frame: 16.7 ms', f'{ms(b):.1f} ms', '< 8 ms', ms(b) < 8)
    b = first(benchmarks, 'BM_StartToFirstPaint')
    if b and 'first_paint_ms' in b:
        add('start to first painted window', '-', f"{b['first_paint_ms']:.0f} ms", '< 150 ms', b['first_paint_ms'] < 150)
    sequential = first(benchmarks, 'BM_ReadCatalogueOf23500/pages_at_once:1')
    parallel = first(benchmarks, 'BM_ReadCatalogueOf23500/pages_at_once:4')
    if sequential and parallel:
        share = ms(parallel) / ms(sequential)
        add('23,500-product catalogue, 100 ms a page, 4 at once', f'one at a time: {ms(sequential):.0f} ms',
            f'{ms(parallel):.0f} ms ({share:.0%})', '<= 40%', share <= 0.40)

    widths = [max(len(str(r[i])) for r in rows + [('work', 'anchor, same run', 'EO Collector', 'target', 'met')]) for i in range(5)]
    header = ('work', 'anchor, same run', 'EO Collector', 'target', 'met')
    print('| ' + ' | '.join(h.ljust(w) for h, w in zip(header, widths)) + ' |')
    print('|' + '|'.join('-' * (w + 2) for w in widths) + '|')
    for r in rows:
        print('| ' + ' | '.join(str(c).ljust(w) for c, w in zip(r, widths)) + ' |')
    return 0 if all(r[4] != 'NO' for r in rows) else 1


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
"""Builds resources/places/places.tsv, the offline place index, from Natural Earth data.

Run by hand when the data changes, not by the build. Inputs are the GeoJSON conversions of Natural
Earth 4.0.0 (public domain) published by github.com/martynafford/natural-earth-geojson (CC0):
  ne_10m_populated_places_simple.json   populated places
  ne_10m_admin_1_label_points.json      label points of every admin-1 unit (states, provinces)
  ne_50m_admin_1_states_provinces.json  admin-1 boundaries (USA, Brazil, Canada, Australia only)

Usage: make-places.py INPUT_DIR OUTPUT_TSV

One line per place, tab-separated:
  kind  name  ascii_name  country  admin1  lon  lat  rank  boundary
kind is P (populated place) or A (admin-1 unit); rank is the population for places and 0 for
admin-1 units; boundary (admin-1 units with a known outline) is polygons separated by '|', each a
list of 'lon lat' vertices separated by ',', simplified with Douglas-Peucker to 0.02 degrees.
"""
import json
import math
import os
import sys

TOLERANCE = 0.02


def simplify(points, tolerance):
    """Douglas-Peucker on a closed ring, keeping the first and last points."""
    if len(points) < 4:
        return points
    def distance(p, a, b):
        if a == b:
            return math.hypot(p[0] - a[0], p[1] - a[1])
        dx, dy = b[0] - a[0], b[1] - a[1]
        t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
        return math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy))
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, None
        for i in range(first + 1, last):
            d = distance(points[i], points[first], points[last])
            if d > worst:
                worst, index = d, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def clean(text):
    return (text or '').replace('\t', ' ').replace('\n', ' ').strip()


def boundary(geometry):
    if not geometry:
        return ''
    polygons = geometry['coordinates'] if geometry['type'] == 'MultiPolygon' else [geometry['coordinates']]
    parts = []
    for polygon in polygons:
        ring = simplify([tuple(p[:2]) for p in polygon[0]], TOLERANCE)
        if len(ring) >= 4:
            parts.append(','.join('%.3f %.3f' % p for p in ring))
    return '|'.join(parts)


def main(folder, output):
    lines = []
    with open(os.path.join(folder, 'ne_10m_populated_places_simple.json'), encoding='utf-8') as f:
        for feature in json.load(f)['features']:
            p = feature['properties']
            lon, lat = feature['geometry']['coordinates'][:2]
            lines.append(['P', clean(p.get('name')), clean(p.get('nameascii')), clean(p.get('adm0name')),
                          clean(p.get('adm1name')), '%.4f' % lon, '%.4f' % lat, str(int(p.get('pop_max') or 0)), ''])
    outlines = {}
    with open(os.path.join(folder, 'ne_50m_admin_1_states_provinces.json'), encoding='utf-8') as f:
        for feature in json.load(f)['features']:
            p = feature['properties']
            outlines[p.get('adm1_code')] = boundary(feature['geometry'])
    seen = set()
    with open(os.path.join(folder, 'ne_10m_admin_1_label_points.json'), encoding='utf-8') as f:
        for feature in json.load(f)['features']:
            p = feature['properties']
            code = p.get('adm1_code')
            if not code or code in seen or not p.get('name'):
                continue
            seen.add(code)
            lon, lat = feature['geometry']['coordinates'][:2]
            lines.append(['A', clean(p.get('name')), clean(p.get('name_en') or p.get('name')), clean(p.get('admin')),
                          clean(p.get('name')), '%.4f' % lon, '%.4f' % lat, '0', outlines.get(code, '')])
    with open(output, 'w', encoding='utf-8') as f:
        for line in lines:
            f.write('\t'.join(line) + '\n')
    print('%d places, %d admin-1 units (%d with a boundary), %d bytes'
          % (sum(1 for l in lines if l[0] == 'P'), len(seen), sum(1 for l in lines if l[0] == 'A' and l[8]),
             os.path.getsize(output)))


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])

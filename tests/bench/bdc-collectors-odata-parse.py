#!/usr/bin/env python3
"""The anchor of eoc_bench_dataspace_odata's CdsePages: the same 100 pages of 1,000 Copernicus Data
Space products (the recorded products of tests/data/dataspace, each given its own Id), turned into
results the way BDC-Collectors' Dataspace OData search does (bdc-collectors-reference.md, 1.2:
json.loads of the page; per product a dict of every top-level field plus every attribute
flattened as Name: Value, scene_id = Name without .SAFE/.SEN3, cloud_cover from the cloudCover
attribute, link = {base}/Products({Id})/$value). Written from that description; standard library
only. Prints "results/s: N" (the best of three runs).

Usage: bdc-collectors-odata-parse.py [tests/data folder]
"""
import json
import os
import sys
import time

RECORDED = ['products_s1_2014-04_p1_count_expand_attributes.json', 'products_s1_2014-04_p2.json',
            'products_s1_2014-04_p3.json', 'products_s1_2014-04_p4.json', 'products_s1_2014-04_p5_last.json']
BASE = 'https://download.dataspace.copernicus.eu/odata/v1'


def recorded_products(data_dir):
    products = []
    for name in RECORDED:
        with open(os.path.join(data_dir, 'dataspace', name), encoding='utf-8') as f:
            products.extend(json.load(f)['value'])
    return products


def pages(products):
    """100 answers of 1,000 products, serialised as the catalogue sends them (compact)."""
    out = []
    n = 0
    for _ in range(100):
        value = []
        for _ in range(1000):
            product = dict(products[n % len(products)])
            product['Id'] = '00000000-0000-0000-0000-%012d' % n
            value.append(product)
            n += 1
        root = {'@odata.context': '$metadata#Products(Attributes())', 'value': value,
                '@odata.nextLink': 'https://catalogue.dataspace.copernicus.eu/odata/v1/Products?$skip=%d' % n}
        out.append(json.dumps(root, separators=(',', ':')).encode('utf-8'))
    return out


def scene_id(name):
    for suffix in ('.SAFE', '.SEN3'):
        if name.endswith(suffix):
            return name[:-len(suffix)]
    return name


def parse_page(body):
    results = []
    for product in json.loads(body).get('value', []):
        attributes = {a['Name']: a.get('Value') for a in product.get('Attributes', [])}
        result = dict(product)
        result.update(attributes)
        result['scene_id'] = scene_id(product['Name'])
        result['cloud_cover'] = attributes.get('cloudCover')
        result['link'] = '%s/Products(%s)/$value' % (BASE, product['Id'])
        results.append(result)
    return results


def main():
    data_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', 'data')
    answers = pages(recorded_products(data_dir))
    best = 0.0
    for _ in range(3):
        start = time.perf_counter()
        count = sum(len(parse_page(body)) for body in answers)
        elapsed = time.perf_counter() - start
        best = max(best, count / elapsed)
    print('BDC-Collectors-style parse of %d results per run' % count)
    print('results/s: %.0f' % best)


if __name__ == '__main__':
    main()

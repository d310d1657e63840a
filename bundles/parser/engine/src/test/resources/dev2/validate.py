#!/usr/bin/env python3
"""Validate the dev2 RFQ evaluation set (catalogs/*.csv + cases.jsonl).

Usage: python3 validate.py [--dir DIR]
Exit 0 if everything is consistent, 1 otherwise. Standard library only.
"""
import argparse
import csv
import io
import json
import os
import sys
from collections import Counter

HEADER = ["sku", "name", "aliases", "unit", "price", "currency", "stock"]
UNITS = {"pcs", "box", "pack", "m", "kg", "l", "set", "roll", "sheet", "pair"}
CHANNELS = {"email", "whatsapp", "telegram", "webform"}
LANGS = {"en", "hi", "hi-Latn", "fr", "ru", "uk", "de", "es"}
CASE_KEYS = {"id", "catalog", "lang", "channel", "text", "expect"}
MIN_PER_LANG = 25
MIN_CASES = 200
PRODUCTS_MIN, PRODUCTS_MAX = 25, 50


def load_catalog(path, problems):
    name = os.path.splitext(os.path.basename(path))[0]
    try:
        text = open(path, "rb").read().decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        problems.append(f"{path}: cannot read as UTF-8: {e}")
        return {}
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or rows[0] != HEADER:
        problems.append(f"{name}: header must be exactly {','.join(HEADER)}")
        return {}
    skus = {}
    for i, r in enumerate(rows[1:], 2):
        if not r:
            continue
        if len(r) != len(HEADER):
            problems.append(f"{name}:{i}: {len(r)} columns, expected {len(HEADER)}")
            continue
        row = dict(zip(HEADER, r))
        sku = row["sku"]
        if not sku or sku != sku.strip():
            problems.append(f"{name}:{i}: empty or padded sku {sku!r}")
        if sku in skus:
            problems.append(f"{name}:{i}: duplicate sku {sku}")
        if not row["name"].strip():
            problems.append(f"{name}:{i}: empty name")
        if row["unit"] not in UNITS:
            problems.append(f"{name}:{i}: unit {row['unit']!r} not in {sorted(UNITS)}")
        try:
            if "," in row["price"] or float(row["price"]) < 0:
                raise ValueError
        except ValueError:
            problems.append(f"{name}:{i}: bad price {row['price']!r}")
        if not row["stock"].isdigit():
            problems.append(f"{name}:{i}: bad stock {row['stock']!r}")
        if not row["currency"] or len(row["currency"]) != 3:
            problems.append(f"{name}:{i}: bad currency {row['currency']!r}")
        for a in row["aliases"].split("|") if row["aliases"] else []:
            if not a.strip():
                problems.append(f"{name}:{i}: empty alias")
        skus[sku] = row
    if not PRODUCTS_MIN <= len(skus) <= PRODUCTS_MAX:
        problems.append(f"{name}: {len(skus)} products, expected {PRODUCTS_MIN}-{PRODUCTS_MAX}")
    return skus


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    problems = []
    catdir = os.path.join(args.dir, "catalogs")
    catalogs = {}
    for fn in sorted(os.listdir(catdir)):
        if fn.endswith(".csv"):
            catalogs[fn[:-4]] = load_catalog(os.path.join(catdir, fn), problems)

    cases, ids = [], set()
    with open(os.path.join(args.dir, "cases.jsonl"), encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                c = json.loads(raw)
            except json.JSONDecodeError as e:
                problems.append(f"cases.jsonl:{n}: invalid JSON: {e}")
                continue
            cid = c.get("id", f"line {n}")
            if set(c) != CASE_KEYS:
                problems.append(f"{cid}: fields {sorted(c)} != {sorted(CASE_KEYS)}")
                continue
            if cid in ids:
                problems.append(f"{cid}: duplicate id")
            ids.add(cid)
            if c["catalog"] not in catalogs:
                problems.append(f"{cid}: unknown catalog {c['catalog']!r}")
            if c["lang"] not in LANGS:
                problems.append(f"{cid}: lang {c['lang']!r} not in {sorted(LANGS)}")
            if c["channel"] not in CHANNELS:
                problems.append(f"{cid}: channel {c['channel']!r} not in {sorted(CHANNELS)}")
            if not isinstance(c["text"], str) or not c["text"].strip():
                problems.append(f"{cid}: empty text")
            exp = c["expect"]
            if not isinstance(exp, dict) or set(exp) != {"lines", "unmatched"}:
                problems.append(f"{cid}: expect must have exactly 'lines' and 'unmatched'")
                continue
            u = exp["unmatched"]
            if isinstance(u, bool) or not isinstance(u, int) or u < 0:
                problems.append(f"{cid}: unmatched must be a non-negative int")
            seen = set()
            for ln in exp["lines"] if isinstance(exp["lines"], list) else [None]:
                if not isinstance(ln, dict) or set(ln) != {"sku", "quantity"}:
                    problems.append(f"{cid}: line {ln!r} must be {{sku, quantity}}")
                    continue
                sku, q = ln["sku"], ln["quantity"]
                if sku not in catalogs.get(c["catalog"], {}):
                    problems.append(f"{cid}: sku {sku!r} not in catalog {c['catalog']}")
                if sku in seen:
                    problems.append(f"{cid}: sku {sku} listed twice (merge it)")
                seen.add(sku)
                if isinstance(q, bool) or not isinstance(q, (int, float)) or not q > 0:
                    problems.append(f"{cid}: quantity {q!r} for {sku} not a positive number")
            cases.append(c)

    by_lang = Counter(c["lang"] for c in cases)
    by_cat = Counter(c["catalog"] for c in cases)
    by_ch = Counter(c["channel"] for c in cases)
    for lang in sorted(LANGS):
        if by_lang[lang] < MIN_PER_LANG:
            problems.append(f"language {lang}: {by_lang[lang]} cases, need >= {MIN_PER_LANG}")
    if len(cases) < MIN_CASES:
        problems.append(f"{len(cases)} cases, need >= {MIN_CASES}")
    used = {c["catalog"] for c in cases}
    for name in catalogs:
        if name not in used:
            problems.append(f"catalog {name} is not used by any case")

    empty = sum(1 for c in cases if not c["expect"]["lines"] and c["expect"]["unmatched"] == 0)
    with_unm = sum(1 for c in cases if c["expect"]["unmatched"] > 0)
    print(f"catalogs: " + ", ".join(f"{k} ({len(v)} products, {next(iter(v.values()))['currency'] if v else '?'})"
                                     for k, v in catalogs.items()))
    print(f"cases: {len(cases)}; lines: {sum(len(c['expect']['lines']) for c in cases)}; "
          f"nothing requested: {empty}; with unmatched items: {with_unm} "
          f"(total unmatched {sum(c['expect']['unmatched'] for c in cases)})")
    print("by language: " + ", ".join(f"{k} {v}" for k, v in sorted(by_lang.items())))
    print("by catalog:  " + ", ".join(f"{k} {v}" for k, v in sorted(by_cat.items())))
    print("by channel:  " + ", ".join(f"{k} {v}" for k, v in sorted(by_ch.items())))
    pairs = Counter((c["catalog"], c["lang"]) for c in cases)
    print("catalog x language: " + ", ".join(f"{k[0]}/{k[1]} {v}" for k, v in sorted(pairs.items())))
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Validate an RFQ evaluation set (catalogs/*.csv + cases.jsonl).

Usage: python3 validate_set.py DIR   (an evaluation set: holdout, dev2, ...)

Checks
  catalogs: UTF-8, exact header, 7 columns per row, unique SKUs, unit in the
            scorer's allowed set, price a decimal with '.', stock an integer,
            25-60 products per catalog, at least 6 catalogs;
  cases:    valid JSON per line, required fields, unique ids, catalog exists,
            lang and channel in the allowed sets, every gold SKU exists in the
            case's catalog, no SKU twice in one case (gold is merged),
            quantities positive numbers, unmatched a non-negative int,
            at least 200 cases and at least 22 per language.
Prints counts per language, catalog and channel. Exit 0 if valid, 1 if not.
Python 3 standard library only.
"""
import csv
import io
import json
import os
import re
import sys
from collections import Counter

HEADER = ["sku", "name", "aliases", "unit", "price", "currency", "stock"]
# Same unit and channel sets as the shared scorer (samples/rfq/score.py).
UNITS = {"pcs", "box", "pack", "m", "kg", "l", "set", "roll", "sheet", "pair"}
CHANNELS = {"email", "whatsapp", "telegram", "webform"}
LANGS = {"en", "hi", "hi-Latn", "fr", "ru", "uk", "de", "es"}
MIN_PER_LANG = 22
MIN_CASES = 200
MIN_CATALOGS = 6
PRODUCTS_RANGE = (25, 60)
PRICE_RE = re.compile(r"^\d+(\.\d+)?$")


def load_catalogs(directory, problems):
    catalogs = {}
    cat_dir = os.path.join(directory, "catalogs")
    names = sorted(f for f in os.listdir(cat_dir) if f.endswith(".csv"))
    for fname in names:
        name = fname[:-4]
        path = os.path.join(cat_dir, fname)
        with open(path, "rb") as fh:
            data = fh.read()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            problems.append(f"{fname}: not UTF-8 ({e})")
            continue
        if text.startswith("\ufeff"):
            problems.append(f"{fname}: has a BOM")
        rows = list(csv.reader(io.StringIO(text)))
        if not rows or rows[0] != HEADER:
            problems.append(f"{fname}: header must be exactly {','.join(HEADER)}")
            continue
        skus = {}
        for i, r in enumerate(rows[1:], 2):
            if not r:
                continue
            if len(r) != len(HEADER):
                problems.append(f"{fname}:{i}: {len(r)} columns, expected {len(HEADER)}")
                continue
            row = dict(zip(HEADER, r))
            sku = row["sku"]
            if not sku or sku != sku.strip():
                problems.append(f"{fname}:{i}: empty or padded sku {sku!r}")
            if sku in skus:
                problems.append(f"{fname}:{i}: duplicate sku {sku}")
            if not row["name"].strip():
                problems.append(f"{fname}:{i}: empty name")
            if row["unit"] not in UNITS:
                problems.append(f"{fname}:{i}: unit {row['unit']!r} not in {sorted(UNITS)}")
            if not PRICE_RE.match(row["price"]):
                problems.append(f"{fname}:{i}: bad price {row['price']!r}")
            if not row["stock"].isdigit():
                problems.append(f"{fname}:{i}: bad stock {row['stock']!r}")
            if not re.fullmatch(r"[A-Z]{3}", row["currency"]):
                problems.append(f"{fname}:{i}: bad currency {row['currency']!r}")
            aliases = row["aliases"].split("|") if row["aliases"] else []
            if any(not a.strip() for a in aliases):
                problems.append(f"{fname}:{i}: empty alias in {row['aliases']!r}")
            skus[sku] = row
        lo, hi = PRODUCTS_RANGE
        if not lo <= len(skus) <= hi:
            problems.append(f"{fname}: {len(skus)} products, expected {lo}-{hi}")
        catalogs[name] = skus
    if len(catalogs) < MIN_CATALOGS:
        problems.append(f"only {len(catalogs)} catalogs, expected at least {MIN_CATALOGS}")
    return catalogs


def load_cases(directory, catalogs, problems):
    path = os.path.join(directory, "cases.jsonl")
    cases, ids = [], set()
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                problems.append(f"cases.jsonl:{n}: blank line")
                continue
            try:
                c = json.loads(raw)
            except json.JSONDecodeError as e:
                problems.append(f"cases.jsonl:{n}: invalid JSON ({e})")
                continue
            where = f"cases.jsonl:{n} ({c.get('id')})"
            missing = [k for k in ("id", "catalog", "lang", "channel", "text", "expect") if k not in c]
            if missing:
                problems.append(f"{where}: missing {missing}")
                continue
            extra = set(c) - {"id", "catalog", "lang", "channel", "text", "expect"}
            if extra:
                problems.append(f"{where}: unexpected fields {sorted(extra)}")
            if c["id"] in ids:
                problems.append(f"{where}: duplicate id")
            ids.add(c["id"])
            if c["lang"] not in LANGS:
                problems.append(f"{where}: lang {c['lang']!r} not in {sorted(LANGS)}")
            if c["channel"] not in CHANNELS:
                problems.append(f"{where}: channel {c['channel']!r} not in {sorted(CHANNELS)}")
            if not isinstance(c["text"], str) or not c["text"].strip():
                problems.append(f"{where}: empty text")
            exp = c["expect"]
            if not isinstance(exp, dict) or not isinstance(exp.get("lines"), list) \
                    or isinstance(exp.get("unmatched"), bool) or not isinstance(exp.get("unmatched"), int):
                problems.append(f"{where}: expect must be {{lines: [...], unmatched: int}}")
                continue
            if set(exp) != {"lines", "unmatched"}:
                problems.append(f"{where}: unexpected expect fields {sorted(set(exp))}")
            if exp["unmatched"] < 0:
                problems.append(f"{where}: negative unmatched")
            skus = catalogs.get(c["catalog"])
            if skus is None:
                problems.append(f"{where}: unknown catalog {c['catalog']!r}")
                continue
            seen = set()
            for ln in exp["lines"]:
                if not isinstance(ln, dict) or set(ln) != {"sku", "quantity"}:
                    problems.append(f"{where}: line must be {{sku, quantity}}: {ln!r}")
                    continue
                sku, q = ln["sku"], ln["quantity"]
                if sku not in skus:
                    problems.append(f"{where}: sku {sku!r} not in catalog {c['catalog']}")
                if sku in seen:
                    problems.append(f"{where}: sku {sku} listed twice (gold must be merged)")
                seen.add(sku)
                if isinstance(q, bool) or not isinstance(q, (int, float)) or not q > 0:
                    problems.append(f"{where}: quantity {q!r} for {sku} is not a positive number")
            cases.append(c)
    if len(cases) < MIN_CASES:
        problems.append(f"only {len(cases)} cases, expected at least {MIN_CASES}")
    per_lang = Counter(c["lang"] for c in cases)
    for lang in sorted(LANGS):
        if per_lang[lang] < MIN_PER_LANG:
            problems.append(f"lang {lang}: {per_lang[lang]} cases, expected at least {MIN_PER_LANG}")
    return cases


def table(title, counter):
    print(f"{title}:")
    for k in sorted(counter):
        print(f"  {k:<22}{counter[k]:>4}")


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: validate_set.py DIR")
    directory = sys.argv[1]
    problems = []
    catalogs = load_catalogs(directory, problems)
    cases = load_cases(directory, catalogs, problems)

    print(f"catalogs: {len(catalogs)}")
    for name, skus in sorted(catalogs.items()):
        units = Counter(r["unit"] for r in skus.values())
        cur = sorted({r["currency"] for r in skus.values()})
        print(f"  {name:<22}{len(skus):>4} products  {','.join(cur)}  units: "
              + ", ".join(f"{u}={n}" for u, n in sorted(units.items())))
    print(f"cases: {len(cases)}")
    table("by language", Counter(c["lang"] for c in cases))
    table("by catalog", Counter(c["catalog"] for c in cases))
    table("by channel", Counter(c["channel"] for c in cases))
    table("by language x catalog", Counter(f"{c['lang']} / {c['catalog']}" for c in cases))
    empty = sum(1 for c in cases if not c["expect"]["lines"] and c["expect"]["unmatched"] == 0)
    with_unm = sum(1 for c in cases if c["expect"]["unmatched"] > 0)
    lines = sum(len(c["expect"]["lines"]) for c in cases)
    print(f"nothing requested: {empty}; with unmatched items: {with_unm}; gold lines: {lines}")
    unused = {name: sorted(set(skus) - {ln["sku"] for c in cases if c["catalog"] == name
                                        for ln in c["expect"]["lines"]})
              for name, skus in catalogs.items()}
    print("SKUs never expected: " + "; ".join(f"{k}: {len(v)}" for k, v in sorted(unused.items())))

    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Metamorphic probes: the same gold articles with their names, layout or years changed, scored side by side.

    .venv/bin/python benchmarks/probes.py [GOLD.jsonl] [--kinds names,single_breaks,years] [--seed S] [--diff KIND]

A rule that reads the shape of the sentence gives the same records when the people are called otherwise, when the
paragraphs are set apart by single line breaks instead of blank lines, or when every year moves by three: each
probe changes the text and its gold together, so a figure that falls from the `unchanged` column shows a rule that
leans on a known name, on blank lines or on a particular year. GOLD defaults to the shared dev set
(`../shared/corpus/dev/articles.jsonl`). `--diff KIND` prints each article whose records differ from its gold under
that probe: use it on dev only, never on a held-out set, whose per-article errors must stay unread.

- names: every full PERSON name of the gold (and its surname alone) becomes an invented name of another naming
  tradition, in text and gold alike; `--seed` picks another assignment (deterministic per seed).
- single_breaks: every blank line becomes one line break.
- years: every year 1995-2035 in text and gold moves by +3, `published` too (29 February becomes the 28th), and
  weekday names move with it, so that "on Friday" names the same day before the published one.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import zlib
from pathlib import Path
from typing import Callable

import kazbel_extract
from kazbel_extract.evaluate import read_records, rows, score_records

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev" / "articles.jsonl"
NAMES = ["Kim Sung-ho", "Matthias Brenner", "Liu Jianguo", "Mehmet Aydin", "Sardor Umarov", "Daniyar Zhaksybekov",
         "Oleg Miroshnichenko", "Nguyen Van Thanh", "Park Ji-hoon", "Yerlan Kudaibergenov", "Anatoly Ryabokon",
         "Gulnara Seitkaliyeva", "Hans-Peter Vogel", "Ahmet Yilmaz", "Zhang Weimin", "Bakhyt Temirkhanov",
         "Irina Kostyukevich", "Lee Dong-wook", "Aidos Nurtazin", "Svetlana Lapotko"]  # invented, many traditions
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
YEAR_SHIFT = 3
YEAR = re.compile(r"(?<![\d$.,])(199[5-9]|20[0-3]\d)(?![\d]|[.,]\d)")  # not inside an amount ("$2020", "1,999")
KEPT_FIELDS = ("id", "source", "published")


def each_string(record: dict, change: Callable[[str], str]):
    """The record with `change` applied to every string of its text and gold, ids and dates of record excepted."""
    def walk(value):
        if isinstance(value, str):
            return change(value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: v if k in KEPT_FIELDS else walk(v) for k, v in value.items()}
        return value
    return walk(record)


def renamed(record: dict, seed: str = "") -> dict:
    """Every full PERSON name of the gold, and its surname alone, called by an invented name."""
    full = sorted({e["text"] for e in record.get("entities") or [] if e["label"] == "PERSON" and " " in e["text"]},
                  key=lambda name: (-len(name), name))
    start = zlib.crc32((record["id"] + seed).encode())
    mapping: list[tuple[str, str]] = []
    for n, name in enumerate(full):
        new = NAMES[(start + n) % len(NAMES)]
        mapping.append((name, new))
        if name.split()[-1] not in {old.split()[-1] for old, _ in mapping[:-1]}:
            mapping.append((name.split()[-1], new.split()[-1]))
    patterns = [(re.compile(r"(?<![\w-])" + re.escape(old) + r"(?![\w-])"), new) for old, new in mapping]

    def change(text: str) -> str:
        for pattern, new in patterns:
            text = pattern.sub(new, text)
        return text
    return each_string(record, change)


def single_breaks(record: dict) -> dict:
    return {**record, "text": re.sub(r"\n[ \t]*\n\s*", "\n", record["text"])}


def _shifted_day(iso: str) -> str:
    year, month, day = map(int, iso[:10].split("-"))
    return dt.date(year + YEAR_SHIFT, month, 28 if (month, day) == (2, 29) else day).isoformat() + iso[10:]


def years_moved(record: dict) -> dict:
    """Every year three later, in text, gold and `published`; weekday names moved by the days the shift moves the
    published day (or the header's), so that relative days still resolve to the same date."""
    moved = each_string(record, lambda text: YEAR.sub(lambda m: str(int(m.group(1)) + YEAR_SHIFT), text))
    header = re.search(r"\d{4}-\d\d-\d\d", record["text"][:60])
    base = record.get("published") or (header.group(0) if header else None)
    if record.get("published"):
        moved["published"] = _shifted_day(record["published"])
    if base:
        old, new = dt.date.fromisoformat(base[:10]), dt.date.fromisoformat(_shifted_day(base)[:10])
        delta = (new.weekday() - old.weekday()) % 7
        moved["text"] = re.sub(r"\b(" + "|".join(WEEKDAYS) + r")\b",
                               lambda m: WEEKDAYS[(WEEKDAYS.index(m.group(1)) + delta) % 7], moved["text"])
    return moved


PROBES: dict[str, Callable[[dict, str], dict]] = {
    "unchanged": lambda record, seed: record,
    "names": renamed,
    "single_breaks": lambda record, seed: single_breaks(record),
    "years": lambda record, seed: years_moved(record),
}


def extracted(gold: dict[str, dict]) -> dict[str, dict]:
    out = {}
    for aid, record in gold.items():
        article = kazbel_extract.extract(record["text"], published=record.get("published"), id=aid)
        out[aid] = json.loads(json.dumps({**article.to_dict(), "id": aid}, default=str))
    return out


def differences(gold: dict[str, dict], predicted: dict[str, dict]) -> list[str]:
    """Per article, the gold events that no predicted event of their type equals on the gold's fields of that type
    (lists compared as sets), and the predicted events left over."""
    def key(event: dict, fields: list[str]) -> str:
        return json.dumps({k: sorted(v) if isinstance(v, list) and k != "companies" else v
                           for k, v in ((k, event.get(k)) for k in fields) if k not in ("evidence", "sources")},
                          default=str, sort_keys=True)
    lines = []
    for aid, record in gold.items():
        missed, extra = [], []
        for kind in sorted({e["type"] for e in (record.get("events") or []) + (predicted[aid].get("events") or [])}):
            of_kind = [e for e in record.get("events") or [] if e["type"] == kind]
            fields = sorted({k for e in of_kind for k in e}) or ["type"]
            wanted = [key(e, fields) for e in of_kind]
            got = [key(e, fields) for e in predicted[aid].get("events") or [] if e["type"] == kind]
            missed += [w for w in wanted if w not in got]
            extra += [g for g in got if g not in wanted]
        if missed or extra:
            lines += [f"== {aid}", *(f"  gold      {m}" for m in missed), *(f"  predicted {e}" for e in extra)]
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=str(DEV))
    parser.add_argument("--kinds", default="names,single_breaks,years")
    parser.add_argument("--seed", default="")
    parser.add_argument("--diff", choices=sorted(PROBES))
    args = parser.parse_args(argv)
    original = read_records(args.gold)
    kinds = ["unchanged", *(k for k in args.kinds.split(",") if k and k != "unchanged")]
    unknown = [k for k in kinds if k not in PROBES]
    if unknown:
        sys.exit(f"unknown probe {unknown}; known: {sorted(PROBES)}")
    figures = {}
    for kind in kinds:
        gold = {aid: PROBES[kind](record, args.seed) for aid, record in original.items()}
        predicted = extracted(gold)
        figures[kind] = rows(score_records(gold, predicted))
        if kind == args.diff:
            print("\n".join(differences(gold, predicted)))
    print(f"{'F1':<18}" + "".join(f"{kind:>15}" for kind in kinds))
    for row in ("PERSON", "ORG", "ENT", "meeting", "trade", "joint_venture", "agreement"):
        print(f"{row:<18}" + "".join(f"{figures[kind][row]['f1']:>15.3f}" for kind in kinds))


if __name__ == "__main__":
    main()

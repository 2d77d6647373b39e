#!/usr/bin/env python3
"""Guard for engine changes: extract every text of ../shared/corpus (and the seed) and compare with a saved run.

    scripts/compare_extractions.py --write DIR   # save `vbkg extract --format json` of every text under DIR
    scripts/compare_extractions.py DIR           # extract again and list every text whose output differs

A baseline from another version of the code: export it (`git archive main | tar -x -C /tmp/main-src`) and
run `scripts/compare_extractions.py --code /tmp/main-src --write DIR`.

The output per text is exactly what `vbkg extract --format json FILE` prints (same code path, run in one
process for speed). Exit status 1 when any text differs.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = (ROOT.parent / "shared").resolve()


def texts() -> list[Path]:
    return sorted((SHARED / "corpus").rglob("*.txt")) + sorted((SHARED / "seed").glob("*.txt"))


def _name(path: Path) -> str:
    return str(path.relative_to(SHARED)).replace("/", "__") + ".json"


def extraction_json(path: Path) -> str:
    from graph.extract import extract
    from graph.load import read_text
    from ontology.vocabulary import iri_for_key

    payload = extract(read_text(path)).to_json(lambda e: iri_for_key(e.key))
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


def _differences(old: dict, new: dict) -> list[str]:
    lines = []
    for part in ("entities", "relations"):
        a = {json.dumps(x, ensure_ascii=False, sort_keys=True) for x in old.get(part, [])}
        b = {json.dumps(x, ensure_ascii=False, sort_keys=True) for x in new.get(part, [])}
        lines += [f"  - {part}: {x}" for x in sorted(a - b)] + [f"  + {part}: {x}" for x in sorted(b - a)]
    if not lines:
        lines.append("  (same items, different order or other fields)")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--write", action="store_true", help="save the current output instead of comparing")
    parser.add_argument("--code", type=Path, default=ROOT, help="the source tree to extract with (default: this one)")
    args = parser.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    paths = texts()
    if args.write:
        args.folder.mkdir(parents=True, exist_ok=True)
        for path in paths:
            (args.folder / _name(path)).write_text(extraction_json(path), encoding="utf-8")
        print(f"wrote {len(paths)} extractions to {args.folder}")
        return 0
    differing = 0
    for path in paths:
        saved = args.folder / _name(path)
        now = extraction_json(path)
        if not saved.exists():
            print(f"{path.relative_to(SHARED)}: no saved output")
            differing += 1
            continue
        before = saved.read_text(encoding="utf-8")
        if before != now:
            differing += 1
            print(f"{path.relative_to(SHARED)}:")
            print("\n".join(_differences(json.loads(before), json.loads(now))))
    print(f"{len(paths)} texts, {differing} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())

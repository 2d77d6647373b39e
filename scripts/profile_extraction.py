#!/usr/bin/env python3
"""Where extraction time goes on all of ../shared/corpus: a timer per pipeline stage (best of a few runs),
and with --cprofile the functions cProfile ranks highest.

    scripts/profile_extraction.py [--repeat 3] [--cprofile N]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def stages(texts: list[str]) -> dict[str, float]:
    from graph.extract import extract_stages

    totals: dict[str, float] = {}
    for content in texts:
        for name, seconds in extract_stages(content):
            totals[name] = totals.get(name, 0.0) + seconds
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cprofile", type=int, default=0, metavar="N", help="also print the top N functions")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from graph.extract import extract_text

    texts = [f.read_bytes().decode("utf-8", "replace") for f in sorted(CORPUS.rglob("*.txt"))]
    extract_text("Nghị quyết số 18-NQ/TW")
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        for name, seconds in stages(texts).items():
            best[name] = min(best.get(name, float("inf")), seconds)
    for name, seconds in best.items():
        print(f"{name:>10}: {seconds:6.3f} s")
    print(f"{'total':>10}: {sum(best.values()):6.3f} s")
    if args.cprofile:
        import cProfile
        import pstats

        profile = cProfile.Profile()
        profile.enable()
        for content in texts:
            extract_text(content)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.cprofile)
    return 0


if __name__ == "__main__":
    sys.exit(main())

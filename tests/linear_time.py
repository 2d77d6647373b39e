"""Timing helpers for the linear-time tests: a ratio of two timings, robust to a busy machine."""
from __future__ import annotations

import gc
import time

from graph.extract import extract_text


def best_seconds(text: str, runs: int = 3) -> float:
    """Best of a few runs in this process's CPU time (other processes on a busy machine do not count in it),
    the garbage collector paused (its cycles grow with the heap, not with our work)."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            start = time.process_time()
            extract_text(text)
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


def doubling_times(half: str, runs: int = 3, bound: float = 3.0) -> tuple[float, float]:
    """(time of `half`, time of `half` twice); measured again (up to 3 times) when the ratio is above
    `bound`, since a busy machine can slow one run: a superlinear pattern stays above it every time."""
    for _ in range(3):
        small, large = best_seconds(half, runs), best_seconds(half * 2, runs)
        if large / small < bound:
            break
    return small, large

"""Shared fixtures: the real texts of ../shared, and stores in temporary folders.

Tests that need ../shared skip with a reason when it is absent, except in CI (CI=true), where its
absence is a failure.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_TEXT = SHARED / "seed" / "000_ba266b507bcdfe8a.txt"
CORPUS = SHARED / "corpus"


def _require_shared() -> None:
    if not SHARED.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SHARED} is missing: CI must run with ../shared beside the repository")
        pytest.skip(f"{SHARED} is absent: the real texts are not available here")


@pytest.fixture
def seed_text() -> Path:
    _require_shared()
    return SEED_TEXT


@pytest.fixture
def corpus() -> Path:
    _require_shared()
    return CORPUS


@pytest.fixture
def shared() -> Path:
    _require_shared()
    return SHARED


def corpus_text(name: str) -> str:
    """The text of one corpus file (legal/ or news/), NFC; skips when ../shared is absent."""
    _require_shared()
    import unicodedata

    for folder in ("legal", "news"):
        path = CORPUS / folder / name
        if path.exists():
            return unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    raise FileNotFoundError(name)

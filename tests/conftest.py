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


# -- a small store of real texts, built once per test session (issue 6: exports and inspection) -----------

SMALL_CORPUS = (
    "news/ket-luan-118-dieu-chinh-chi-thi-35-ve-dai-hoi-dang-bo-cac-cap-tien-toi.txt",
    "news/toan-van-nghi-quyet-281-nq-cp-thuc-hien-nghi-quyet-71-nq-tw-ve-dot-pha.txt",
    "news/thu-tuong-chu-tri-hoi-nghi-quan-trong-ve-nghi-quyet-18-va-luat-dat-dai.txt",
    "legal/nd-16-2025-nd-cp.txt",
)


@pytest.fixture(scope="session")
def small_store(tmp_path_factory) -> Path:
    """A store holding the seed article and four corpus texts (news and legal); read it, never write it."""
    _require_shared()
    from graph.extract import extract
    from graph.load import read_text
    from graph.store import Store

    path = tmp_path_factory.mktemp("small-store") / "store"
    with Store(path, write=True) as store:
        for text in (SEED_TEXT, *(CORPUS / name for name in SMALL_CORPUS)):
            store.put(extract(read_text(text)))
    return path


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    """A store built from the seed text, once per test module."""
    from click.testing import CliRunner

    from cli import main

    _require_shared()
    path = tmp_path_factory.mktemp("seed") / "store"
    result = CliRunner().invoke(main, ["build", str(SEED_TEXT), "--store", str(path)])
    assert result.exit_code == 0, result.output
    return path

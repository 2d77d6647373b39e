"""The build's closing totals are kept beside the database and counted again only when the stored texts change."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from graph.build import _count_store
from graph.store import Store

VBKG = str(Path(sys.executable).with_name("vbkg"))


def _build(folder: Path, store: Path) -> tuple[int, int, int]:
    run = subprocess.run([VBKG, "build", str(folder), "--store", str(store)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return tuple(map(int, re.search(r"(\d+) texts, (\d+) entities, (\d+) relations", run.stdout).groups()))


def _counted(store: Path) -> tuple[int, int]:
    with Store(store) as opened:
        entities, relations = _count_store(opened)
    return sum(entities.values()), sum(relations.values())


def test_totals_follow_the_stored_texts_and_an_unchanged_rebuild_reuses_them(corpus, tmp_path):
    folder, store = tmp_path / "texts", tmp_path / "store"
    folder.mkdir()
    legal = sorted((corpus / "legal").glob("*.txt"), key=lambda p: p.stat().st_size)
    for path in legal[:3]:
        shutil.copy(path, folder / path.name)
    first = _build(folder, store)
    assert first[0] == 3 and first[1:] == _counted(store)
    assert (store / "totals.json").exists()

    shutil.copy(legal[3], folder / legal[3].name)  # a new text: the digest changes, the totals are counted anew
    second = _build(folder, store)
    assert second[0] == 4 and second[1:] == _counted(store) and second[1] > first[1]
    assert _build(folder, store) == second  # nothing changed: the kept totals

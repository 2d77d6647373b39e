"""Extraction is a pure function of the text: the same bytes give the same JSON in every process.

String hashing is randomised per process, so any choice made by iterating a set would show up here.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

VBKG = str(Path(sys.executable).with_name("vbkg"))


def test_same_output_whatever_the_hash_seed(corpus):
    # Texts that name several localities and bodies of one kind: where set order once leaked into labels.
    texts = sorted(str(p) for p in (corpus / "legal").glob("qd-1[36]*.txt"))[:6]
    texts += sorted(str(p) for p in (corpus / "news").glob("*.txt"))[:6]
    outputs = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        result = subprocess.run([VBKG, "extract", "--format", "jsonl", *texts], capture_output=True, env=env)
        assert result.returncode == 0, result.stderr
        outputs.add(result.stdout)
    assert len(outputs) == 1

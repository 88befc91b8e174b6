"""The compiled-pattern cache (pipeline.patterns): a pattern built from the cache is the pattern
the `regex` compiler builds, for every pattern the pipeline compiles when it is imported."""

import subprocess
import sys
from pathlib import Path

import regex

from pipeline import patterns
from pipeline.isolate import WORKER_MODULES


def test_a_pattern_from_the_cache_is_the_compilers(tmp_path, monkeypatch):
    monkeypatch.setenv("MINUTIER_CACHE", str(tmp_path))
    known, added = {}, {}
    with patterns._cached(known, added):
        first = regex.compile(r"(?P<n>\d+)\s+voix\s+pour", regex.I)
    assert added and known == added
    with patterns._cached(known, {}):
        again = regex.compile(r"(?P<n>\d+)\s+voix\s+pour", regex.I)
    assert again is not first and again._pickled_data == first._pickled_data
    assert again.search("par 12 VOIX pour").group("n") == "12"
    assert again.flags == first.flags and again.groupindex == first.groupindex


def test_uncacheable_patterns_go_through_the_compiler():
    known, added = {}, {}
    with patterns._cached(known, added):
        named = regex.compile(r"\L<mois>", mois=["janvier", "février"])
        local = regex.compile(rb"\w+", regex.LOCALE)  # noqa: F841
        data = regex.compile(rb"bytes")  # noqa: F841
    assert added == {}
    assert named.search("le 3 février").group() == "février"


_COMPARE = """
import marshal, sys
import regex
from regex import _main
from pipeline import patterns
stored = marshal.loads(open(sys.argv[1], "rb").read())
text = open(sys.argv[2], encoding="utf-8").read()
assert len(stored) > 300, len(stored)  # the extractors', the segmentation's, the French layer's, the checks'
for (pattern, flags, version), args in stored.items():
    assert version == int(regex.DEFAULT_VERSION)
    fresh = patterns.arguments(_main._compile(pattern, flags, False, {}, False))
    if fresh != args:  # the same opcodes, a first-character set in another order
        assert fresh[:2] + fresh[3:] == args[:2] + args[3:] and sorted(fresh[2]) == sorted(args[2]), pattern
        ours, theirs = _main._regex.compile(*args), _main._regex.compile(*fresh)
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)], pattern
"""


def test_every_pattern_of_the_pipeline_round_trips(tmp_path):
    """Import the workers' and the writer's modules with an empty cache in a fresh process, then,
    in another, compile every stored pattern afresh: the engine's arguments are equal, but for the
    order of a first-character set, which the compiler takes from a set of objects hashed by
    address (it changes from one process to the next, cache or not); such a pattern must find
    the same matches in a set of minutes either way."""
    modules = [*WORKER_MODULES, "pipeline.ingest"]
    env = {"MINUTIER_CACHE": str(tmp_path), "PATH": ""}
    subprocess.run([sys.executable, "-c", f"from pipeline import patterns; patterns.importing({modules!r})"],
                   check=True, env=env)
    stored = next((tmp_path / "patterns").glob("regex-*.marshal"))
    minutes = Path(__file__).parent.parent / "data" / "raw" / "numerian_2024-09-30.txt"
    subprocess.run([sys.executable, "-c", _COMPARE, str(stored), str(minutes)], check=True, env=env)


def test_a_damaged_or_missing_cache_only_costs_time(tmp_path, monkeypatch):
    monkeypatch.setenv("MINUTIER_CACHE", str(tmp_path))
    path = patterns.cache_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not marshal data")
    assert patterns._load(path) == {}
    assert patterns._load(tmp_path / "absent") == {}
    assert patterns._load(None) == {}

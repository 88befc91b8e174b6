"""Compiled patterns kept between runs, so that a process starts without compiling them again.

The extractors, the segmentation and the French grammar layer compile about 500 patterns with
the `regex` module when they are imported; its compiler is written in Python and costs about
half a second of processor time per process (more than the rest of the imports together). The
forkserver of an ingest pays it before any worker can start, and the ingest process pays it for
the checks: it sits on the critical path of every ingest.

`importing(modules)` imports modules with the `regex` compiler's output for each pattern read
from a cache file: what its C engine builds a pattern from (the opcodes, group names, required
string, flags), the tuple by which the `regex` module itself pickles a compiled pattern
(`Pattern._pickled_data`); it writes the file when a pattern was missing from it. The engine
builds the same pattern object from the same tuple, without the parse: `tests/test_patterns.py`
checks, for every pattern the pipeline compiles at import, that the tuple read back is the one
the compiler gives (but for the order of a first-character set, which the compiler itself
changes from one process to the next: such patterns are also run over a set of minutes both
ways, with the same matches).

The cache is keyed by the `regex` version and Python's, and by each pattern's text, flags and
the module's default version; patterns with named lists or locale-dependent flags, and any
pattern compiled outside `importing` (built from a document's text), go through the compiler as
usual. The file is written with `marshal` (plain ints, strings, lists, tuples and dicts: loading
it cannot run code) and replaced atomically. Without a writable cache folder the patterns are
compiled as before.
"""

from __future__ import annotations

import contextlib
import importlib
import marshal
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import regex
from regex import _main, _regex

MAX_STORED = 5000  # patterns kept in the file; past it (patterns edited over many versions) it starts afresh
# flags whose compiled form depends on more than the pattern's text (the locale, a debug dump)
_UNCACHED_FLAGS = int(regex.LOCALE) | int(regex.DEBUG)


def cache_file() -> Path | None:
    """Where the compiled patterns are kept ($MINUTIER_CACHE, else ~/.cache/minutier); None
    without a home folder."""
    try:
        folder = Path(os.environ.get("MINUTIER_CACHE") or Path.home() / ".cache" / "minutier") / "patterns"
    except RuntimeError:  # no home folder to be found
        return None
    python = "{}.{}".format(*sys.version_info[:2])
    return folder / f"regex-{regex.__version__}-python-{python}.marshal"


def _key(pattern: str, flags: int) -> tuple[str, int, int]:
    return pattern, int(flags), int(regex.DEFAULT_VERSION)  # what `regex` compiles with (VERSION0 unless changed)


def _load(path: Path | None) -> dict:
    if path is None:
        return {}
    try:
        stored = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return stored if isinstance(stored, dict) else {}


def _save(path: Path | None, known: dict) -> None:
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps(known))
        os.replace(temporary, path)
    except OSError:
        pass  # a read-only home: the patterns are compiled at each start, as before


def arguments(compiled) -> tuple | None:
    """What the C engine builds a compiled pattern from (the `regex` module pickles a pattern as
    this tuple), flags as a plain int; None for a pattern that must not be cached."""
    try:
        pattern, flags, *rest = compiled._pickled_data
    except (AttributeError, TypeError, ValueError):  # another `regex` than the pinned one: no cache
        return None
    if type(pattern) is not str or int(flags) & _UNCACHED_FLAGS:
        return None
    args = (pattern, int(flags), *rest)
    try:
        marshal.dumps(args)
    except ValueError:
        return None
    return args


@contextlib.contextmanager
def _cached(known: dict, added: dict) -> Iterator[None]:
    """Within the block, patterns compiled from `known` arguments; new ones are added to `added`."""
    compile_ = _main._compile

    def cached_compile(pattern, flags, ignore_unused, kwargs, cache_it):
        if kwargs or type(pattern) is not str or int(flags) & _UNCACHED_FLAGS:
            return compile_(pattern, flags, ignore_unused, kwargs, cache_it)
        key = _key(pattern, flags)
        args = known.get(key)
        if args is not None:
            return _regex.compile(*args)
        compiled = compile_(pattern, flags, ignore_unused, kwargs, cache_it)
        args = arguments(compiled)
        if args is not None:
            known[key] = added[key] = args
        return compiled

    _main._compile = cached_compile
    try:
        yield
    finally:
        _main._compile = compile_


def importing(modules: Iterable[str]) -> None:
    """Import the modules, their patterns compiled from the cache (and the cache completed)."""
    modules = [name for name in modules if name not in sys.modules]
    if not modules:
        return
    path = cache_file()
    known = _load(path)
    added: dict = {}
    with _cached(known, added):
        for name in modules:
            importlib.import_module(name)
    if added:
        stored = {**_load(path), **added}  # another process may have added its own meanwhile
        _save(path, stored if len(stored) <= MAX_STORED else added)

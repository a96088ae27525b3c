# rlvr plain values: the tagged JSON that crosses the sandbox wall. Only exact builtin types are
# written (a subclass of int or list could answer == with anything), so what rlvr compares is data,
# never an object of the program's. JSON has no tuples, sets, floats apart from ints, non-string
# keys or nan, so these are tagged: {"$f": "0.5"}, {"$t": [...]}, {"$s": [...]}, {"$fs": [...]},
# {"$d": [[key, value], ...]}, {"$i": [...]} (an iterator, written as the items it yields).
# Everything is captured when this file runs, before any candidate code does.
import json as _json, types as _types
from _json import encode_basestring_ascii as _esc


def _rlvr_codec():
    type_, float_repr, int_repr, join = type, float.__repr__, int.__repr__, str.join
    dict_items, iter_, len_, float_, tuple_, set_, frozenset_ = dict.items, iter, len, float, tuple, set, frozenset
    str_ = str
    iterators = (_types.GeneratorType, map, filter, zip, enumerate, reversed,
                 type(iter([])), type(iter(())), type(iter(range(0))), type(iter("")))
    max_depth, max_items = 400, 1_000_000

    class Unserialisable(Exception):
        pass

    def enc(value, depth=0):
        if depth > max_depth:
            raise Unserialisable("nested deeper than %d" % max_depth)
        kind = type_(value)
        if value is None:
            return "null"
        if kind is bool:
            return "true" if value else "false"
        if kind is int:
            return int_repr(value)
        if kind is float:
            return '{"$f":"' + float_repr(value) + '"}'
        if kind is str:
            return _esc(value)
        if kind is list:
            return "[" + join(",", [enc(item, depth + 1) for item in value]) + "]"
        if kind is tuple:
            return '{"$t":[' + join(",", [enc(item, depth + 1) for item in value]) + "]}"
        if kind is set or kind is frozenset:
            tag = "$s" if kind is set else "$fs"
            return '{"' + tag + '":[' + join(",", [enc(item, depth + 1) for item in value]) + "]}"
        if kind is dict:
            pairs = [enc(k, depth + 2) + "," + enc(v, depth + 2) for k, v in dict_items(value)]
            return '{"$d":[' + join(",", ["[" + pair + "]" for pair in pairs]) + "]}"
        if _is_one_of(kind, iterators):
            items = []
            for item in value:
                if len_(items) >= max_items:
                    raise Unserialisable("an iterator of more than %d items" % max_items)
                items.append(enc(item, depth + 1))
            return '{"$i":[' + join(",", items) + "]}"
        try:
            name = type.__getattribute__(kind, "__name__")
        except BaseException:
            name = "?"
        raise Unserialisable("a value of type " + (name if type_(name) is str_ else "?"))

    def _is_one_of(kind, kinds):
        for candidate in kinds:  # identity: a metaclass could make == say yes
            if kind is candidate:
                return True
        return False

    def dec(node):
        kind = type_(node)
        if kind is list:
            return [dec(item) for item in node]
        if kind is not dict:
            return node
        (tag, body), = dict_items(node)
        if tag == "$f":
            return float_(body)
        if tag == "$t":
            return tuple_([dec(item) for item in body])
        if tag == "$s":
            return set_([dec(item) for item in body])
        if tag == "$fs":
            return frozenset_([dec(item) for item in body])
        if tag == "$d":
            return {dec(k): dec(v) for k, v in body}
        if tag == "$i":
            return iter_([dec(item) for item in body])
        raise ValueError("unknown tag " + tag)

    return enc, dec, Unserialisable


# Names most judges put in scope before a solution runs (APPS, LiveCodeBench): typing hints such
# as List[int] in a signature must not fail for want of an import.
RLVR_PRELUDE = """
import sys, time, itertools, collections, functools, math, heapq, bisect, string, re, random, copy, operator
import fractions, decimal
from typing import *
from itertools import accumulate, product, permutations, combinations, combinations_with_replacement, chain
from itertools import groupby, islice, count, cycle, repeat, starmap, zip_longest
from collections import Counter, OrderedDict, deque, defaultdict, ChainMap, namedtuple
from functools import lru_cache, reduce, cmp_to_key, partial
from math import sqrt, sin, cos, tan, ceil, floor, fabs, gcd, exp, log, log2, log10, inf, pi, factorial
from heapq import heappush, heappop, heapify, heappushpop, heapreplace, nlargest, nsmallest
from bisect import bisect, bisect_left, bisect_right, insort, insort_left, insort_right
"""


def _rlvr_protocol():
    """The harness side of the wire: reads "<nonce>\n<json request>" from stdin, leaves the program
    an empty stdin, and returns the request with report(kind, payload), which prints the one
    result line after the nonce and exits, and error_name(error). Everything they use is captured
    here, before any candidate code runs and can patch it."""
    import io, os, sys
    write, exit_now, loads, esc = os.write, os._exit, _json.loads, _esc
    type_, base = type, BaseException
    out, flush = sys.stdout, io.TextIOWrapper.flush
    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)
    raw = sys.stdin.buffer.read()
    # Stdin is spent; the program gets an empty one instead of a copy of the request.
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    first, _, body = raw.partition(b"\n")
    nonce = first.strip()
    request = loads(body.decode("utf-8"))
    del raw, first, body

    def report(kind, payload):
        try:
            flush(out)
        except base:
            pass
        line = b"\n" + nonce + b" " + kind + b" " + payload.encode("ascii") + b"\n"
        while line:
            line = line[write(1, line):]
        exit_now(0)

    def error_name(error):
        try:
            return esc(type_.__getattribute__(type_(error), "__name__"))
        except base:
            return '"?"'

    return request, report, error_name


# Names under which test code imports the program under test (KodCode: `from solution import f`).
_RLVR_SOLUTION_MODULES = ("solution", "submission")


def _rlvr_install_modules(attributes):
    """Makes `import solution` / `from solution import f` give the given attributes, and gives test
    code a small `pytest` (raises, approx, fixture, mark, param) where pytest is not installed."""
    import sys, types
    module = types.ModuleType("solution")
    for name, value in attributes.items():
        setattr(module, name, value)
    for alias in _RLVR_SOLUTION_MODULES:
        sys.modules[alias] = module
    try:
        import pytest  # noqa: F401  (the real one wins)
    except ImportError:
        sys.modules["pytest"] = _rlvr_pytest_shim()


def _rlvr_pytest_shim():
    import math, types
    shim = types.ModuleType("pytest")

    class _Raises:
        def __init__(self, expected, match=None):
            self.expected, self.match = expected, match

        def __enter__(self):
            return self

        def __exit__(self, kind, error, traceback):
            if kind is None:
                raise AssertionError("DID NOT RAISE %r" % (self.expected,))
            if not issubclass(kind, self.expected):
                return False
            if self.match is not None:
                import re
                if not re.search(self.match, str(error)):
                    raise AssertionError("exception message did not match %r" % (self.match,))
            self.value = error
            return True

    class _Approx:
        def __init__(self, expected, rel=None, abs=None):
            self.expected, self.rel, self.abs = expected, rel, abs

        def _close(self, actual, expected):
            if isinstance(expected, (list, tuple)):
                return isinstance(actual, (list, tuple)) and len(actual) == len(expected) and all(
                    self._close(a, e) for a, e in zip(actual, expected))
            if isinstance(expected, dict):
                return isinstance(actual, dict) and actual.keys() == expected.keys() and all(
                    self._close(actual[k], expected[k]) for k in expected)
            if isinstance(actual, bool) or not isinstance(actual, (int, float)):
                return actual == expected
            rel = 1e-6 if self.rel is None else self.rel
            absolute = 1e-12 if self.abs is None else self.abs
            return math.isclose(actual, expected, rel_tol=rel, abs_tol=absolute)

        def __eq__(self, actual):
            return self._close(actual, self.expected)

        def __repr__(self):
            return "approx(%r)" % (self.expected,)

    class _Mark:
        """A mark as pytest keeps it on the function (`pytestmark`), so parametrize can be read back."""
        def __init__(self, name, args, kwargs):
            self.name, self.args, self.kwargs = name, args, kwargs

    class _MarkMaker:
        def __getattr__(self, name):
            def mark(*args, **kwargs):
                def apply(function):
                    function.pytestmark = getattr(function, "pytestmark", []) + [_Mark(name, args, kwargs)]
                    return function
                if name != "parametrize" and len(args) == 1 and callable(args[0]) and not kwargs:
                    return apply(args[0])  # a bare @pytest.mark.slow
                return apply
            return mark

    class _Param:
        def __init__(self, values, marks=(), id=None):
            self.values, self.marks, self.id = values, marks, id

    def fixture(*args, **kwargs):
        # Fixtures are never given to tests here: only decorating must not fail.
        if len(args) == 1 and callable(args[0]) and not kwargs:
            return args[0]
        return lambda function: function

    def fail(reason="", pytrace=True):
        raise AssertionError(reason)

    shim.mark = _MarkMaker()
    shim.param = lambda *values, marks=(), id=None: _Param(values, marks, id)
    shim.fixture = fixture
    shim.fail = fail
    shim.raises = lambda expected, match=None: _Raises(expected, match)
    shim.approx = lambda expected, rel=None, abs=None: _Approx(expected, rel, abs)
    return shim

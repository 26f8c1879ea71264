"""libmigproc from Python: the migration-process graph of the Americas.

Standard library only (ctypes).  The library loaded is, in this order:

1. the file named by the ``MIGPROC_LIBRARY`` environment variable, when set;
2. the copy installed inside this package (``migproc/libmigproc.so``, what
   ``pip install`` puts there);
3. the system's ``libmigproc.so.1`` (a distribution's package), found by the
   dynamic loader.

No compiler or ``ldconfig`` runs at import.  :data:`library_path` tells which
one was loaded.

    >>> import migproc
    >>> rcm, mirps = migproc.find("RCM"), migproc.find("MIRPS")
    >>> (rcm.members & mirps.members).codes()
    ['BZ', 'CR', 'GT', 'HN', 'MX', 'PA', 'SV']
    >>> "MX" in rcm.members
    True
    >>> len(mirps.related("has_member", asof=2018))
    6

Names: :meth:`Entity.name` falls back to English when the entity has no
name in the language asked for (as ``migproc_name()`` does);
:meth:`Entity.name_in` and :attr:`Entity.names` answer only names that exist
(``migproc_name_in()``, libmigproc 1.1), so an English name is never presented
as a translation.
"""
from __future__ import annotations

import ctypes
import datetime
import os
import sys
from itertools import filterfalse as _filterfalse

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing costs import time; the annotations are strings
    from typing import Any, Callable, Dict, FrozenSet, Iterable, Iterator, List, Optional, Tuple, Union

    CFunction = Callable[..., Any]

    EntityLike = Union["Entity", int, str]
    AsOf = Union[datetime.date, int, None]

__all__ = ["find", "get", "find_all", "entity", "entities", "why", "Entity", "EntitySet",
           "Date", "Relation", "Source", "AmbiguousKeyError", "RELATIONS", "KINDS", "LANGUAGES",
           "library_version", "library_path", "data_date", "data_hash"]

EXPECTED_MAJOR = 1  # the ABI this module is written for

_NONE = 0xFFFF       # MIGPROC_NONE
_ID_MAX = 0xFFFF     # migproc_id is 16 bits
_CAPACITY = 1024     # MIGPROC_SET_CAPACITY: frozen by the 1.x ABI, as in every compiled caller
_NOW = 0xFFFFFFFF    # MIGPROC_NOW, as-of "now" (a macro: tests/ffi checks the value)
_BUNDLED = "libmigproc.so"


class _Set(ctypes.Structure):
    # ID n is bit n % 32 of bits[n / 32] (include/migproc.h).
    _fields_ = [("bits", ctypes.c_uint32 * (_CAPACITY // 32))]


def _load() -> Tuple[ctypes.CDLL, str]:
    explicit = os.environ.get("MIGPROC_LIBRARY")
    if explicit:
        try:
            return ctypes.CDLL(explicit), explicit
        except OSError as error:
            raise ImportError("MIGPROC_LIBRARY=%s cannot be loaded: %s"
                              % (explicit, error)) from None
    bundled = os.path.join(os.path.dirname(os.path.abspath(__file__)), _BUNDLED)
    if os.path.exists(bundled):
        try:
            return ctypes.CDLL(bundled), bundled
        except OSError as error:
            raise ImportError("the bundled %s cannot be loaded: %s" % (bundled, error)) from None
    try:
        return ctypes.CDLL("libmigproc.so.1"), "libmigproc.so.1"
    except OSError:
        raise ImportError("libmigproc not found: install the migproc package with pip, or "
                          "libmigproc.so.1, or set MIGPROC_LIBRARY to the library's path") from None


_lib, library_path = _load()


def _declare(name: str, restype: object, *argtypes: object) -> CFunction:
    try:
        function: CFunction = getattr(_lib, name)
    except AttributeError:
        raise ImportError("%s has no %s: this module needs libmigproc 1.1 or later"
                          % (library_path, name)) from None
    function.restype, function.argtypes = restype, list(argtypes)  # type: ignore[attr-defined]
    return function


_u16, _u32, _uint, _int, _str = (ctypes.c_uint16, ctypes.c_uint32, ctypes.c_uint,
                                 ctypes.c_int, ctypes.c_char_p)
_pset = ctypes.POINTER(_Set)
_version = _declare("migproc_version", _str)
_data_date = _declare("migproc_data_date", _u32)
_data_hash = _declare("migproc_data_hash", _str)
_count = _declare("migproc_count", _uint)
_kind_of = _declare("migproc_kind_of", _int, _u16)
_kind_name = _declare("migproc_kind_name", _str, _int)
_code = _declare("migproc_code", _str, _u16)
_name = _declare("migproc_name", _str, _u16, _str)
_alpha3 = _declare("migproc_alpha3", _str, _u16)
_numeric = _declare("migproc_numeric", _uint, _u16)
_established = _declare("migproc_established", _u32, _u16)
_findn = _declare("migproc_findn", _u16, ctypes.c_char_p, ctypes.c_size_t)
# One argument converts faster than two (callgrind: 2.8k instructions a call
# against 4.2k): keys without a NUL byte, nearly all, go to migproc_find
# ("0 not in raw": an int, which bytes test without raising inside; b"\0"
# costs 1.8k instructions).
_find = _declare("migproc_find", _u16, ctypes.c_char_p)
_findn_all = _declare("migproc_findn_all", _uint, ctypes.c_char_p, ctypes.c_size_t, _pset)
_related_asof = _declare("migproc_related_asof", _uint, _u16, _int, _u32, _pset)
_rel_name = _declare("migproc_rel_name", _str, _int)
_edge_count = _declare("migproc_edge_count", _uint, _u16)
_edge_at = _declare("migproc_edge_at", _u16, _u16, _uint)
_edge_start = _declare("migproc_edge_start", _u32, _u16)
_edge_end = _declare("migproc_edge_end", _u32, _u16)
_edge_source = _declare("migproc_edge_source", _int, _u16)
_edge_note = _declare("migproc_edge_note", _str, _u16)
# libmigproc 1.1
_edge_other = _declare("migproc_edge_other", _u16, _u16, _u16, ctypes.POINTER(ctypes.c_int))
_edge_from = _declare("migproc_edge_from", _u32, _u16)
_edge_until = _declare("migproc_edge_until", _u32, _u16)
_name_in = _declare("migproc_name_in", _str, _u16, _str)
_lang_tag = _declare("migproc_lang_tag", _str, _int)
_source_text = {field: _declare("migproc_source_" + field, _str, _int)
                for field in ("key", "title", "publisher", "url", "licence")}
_source_seen = _declare("migproc_source_seen", _u32, _int)
_set_all_of_kind = _declare("migproc_set_all_of_kind", _uint, _pset, _int)
_set_all = _declare("migproc_set_all", _uint, _pset)
_set_ids = _declare("migproc_set_ids", _uint, _pset, ctypes.POINTER(_u16), _uint)

library_version: str = _version().decode()
if int(library_version.split(".")[0]) != EXPECTED_MAJOR:
    raise ImportError("libmigproc %s loaded, this module needs %d.x"
                      % (library_version, EXPECTED_MAJOR))


def _names(function: CFunction, first: int) -> Dict[str, int]:
    """{name: value} for the values from first up to the first NULL name."""
    out: Dict[str, int] = {}
    value = first
    while True:
        name = function(value)
        if name is None:
            return out
        out[name.decode()] = value
        value += 1


#: Relation names, read from the library: ``{"member_of": 0, "has_member": 1, ...}``.
RELATIONS: Dict[str, int] = _names(_rel_name, 0)
#: Entity kinds, read from the library: ``{"state": 1, "process": 2, ...}``.
KINDS: Dict[str, int] = _names(_kind_name, 1)
_KIND_BY_VALUE = {value: name for name, value in KINDS.items()}
#: The languages entity names are given in, read from the library: ``("en", "es", "pt")``.
LANGUAGES: Tuple[str, ...] = tuple(_names(_lang_tag, 0))
_COUNT: int = _count()
_BIT: Tuple[int, ...] = tuple(1 << ident for ident in range(_COUNT))

if sys.byteorder == "little":
    def _bits_of(raw: _Set) -> int:
        """The set as a Python int: bit n for ID n (the words are little-endian)."""
        return int.from_bytes(bytes(raw), "little")
else:  # pragma: no cover - big-endian hosts
    def _bits_of(raw: _Set) -> int:
        """The set as a Python int: bit n for ID n, word by word."""
        return sum(word << (32 * i) for i, word in enumerate(raw.bits))


# Up to this many members a set is read bit by bit in Python; a larger one
# in one more call, migproc_set_ids (instructions counted with callgrind:
# the call costs about what six members read in Python do: 4 members, 19.6k
# instructions read in Python, 20.7k with the call; 11, 26.8k and 23.2k).
_READ_IN_PYTHON = 6


def _ids_of(raw: _Set, count: int) -> Tuple[int, ...]:
    """The IDs of a migproc_set the library filled, count of them, ascending."""
    if count > _READ_IN_PYTHON:
        ids = (_u16 * count)()
        _set_ids(raw, ids, count)
        return tuple(ids[:count])  # a slice is a list, built in C
    # Highest bit first, each cleared with a precomputed power of two.
    bits, bit = _bits_of(raw), _BIT
    found = []
    while bits:
        ident = bits.bit_length() - 1
        found.append(ident)
        bits ^= bit[ident]
    found.reverse()
    return tuple(found)


class Date(datetime.date):
    """A :class:`datetime.date` that remembers how much of it the source gave.

    ``precision`` is ``"year"``, ``"month"`` or ``"day"``; the parts not given
    are 1.  ``str()`` shows only the parts given (``"2019"``, ``"2019-05"``).
    """

    precision: str

    def __new__(cls, year: int, month: int = 1, day: int = 1,
                precision: str = "day") -> Date:
        self = super().__new__(cls, year, month, day)
        self.precision = precision
        return self

    @classmethod
    def _unpack(cls, packed: int) -> Date:
        year, month, day = packed // 10000, packed // 100 % 100, packed % 100
        return cls(year, month or 1, day or 1,
                   "day" if day else "month" if month else "year")

    def __str__(self) -> str:
        return self.isoformat()[:{"year": 4, "month": 7, "day": 10}[self.precision]]

    def __repr__(self) -> str:
        return "migproc.Date(%r)" % str(self)


def _date_or_none(packed: int) -> Optional[Date]:
    return Date._unpack(packed) if packed else None


def _pack(date: AsOf) -> int:
    """An as-of date for the C API (YYYYMMDD, 0 for parts not known)."""
    if date is None:
        return _NOW
    if isinstance(date, Date):
        return date.year * 10000 + (date.month * 100 if date.precision != "year" else 0) + \
            (date.day if date.precision == "day" else 0)
    if isinstance(date, datetime.date):
        return date.year * 10000 + date.month * 100 + date.day
    if isinstance(date, int) and not isinstance(date, bool):
        if not 1 <= date <= 9999:
            raise ValueError("asof year %d is out of range 1..9999" % date)
        return date * 10000
    raise TypeError("asof must be a datetime.date or a year, not %r" % (date,))


def _rel_value(rel: Union[str, int]) -> int:
    if isinstance(rel, str):
        value = RELATIONS.get(rel)
        if value is None:
            raise ValueError("unknown relation %r; known: %s" % (rel, ", ".join(RELATIONS)))
        return value
    if isinstance(rel, int) and not isinstance(rel, bool):
        if rel not in RELATIONS.values():
            raise ValueError("relation %d is out of range 0..%d" % (rel, len(RELATIONS) - 1))
        return rel
    raise TypeError("a relation is a name such as 'member_of' or its number, not %r"
                    % type(rel).__name__)


def _text(raw: Optional[bytes]) -> Optional[str]:
    return raw.decode() if raw is not None else None


class Source:
    """Where a fact comes from: ``key``, ``title``, ``publisher``, ``url`` (a
    page, without its scheme), ``licence`` (of what was copied from it:
    ``"facts"`` or an SPDX identifier) and ``seen`` (the date it was read)."""
    __slots__ = ("key", "title", "publisher", "url", "licence", "seen")

    key: Optional[str]
    title: Optional[str]
    publisher: Optional[str]
    url: Optional[str]
    licence: Optional[str]
    seen: Optional[Date]

    def __init__(self, index: int) -> None:
        for field, function in _source_text.items():
            setattr(self, field, _text(function(index)))
        self.seen = _date_or_none(_source_seen(index))

    def __repr__(self) -> str:
        return "Source(%r)" % self.key


class Relation:
    """One source's statement "subject relation object", from start to end.

    ``start`` and ``end`` are :class:`Date` or None; ``note`` is a str or None.
    """
    __slots__ = ("subject", "relation", "object", "start", "end", "holds_from", "holds_until",
                 "source", "note")

    def __init__(self, edge: int, seen_from: int) -> None:
        rel = ctypes.c_int(0)
        other = _edge_other(edge, seen_from, ctypes.byref(rel))  # the library reads it
        self.subject: Entity = _entity(seen_from)
        self.object: Entity = _entity(other)
        self.relation: str = _rel_name(rel.value).decode()
        self.start: Optional[Date] = _date_or_none(_edge_start(edge))
        self.end: Optional[Date] = _date_or_none(_edge_end(edge))
        # What as-of answers count (migproc_edge_from/until): None is always/still.
        self.holds_from: Optional[Date] = _date_or_none(_edge_from(edge))
        self.holds_until: Optional[Date] = _date_or_none(_edge_until(edge))
        self.source: Source = Source(_edge_source(edge))
        self.note: Optional[str] = _text(_edge_note(edge))

    def __repr__(self) -> str:
        dates = "" if not (self.start or self.end) else " [%s..%s]" % (self.start or "",
                                                                      self.end or "")
        return "<%s %s %s%s (%s)>" % (self.subject.code, self.relation, self.object.code, dates,
                                       self.source.key)


class Entity:
    """A state, process, organisation, framework, network or body.

    There is one Entity object per ID (``Entity(5) is Entity(5)``); entities
    compare and sort by ID, and hash like their ID's entity.
    """
    __slots__ = ("id", "_code")

    id: int
    _code: str

    def __new__(cls, ident: int) -> Entity:
        return _entity(_check_id(ident))

    @property
    def code(self) -> str:
        """The ISO 3166-1 alpha-2 code of a state, the short code of anything else."""
        return self._code

    @property
    def kind(self) -> str:
        """``"state"``, ``"process"``, ... (a key of :data:`KINDS`)."""
        return _KIND_BY_VALUE[_kind_of(self.id)]

    @property
    def alpha3(self) -> Optional[str]:
        """A state's ISO 3166-1 alpha-3 code; None for anything else."""
        return _text(_alpha3(self.id))

    @property
    def numeric(self) -> Optional[int]:
        """A state's ISO 3166-1 numeric code; None for anything else."""
        return _numeric(self.id) or None

    @property
    def established(self) -> Optional[Date]:
        """When a process or body was established, to the precision known; or None."""
        return _date_or_none(_established(self.id))

    @property
    def names(self) -> Dict[str, str]:
        """The names the entity has, by language: ``{"en": ..., "es": ...}``;
        a language it has no name in is absent (no English fallback)."""
        found = {lang: self.name_in(lang) for lang in LANGUAGES}
        return {lang: name for lang, name in found.items() if name is not None}

    @property
    def members(self) -> EntitySet:
        """The entities that are members of this one now."""
        return self.related("has_member")

    @property
    def memberships(self) -> EntitySet:
        """The entities this one is a member of now."""
        return self.related("member_of")

    def name_in(self, lang: str) -> Optional[str]:
        """The name in exactly that language, or None when the entity has
        none in it (or ``lang`` is no language of the data)."""
        if not isinstance(lang, str):
            raise TypeError("lang is a str such as 'es', not %r" % type(lang).__name__)
        name: Optional[bytes] = _name_in(self.id, lang.encode("utf-8", "surrogatepass"))
        return name.decode() if name is not None else None

    def name(self, lang: str = "en") -> str:
        """The name in a language (``"en"``, ``"es"``, ``"pt"``), falling back
        to English when the entity has none in ``lang`` (an unknown language
        included); :meth:`name_in` says None instead.
        """
        if not isinstance(lang, str):
            raise TypeError("lang is a str such as 'es', not %r" % type(lang).__name__)
        name: bytes = _name(self.id, lang.encode("utf-8", "surrogatepass"))
        return name.decode()

    def related(self, rel: Union[str, int], asof: AsOf = None) -> EntitySet:
        """The entities X such that "self rel X" holds now, or as of a date
        (a :class:`datetime.date`, a :class:`Date`, or a year)."""
        out = _Set()
        count: int = _related_asof(self.id, _rel_value(rel), _pack(asof), out)
        return EntitySet._wrap(_ids_of(out, count))

    @property
    def relations(self) -> List[Relation]:
        """Every stated relation touching this entity, seen from it."""
        return [Relation(_edge_at(self.id, i), self.id) for i in range(_edge_count(self.id))]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Entity):
            return self.id == other.id
        return NotImplemented

    def __lt__(self, other: Entity) -> bool:
        return self.id < other.id if isinstance(other, Entity) else NotImplemented

    def __le__(self, other: Entity) -> bool:
        return self.id <= other.id if isinstance(other, Entity) else NotImplemented

    def __gt__(self, other: Entity) -> bool:
        return self.id > other.id if isinstance(other, Entity) else NotImplemented

    def __ge__(self, other: Entity) -> bool:
        return self.id >= other.id if isinstance(other, Entity) else NotImplemented

    def __hash__(self) -> int:
        return hash(("migproc.Entity", self.id))

    def __reduce__(self) -> Tuple[type, Tuple[int]]:
        return (Entity, (self.id,))

    def __repr__(self) -> str:
        return "Entity(%r, %r)" % (self._code, self.name())


_new_object = object.__new__


def _new_entity(ident: int) -> Entity:
    entity: Entity = _new_object(Entity)
    entity.id = ident
    entity._code = _code(ident).decode()
    return entity


# One Entity per ID, all built at import (about 0.3 ms): sets map IDs to
# entities with no test for a missing one, and no thread builds a second.
_ENTITIES: List[Entity] = [_new_entity(ident) for ident in range(_COUNT)]
_entity = _ENTITIES.__getitem__


def _check_id(ident: object) -> int:
    """A valid entity ID, or ValueError (not 16 bits) / LookupError (no entity)."""
    if not isinstance(ident, int) or isinstance(ident, bool):
        raise TypeError("an ID is an int, not %r" % type(ident).__name__)
    if not 0 <= ident <= _ID_MAX:
        raise ValueError("ID %d is out of range: IDs are 16-bit (0..%d)" % (ident, _ID_MAX))
    if ident >= _COUNT:
        raise LookupError("no entity with ID %d" % ident)
    return ident


def _id_of(item: object) -> int:
    """The ID of an Entity, an ID, or a key's entity, for sets."""
    if isinstance(item, Entity):
        return item.id
    if isinstance(item, str):
        return find(item).id
    return _check_id(item)


class EntitySet:
    """An immutable set of entities, in ID order.

    Supports ``& | - ^`` (with another EntitySet; other types give
    NotImplemented, so Python raises TypeError), ``len``, iteration in ID
    order, ``in`` by Entity, ID or key (``"MX" in rcm.members``), ``==`` and
    hashing, and ``<= < >= >`` for subsets.  ``EntitySet(items)`` takes
    entities, IDs or keys.

    The set is the library's 128-byte ``migproc_set`` read once into a tuple
    of IDs in ascending order, with a frozenset of them made when first
    needed (``in``, subsets, the other operand of ``&`` and ``-``).  An
    intersection or a difference filters the ordered tuple through the other
    set's frozenset, so it stays in ID order and iteration needs no sort; the
    algebra and the iteration run in the interpreter's C (filter, map), not
    in a Python loop over members.  Of the representations measured (a
    frozenset sorted at each iteration, an int of bits decoded bit by bit),
    this one is the fastest for an intersection plus iteration.
    """
    __slots__ = ("_order", "_set")

    _order: Tuple[int, ...]
    _set: Optional[FrozenSet[int]]

    def __init__(self, items: Iterable[EntityLike] = ()) -> None:
        ids = frozenset(_id_of(item) for item in items)
        self._set = ids
        self._order = tuple(sorted(ids))

    @staticmethod
    def _wrap(order: Tuple[int, ...]) -> EntitySet:
        s: EntitySet = _new_object(EntitySet)
        s._order = order
        s._set = None
        return s

    def _members(self) -> FrozenSet[int]:
        members = self._set
        if members is None:
            members = self._set = frozenset(self._order)
        return members

    def __and__(self, other: EntitySet) -> EntitySet:
        if type(other) is not EntitySet:
            return NotImplemented
        # Written out, not through _wrap: the path issue 13's benchmark times.
        shorter, longer = (self, other) if len(self._order) <= len(other._order) else (other, self)
        s: EntitySet = _new_object(EntitySet)
        s._order = tuple(filter((longer._set or longer._members()).__contains__, shorter._order))
        s._set = None
        return s

    def __or__(self, other: EntitySet) -> EntitySet:
        if type(other) is not EntitySet:
            return NotImplemented
        return EntitySet._wrap(tuple(sorted(self._members() | other._members())))

    def __sub__(self, other: EntitySet) -> EntitySet:
        if type(other) is not EntitySet:
            return NotImplemented
        return EntitySet._wrap(tuple(_filterfalse(other._members().__contains__, self._order)))

    def __xor__(self, other: EntitySet) -> EntitySet:
        if type(other) is not EntitySet:
            return NotImplemented
        return EntitySet._wrap(tuple(sorted(self._members() ^ other._members())))

    def __len__(self) -> int:
        return len(self._order)

    def __bool__(self) -> bool:
        return bool(self._order)

    def __contains__(self, item: object) -> bool:
        try:
            return _id_of(item) in self._members()
        except (TypeError, ValueError, LookupError):
            return False

    def __iter__(self) -> Iterator[Entity]:
        return map(_entity, self._order)

    def __eq__(self, other: object) -> bool:
        if type(other) is not EntitySet:
            return NotImplemented
        return self._order == other._order  # ascending: one tuple a set

    def __le__(self, other: EntitySet) -> bool:
        if type(other) is not EntitySet:
            return NotImplemented
        return self._members() <= other._members()

    def __lt__(self, other: EntitySet) -> bool:
        if type(other) is not EntitySet:
            return NotImplemented
        return self._members() < other._members()

    def __ge__(self, other: EntitySet) -> bool:
        if type(other) is not EntitySet:
            return NotImplemented
        return self._members() >= other._members()

    def __gt__(self, other: EntitySet) -> bool:
        if type(other) is not EntitySet:
            return NotImplemented
        return self._members() > other._members()

    def __hash__(self) -> int:
        return hash(("migproc.EntitySet", self._order))

    def __reduce__(self) -> Tuple[type, Tuple[List[int]]]:
        return (EntitySet, (list(self._order),))

    def codes(self) -> List[str]:
        """The codes of the entities, in ID order."""
        return [e.code for e in self]

    def __repr__(self) -> str:
        return "EntitySet(%s)" % ", ".join(self.codes())


class AmbiguousKeyError(LookupError):
    """A key that names several entities; ``candidates`` holds them, in ID order."""

    def __init__(self, key: Union[str, bytes], candidates: List[Entity]) -> None:
        self.key, self.candidates = key, candidates
        super().__init__("%r is ambiguous: %s" % (key, ", ".join(
            "%s (%s)" % (c.code, c.name()) for c in candidates)))


def _encode(key: object) -> bytes:
    if type(key) is str:
        try:
            return key.encode()
        except UnicodeEncodeError:  # lone surrogates: bytes the library rejects
            return key.encode("utf-8", "surrogatepass")
    if isinstance(key, (bytes, bytearray)):
        return bytes(key)
    if isinstance(key, str):
        return _encode(str(key))
    raise TypeError("a key is a str (or UTF-8 bytes), not %r" % type(key).__name__)


def find_all(key: Union[str, bytes]) -> List[Entity]:
    """Every entity a key names (none, one, or several for a key like "CONARE")."""
    raw = _encode(key)
    out = _Set()
    count: int = _findn_all(raw, len(raw), out)
    return list(EntitySet._wrap(_ids_of(out, count)))


def find(key: Union[str, bytes]) -> Entity:
    """The one entity a key names: a code, a name in any language, an alias.

    Case, accents, spaces and punctuation are folded.  Raises LookupError when
    the key names none, :class:`AmbiguousKeyError` (a LookupError) when it
    names several.
    """
    if type(key) is str:  # _encode(), inline: this is the path to keep short
        try:
            raw = key.encode()
        except UnicodeEncodeError:
            raw = key.encode("utf-8", "surrogatepass")
    else:
        raw = _encode(key)
    # One call; MIGPROC_NONE for unknown or ambiguous.
    ident = _find(raw) if 0 not in raw else _findn(raw, len(raw))
    if ident != _NONE:
        return _ENTITIES[ident]
    found = find_all(raw)
    if not found:
        raise LookupError("unknown key %r" % (key,))
    raise AmbiguousKeyError(key, found)


def get(key: Union[str, bytes], default: Optional[Entity] = None) -> Optional[Entity]:
    """:func:`find`, but ``default`` instead of an error for an unknown or ambiguous key."""
    raw = _encode(key)
    ident = _find(raw) if 0 not in raw else _findn(raw, len(raw))
    if ident != _NONE:
        return _ENTITIES[ident]
    return default


def entity(ident: int) -> Entity:
    """The entity with this ID: ValueError for a number that is not a 16-bit
    ID, LookupError when no entity has it."""
    return _entity(_check_id(ident))


def entities(kind: Optional[str] = None) -> EntitySet:
    """Every entity, or every entity of a kind (``"state"``, ``"process"``, ...)."""
    out = _Set()
    if kind is None:
        count: int = _set_all(out)
    elif kind in KINDS:
        count = _set_all_of_kind(out, KINDS[kind])
    else:
        raise ValueError("unknown kind %r; known: %s" % (kind, ", ".join(KINDS)))
    return EntitySet._wrap(_ids_of(out, count))


def why(a: Union[Entity, str], b: Union[Entity, str]) -> List[Relation]:
    """Every stated relation between two entities (or keys), read from a."""
    a = a if isinstance(a, Entity) else find(a)
    b = b if isinstance(b, Entity) else find(b)
    return [r for r in a.relations if r.object == b]


def data_date() -> Date:
    """The date of the data compiled into the library."""
    return Date._unpack(_data_date())


def data_hash() -> str:
    """A hash of the data compiled into the library."""
    text: bytes = _data_hash()
    return text.decode()

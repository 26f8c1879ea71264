"""libmigproc from Python: the migration-process graph of the Americas.

Standard library only (ctypes).  The shared library is found through the
MIGPROC_LIBRARY environment variable (a path), then the system's search
(libmigproc.so.1).

    >>> import migproc
    >>> rcm, mirps = migproc.find("RCM"), migproc.find("MIRPS")
    >>> sorted(e.code for e in rcm.members & mirps.members)
    ['BZ', 'CR', 'GT', 'HN', 'MX', 'PA', 'SV']
    >>> migproc.find("Mexico").memberships        # RCM, RIAM, Quito Process, MIRPS
    >>> mirps.related("has_member", asof=datetime.date(2018, 6, 1))   # six states
    >>> migproc.why("Venezuela", "MERCOSUR")      # relations with dates and sources
"""
import ctypes
import ctypes.util
import datetime
import os

__all__ = ["find", "get", "entity", "entities", "why", "Entity", "EntitySet", "Date",
           "Relation", "Source", "AmbiguousKeyError", "RELATIONS", "library_version",
           "data_date", "data_hash"]

EXPECTED_MAJOR = 1  # the ABI this module is written for

_NONE = 0xFFFF
_CAPACITY = 1024


class _Set(ctypes.Structure):
    _fields_ = [("bits", ctypes.c_uint32 * (_CAPACITY // 32))]


def _load():
    explicit = os.environ.get("MIGPROC_LIBRARY")
    tried = []
    for name in ([explicit] if explicit else []) + [ctypes.util.find_library("migproc"),
                                                    "libmigproc.so.1"]:
        if not name or name in tried:
            continue
        tried.append(name)
        try:
            return ctypes.CDLL(name)
        except OSError:
            if explicit and name == explicit:
                raise ImportError("MIGPROC_LIBRARY=%s cannot be loaded" % explicit) from None
    raise ImportError("libmigproc not found (tried %s): install it, or set MIGPROC_LIBRARY "
                      "to the path of libmigproc.so.1" % ", ".join(tried))


_lib = _load()


def _declare(name, restype, *argtypes):
    function = getattr(_lib, name)
    function.restype, function.argtypes = restype, list(argtypes)
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
_findn_all = _declare("migproc_findn_all", _uint, ctypes.c_char_p, ctypes.c_size_t, _pset)
_related_asof = _declare("migproc_related_asof", _uint, _u16, _int, _u32, _pset)
_rel_name = _declare("migproc_rel_name", _str, _int)
_rel_from_name = _declare("migproc_rel_from_name", _int, _str)
_edge_count = _declare("migproc_edge_count", _uint, _u16)
_edge_at = _declare("migproc_edge_at", _u16, _u16, _uint)
_edge_subject = _declare("migproc_edge_subject", _u16, _u16)
_edge_rel = _declare("migproc_edge_rel", _int, _u16)
_edge_object = _declare("migproc_edge_object", _u16, _u16)
_edge_start = _declare("migproc_edge_start", _u32, _u16)
_edge_end = _declare("migproc_edge_end", _u32, _u16)
_edge_source = _declare("migproc_edge_source", _int, _u16)
_edge_note = _declare("migproc_edge_note", _str, _u16)
_source_text = {field: _declare("migproc_source_" + field, _str, _int)
                for field in ("key", "title", "publisher", "url")}
_set_op = {op: _declare("migproc_set_" + name, None, _pset, _pset, _pset)
           for op, name in (("&", "intersect"), ("|", "union"), ("-", "difference"),
                            ("^", "symmetric_difference"))}
_set_count = _declare("migproc_set_count", _uint, _pset)
_set_has = _declare("migproc_set_has", ctypes.c_bool, _pset, _u16)
_set_next = _declare("migproc_set_next", _u16, _pset, _u16)
_set_equal = _declare("migproc_set_equal", ctypes.c_bool, _pset, _pset)
_set_subset = _declare("migproc_set_subset", ctypes.c_bool, _pset, _pset)
_set_all_of_kind = _declare("migproc_set_all_of_kind", _uint, _pset, _int)
_set_all = _declare("migproc_set_all", _uint, _pset)
_set_add = _declare("migproc_set_add", ctypes.c_bool, _pset, _u16)

library_version = _version().decode()
if int(library_version.split(".")[0]) != EXPECTED_MAJOR:
    raise ImportError("libmigproc %s loaded, this module needs %d.x"
                      % (library_version, EXPECTED_MAJOR))

# Relation names, read from the library: {"member_of": 0, "has_member": 1, ...}
RELATIONS = {}
while _rel_name(len(RELATIONS)) is not None:
    RELATIONS[_rel_name(len(RELATIONS)).decode()] = len(RELATIONS)


class Date(datetime.date):
    """A datetime.date that remembers how much of it the source gave:
    precision is "year", "month" or "day"; missing parts are 1."""

    def __new__(cls, year, month=1, day=1, precision="day"):
        self = super().__new__(cls, year, month, day)
        self.precision = precision
        return self

    @classmethod
    def _unpack(cls, packed):
        year, month, day = packed // 10000, packed // 100 % 100, packed % 100
        return cls(year, month or 1, day or 1,
                   "day" if day else "month" if month else "year")

    def __str__(self):
        return self.isoformat()[:{"year": 4, "month": 7, "day": 10}[self.precision]]

    def __repr__(self):
        return "migproc.Date(%r)" % str(self)


def _date_or_none(packed):
    return Date._unpack(packed) if packed else None


def _pack(date):
    """A date for as-of queries: a datetime.date, a year, or a Date."""
    if isinstance(date, Date):
        return date.year * 10000 + (date.month * 100 if date.precision != "year" else 0) + \
            (date.day if date.precision == "day" else 0)
    if isinstance(date, datetime.date):
        return date.year * 10000 + date.month * 100 + date.day
    if isinstance(date, int) and not isinstance(date, bool) and 0 < date < 10000:
        return date * 10000
    raise TypeError("asof must be a datetime.date or a year, not %r" % (date,))


def _rel_value(rel):
    if isinstance(rel, str):
        value = _rel_from_name(rel.encode())
    elif isinstance(rel, int) and not isinstance(rel, bool):
        value = rel if _rel_name(rel) is not None else -1
    else:
        raise TypeError("a relation is a name such as 'member_of' or its number")
    if value < 0:
        raise ValueError("unknown relation %r; known: %s" % (rel, ", ".join(RELATIONS)))
    return value


class Source:
    """Where a fact comes from."""
    __slots__ = ("key", "title", "publisher", "url")

    def __init__(self, index):
        for field, function in _source_text.items():
            text = function(index)
            setattr(self, field, text.decode() if text is not None else None)

    def __repr__(self):
        return "Source(%r)" % self.key


class Relation:
    """One source's statement: subject relation object, from start to end."""
    __slots__ = ("subject", "relation", "object", "start", "end", "source", "note")

    def __init__(self, edge, seen_from):
        subject, obj = _edge_subject(edge), _edge_object(edge)
        forward = subject == seen_from
        self.subject = entity(seen_from)
        self.object = entity(obj if forward else subject)
        self.relation = _rel_name(_edge_rel(edge) + (0 if forward else 1)).decode()
        self.start = _date_or_none(_edge_start(edge))
        self.end = _date_or_none(_edge_end(edge))
        self.source = Source(_edge_source(edge))
        note = _edge_note(edge)
        self.note = note.decode() if note is not None else None

    def __repr__(self):
        dates = "" if not (self.start or self.end) else " [%s..%s]" % (self.start or "",
                                                                      self.end or "")
        return "<%s %s %s%s (%s)>" % (self.subject.code, self.relation, self.object.code, dates,
                                       self.source.key)


class EntitySet:
    """An immutable set of entities: & | - ^, len, in, iteration in ID order,
    equality and hashing; <= and >= for subsets."""
    __slots__ = ("_set",)

    def __init__(self, entities=()):
        self._set = _Set()
        for e in entities:
            _set_add(self._set, _id_of(e))

    @classmethod
    def _wrap(cls, raw):
        s = cls.__new__(cls)
        s._set = raw
        return s

    def _op(self, other, op):
        if not isinstance(other, EntitySet):
            return NotImplemented
        out = _Set()
        _set_op[op](out, self._set, other._set)
        return EntitySet._wrap(out)

    def __and__(self, other):
        return self._op(other, "&")

    def __or__(self, other):
        return self._op(other, "|")

    def __sub__(self, other):
        return self._op(other, "-")

    def __xor__(self, other):
        return self._op(other, "^")

    def __len__(self):
        return _set_count(self._set)

    def __contains__(self, item):
        try:
            return bool(_set_has(self._set, _id_of(item)))
        except (TypeError, LookupError):
            return False

    def __iter__(self):
        i = _set_next(self._set, _NONE)
        while i != _NONE:
            yield entity(i)
            i = _set_next(self._set, i)

    def __eq__(self, other):
        return isinstance(other, EntitySet) and bool(_set_equal(self._set, other._set))

    def __le__(self, other):
        return bool(_set_subset(self._set, other._set))

    def __ge__(self, other):
        return bool(_set_subset(other._set, self._set))

    def __hash__(self):
        return hash(bytes(self._set))

    def __bool__(self):
        return len(self) > 0

    def codes(self):
        return [e.code for e in self]

    def __repr__(self):
        return "EntitySet(%s)" % ", ".join(self.codes())


class Entity:
    """A state, process, organisation, framework, network or body."""
    __slots__ = ("id",)

    def __init__(self, ident):
        self.id = ident

    code = property(lambda self: _code(self.id).decode())
    kind = property(lambda self: _kind_name(_kind_of(self.id)).decode())
    names = property(lambda self: {lang: self.name(lang) for lang in ("en", "es", "pt")})
    alpha3 = property(lambda self: _text_or_none(_alpha3(self.id)))
    numeric = property(lambda self: _numeric(self.id) or None)
    established = property(lambda self: _date_or_none(_established(self.id)))
    members = property(lambda self: self.related("has_member"))
    memberships = property(lambda self: self.related("member_of"))

    def name(self, lang="en"):
        return _name(self.id, lang.encode()).decode()

    def related(self, rel, asof=None):
        """The entities X such that "self rel X" holds now, or as of a date."""
        out = _Set()
        _related_asof(self.id, _rel_value(rel), 0xFFFFFFFF if asof is None else _pack(asof), out)
        return EntitySet._wrap(out)

    @property
    def relations(self):
        """Every stated relation touching this entity, seen from it."""
        return [Relation(_edge_at(self.id, i), self.id) for i in range(_edge_count(self.id))]

    def __eq__(self, other):
        return isinstance(other, Entity) and other.id == self.id

    def __hash__(self):
        return hash(("migproc.Entity", self.id))

    def __repr__(self):
        return "Entity(%r, %r)" % (self.code, self.name())


def _text_or_none(raw):
    return raw.decode() if raw is not None else None


def _id_of(item):
    if isinstance(item, Entity):
        return item.id
    if isinstance(item, int) and not isinstance(item, bool):
        if not 0 <= item < _CAPACITY:
            raise LookupError("ID %d out of range" % item)
        return item
    raise TypeError("an Entity or an ID, not %r" % type(item).__name__)


class AmbiguousKeyError(LookupError):
    """A key that names several entities; .candidates holds them."""

    def __init__(self, key, candidates):
        self.key, self.candidates = key, candidates
        super().__init__("%r is ambiguous: %s" % (key, ", ".join(
            "%s (%s)" % (c.code, c.name()) for c in candidates)))


def _find_all(key):
    if isinstance(key, str):
        raw = key.encode("utf-8", "surrogatepass")
    elif isinstance(key, (bytes, bytearray)):
        raw = bytes(key)
    else:
        raise TypeError("a key is a str (or UTF-8 bytes), not %r" % type(key).__name__)
    out = _Set()
    _findn_all(raw, len(raw), out)
    return list(EntitySet._wrap(out))


def find(key):
    """The one entity a key names (code, name in any language, alias).
    LookupError when it names none, AmbiguousKeyError when several."""
    found = _find_all(key)
    if len(found) == 1:
        return found[0]
    if not found:
        raise LookupError("unknown key %r" % (key,))
    raise AmbiguousKeyError(key, found)


def get(key, default=None):
    """find(), but default instead of an error for unknown or ambiguous keys."""
    try:
        return find(key)
    except LookupError:
        return default


def entity(ident):
    """The entity with this ID; LookupError when there is none."""
    if not isinstance(ident, int) or isinstance(ident, bool):
        raise TypeError("an ID is an int")
    if not 0 <= ident < _count():
        raise LookupError("no entity with ID %d" % ident)
    return Entity(ident)


def entities(kind=None):
    """Every entity, or every entity of a kind ("state", "process", ...)."""
    out = _Set()
    if kind is None:
        _set_all(out)
        return EntitySet._wrap(out)
    for value in range(1, 256):
        name = _kind_name(value)
        if name is None:
            break
        if name.decode() == kind:
            _set_all_of_kind(out, value)
            return EntitySet._wrap(out)
    raise ValueError("unknown kind %r" % (kind,))


def why(a, b):
    """Every stated relation between two entities (or keys), read from a."""
    a = a if isinstance(a, Entity) else find(a)
    b = b if isinstance(b, Entity) else find(b)
    return [r for r in a.relations if r.object == b]


def data_date():
    return Date._unpack(_data_date())


def data_hash():
    return _data_hash().decode()

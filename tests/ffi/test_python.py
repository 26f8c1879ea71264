#!/usr/bin/env python3
"""The migproc Python package (examples/python/migproc/): the seed's facts,
lookups, set-algebra laws, behaviour as Python values, bad input, and threads.

By default, the package in the source tree against MIGPROC_LIBRARY (what
`meson test` sets).  With MIGPROC_TEST_INSTALLED=1, the package as installed
(pip install .) with the library it carries: the source tree is not on the
path and MIGPROC_LIBRARY must be unset."""
import ctypes
import datetime
import itertools
import json
import re
import os
import sys
import threading
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.normpath(os.path.join(HERE, "..", ".."))
INSTALLED = os.environ.get("MIGPROC_TEST_INSTALLED") == "1"
if not INSTALLED:
    sys.path.insert(0, os.path.join(SOURCE, "examples", "python"))
import migproc  # noqa: E402

FACTS = json.load(open(os.path.join(HERE, "seed-facts.json"), encoding="utf-8"))


class SeedFacts(unittest.TestCase):
    def test_member_lists(self):
        for process, seed_list in FACTS["members"].items():
            members = seed_list + FACTS["joined_since_seed"].get(process, [])
            with self.subTest(process=process):
                got = migproc.find(process).members
                self.assertEqual(sorted(got.codes()), sorted(members))
                self.assertEqual(len(got), len(members))
                self.assertTrue(all(e.kind == "state" for e in got))

    def test_years(self):
        for code, year in FACTS["established"].items():
            with self.subTest(code=code):
                date = migproc.find(code).established
                self.assertIsInstance(date, datetime.date)
                self.assertEqual((date.year, date.precision, str(date)), (year, "year", str(year)))

    def test_relations(self):
        for subject, rel, obj in FACTS["relations"]:
            with self.subTest(fact=(subject, rel, obj)):
                self.assertIn(migproc.find(obj), migproc.find(subject).related(rel))
                inverse = list(migproc.RELATIONS)[migproc.RELATIONS[rel] ^ 1]
                self.assertIn(migproc.find(subject), migproc.find(obj).related(inverse))

    def test_memberships(self):
        for code, processes in FACTS["memberships"].items():
            self.assertEqual(migproc.find(code).memberships.codes(), processes)

    def test_asof(self):
        for code, rel, year, count in FACTS["asof"]:
            with self.subTest(code=code, year=year):
                self.assertEqual(len(migproc.find(code).related(rel, asof=year)), count)
                self.assertEqual(len(migproc.find(code).related(rel, asof=datetime.date(year, 6, 30))),
                                 count)

    def test_rcm_and_mirps(self):
        both = migproc.find("RCM").members & migproc.find("MIRPS").members
        self.assertEqual(both.codes(), FACTS["rcm_and_mirps"])

    def test_why(self):
        relations = migproc.why("Venezuela", "MERCOSUR")
        self.assertEqual([(r.relation, str(r.start), r.end and str(r.end), r.source.key)
                          for r in relations],
                         [("member_of", "2012-08-12", None, "g1"),
                          ("member_of", "None", None, "derechofacil-mercosur"),
                          ("associate_of", "2004", None, "rebelion"),
                          ("associate_of", "None", "2012-08-12", "g1"),
                          ("suspended_from", "2016-12-01", None, "eldoce-ve-2016"),
                          ("suspended_from", "None", None, "rimaypampa-ve-2017"),
                          ("suspended_from", "2016-12-02", None, "laregion-ve-2016"),
                          ("suspended_from", "2017-08-05", None, "diarioregistrado-ve-2017")])
        [aligned] = migproc.why("MIRPS", "Global Compact on Refugees")
        self.assertEqual((aligned.relation, aligned.source.key, aligned.source.title),
                         ("aligned_with", "seed", "Intergovernmental Processes"))


class Lookup(unittest.TestCase):
    def test_keys(self):
        for key in ("MX", "mex", "484", "México", "MÉXICO", "Estados Unidos Mexicanos"):
            self.assertEqual(migproc.find(key).code, "MX")
        self.assertEqual(migproc.find("puebla process").code, "RCM")
        self.assertEqual(migproc.find(b"Per\xc3\xba").code, "PE")
        mx = migproc.find("MX")
        self.assertEqual(mx.names, {"en": "Mexico", "es": "México", "pt": "México"})
        self.assertEqual(migproc.LANGUAGES, ("en", "es", "pt"))  # the header's migproc_lang
        # "Now" is the header's MIGPROC_NOW, a macro FFI cannot read.
        with open(os.path.join(HERE, "..", "..", "include", "migproc.h"), encoding="utf-8") as f:
            now = re.search(r"#define MIGPROC_NOW \(\(migproc_date\)(0x[0-9A-F]+)UL\)", f.read())
        self.assertEqual(migproc._pack(None), int(now.group(1), 16))
        self.assertEqual((mx.alpha3, mx.numeric, mx.established), ("MEX", 484, None))

    def test_unknown_and_ambiguous(self):
        with self.assertRaises(LookupError):
            migproc.find("Atlantis")
        with self.assertRaises(migproc.AmbiguousKeyError) as caught:
            migproc.find("conare")
        self.assertIsInstance(caught.exception, LookupError)
        self.assertEqual([c.code for c in caught.exception.candidates], FACTS["conare"])
        self.assertIsNone(migproc.get("Atlantis"))
        self.assertIsNone(migproc.get("CONARE"))
        self.assertEqual(migproc.get("MX"), migproc.entity(migproc.find("MX").id))


class SetAlgebra(unittest.TestCase):
    def setUp(self):
        self.sets = [migproc.find(p).members for p in FACTS["members"]] + \
            [migproc.EntitySet(), migproc.entities("state")]
        self.universe = migproc.entities()

    def test_laws(self):
        u = self.universe
        for a, b in itertools.product(self.sets, repeat=2):
            self.assertEqual(a | b, b | a)
            self.assertEqual(a & b, b & a)
            self.assertEqual(a ^ b, (a - b) | (b - a))
            self.assertEqual(u - (a | b), (u - a) & (u - b))
            self.assertEqual(u - (a & b), (u - a) | (u - b))
            self.assertEqual(len(a | b) + len(a & b), len(a) + len(b))
            self.assertTrue(a & b <= a <= a | b)
            self.assertEqual(set(a | b), set(a) | set(b))
            for result in (a | b, a & b, a - b, a ^ b):  # iterated in ID order
                ids = [e.id for e in result]
                self.assertEqual(ids, sorted(set(ids)))
        for a, b, c in itertools.product(self.sets, repeat=3):
            self.assertEqual((a | b) | c, a | (b | c))
            self.assertEqual((a & b) & c, a & (b & c))
            self.assertEqual(a & (b | c), (a & b) | (a & c))
        for a in self.sets:
            self.assertEqual(a | a, a)
            self.assertEqual(a & a, a)
            self.assertFalse(a - a)

    def test_value_semantics(self):
        rcm = migproc.find("RCM").members
        again = migproc.find("Puebla Process").members
        self.assertEqual(rcm, again)
        self.assertEqual(hash(rcm), hash(again))
        self.assertEqual(len({rcm, again}), 1)
        ids = [e.id for e in rcm]
        self.assertEqual(ids, sorted(ids))
        self.assertIn(migproc.find("MX"), rcm)
        self.assertNotIn(migproc.find("AR"), rcm)
        self.assertIn("MX", rcm)  # by key
        self.assertIn("México", rcm)
        self.assertIn(migproc.find("MX").id, rcm)  # by ID
        for absent in ("AR", "Atlantis", "CONARE", None, 2.5, -1, 1 << 16):
            self.assertNotIn(absent, rcm)
        with self.assertRaises(AttributeError):
            rcm.extra = 1
        self.assertEqual(migproc.EntitySet(rcm), rcm)


class PythonValues(unittest.TestCase):
    def test_entities_are_built_once_and_sort_by_id(self):
        mx = migproc.find("MX")
        self.assertIs(mx, migproc.find("Mexico"))
        self.assertIs(mx, migproc.entity(mx.id))
        self.assertIs(mx, migproc.Entity(mx.id))
        self.assertIs(mx, next(iter(migproc.EntitySet([mx]))))
        states = list(migproc.entities("state"))
        shuffled = states[::-1]
        self.assertEqual(sorted(shuffled), states)
        self.assertEqual([e.id for e in sorted(shuffled)], sorted(e.id for e in states))
        a, b = states[0], states[1]
        self.assertTrue(a < b and a <= b and b > a and b >= a and a != b and a <= a)
        self.assertTrue(a >= a and not a < a and not a > a and not b < a and not a >= b)
        self.assertEqual(max(states), states[-1])
        self.assertNotEqual(mx, "MX")
        with self.assertRaises(TypeError):
            mx < "MX"  # noqa: B015

    def test_foreign_types_in_set_operators(self):
        rcm = migproc.find("RCM").members
        for other in ({migproc.find("MX")}, [migproc.find("MX")], frozenset(), 1, "MX", None):
            for op in ("__and__", "__or__", "__sub__", "__xor__", "__le__", "__lt__", "__ge__",
                       "__gt__", "__eq__"):
                self.assertIs(getattr(rcm, op)(other), NotImplemented, (op, other))
            with self.assertRaises(TypeError):
                rcm & other
            with self.assertRaises(TypeError):
                rcm | other
            with self.assertRaises(TypeError):
                rcm <= other
            self.assertNotEqual(rcm, other)

    def test_set_from_keys_and_subsets(self):
        both = migproc.EntitySet(["MX", "Guatemala", migproc.find("SV"), migproc.find("CR").id])
        self.assertEqual(both.codes(), sorted(both.codes(), key=lambda c: migproc.find(c).id))
        self.assertEqual(len(both), 4)
        rcm = migproc.find("RCM").members
        self.assertTrue(both < rcm and both <= rcm and rcm > both and rcm >= both)
        self.assertTrue(rcm <= rcm and rcm >= rcm)
        self.assertFalse(rcm < rcm or rcm > rcm or both >= rcm or both > rcm or rcm <= both)
        with self.assertRaises(LookupError):
            migproc.EntitySet(["Atlantis"])

    def test_where_the_library_comes_from(self):
        if INSTALLED:
            here = os.path.dirname(os.path.abspath(migproc.__file__))
            self.assertFalse(here.startswith(SOURCE + os.sep), here)
            self.assertEqual(migproc.library_path, os.path.join(here, "libmigproc.so"))
            self.assertTrue(os.path.exists(os.path.join(here, "py.typed")))
        else:
            self.assertEqual(migproc.library_path, os.environ["MIGPROC_LIBRARY"])

    def test_the_set_is_the_c_struct(self):
        # The library writes a whole migproc_set (MIGPROC_SET_CAPACITY bits)
        # into the ctypes structure the package passes it.
        self.assertEqual(ctypes.sizeof(migproc._Set), 1024 // 8)

    def test_names_fall_back_to_english(self):
        # name() gives the English name when a language has none; name_in()
        # and names never present it as a translation.
        mx = migproc.find("MX")
        self.assertEqual(mx.name("xx"), mx.name("en"))
        self.assertIsNone(mx.name_in("xx"))
        padf = migproc.find("PADF")
        self.assertEqual(padf.name("es"), padf.name("en"))
        self.assertIsNone(padf.name_in("es"))
        self.assertEqual(set(padf.names), {"en"})

    def test_why_reads_each_statement_from_its_end(self):
        # The library reads an edge from either end (migproc_edge_other) and
        # says what each statement counts between.
        [member] = [r for r in migproc.why("MERCOSUR", "Bolivia") if r.relation == "has_member"]
        self.assertEqual((member.subject.code, member.object.code), ("MERCOSUR", "BO"))
        self.assertEqual(str(member.holds_from), "2024-08-07")
        self.assertIsNone(member.holds_until)


class Dates(unittest.TestCase):
    PRECISION = {"year": 4, "month": 7, "day": 10}

    def test_parts_not_given_are_1(self):
        self.assertEqual(migproc.Date(2019), datetime.date(2019, 1, 1))
        for date, text in ((migproc.Date(2019, precision="year"), "2019"),
                           (migproc.Date(2019, 5, precision="month"), "2019-05"),
                           (migproc.Date(2019, 5, 3), "2019-05-03"), (migproc.Date(2019), "2019-01-01")):
            self.assertEqual(str(date), text)
            self.assertEqual(date, datetime.date(*(int(p) for p in (text + "-01-01").split("-")[:3])))

    def test_every_date_of_the_data(self):
        # Each date the library gives (a statement's start and end, and the
        # dates it counts from and until) is a Date whose parts not given
        # are 1, shows as many parts as it was given, and goes back to the
        # library as it came: as of the date a statement counts from, the
        # relation holds between its ends (unless it ends there too).
        seen = set()
        for e in migproc.entities():
            for r in e.relations:
                for date in (r.start, r.end, r.holds_from, r.holds_until):
                    if date is None:
                        continue
                    seen.add(date.precision)
                    text = str(date)
                    self.assertEqual(len(text), self.PRECISION[date.precision], text)
                    self.assertEqual(date, datetime.date(
                        *(int(p) for p in (text + "-01-01").split("-")[:3])), text)
                    # What an as-of query sends: YYYYMMDD, 0 for the parts not given.
                    self.assertEqual(migproc._pack(date), int(text.replace("-", "").ljust(8, "0")))
                if r.holds_from is not None and (r.holds_until is None or
                                                 r.holds_until > r.holds_from):
                    self.assertIn(r.object, r.subject.related(r.relation, asof=r.holds_from),
                                  (r, str(r.holds_from)))
        self.assertEqual(seen, {"year", "month", "day"})

    def test_asof_years(self):
        mx = migproc.find("MX")
        self.assertEqual(len(mx.related("member_of", asof=1)), 0)
        self.assertEqual(mx.related("member_of", asof=9999), mx.related("member_of"))
        self.assertGreater(len(mx.related("member_of")), 0)
        for year in (0, 10000):
            with self.assertRaisesRegex(ValueError, "asof year %d is out of range 1..9999" % year):
                mx.related("member_of", asof=year)


class BadInput(unittest.TestCase):
    def test_keys(self):
        for key in (None, 42, 4.2, ["MX"], object()):
            with self.assertRaises(TypeError):
                migproc.find(key)
        for key in (b"\xff\xfe", b"M\xc3", "MX\x00junk", b"MX\x00", "\udcff", "", " ",
                    "x" * (1 << 20)):
            with self.assertRaises(LookupError):
                migproc.find(key)
            self.assertIsNone(migproc.get(key))

    def test_other_calls(self):
        mx = migproc.find("MX")
        with self.assertRaises(ValueError):
            mx.related("friend_of")
        with self.assertRaises(ValueError):
            mx.related(99)
        with self.assertRaises(TypeError):
            mx.related(None)
        with self.assertRaises(TypeError):
            mx.related("member_of", asof="2018")
        for ident in (-1, 1 << 16, migproc.entity(0).id + 100000):
            with self.assertRaisesRegex(ValueError, "16-bit"):
                migproc.entity(ident)
            with self.assertRaises(ValueError):
                migproc.Entity(ident)
        for ident in (len(migproc.entities()), 0xFFFF):
            with self.assertRaisesRegex(LookupError, "no entity with ID %d" % ident):
                migproc.entity(ident)
            with self.assertRaisesRegex(LookupError, "no entity with ID %d" % ident):
                migproc.EntitySet([ident])
        for rel in (1 << 32, -1, (1 << 32) + 1, len(migproc.RELATIONS)):
            with self.assertRaisesRegex(ValueError, r"relation -?\d+ is out of range 0\.\.%d$"
                                        % (len(migproc.RELATIONS) - 1)):
                mx.related(rel)
        for year in (-2018, 0, 10000, 1 << 32):
            with self.assertRaisesRegex(ValueError, "asof"):
                mx.related("member_of", asof=year)
        with self.assertRaises(TypeError):
            mx.name(None)
        with self.assertRaises(TypeError):
            migproc.entity("MX")
        with self.assertRaises(ValueError):
            migproc.entities("nonsense")
        self.assertEqual(mx.name("xx"), "Mexico")


class Threads(unittest.TestCase):
    def test_same_answers_from_eight_threads(self):
        keys = ["MX", "México", "Puebla Process", "CONARE", "Atlantis", "484", "Brasil", "VEN"]
        expected = [migproc.get(k) for k in keys]
        results, errors = [None] * 8, []

        def work(slot):
            try:
                answers = []
                for i in range(100000):
                    answers.append(migproc.get(keys[i % len(keys)]) ==
                                   expected[i % len(keys)])
                results[slot] = all(answers) and len(answers) == 100000
            except Exception as err:  # pragma: no cover - reported below
                errors.append(err)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(errors, [])
        self.assertEqual(results, [True] * 8)


if __name__ == "__main__":
    unittest.main(verbosity=2)

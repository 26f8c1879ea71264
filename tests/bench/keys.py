#!/usr/bin/env python3
"""Every lookup key of the data, and unknown keys near them, for tests/bench/allkeys.c.

  keys.py [--data DIR] [--output FILE] [--seed N]

Reads the data through lib/gen-tables.py (nothing is listed by hand, so new
data is covered as soon as it is added) and writes one line a key,
tab-separated: class, the ID migproc_find() must answer (-1: none, for an
unknown or ambiguous key), the key.  Classes:

  alpha2, alpha3, numeric     every state's ISO codes (numeric also unpadded: "8")
  code                        every other entity's code ("RCM", "MERCOSUR")
  name_en, name_es, name_pt   every name and alias in that language, as the data spells it
  lower                       every name and alias in lower case, as a user may type it
                              (the spelling index's caseless comparison where only ASCII
                              letters changed case, folding where an accented one did)
  variant                     every name and alias typed without its accents, or else with
                              its spaces and hyphens swapped, once, where the data spells no
                              name so in any case ("Mexico" is the English name): found by
                              folding
  unknown_prefix              a prefix of each name that is no key
  unknown_near                each name one edit away (a letter changed, dropped,
                              added or two swapped) that is no key
  unknown_random              random letters, words, codes and numbers that are no key

The lines are shuffled with a fixed seed, so every run measures the same order.
"""
import argparse
import importlib.util
import os
import random
import string
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def load_generator():
    spec = importlib.util.spec_from_file_location("gen_tables",
                                                  os.path.join(ROOT, "lib", "gen-tables.py"))
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    return gen


def known_keys(gen, data):
    """Folded key -> the ID migproc_find() answers (-1 when ambiguous)."""
    ids = {}
    for key, ident in data.keys:
        ids.setdefault(key, []).append(ident)
    return {k: v[0] if len(v) == 1 else -1 for k, v in ids.items()}


def one_edit(rng, word):
    letters = string.ascii_lowercase
    i = rng.randrange(len(word))
    how = rng.randrange(4)
    if how == 0:
        return word[:i] + rng.choice(letters) + word[i + 1:]
    if how == 1 and len(word) > 1:
        return word[:i] + word[i + 1:]
    if how == 2:
        return word[:i] + rng.choice(letters) + word[i:]
    if i + 1 < len(word):
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word + rng.choice(letters)


SPACE_HYPHEN = str.maketrans({" ": "-", "-": " "})


def without_accents(text):
    """text without its combining marks ("Perú" is "Peru")."""
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)))


def build(data_dir, seed):
    gen = load_generator()
    data = gen.Data(data_dir)
    known = known_keys(gen, data)
    rng = random.Random(seed)
    rows = []  # (class, key)
    names = []
    for e in data.entities:
        if e["kind"] == "state":
            rows += [("alpha2", e["code"]), ("alpha3", e["alpha3"]),
                     ("numeric", "%03d" % e["numeric"])]
            if "%d" % e["numeric"] != "%03d" % e["numeric"]:
                rows.append(("numeric", "%d" % e["numeric"]))
        else:
            rows.append(("code", e["code"]))
        for lang, name in zip(gen.LANGS, e["names"]):
            if name:
                names.append((lang, name))
    for aliases in ("aliases.tsv", "cldr-aliases.tsv"):
        for _where, (_code, lang, alias, _source) in gen.read_tsv(data_dir, aliases, 4):
            names.append((lang, alias))
    rows += [("name_" + lang, name) for lang, name in names]
    rows += [("lower", name.lower()) for _lang, name in names if name.lower() != name]

    # The spelling index finds a name in another case of its letters: not a variant.
    spelled = {name.lower() for _lang, name in names}
    variants = set()
    for _lang, name in names:
        variant = without_accents(name)
        if variant == name:
            variant = name.translate(SPACE_HYPHEN)
        if variant.lower() not in spelled:
            variants.add(variant)
    rows += [("variant", v) for v in sorted(variants)]

    def unknown(key):
        folded = gen.fold(key)
        return folded and folded not in known and len(key.encode()) <= gen.KEY_MAX

    for _lang, name in names:
        if len(name) >= 3:
            prefix = name[:rng.randrange(2, len(name))]
            if unknown(prefix):
                rows.append(("unknown_prefix", prefix))
        near = one_edit(rng, name)
        if unknown(near):
            rows.append(("unknown_near", near))
    alphabet = string.ascii_letters + "      áéíóúñçãõ-"
    random_keys = set()
    while len(random_keys) < len(names) // 2:
        shape = rng.randrange(5)
        if shape == 0:
            key = "".join(rng.choice(string.ascii_uppercase) for _ in range(2))
        elif shape == 1:
            key = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
        elif shape == 2:
            key = "%03d" % rng.randrange(1000)
        else:
            key = "".join(rng.choice(alphabet) for _ in range(rng.randrange(4, 40))).strip()
        if key and unknown(key):
            random_keys.add(key)
    rows += [("unknown_random", k) for k in sorted(random_keys)]

    out = []
    for cls, key in rows:
        if "\t" in key or "\n" in key:
            raise SystemExit("keys: a key with a tab or newline: %r" % key)
        folded = gen.fold(key)
        out.append((cls, known.get(folded, -1) if folded else -1, key))
    rng.shuffle(out)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=os.path.join(ROOT, "lib", "data"))
    parser.add_argument("--output")
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    text = "".join("%s\t%d\t%s\n" % row for row in build(args.data, args.seed))
    load_generator().write_output(args.output, text)


if __name__ == "__main__":
    main()

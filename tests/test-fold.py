#!/usr/bin/env python3
"""One folding, proved: lib/gen-tables.py's fold() (what the generator
stores) and the library's mp_fold_key() (what a lookup computes) agree on
every field of every data file -- every key the data gives -- and on a large
random corpus with a fixed seed: Unicode mixes around the folding table's
edges, and numbers with leading zeros.  Any difference fails.

usage: test-fold.py GEN_TABLES FOLD_LINES DATA_DIR"""
import importlib.util
import os
import random
import subprocess
import sys

GEN, FOLD_LINES, DATA = sys.argv[1:4]
spec = importlib.util.spec_from_file_location("gen_tables", GEN)
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)


def data_keys():
    keys = set()
    for name in sorted(os.listdir(DATA)):
        if not name.endswith(".tsv"):
            continue
        with open(os.path.join(DATA, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                keys.update(field for field in line.rstrip("\n").split("\t") if field)
    return keys


def random_corpus(n, seed=15):
    rng = random.Random(seed)
    pools = [
        [chr(c) for c in range(0x20, 0x7F)],                     # ASCII
        list("0123456789") * 4,                                  # digits, often
        [chr(c) for c in range(0x80, 0x100)],                    # Latin-1
        [chr(c) for c in range(0x100, 0x180)],                   # Latin Extended-A
        [chr(c) for c in range(0x180, 0x250)],                   # past the table
        [chr(c) for c in range(0x2000, 0x2070)],                 # general punctuation
        [chr(c) for c in (0xBF, 0xC0, 0x17F, 0x180, 0x1FFF, 0x2070, 0x300, 0x301, 0xFEFF,
                          0x4E2D, 0x1F600, 0x10FFFF, 0xFF10, 0x0660, 0x7F)],
    ]
    corpus = []
    for _ in range(n):
        shape = rng.randrange(4)
        if shape == 0:  # a number, perhaps with leading zeros, perhaps with noise
            key = "0" * rng.randrange(6) + "".join(rng.choice("0123456789")
                                                   for _ in range(rng.randrange(1, 9)))
            if rng.random() < 0.3:
                key = rng.choice(["", " ", "-", "\u00a0", "\u2010"]).join(
                    [key[:len(key) // 2], key[len(key) // 2:]])
        else:
            key = "".join(rng.choice(rng.choice(pools)) for _ in range(rng.randrange(1, 16)))
        corpus.append(key)
    return corpus


def main():
    keys = sorted(data_keys())
    corpus = random_corpus(100000)
    lines = [k for k in keys + corpus if "\n" not in k and "\0" not in k and k.strip("\r") == k]
    result = subprocess.run([FOLD_LINES], input="\n".join(lines).encode("utf-8") + b"\n",
                            capture_output=True, check=True)
    answers = result.stdout.decode().splitlines()
    assert len(answers) == len(lines), (len(answers), len(lines))
    wrong = []
    for text, answer in zip(lines, answers):
        if len(text.encode("utf-8")) > gen.KEY_MAX:
            expect = "-"  # the generator refuses such a key, the library matches nothing
        else:
            folded = gen.fold(text)
            expect = "%s %08x" % (folded.hex(), gen.key_hash(folded))
        if answer != expect:
            wrong.append((text, answer, expect))
    print("%d data fields and %d random keys folded; %d differences"
          % (len(keys), len(corpus), len(wrong)))
    for text, answer, expect in wrong[:20]:
        print("  %r: C %s, Python %s" % (text, answer, expect))
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())

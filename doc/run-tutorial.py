#!/usr/bin/env python3
"""Run the shell blocks of doc/TUTORIAL.md in order, in one bash, from the
top of the checkout, as a reader would (apt-get lines are left to .ci/run),
and check what they print: a block that an ```output block follows (with
prose between them, but no other block) must print exactly that on its
standard output.
Exit status: bash's, or 1 when a block printed something else."""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = "@@ tutorial block %d done @@"

with open(os.path.join(ROOT, "doc", "TUTORIAL.md"), encoding="utf-8") as f:
    # A shell block, and the output block after it (which may be empty), before any other block.
    blocks = [(code, expected if fence else None) for code, fence, expected in re.findall(
        r"```sh\n(.*?)```(?:(?:(?!```).)*(```output\n)(.*?)```)?", f.read(), re.S)]
script = ["set -euo pipefail", "rm -rf /tmp/migproc-tutorial"]
for i, (code, _) in enumerate(blocks):
    script += [line for line in code.splitlines() if not line.startswith("apt-get install")]
    script.append("echo '%s'" % (MARK % i))
proc = subprocess.Popen(["bash", "-c", "\n".join(script)], cwd=ROOT, stdout=subprocess.PIPE,
                        text=True)
printed = [[] for _ in blocks]
block = 0
for line in proc.stdout:
    # The mark ends the line a block's last output leaves open, if it does.
    if block < len(blocks) and line.rstrip("\n").endswith(MARK % block):
        line = line.rstrip("\n")[:-len(MARK % block)]
        sys.stdout.write(line)
        printed[block].append(line)
        block += 1
        continue
    sys.stdout.write(line)
    if block < len(blocks):
        printed[block].append(line)
if proc.wait() != 0:
    sys.exit(proc.returncode)
wrong = 0
for i, (code, expected) in enumerate(blocks):
    if expected is not None and "".join(printed[i]) != expected:
        wrong += 1
        print("doc/TUTORIAL.md, shell block %d (%s...) printed:\n%s\nand the page says:\n%s"
              % (i + 1, code.splitlines()[0], "".join(printed[i]), expected), file=sys.stderr)
sys.exit(1 if wrong else 0)

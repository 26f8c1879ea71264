#!/usr/bin/env python3
"""Run the shell blocks of doc/TUTORIAL.md in order, in one bash, from the
top of the checkout, as a reader would (apt-get lines are left to .ci/run).
Exit status: bash's."""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(ROOT, "doc", "TUTORIAL.md"), encoding="utf-8") as f:
    blocks = re.findall(r"```sh\n(.*?)```", f.read(), re.S)
script = "set -euo pipefail\nrm -rf /tmp/migproc-tutorial\n" + "\n".join(
    line for block in blocks for line in block.splitlines()
    if not line.startswith("apt-get install"))
sys.exit(subprocess.run(["bash", "-c", script], cwd=ROOT).returncode)

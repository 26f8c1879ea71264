"""The small runner the script tests share: check() records and prints one
result, finish() prints the closing line meson and CI read and gives the
exit status."""
import sys

_results = []


def check(name, condition, detail=""):
    """Records a check; prints "ok   NAME" or "FAIL NAME: DETAIL"."""
    _results.append(bool(condition))
    print("%s %s%s" % ("ok  " if condition else "FAIL", name, "" if condition else ": " + detail))
    sys.stdout.flush()
    return bool(condition)


def finish():
    """Prints "N passed, N failed" and returns the exit status (1 on any
    failure, and when nothing was checked)."""
    passed = sum(_results)
    failed = len(_results) - passed
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or not _results else 0

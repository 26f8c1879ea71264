#!/usr/bin/env python3
"""The declarations 1.0 shipped, unchanged: every macro, typedef, struct and
function of the released header (tests/abi/include/migproc.h) reads the
same in include/migproc.h, and every enumerator keeps its value.  abidiff
compares what the compiler emitted and calls some changes harmless (a
struct member's type from uint32_t to int32_t keeps its size); a program
compiled against 1.0 still depends on them, so any change fails here.
Additions (new functions, enumerators, macros) pass.

usage: check-frozen-header.py RELEASED_HEADER CURRENT_HEADER"""
import re
import sys

# Macros whose value a release changes on purpose.
MAY_CHANGE = {"MIGPROC_VERSION_MINOR", "MIGPROC_VERSION_PATCH", "MIGPROC_H"}


def declarations(path):
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r"//[^\n]*", " ", text)
    text = text.replace("\\\n", " ")
    decls = {}
    for m in re.finditer(r"^[ \t]*#[ \t]*define[ \t]+(\w+)(.*)$", text, flags=re.M):
        decls["macro " + m.group(1)] = " ".join(m.group(2).split())
    code = re.sub(r"^[ \t]*#.*$", " ", text, flags=re.M)
    code = re.sub(r'extern\s+"C"\s*\{', " ", code)
    for m in re.finditer(r"typedef\s+struct\s+(\w+)\s*\{(.*?)\}\s*(\w+)\s*;", code, flags=re.S):
        decls["struct " + m.group(3)] = " ".join(m.group(2).split())
    code = re.sub(r"typedef\s+struct\s+(\w+)\s*\{(.*?)\}\s*(\w+)\s*;", " ", code, flags=re.S)
    for statement in code.split(";"):
        s = " ".join(statement.split())
        s = s.lstrip("} ").strip()
        if not s:
            continue
        m = re.match(r"typedef enum (\w+) \{(.*)\} (\w+)$", s)
        if m:
            value = -1
            for item in m.group(2).split(","):
                item = item.strip()
                if not item:
                    continue
                name, _, expr = item.partition("=")
                value = int(expr.strip(), 0) if expr.strip() else value + 1
                decls["enumerator " + name.strip()] = str(value)
            continue
        m = re.match(r"typedef .*?(\w+)(\[[^\]]*\])?$", s)
        if m:
            decls["typedef " + m.group(1)] = s
            continue
        m = re.search(r"(\w+)\s*\(", s)
        if m and "MIGPROC_API" in s:
            decls["function " + m.group(1)] = s
    return decls


def main():
    released, current = declarations(sys.argv[1]), declarations(sys.argv[2])
    problems = []
    for name, value in sorted(released.items()):
        if name.split()[1] in MAY_CHANGE:
            continue
        if name not in current:
            problems.append("%s: removed" % name)
        elif current[name] != value:
            problems.append("%s: was %r, now %r" % (name, value, current[name]))
    print("%d declarations of 1.0 compared, %d added since" %
          (len(released), len(set(current) - set(released))))
    for p in problems:
        print("FAIL " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

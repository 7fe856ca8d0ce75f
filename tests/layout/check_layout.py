#!/usr/bin/env python3
"""The shape of host/ that ARCHITECTURE.md promises, checked.

usage: check_layout.py SOURCE_DIR deps|functions

deps       every #include of a host/ folder, and of a third-party library,
           is one the folder may depend on (the table below, which
           ARCHITECTURE.md shows); prints each offending include as
           file:line: and exits 1.
functions  no function in host/ is longer than 120 lines, from its
           signature to its closing brace; prints each one and exits 1.
"""
import os
import re
import sys

# What each folder of host/ may include, besides itself. The data path has
# no back-edge: ingest -> store, extract -> rules/model/store, engine ->
# plugin/rules/model, report -> store/model; model and util depend on
# nothing but util.
ALLOWED = {
    "util": set(),
    "model": {"util"},
    "rules": {"model", "util"},
    "store": {"model", "util"},
    "ingest": {"store", "model", "util"},
    "extract": {"rules", "store", "model", "util"},
    "plugin": {"model", "util"},
    "engine": {"plugin", "rules", "model", "util"},
    "report": {"store", "model", "util"},
    "cli": {"engine", "extract", "ingest", "plugin", "report", "rules", "store", "model", "util"},
}

# Third-party headers (a prefix of the <...> path) and the folders that may
# include them: Boost.DLL, dlopen and the plugin ABI only where plugins are
# loaded; SQLite only in the store; TOML where rules and front matter are
# read; the stemmer library only in extract; the command-line parser only
# in cli.
LIBRARIES = {
    "boost/": {"plugin"},
    "dlfcn.h": {"plugin"},
    "crosscheck/": {"plugin"},
    "sqlite3.h": {"store"},
    "toml.hpp": {"rules", "ingest"},
    "toml11/": {"rules", "ingest"},
    "libstemmer.h": {"extract"},
    "CLI/": {"cli"},
}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')

MAX_FUNCTION_LINES = 120


def host_files(root):
    for folder, _, files in os.walk(os.path.join(root, "host")):
        for name in sorted(files):
            if name.endswith((".cpp", ".hpp", ".h")):
                yield os.path.join(folder, name)


def folder_of(root, path):
    rel = os.path.relpath(path, os.path.join(root, "host"))
    parts = rel.split(os.sep)
    return parts[0] if len(parts) > 1 else None  # host/main.cpp has none


def check_deps(root):
    problems = []
    for path in host_files(root):
        folder = folder_of(root, path)
        if folder is None:
            continue
        if folder not in ALLOWED:
            problems.append(f"{path}: folder host/{folder}/ is not in the dependency table")
            continue
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                kind, target = m.groups()
                if kind == '"' and target.startswith("host/"):
                    other = target.split("/")[1]
                    if other != folder and other not in ALLOWED[folder]:
                        problems.append(f"{path}:{number}: host/{folder}/ may not include "
                                        f"host/{other}/ ({target})")
                    continue
                for prefix, folders in LIBRARIES.items():
                    if target.startswith(prefix) and folder not in folders:
                        problems.append(f"{path}:{number}: host/{folder}/ may not include "
                                        f"<{target}> (only {', '.join(sorted(folders))})")
    return problems


def blank_out(text):
    """Comments and string/char literals replaced by spaces (newlines kept),
    so braces inside them do not count."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            m = re.match(r'R"([^(\s]*)\(', text[i:])
            if not m:
                out.append(c)
                i += 1
                continue
            end = ")" + m.group(1) + '"'
            j = text.find(end, i + m.end())
            j = n if j < 0 else j + len(end)
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(" " * (j - i))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


NOT_FUNCTION = re.compile(r"^\s*(if|for|while|switch|do|else|try|catch|namespace|class|struct|"
                          r"union|enum|extern|return|case|default)\b")


def looks_like_function(head):
    """`head` is the text between the last ; { } and a {."""
    h = head.strip()
    if not h or "(" not in h or NOT_FUNCTION.match(h) or h.startswith("#"):
        return False
    depth = 0
    for k, ch in enumerate(h):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "=" and depth == 0:
            prev = h[max(0, k - 8):k]
            if not prev.endswith("operator") and h[k + 1:k + 2] != "=" and h[k - 1:k] not in "=!<>":
                return False  # an initializer: `auto f = [] {`, `T x = {`
    return True


def long_functions(path, text):
    code = blank_out(text)
    line_of = []
    line = 1
    for ch in code:
        line_of.append(line)
        if ch == "\n":
            line += 1
    found = []
    stack = []  # (is_function, start_line, name)
    head_start = 0
    for i, ch in enumerate(code):
        if ch == "{":
            in_function = any(s[0] for s in stack)
            head = code[head_start:i]
            is_function = not in_function and looks_like_function(head)
            first = head_start + (len(head) - len(head.lstrip()))
            name = " ".join(head.split())[:80]
            stack.append((is_function, line_of[min(first, i)], name))
            head_start = i + 1
        elif ch == "}":
            if stack:
                is_function, start, name = stack.pop()
                if is_function:
                    length = line_of[i] - start + 1
                    if length > MAX_FUNCTION_LINES:
                        found.append(f"{path}:{start}: {length} lines: {name}")
            head_start = i + 1
        elif ch == ";":
            head_start = i + 1
    return found


def check_functions(root):
    problems = []
    for path in host_files(root):
        with open(path, encoding="utf-8") as f:
            problems.extend(long_functions(path, f.read()))
    return problems


def main(argv):
    if len(argv) != 3 or argv[2] not in ("deps", "functions"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    root = argv[1]
    problems = check_deps(root) if argv[2] == "deps" else check_functions(root)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

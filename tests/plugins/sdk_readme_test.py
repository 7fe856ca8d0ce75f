#!/usr/bin/env python3
"""Does exactly what sdk/README.md's "Writing a first checker" says, as a new
plugin author would: its shell blocks run in order in one shell, and each
block headed `// file: PATH` or `# file: PATH` is written to PATH (the blocks
of one file appended in order) at the point where the README shows it.

The shell starts in a fresh folder holding the checkout as `crosscheck/`,
with HOME in that folder (the README installs into $HOME/.local) and the
crosscheck program under test first on PATH. It must end with the report
showing a finding of the README's own checker. Nothing of the README is
restated here: a step that stops working fails this test.

usage: sdk_readme_test.py README SOURCE_DIR CROSSCHECK WORK_DIR
"""
import os
import re
import shutil
import subprocess
import sys

FENCE = re.compile(r"^```([a-z+]*)\n(.*?)^```\n", re.M | re.S)
FILE_HEADER = re.compile(r"^(?://|#) file: (\S+)\n")


def script_from(readme: str) -> str:
    """The README's steps as one bash script."""
    steps = readme.split("## Writing a first checker", 1)
    if len(steps) != 2:
        sys.exit("sdk/README.md has no '## Writing a first checker' section")
    section = steps[1].split("\n## ", 1)[0]
    lines = ["set -euo pipefail"]
    written = set()
    shell_blocks = 0
    for language, body in FENCE.findall(section):
        header = FILE_HEADER.match(body)
        if language == "sh":
            shell_blocks += 1
            lines.append(f"echo '+ README shell block {shell_blocks}' >&2")
            lines.append("set -x")
            lines.append(body.rstrip("\n"))
            lines.append("set +x")
        elif header:
            path = header.group(1)
            if path not in written:
                lines.append(f": > '{path}'")
                written.add(path)
            marker = "CROSSCHECK_README_BLOCK_END"
            if marker in body:
                sys.exit(f"a block of {path} holds {marker}")
            lines.append(f"cat >> '{path}' <<'{marker}'\n{body}{marker}")
    if shell_blocks < 3 or not written:
        sys.exit(f"sdk/README.md: {shell_blocks} shell block(s) and files {sorted(written)}: "
                 "the steps are not there")
    return "\n".join(lines) + "\n"


def main() -> int:
    readme_path, source_dir, crosscheck, work = sys.argv[1:5]
    with open(readme_path, encoding="utf-8") as f:
        script = script_from(f.read())
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(os.path.join(work, "home"))
    os.symlink(os.path.abspath(source_dir), os.path.join(work, "crosscheck"))
    with open(os.path.join(work, "readme-steps.sh"), "w", encoding="utf-8") as f:
        f.write(script)

    env = {k: v for k, v in os.environ.items()
           if k not in ("CROSSCHECK_PLUGIN_PATH", "CROSSCHECK_DB", "CMAKE_PREFIX_PATH",
                        "CXXFLAGS", "LDFLAGS")}
    env["HOME"] = os.path.join(work, "home")
    env["PATH"] = os.path.dirname(os.path.abspath(crosscheck)) + os.pathsep + env["PATH"]
    env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", "2")
    done = subprocess.run(["bash", "readme-steps.sh"], cwd=work, env=env, text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sys.stdout.write(done.stdout)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        print(f"sdk/README.md's steps failed (exit {done.returncode}); "
              f"the script is {work}/readme-steps.sh", file=sys.stderr)
        return 1
    # The last step's report: the README's checker found something.
    if not re.search(r"no_overlap \(deaths\): .* no overlap", done.stdout):
        sys.stderr.write(done.stderr)
        print("the report after sdk/README.md's steps has no finding of no_overlap",
              file=sys.stderr)
        return 1
    # And the plugin the host ran is the one these steps built.
    # (The README runs `plugins info` from no_overlap/ with --plugins build.)
    built = os.path.join(work, "no_overlap", "build", "plugins", "no_overlap.so")
    if not os.path.isfile(built) or not re.search(r"file: +build/plugins/no_overlap\.so\n",
                                                  done.stdout):
        print(f"`plugins info no_overlap` does not name {built}", file=sys.stderr)
        return 1
    print("sdk/README.md's steps: installed, written, built, tested, loaded, run")
    return 0


if __name__ == "__main__":
    sys.exit(main())

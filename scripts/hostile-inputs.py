#!/usr/bin/env python3
"""Hostile-input campaign against the dlplot command line.

Generates a deterministic set of cases (hostile option values, expressions, output paths, crafted PNG and IDX
files, closed or full standard streams), runs each against the binary in a scratch folder and checks what
the project promises of every command:

  * no trap: the process ends with an exit code from the README's table (0-4), never a signal;
  * a refusal is one line on standard error starting with "dlplot", and a usage error (exit 2) is only that line;
  * memory: peak RSS under 1 GiB (the process also runs under a 3 GiB address-space limit, so a blow-up
    shows as a failure instead of taking the machine down);
  * no hang: each case ends within its time limit;
  * no stray temporary file left in the scratch folder;
  * where a case knows the exit code it must give (a usage error, an I/O error), that code.

Usage: scripts/hostile-inputs.py [--bin .build/release/dlplot] [--dev-bin .build/release/dlplot-dev] [--limit N] [--jobs 2] [--only SUBSTRING]
Ends with a line "hostile-inputs: N passed, M failed"; exit status 1 when any case failed.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hostile import server  # noqa: E402
from hostile.cases import generate  # noqa: E402
from hostile.fixtures import DEVICE_COPIES, lay_out  # noqa: E402
from hostile.model import ADDRESS_LIMIT, ALLOWED_CODES, GIB, MESSAGE_FORMAT, RSS_LIMIT, Binaries, Case  # noqa: E402

def limit_child() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_LIMIT, ADDRESS_LIMIT))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)


def run_case(binary: Binaries, case: Case, root: str, index: int) -> tuple[Case, list[str], str]:
    try:
        return run_case_unguarded(binary, case, root, index)
    except OSError as error:
        return case, [f"could not run: {error}"], ""


def run_case_unguarded(binary: Binaries, case: Case, root: str, index: int) -> tuple[Case, list[str], str]:
    folder = tempfile.mkdtemp(prefix=f"case{index}-", dir=root)
    problems: list[str] = []
    try:
        lay_out(folder, case)
        if "fifo" in " ".join(case.argv):
            fifo = os.path.join(folder, "fifo.png")
            if not os.path.exists(fifo):
                os.mkfifo(fifo)
        stdout_target = {"pipe": subprocess.PIPE, "null": subprocess.DEVNULL, "closed": None, "full": None}[case.stdout]
        full = open("/dev/full", "wb") if case.stdout == "full" else None
        stderr_file = tempfile.TemporaryFile(dir=root)
        stdout_file = tempfile.TemporaryFile(dir=root)
        pass_fds: tuple[int, ...] = ()
        environment = dict(os.environ, **case.env)
        popen_kwargs = dict(cwd=folder, stdin=subprocess.DEVNULL, preexec_fn=limit_child, env=environment)
        command = [binary.dev if case.dev else binary.user] + case.argv
        if case.stdout == "closed" or case.stderr == "closed":
            # Close the stream in the child through the shell-less trick: run via /bin/sh with exec and >&- / 2>&-.
            redirections = (" >&-" if case.stdout == "closed" else "") + (" 2>&-" if case.stderr == "closed" else "")
            script = 'exec "$@"' + redirections
            command = ["/bin/sh", "-c", script, "sh"] + command
        start = time.monotonic()
        process = subprocess.Popen(command, stdout=full or (stdout_file if stdout_target == subprocess.PIPE else stdout_target),
                                   stderr=stderr_file, pass_fds=pass_fds, **popen_kwargs)
        deadline = start + case.timeout
        status = None
        usage = None
        while True:
            pid, wait_status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid != 0:
                status = wait_status
                break
            if time.monotonic() > deadline:
                process.kill()
                _, status, usage = os.wait4(process.pid, 0)
                problems.append(f"hang: still running after {case.timeout:.0f} s")
                break
            time.sleep(0.005)
        process.returncode = 0
        if full:
            full.close()
        stderr_file.seek(0)
        stderr = stderr_file.read().decode("utf-8", "replace")
        stderr_file.close()
        stdout_file.close()
        rss = usage.ru_maxrss * 1024 if usage else 0
        if os.WIFSIGNALED(status):
            if not problems:
                problems.append(f"signal {os.WTERMSIG(status)} ({signal.Signals(os.WTERMSIG(status)).name})")
        else:
            code = os.WEXITSTATUS(status)
            if code not in ALLOWED_CODES:
                problems.append(f"exit {code} (not in the table)")
            elif case.expect is not None and code not in case.expect:
                problems.append(f"exit {code}, expected {sorted(case.expect)}")
            differ_only = case.argv[:1] == ["compare"] and code == 1 and not stderr.strip()
            if code != 0 and case.stderr != "closed" and not differ_only:
                lines = [line for line in stderr.splitlines() if line.strip()]
                if not lines:
                    problems.append(f"exit {code} with nothing on stderr")
                elif code == 2 and case.argv and len(lines) != 1 and "--help" not in case.argv:
                    if not any(line.startswith("Usage:") or line.startswith("USAGE") for line in lines):
                        problems.append(f"usage error of {len(lines)} lines")
                elif not lines[-1].startswith("dlplot") and not lines[-1].startswith("Usage") and not lines[0].startswith("dlplot"):
                    problems.append("error line does not start with 'dlplot'")
                if code == 2 and lines and lines[0].startswith("dlplot") and not MESSAGE_FORMAT.match(lines[0]):
                    problems.append("usage error not of the form 'dlplot <command>: <what>' (lower case)")
        if rss > RSS_LIMIT:
            problems.append(f"peak RSS {rss / GIB:.2f} GiB")
        for name in DEVICE_COPIES:
            path = os.path.join(folder, name)
            if os.geteuid() == 0 and not stat.S_ISCHR(os.lstat(path).st_mode):
                problems.append(f"replaced the device node {name} with a regular file")
        for dirpath, _, filenames in os.walk(folder):
            for name in filenames:
                if name.startswith(".") and ("tmp" in name.lower()):
                    problems.append(f"stray temporary file {os.path.relpath(os.path.join(dirpath, name), folder)}")
        return case, problems, stderr.strip()[:300]
    finally:
        try:
            os.chmod(os.path.join(folder, "ro"), 0o755)
        except OSError:
            pass
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", default=".build/release/dlplot")
    parser.add_argument("--dev-bin", default="", help="the developer executable (default: dlplot-dev beside --bin)")
    parser.add_argument("--limit", type=int, default=0, help="run a deterministic sample of this many cases (0: all)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", default="", help="run only cases whose name contains this")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    parser.add_argument("--server-only", action="store_true", help="run only the dlplot serve campaign")
    parser.add_argument("--no-server", action="store_true", help="skip the dlplot serve campaign")
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.bin)
    dev_binary = os.path.abspath(arguments.dev_bin or os.path.join(os.path.dirname(binary), "dlplot-dev"))
    for path in (binary, dev_binary):
        if not os.access(path, os.X_OK):
            print(f"hostile-inputs: {path} is missing: run make release", file=sys.stderr)
            return 1
    if arguments.server_only:
        return serve_campaign(binary, arguments)
    rng = random.Random(arguments.seed)
    cases = [case for case in generate(binary, rng) if arguments.only in case.name]
    if os.geteuid() != 0:  # the device stand-ins need mknod
        cases = [case for case in cases if not any(name in case.argv for name in DEVICE_COPIES)]
    if arguments.limit and arguments.limit < len(cases):
        cases = random.Random(arguments.seed).sample(cases, arguments.limit)
    if arguments.list:
        for case in cases:
            print(case.name)
        return 0
    root = tempfile.mkdtemp(prefix="dlplot-hostile-")
    failed = 0
    start = time.monotonic()
    try:
        with ThreadPoolExecutor(max_workers=arguments.jobs) as pool:
            for case, problems, stderr in pool.map(lambda item: run_case(Binaries(binary, dev_binary), item[1], root, item[0]), enumerate(cases)):
                if problems:
                    failed += 1
                    print(f"FAIL {case.name}: {'; '.join(problems)} | stderr: {stderr[:200]!r}", flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"hostile-inputs: {len(cases)} cases in {time.monotonic() - start:.0f} s")
    print(f"hostile-inputs: {len(cases) - failed} passed, {failed} failed")
    served = 0 if arguments.no_server or arguments.list else serve_campaign(binary, arguments)
    return 1 if failed or served else 0


def serve_campaign(binary: str, arguments: argparse.Namespace) -> int:
    """The dlplot serve campaign (scripts/hostile/server.py): 1 when a case failed."""
    start = time.monotonic()
    count, failures = server.run(binary, arguments.jobs, arguments.only or None)
    for failure in failures:
        print(f"FAIL {failure}", flush=True)
    print(f"hostile-inputs: serve: {count} cases in {time.monotonic() - start:.0f} s")
    print(f"hostile-inputs: serve: {count - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

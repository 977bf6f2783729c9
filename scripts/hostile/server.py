"""The hostile-input campaign against `dlplot serve`: every hostile parameter value of the command-line cases,
asked of the API as a query, with the command line as the oracle; then hostile raw requests.

For each figure, parameter and value (and the shared width, height, dpi, lang and title):
  * the command line refuses it (exit 2)  =>  the server answers 400 with the same one-line message (the
    command line's line after "dlplot <figure>: "), as JSON {"error", "status"};
  * the command line accepts it (exit 0)  =>  the server answers 200, or 400 naming its own tighter cap
    ("... is not allowed here"), or 414 when the encoded query is past the server's 64 KiB;
  * never a 5xx, never a dropped connection, and the server is alive and answering at the end, its RSS under
    1 GiB.
Raw requests (traversal paths, invalid UTF-8, repeats, malformed heads, huge heads) must get their 4xx status."""
from __future__ import annotations

import http.client
import json
import os
import re
import socket
import subprocess
import tempfile
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

from .cases import EXPRESSIONS, NUMBERS, figure_parameters

QUERY_LIMIT = 64 * 1024
TITLES = ["", "<b>", "&", "&amp;", "_{", "^{", "x_", "\\", "<span>", "a" * 100000, "\u202e\u200b", "😀" * 1000]
RAW_REQUESTS = [
    (b"GET /figures/../../etc/passwd.svg HTTP/1.1\r\n\r\n", {404}),
    (b"GET /figures/..%2F..%2Fetc%2Fpasswd.svg HTTP/1.1\r\n\r\n", {404}),
    (b"GET /figures/%2e%2e/%2e%2e/etc/passwd.svg HTTP/1.1\r\n\r\n", {404}),
    (b"GET /etc/passwd HTTP/1.1\r\n\r\n", {404}),
    (b"GET /figures/gradient-descent.svg/../../x HTTP/1.1\r\n\r\n", {404}),
    (b"GET /figures/gradient-descent.svg?lr=0.1&lr=0.2 HTTP/1.1\r\n\r\n", {400}),
    (b"GET /figures/tangent.svg?f=x%FF%FE HTTP/1.1\r\n\r\n", {400}),
    (b"GET /figures/tangent.svg?f=%E0%80%80 HTTP/1.1\r\n\r\n", {400}),
    (b"GET /figures/tangent.svg?f=%ZZ HTTP/1.1\r\n\r\n", {400}),
    (b"GET /figures/tangent.svg?nope=1 HTTP/1.1\r\n\r\n", {400}),
    (b"GET /figures/tangent.svg?" + b"&".join(b"p%d=1" % i for i in range(100)) + b" HTTP/1.1\r\n\r\n", {400}),
    (b"GET /figures/tangent.svg?f=" + b"x" * 70000 + b" HTTP/1.1\r\n\r\n", {414}),
    (b"GET /figures HTTP/1.1\r\n" + b"X: y\r\n" * 100 + b"\r\n", {431}),
    (b"GET /figures HTTP/1.1\r\nX: " + b"y" * 100000 + b"\r\n\r\n", {431}),
    (b"GET /figures HTTP/3\r\n\r\n", {505}),
    (b"POST /figures HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello", {405}),
    (b"GET /figures HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", {501}),
    (b"GET /figures HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n", {413}),
    (b"\x00\x01\x02\x03\r\n\r\n", {400}),
    (b"GET \xff\xfe HTTP/1.1\r\n\r\n", {400}),
    (b"GET /figures/gradient-descent.gif?frames=1000 HTTP/1.1\r\n\r\n", {400}),
    (b"GET /figures/gradient-descent.png?width=100&height=100&dpi=100 HTTP/1.1\r\n\r\n", {400}),
    (b"GET /figures/gradient-descent.csv?steps=1000000 HTTP/1.1\r\n\r\n", {400}),
]


def start(binary: str) -> tuple[subprocess.Popen, int]:
    server = subprocess.Popen([binary, "serve", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              text=True)
    found = re.search(r":(\d+)/", server.stdout.readline())
    if not found:
        server.kill()
        raise SystemExit("hostile-inputs: dlplot serve did not print its URL")
    return server, int(found.group(1))


def ask(port: int, target: str) -> tuple[int, dict | None, str]:
    """GET target on a fresh connection: status, the JSON body when it is JSON, and a problem ('' if none)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", target)
        reply = connection.getresponse()
        body = reply.read()
        parsed = None
        if reply.getheader("Content-Type", "").startswith("application/json"):
            parsed = json.loads(body)
        return reply.status, parsed, ""
    except (OSError, http.client.HTTPException, ValueError) as error:
        return 0, None, f"request failed: {error!r}"
    finally:
        connection.close()


def command_line(binary: str, figure: str, option: str, value: str, scratch: str) -> tuple[int, str]:
    run = subprocess.run([binary, figure, f"--{option}", value, "--out", os.path.join(scratch, "o.svg")],
                         capture_output=True, text=True, timeout=120)
    lines = run.stderr.splitlines()
    return run.returncode, lines[0] if lines else ""


def check_value(binary: str, port: int, figure: str, option: str, value: str, scratch: str) -> list[str]:
    query = urllib.parse.urlencode({option: value}, quote_via=urllib.parse.quote)
    target = f"/figures/{figure}.svg?{query}"
    status, body, problem = ask(port, target)
    name = f"serve {figure} {option}={value[:30]!r}"
    if problem:
        return [f"{name}: {problem}"]
    if status >= 500:
        return [f"{name}: status {status}: {body}"]
    if len(query) > QUERY_LIMIT:
        return [] if status == 414 else [f"{name}: a {len(query)}-byte query answered {status}, not 414"]
    code, line = command_line(binary, figure, option, value, scratch)
    message = (body or {}).get("error", "")
    if code == 2:
        expected = line.removeprefix(f"dlplot {figure}: ")
        if status != 400 or message != expected:
            return [f"{name}: command line exit 2 {expected!r}, server {status} {message!r}"]
    elif code == 0:
        if not (status == 200 or (status == 400 and "is not allowed here" in message)):
            return [f"{name}: command line accepts it, server {status} {message!r}"]
    elif status != 400:
        return [f"{name}: command line exit {code} {line!r}, server {status} {message!r}"]
    return []


def raw(port: int, request: bytes) -> int:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as client:
        try:
            client.sendall(request)
        except OSError:
            pass  # the server may answer and close before reading a huge head to its end
        data = b""
        while b"\r\n" not in data:
            chunk = client.recv(4096)
            if not chunk:
                break
            data += chunk
    match = re.match(rb"HTTP/1\.1 (\d{3}) ", data)
    return int(match.group(1)) if match else 0


def run(binary: str, jobs: int, only: str | None) -> tuple[int, list[str]]:
    """Runs the campaign; returns the number of cases and the failures."""
    figures = figure_parameters(binary)
    cases = []
    for figure in sorted(figures):
        for option in figures[figure]:
            if option == "--series":
                continue  # a file: refused by the server on its own terms (tested in Swift)
            values = EXPRESSIONS if option == "--f" else NUMBERS
            cases += [(figure, option[2:], value) for value in values]
        for option in ("width", "height", "dpi"):
            cases += [(figure, option, value) for value in NUMBERS[::3]]
        cases += [(figure, "lang", value) for value in ("", "xx", "KO", "en,ko", "\u00e9")]
        cases += [(figure, "title", value) for value in TITLES]
    if only:
        cases = [case for case in cases if only in " ".join(case)]
    server, port = start(binary)
    failures: list[str] = []
    try:
        with tempfile.TemporaryDirectory(prefix="hostile-serve-") as scratch, ThreadPoolExecutor(jobs) as pool:
            folders = []
            for index in range(jobs):
                folders.append(os.path.join(scratch, str(index)))
                os.makedirs(folders[-1])
            results = pool.map(lambda item: check_value(binary, port, *item[1], folders[item[0] % jobs]),
                               enumerate(cases))
            for problems in results:
                failures += problems
        for request, statuses in RAW_REQUESTS:
            got = raw(port, request)
            if got not in statuses:
                failures.append(f"serve raw {request[:50]!r}: status {got}, expected {sorted(statuses)}")
        if ask(port, "/figures")[0] != 200:
            failures.append("serve: the server no longer answers GET /figures after the campaign")
        with open(f"/proc/{server.pid}/status") as status:
            rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
        if rss > 1 << 20:
            failures.append(f"serve: RSS {rss // 1024} MiB after the campaign (limit 1024)")
    finally:
        server.terminate()
        server.wait(timeout=30)
    if server.returncode != 0:
        failures.append(f"serve: exit status {server.returncode} on SIGTERM, not 0")
    return len(cases) + len(RAW_REQUESTS) + 1, failures

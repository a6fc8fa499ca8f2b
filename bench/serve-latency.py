#!/usr/bin/env python3
"""Save-to-page latency of `kapstok serve`: the time from writing an action's
file until that action's intranet page, fetched over HTTP from the server,
shows the new title ("a save reaches the page").

usage: bench/serve-latency.py KAPSTOK_BINARY PROJECT_DIR [SAVES]

PROJECT_DIR is the folder holding content/ (the repository root for the
bundled example, or a bench/generate.py output). Works on a copy of its
content/ (and themes/, if any); edits the title of the first action file
(in name order) SAVES times (default 7), polling
/intranet/actions/ID/index.html every 5 ms, and prints the median, min and
max. Loopback only.
"""
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

POLL = 0.005
LIMIT = 600


def get(url):
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.read().decode("utf-8", errors="replace")


def wait_for(url, marker, limit):
    """Poll `url` until its body contains `marker`."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        try:
            if marker in get(url):
                return
        except (OSError, urllib.error.HTTPError):
            pass
        time.sleep(POLL)
    raise SystemExit(f"timed out after {limit} s waiting for `{marker}` on {url}")


def first_build(port, url):
    """Wait for the server's first build, and check that it has the page."""
    end = time.monotonic() + LIMIT
    while True:
        try:
            status = json.loads(get(f"http://127.0.0.1:{port}/__kapstok/status"))
            if status["generation"] >= 1:
                break
        except OSError:
            pass
        if time.monotonic() > end:
            raise SystemExit(f"timed out after {LIMIT} s waiting for the first build")
        time.sleep(POLL)
    if not status["has_pages"]:
        raise SystemExit("the first build failed (content errors): run `kapstok check` on the project")
    try:
        get(url)
    except urllib.error.HTTPError as e:
        raise SystemExit(f"no page at {url} (HTTP {e.code})")


def action_id(path, text):
    """The front matter's `id`, else the file name (as kapstok does)."""
    fm = text.split("\n---", 1)[0]
    m = re.search(r"^id:[ \t]*['\"]?([a-z0-9][a-z0-9-]*)", fm, re.M)
    return m.group(1) if m else path.stem


def retitled(text, marker):
    """The file with `marker` put in front of the title's value."""
    m = re.search(r"^title:[ \t]*(.*)$", text, re.M)
    if not m:
        raise SystemExit("the first action has no `title:` line")
    value = m.group(1)
    new = value[0] + marker + " " + value[1:] if value[:1] in ("'", '"') else f"{marker} {value}"
    return text[:m.start(1)] + new + text[m.end(1):]


def main():
    if len(sys.argv) not in (3, 4):
        raise SystemExit(__doc__.strip().splitlines()[4])
    binary, project = str(Path(sys.argv[1]).resolve()), Path(sys.argv[2])
    saves = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "p"
        shutil.copytree(project / "content", root / "content")
        if (project / "themes").is_dir():
            shutil.copytree(project / "themes", root / "themes")
        action = sorted((root / "content" / "actions").rglob("*.md"))[0]
        original = action.read_text(encoding="utf-8")
        aid = action_id(action, original)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        url = f"http://127.0.0.1:{port}/intranet/actions/{aid}/index.html"
        server = subprocess.Popen([binary, "serve", "--root", str(root), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            first_build(port, url)
            nonce = os.urandom(3).hex()
            times = []
            for i in range(saves):
                marker = f"Opslag-{nonce}-{i}"
                text = retitled(original, marker)
                start = time.monotonic()
                action.write_text(text, encoding="utf-8")
                wait_for(url, marker, LIMIT)
                times.append(time.monotonic() - start)
                time.sleep(0.3)
            ms = sorted(t * 1000 for t in times)
            print(f"save-to-page ({url.split(str(port), 1)[1]}) over {saves} saves: "
                  f"median {statistics.median(ms):.0f} ms, min {ms[0]:.0f} ms, max {ms[-1]:.0f} ms")
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()

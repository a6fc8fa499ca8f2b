#!/usr/bin/env python3
"""Save-to-page latency of `kapstok serve`: the time from writing a file until
the server reports the rebuilt generation (/__kapstok/status).

usage: bench/serve-latency.py KAPSTOK_BINARY PROJECT_DIR [SAVES]

Works on a copy of PROJECT_DIR; edits the title of the first action file.
Prints the median, min and max of SAVES saves (default 7). Loopback only.
"""
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path


def status(port):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/__kapstok/status", timeout=5) as r:
        return json.load(r)


def wait(port, pred, limit):
    end = time.monotonic() + limit
    while time.monotonic() < end:
        try:
            s = status(port)
            if pred(s):
                return s
        except OSError:
            pass
        time.sleep(0.005)
    raise SystemExit("timed out waiting for the server")


def main():
    binary, project = sys.argv[1], Path(sys.argv[2])
    saves = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "p"
        shutil.copytree(project / "content", root / "content")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen([binary, "serve", "--root", str(root), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait(port, lambda s: s["generation"] >= 1, 600)
            action = sorted((root / "content" / "actions").glob("*.md"))[0]
            original = action.read_text(encoding="utf-8")
            times = []
            for i in range(saves):
                generation = status(port)["generation"]
                text = original.replace("\ntitle: ", f"\ntitle: Meting {i} ", 1)
                start = time.monotonic()
                action.write_text(text, encoding="utf-8")
                wait(port, lambda s: s["generation"] > generation, 600)
                times.append(time.monotonic() - start)
                time.sleep(0.3)
            ms = sorted(t * 1000 for t in times)
            print(f"save-to-page over {saves} saves: median {statistics.median(ms):.0f} ms, "
                  f"min {ms[0]:.0f} ms, max {ms[-1]:.0f} ms")
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The measuring half of bench/run (which installs the tools and finds the
kapstok binary first): generate each N once into a cache, then time
`kapstok check`, `kapstok build` (both sites) and `hugo` (one site) from a
cold process, R runs each under hyperfine and GNU time, and print Markdown
tables. See bench/README.md.
"""
import argparse
import hashlib
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
GENERATOR = HERE / "generate.py"


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


class Failed(Exception):
    """A tool failed on the content: the message says how."""


# ---------------------------------------------------------------- content

def tree_stats(path):
    files = size = 0
    for root, _, names in os.walk(path):
        for name in names:
            files += 1
            try:
                size += os.lstat(os.path.join(root, name)).st_size
            except OSError:
                pass
    return files, size


def generate(n, cache):
    """The generated project for N, reused while generate.py is unchanged."""
    d = cache / str(n)
    stamp = f"{n} {hashlib.sha256(GENERATOR.read_bytes()).hexdigest()}\n"
    marker = d / ".generated"
    if marker.exists() and marker.read_text() == stamp:
        log(f"N={n}: reusing {d}")
        return d
    if d.exists():
        shutil.rmtree(d)
    log(f"N={n}: generating into {d}")
    t = time.monotonic()
    subprocess.run([sys.executable, str(GENERATOR), str(n), str(d)], check=True)
    marker.write_text(stamp)
    log(f"N={n}: generated in {time.monotonic() - t:.1f} s")
    return d


# ---------------------------------------------------------------- measuring

def parse_time_file(path):
    """Per run: user, sys (s), max RSS (KiB), exit status, from `time -v -a`."""
    runs = []
    for block in path.read_text(errors="replace").split("Command being timed:")[1:]:
        def field(name, cast=float):
            m = re.search(rf"^\s*{re.escape(name)}: (.+)$", block, re.M)
            return cast(m.group(1).strip()) if m else None
        runs.append({"user": field("User time (seconds)"), "sys": field("System time (seconds)"),
                     "rss_kib": field("Maximum resident set size (kbytes)", int),
                     "status": field("Exit status", int)})
    return runs


def phases(lines):
    """Median per phase of `timing PHASE: X ms` lines (one set per run)."""
    per = {}
    for line in lines:
        m = re.match(r"timing (.+): ([0-9.]+) ms", line)
        if m:
            per.setdefault(m.group(1), []).append(float(m.group(2)))
    return {k: statistics.median(v) for k, v in per.items()}


def measure(label, argv, work, runs, out=None, env=None, keep=r"^(timing |ok|blocked|error)"):
    """Run `argv` `runs` times from a cold process under hyperfine; each run
    under /usr/bin/time -v. `out` is removed before every run. Returns the
    figures; raises Failed with the tool's own messages when a run fails."""
    tfile, lfile, jfile = work / f"{label}.time", work / f"{label}.log", work / f"{label}.json"
    for f in (tfile, lfile, jfile):
        f.unlink(missing_ok=True)
    envs = [f"{k}={v}" for k, v in (env or {}).items()]
    q = shlex.quote
    inner = " ".join(q(a) for a in ["/usr/bin/time", "-v", "-a", "-o", str(tfile), "env", *envs, *argv])
    # The tool's stdout is dropped, its stderr filtered (kapstok prints every
    # warning there: megabytes at 10k); pipefail keeps the tool's exit status.
    cmd = f"set -o pipefail; {inner} 2>&1 >/dev/null | {{ grep -a -E {q(keep)} >> {q(str(lfile))}; true; }}"
    hf = ["hyperfine", "--shell", "bash", "--style", "basic", "--runs", str(runs), "--export-json", str(jfile),
          "--command-name", label]
    if out is not None:
        hf += ["--prepare", f"rm -rf {q(str(out))}"]
    log(f"{label}: {runs} run(s)")
    ok = subprocess.run(hf + [cmd], stdout=sys.stderr).returncode == 0
    timed = parse_time_file(tfile) if tfile.exists() else []
    if not ok or not timed or any(r["status"] != 0 for r in timed):
        raise Failed(diagnose(label, argv, env, out, work, timed))
    result = json.loads(jfile.read_text())["results"][0]
    lines = lfile.read_text(errors="replace").splitlines() if lfile.exists() else []
    fig = {
        "wall": result["median"], "wall_min": result["min"], "wall_max": result["max"], "runs": len(result["times"]),
        "cpu": statistics.median(r["user"] + r["sys"] for r in timed),
        "cpu_all": sum(r["user"] + r["sys"] for r in timed),
        "rss_kib": statistics.median(r["rss_kib"] for r in timed),
        "phases": phases(lines), "last": [l for l in lines if not l.startswith("timing ")][-1:],
    }
    if out is not None:
        fig["files"], fig["bytes"] = tree_stats(out)
    return fig


def diagnose(label, argv, env, out, work, timed):
    """Run the failing command once more with its full output, and say why."""
    status = next((r["status"] for r in timed if r["status"] != 0), None)
    if out is not None:
        shutil.rmtree(out, ignore_errors=True)
    full = work / f"{label}.failed.log"
    with open(full, "wb") as f:
        p = subprocess.run(argv, env={**os.environ, **(env or {})}, stdout=f, stderr=subprocess.STDOUT)
    text = full.read_text(errors="replace")
    # kapstok: the error blocks and the summary, not the thousands of warnings.
    blocks = [b for b in text.split("\n\n") if b.strip() and not b.lstrip().startswith("warning")]
    shown = "\n\n".join(blocks).splitlines()
    if len(shown) > 60:
        shown = shown[:40] + [f"[... {len(shown) - 50} lines ...]"] + shown[-10:]
    return (f"{label} failed (exit status {status if status is not None else p.returncode}): "
            f"{' '.join(shlex.quote(a) for a in argv)}\n" + "\n".join("    " + l for l in shown)
            + f"\n    (full output: {full})")


def busy_seconds():
    """CPU seconds the whole machine spent busy (all CPUs; not idle, not waiting for IO, not stolen) since boot."""
    try:
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
        return (sum(v[:7]) - v[3] - v[4]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


# ---------------------------------------------------------------- formatting

def secs(s):
    return f"{s * 1000:.0f} ms" if s < 1 else f"{s:.2f} s" if s < 10 else f"{s:.1f} s"


def mem(kib):
    mib = kib / 1024
    return f"{mib:.0f} MiB" if mib < 1024 else f"{mib / 1024:.2f} GiB"


def size(b):
    return f"{b / 1e6:.0f} MB" if b >= 1e7 else f"{b / 1e6:.1f} MB"


def row(name, fig, ratio=None):
    if fig is None:
        return f"| {name} | – | – | – | – | – |"
    if isinstance(fig, str):
        return f"| {name} | {fig} | | | | |"
    wall = secs(fig["wall"])
    if fig["runs"] > 1:
        wall += f" ({secs(fig['wall_min'])}–{secs(fig['wall_max'])})"
    files = f"{fig['files']:,} ({size(fig['bytes'])})" if "files" in fig else "–"
    return f"| {name} | {wall} | {secs(fig['cpu'])} | {mem(fig['rss_kib'])} | {files} | {ratio or '–'} |"


def phase_line(fig):
    return " · ".join(f"{k} {v:.0f} ms" for k, v in fig["phases"].items())


# ---------------------------------------------------------------- main

def version(argv):
    try:
        return subprocess.run(argv, capture_output=True, text=True).stdout.strip().splitlines()[0]
    except (OSError, IndexError):
        return "?"


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def main():
    ap = argparse.ArgumentParser(prog="bench/run", description="kapstok against Hugo on the same generated content")
    ap.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 100000], metavar="N")
    ap.add_argument("--kapstok", required=True, help="the kapstok binary")
    ap.add_argument("--runs", type=int, default=3, help="runs per command (default 3)")
    ap.add_argument("--hugo-100k", action="store_true", help="also run Hugo at N >= 100000 (many minutes)")
    ap.add_argument("--cache", type=Path, default=Path(os.environ.get("KAPSTOK_BENCH_CACHE", "/tmp/kapstok-bench")),
                    help="where generated projects are kept (default /tmp/kapstok-bench)")
    ap.add_argument("--keep-output", action="store_true", help="keep the last run's generated sites")
    args = ap.parse_args()
    if args.runs < 1 or any(n < 10 for n in args.sizes):
        ap.error("--runs must be at least 1 and every N at least 10")
    kapstok = str(Path(args.kapstok).resolve())
    cache = args.cache.resolve()
    work = cache / "results"
    outs = cache / "out"
    work.mkdir(parents=True, exist_ok=True)
    outs.mkdir(parents=True, exist_ok=True)

    print("# kapstok vs Hugo\n")
    print(f"- {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} CPUs ({cpu_model()}), "
          f"load average {os.getloadavg()[0]:.2f} at the start")
    print(f"- {version([kapstok, '--version'])} ({kapstok}); {version(['hugo', 'version'])}")
    print(f"- {args.runs} run(s) per command, each a cold process; wall = median (min–max) from hyperfine; "
          "CPU = user + sys and peak memory = max RSS, medians from /usr/bin/time -v")
    sys.stdout.flush()

    failures = []
    summary = []
    for n in args.sizes:
        root = generate(n, cache)
        cfiles, cbytes = tree_stats(root / "content")
        hfiles, hbytes = tree_stats(root / "hugo" / "content")
        figs = {}
        busy_before, t_before = busy_seconds(), time.monotonic()
        jobs = [
            ("check", f"kapstok-check-{n}", [kapstok, "check", "--root", str(root)], None, {"KAPSTOK_TIMINGS": "1"}),
            ("build", f"kapstok-build-{n}", [kapstok, "build", "--root", str(root), "--output", str(outs / f"kapstok-{n}")],
             outs / f"kapstok-{n}", {"KAPSTOK_TIMINGS": "1"}),
        ]
        if n < 100000 or args.hugo_100k:
            jobs.append(("hugo", f"hugo-{n}", ["hugo", "--source", str(root / "hugo"), "--destination",
                                              str(outs / f"hugo-{n}"), "--quiet"], outs / f"hugo-{n}", None))
        else:
            figs["hugo"] = "skipped (--hugo-100k)"
        for key, label, argv, out, env in jobs:
            try:
                figs[key] = measure(label, argv, work, args.runs, out=out, env=env,
                                    keep=r"." if key == "hugo" else r"^(timing |ok|blocked|error)")
            except Failed as e:
                failures.append(str(e))
                figs[key] = "**FAILED**"
                log(str(e))
            if out is not None and not args.keep_output:
                shutil.rmtree(out, ignore_errors=True)
        build, hugo, check = figs.get("build"), figs.get("hugo"), figs.get("check")
        if isinstance(build, dict) and build["last"] and not build["last"][0].startswith("ok:"):
            failures.append(f"kapstok build at N={n} did not end with `ok`: {build['last'][0]}")
        both = isinstance(build, dict) and isinstance(hugo, dict)
        ratio = f"{build['wall'] / hugo['wall']:.2f}" if both else None

        print(f"\n## N = {n:,}\n")
        print(f"Content: {cfiles:,} files, {size(cbytes)} (kapstok `content/`); "
              f"{hfiles:,} files, {size(hbytes)} (Hugo `content/`).\n")
        print("| command | wall (median, min–max) | CPU user+sys | peak memory (max RSS) | files written | wall kapstok / Hugo |")
        print("| --- | --- | --- | --- | --- | --- |")
        print(row("`kapstok build` (intranet + public)", build, ratio))
        print(row("`hugo` (one site)", hugo))
        print(row("`kapstok check` (no rendering)", check))
        others = (busy_seconds() - busy_before) - sum(f["cpu_all"] for f in figs.values() if isinstance(f, dict))
        window = time.monotonic() - t_before
        print(f"\nOther processes used {max(others, 0) / window:.2f} CPUs on average during these runs "
              f"(0 on an idle machine; more means noisy figures).")
        if isinstance(check, dict):
            print(f"\n`kapstok check` phases (KAPSTOK_TIMINGS=1, median): {phase_line(check)}")
        if isinstance(build, dict):
            print(f"\n`kapstok build` phases (median): {phase_line(build)}")
            if build["last"]:
                print(f"\n`kapstok build` said: {build['last'][0]}")
        sys.stdout.flush()
        summary.append((n, build, hugo, check, ratio))

    if len(summary) > 1:
        print("\n## Summary\n")
        print("| N | kapstok build wall | growth | Hugo wall | kapstok / Hugo | kapstok peak memory | check wall | checks phase |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- |")
        prev = None
        for n, build, hugo, check, ratio in summary:
            b = isinstance(build, dict)
            growth = f"×{build['wall'] / prev[1]['wall']:.1f} for ×{n / prev[0]:.0f} N" if b and prev else "–"
            checks = f"{check['phases']['checks']:.0f} ms" if isinstance(check, dict) and "checks" in check["phases"] else "–"
            print(f"| {n:,} | {secs(build['wall']) if b else build} | {growth} | "
                  f"{secs(hugo['wall']) if isinstance(hugo, dict) else hugo} | {ratio or '–'} | "
                  f"{mem(build['rss_kib']) if b else '–'} | {secs(check['wall']) if isinstance(check, dict) else check} | {checks} |")
            prev = (n, build) if b else None
    print(f"\nhyperfine JSON and GNU time reports: {work}")
    if failures:
        print("\n## Failures\n")
        for f in failures:
            print("```\n" + f + "\n```")
        sys.exit(1)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Check that every `assets/...` reference in a built site resolves to a file.

    scripts/check-asset-refs.py SITE_DIR BASE_URL

SITE_DIR is a built site (`output/public`), BASE_URL its `base_url`. Reads
every HTML, CSS, XML and JSON file, finds the addresses in `href`, `src`,
`srcset`, `url(...)` and JSON strings that contain `assets/`, undoes HTML
character references and JSON's `\\/`, resolves them from the file's place
(an address from the site's root or an absolute one under BASE_URL too),
percent-decodes them and checks that the file exists. Independent of
kapstok's own scanner (src/render/refs.rs), so it can catch its misses.
Exits 1 and lists the broken references, else prints a count.
"""

import html
import os
import re
import sys
from urllib.parse import unquote, urljoin, urlsplit

ATTR = re.compile(r"""(?:href|src|srcset|content)\s*=\s*("([^"]*)"|'([^']*)')""", re.I)
URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)""", re.I)
JSON = re.compile(r'"((?:[^"\\]|\\.)*assets(?:/|\\/)(?:[^"\\]|\\.)*)"')


def addresses(text, ext):
    if ext in (".html", ".xml", ".svg"):
        for m in ATTR.finditer(text):
            value = html.unescape(m.group(2) if m.group(2) is not None else m.group(3))
            if "srcset" in m.group(0)[:8].lower():
                for cand in value.split(","):
                    cand = cand.strip().split()
                    if cand:
                        yield cand[0]
            else:
                yield value
        for m in URL.finditer(html.unescape(text)):
            yield next(g for g in m.groups() if g is not None)
    elif ext == ".css":
        for m in URL.finditer(text):
            yield next(g for g in m.groups() if g is not None)
    elif ext == ".json":
        for m in JSON.finditer(text):
            yield m.group(1).replace("\\/", "/")


def main():
    site, base = sys.argv[1], sys.argv[2]
    if not base.endswith("/"):
        base += "/"
    base_path = urlsplit(base).path
    host = urlsplit(base).netloc
    checked, broken = 0, []
    for folder, _, files in os.walk(site):
        for name in files:
            path = os.path.join(folder, name)
            ext = os.path.splitext(name)[1].lower()
            if ext not in (".html", ".css", ".xml", ".json", ".svg") or "/assets/" in path[len(site):] + "/":
                continue
            rel = os.path.relpath(path, site).replace(os.sep, "/")
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            if "assets" not in text:
                continue
            page = urljoin(base, rel)
            for address in addresses(text, ext):
                if "assets/" not in address:
                    continue
                target = urlsplit(urljoin(page, address.strip()))
                if target.netloc != host or not target.path.startswith(base_path):
                    continue
                target_rel = unquote(target.path[len(base_path):])
                if not target_rel.startswith("assets/"):
                    continue
                checked += 1
                if not os.path.isfile(os.path.join(site, target_rel)):
                    broken.append(f"{rel}: {address} -> {target_rel}")
    if broken:
        print("\n".join(sorted(set(broken))))
        print(f"{len(set(broken))} broken asset references")
        sys.exit(1)
    print(f"ok: {checked} asset references, all resolve")


if __name__ == "__main__":
    main()

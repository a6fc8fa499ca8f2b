// The built example sites in headless Chromium, served by nginx the way
// production serves them (the public site under the path of its base_url, the
// intranet under its own) and opened once more from file://:
// - every page: the right content type, zero axe-core violations of the WCAG
//   2.1 A/AA rules at 1280 px and at 360 px, no sideways scrolling at 360 px;
// - every link and resource resolves (under nginx, and as a file on disk);
// - keyboard: the skip link comes first and works, every control is reached
//   by Tab and shows where the focus is;
// - the action-list filters with JavaScript, and without it (complete list,
//   filter links);
// - the intranet's search finds an action over nginx and from file://, and no
//   script of either site hands its data to a page of another origin;
// - the report pages print to A4 (chromium --print-to-pdf, read with poppler);
// - a theme override with a contrast failure is caught;
// - the public pages' embeds inside an iframe of another page (axe at 1280
//   and 360 px, the height they report), and their fragments in a bare page.
// Run: npm ci && KAPSTOK=../../target/debug/kapstok npm test
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as h from "./harness.mjs";

const SITES = ["intranet", "public"];
let out, paths, nginx, browser;

before(async () => {
  out = h.tempDir("kapstok-sites-");
  h.build(h.repo, out);
  paths = h.basePaths(h.repo);
  nginx = await h.startNginx(out, paths);
  browser = await h.launch();
});

after(async () => {
  if (browser) await browser.close();
  if (nginx) nginx.stop();
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

/// A page that records every failed request and every error response.
async function newPage(opts) {
  const context = await browser.newContext(opts);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.problems = [];
  page.on("requestfailed", (r) => page.problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on("response", (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== "document") page.problems.push(`${r.status()} for ${r.url()}`);
  });
  page.on("pageerror", (e) => page.problems.push(`script error: ${e.message}`));
  return page;
}

const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

test("every page over nginx: HTML content type, no WCAG 2.1 A/AA violation at 1280 and 360 px, no sideways scroll at 360 px", { timeout: 1_200_000 }, async () => {
  const desktop = await newPage(DESKTOP);
  const phone = await newPage(PHONE);
  const failures = [];
  let pages = 0;
  try {
    for (const kind of SITES) {
      for (const rel of h.htmlPages(path.join(out, kind))) {
        // The embeds and fragments live inside other pages: tested there (below).
        if (rel.startsWith("embed/") || rel.startsWith("fragments/")) continue;
        pages++;
        const url = nginx.url(kind, rel);
        for (const [label, page] of [["1280px", desktop], ["360px", phone]]) {
          page.problems.length = 0;
          const resp = await page.goto(url, { waitUntil: "load" });
          const where = `${kind}/${rel} at ${label}`;
          if (resp.status() !== 200) failures.push(`${where}: HTTP ${resp.status()}`);
          const type = resp.headers()["content-type"] || "";
          if (!type.startsWith("text/html")) failures.push(`${where}: Content-Type ${type}`);
          if (!(await styled(page))) failures.push(`${where}: the stylesheet did not load`);
          failures.push(...page.problems.map((p) => `${where}: ${p}`));
          const violations = await h.axe(page);
          if (violations.length) failures.push(h.describeViolations(where, violations));
          if (page === phone) {
            const over = await h.horizontalOverflow(page);
            if (over > 0) failures.push(`${where}: scrolls sideways by ${over}px: ${(await h.overflowingElements(page)).join(", ")}`);
          }
        }
      }
    }
  } finally {
    await desktop.context().close();
    await phone.context().close();
  }
  assert.ok(pages > 60, `only ${pages} pages found`);
  assert.deepEqual(failures, []);
});

/// True when the theme's stylesheet applies (the skip link is moved off screen by it).
async function styled(page) {
  return page.evaluate(() => {
    const skip = document.querySelector("a.skip");
    return !!skip && skip.getBoundingClientRect().bottom < 0;
  });
}

test("a missing page gets the site's 404 page with its stylesheet, at any depth under each base path", async () => {
  const page = await newPage(DESKTOP);
  try {
    for (const kind of SITES) {
      for (const rel of ["bestaat-niet", "actions/bestaat-niet/index.html", "a/b/c/d/"]) {
        const resp = await page.goto(nginx.url(kind, rel));
        assert.equal(resp.status(), 404, `${kind}/${rel}`);
        assert.ok(await styled(page), `${kind}/${rel}: 404 page without its stylesheet`);
        const home = await page.getAttribute(".brand a", "href");
        assert.equal(new URL(home, page.url()).pathname, `${paths[kind]}index.html`, `${kind}/${rel}: home link`);
        assert.deepEqual(page.problems, [], `${kind}/${rel}`);
      }
    }
  } finally {
    await page.context().close();
  }
});

/// Every `href`/`src` of a built page, as written (the sites link relatively).
function references(html) {
  const refs = [];
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) refs.push(m[1].replace(/&amp;/g, "&"));
  return refs;
}

const ids = new Map();
function idsOf(file) {
  if (!ids.has(file)) {
    const html = fs.readFileSync(file, "utf8");
    ids.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  return ids.get(file);
}

test("every relative link and resource points to a file that exists (so it works from file://), and every fragment to an id", () => {
  const failures = [];
  for (const kind of SITES) {
    const dir = path.join(out, kind);
    for (const rel of h.htmlPages(dir)) {
      if (rel === "404.html") continue; // links from the base path: checked over nginx
      const file = path.join(dir, rel);
      for (const ref of references(fs.readFileSync(file, "utf8"))) {
        if (/^(https?:|mailto:)/.test(ref)) continue;
        if (ref.startsWith("/")) {
          failures.push(`${kind}/${rel}: absolute link ${ref}`);
          continue;
        }
        const [target, frag] = ref.split("#");
        const targetFile = target ? path.resolve(path.dirname(file), decodeURIComponent(target)) : file;
        if (!targetFile.startsWith(dir + path.sep)) failures.push(`${kind}/${rel}: ${ref} leaves the site`);
        else if (!fs.existsSync(targetFile) || !fs.statSync(targetFile).isFile()) failures.push(`${kind}/${rel}: ${ref} is no file`);
        else if (frag && targetFile.endsWith(".html") && !idsOf(targetFile).has(decodeURIComponent(frag))) failures.push(`${kind}/${rel}: no id for ${ref}`);
      }
    }
  }
  assert.deepEqual(failures, []);
});

test("every linked file comes from nginx with the right content type under the base paths", async () => {
  const types = { ".html": "text/html", ".css": "text/css", ".js": "javascript", ".svg": "image/svg+xml", ".xml": "xml", ".png": "image/png" };
  const seen = new Set();
  const failures = [];
  for (const kind of SITES) {
    const dir = path.join(out, kind);
    for (const rel of h.htmlPages(dir)) {
      if (rel === "404.html") continue;
      for (const ref of references(fs.readFileSync(path.join(dir, rel), "utf8"))) {
        if (/^(https?:|mailto:|#)/.test(ref)) continue;
        const url = new URL(ref, nginx.url(kind, rel));
        url.hash = "";
        if (seen.has(url.href)) continue;
        seen.add(url.href);
        const resp = await fetch(url);
        await resp.arrayBuffer();
        const want = types[path.extname(url.pathname)];
        const got = resp.headers.get("content-type") || "";
        if (resp.status !== 200) failures.push(`${url.pathname} (from ${kind}/${rel}): HTTP ${resp.status}`);
        else if (want && !got.includes(want)) failures.push(`${url.pathname}: Content-Type ${got}, expected ${want}`);
      }
    }
  }
  for (const rel of ["sitemap.xml"]) {
    const resp = await fetch(nginx.url("public", rel));
    assert.equal(resp.status, 200);
    assert.match(resp.headers.get("content-type"), /xml/);
  }
  assert.ok(seen.size > 50, `only ${seen.size} links`);
  assert.deepEqual(failures, []);
});

test("every page type opened from file://: stylesheet, no failed request, no WCAG 2.1 A/AA violation", { timeout: 600_000 }, async () => {
  const page = await newPage(DESKTOP);
  const failures = [];
  try {
    for (const [kind, label, rel] of h.pageTypes(out)) {
      if (label === "404") continue; // links from the base path, for a web server
      page.problems.length = 0;
      await page.goto(h.fileUrl(out, kind, rel), { waitUntil: "load" });
      const where = `file:// ${kind} ${label}`;
      if (!(await styled(page))) failures.push(`${where}: the stylesheet did not load`);
      failures.push(...page.problems.map((p) => `${where}: ${p}`));
      const violations = await h.axe(page);
      if (violations.length) failures.push(h.describeViolations(where, violations));
      // A link followed from file:// lands on a file, not a folder listing.
      const href = await page.evaluate(() => document.querySelector("nav.mainnav a[href$='index.html']")?.href);
      assert.ok(href, `${where}: no navigation link`);
      assert.ok(fs.statSync(fileURLToPath(href)).isFile(), `${where}: ${href}`);
    }
  } finally {
    await page.context().close();
  }
  assert.deepEqual(failures, []);
});

test("keyboard: the skip link comes first and moves to the content; Tab reaches every control and shows the focus", { timeout: 600_000 }, async () => {
  const page = await newPage(DESKTOP);
  const failures = [];
  try {
    for (const [kind, label, rel] of h.pageTypes(out)) {
      const where = `${kind} ${label}`;
      await page.goto(nginx.url(kind, rel), { waitUntil: "load" });
      await page.keyboard.press("Tab");
      const first = await focusInfo(page);
      if (!first || !first.skip) failures.push(`${where}: the first Tab stop is ${first?.desc}, not the skip link`);
      else if (!first.shown) failures.push(`${where}: the skip link does not show when focused`);
      await page.keyboard.press("Enter");
      const main = await page.evaluate(() => document.activeElement?.id);
      if (main !== "main") failures.push(`${where}: the skip link moves the focus to ${main}, not to main`);
      // Tab through the page from the start.
      await page.evaluate(() => document.activeElement?.blur());
      await page.goto(nginx.url(kind, rel), { waitUntil: "load" });
      const reached = new Set();
      for (let i = 0; i < 600; i++) {
        await page.keyboard.press("Tab");
        const f = await focusInfo(page);
        if (!f || reached.has(f.key)) break;
        reached.add(f.key);
        if (!f.shown) failures.push(`${where}: ${f.desc} is focused but off screen or invisible`);
        if (!f.ring) failures.push(`${where}: ${f.desc} shows no focus indicator`);
      }
      if (reached.size < 10) failures.push(`${where}: only ${reached.size} Tab stops`);
      const missed = await page.evaluate((keys) => {
        const sel = "a[href], button, select, input, textarea, summary, [tabindex='0']";
        return [...document.querySelectorAll(sel)]
          .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden")
          .map((el, i) => el.getAttribute("data-kbd-key") || `unreached: ${el.outerHTML.slice(0, 80)}`)
          .filter((k) => !keys.includes(k));
      }, [...reached]);
      for (const m of missed) failures.push(`${where}: not reached by Tab: ${m}`);
    }
  } finally {
    await page.context().close();
  }
  assert.deepEqual(failures, []);
});

/// The focused element: a key to recognise it again, whether it is the skip
/// link, whether it is shown inside the viewport, and whether it has a focus ring.
async function focusInfo(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    if (!el.hasAttribute("data-kbd-key")) el.setAttribute("data-kbd-key", `k${document.querySelectorAll("[data-kbd-key]").length}`);
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const shown = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    const ring = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== "none");
    return { key: el.getAttribute("data-kbd-key"), skip: el.classList.contains("skip"), shown, ring, desc: el.outerHTML.slice(0, 90) };
  });
}

test("intranet search: ?q= and typing find an action over nginx and from file://; no script of a site hands data to a page of another origin", { timeout: 300_000 }, async () => {
  const page = await newPage(DESKTOP);
  const failures = [];
  const title = "Bermen gefaseerd maaien";
  const results = () => page.$$eval("#search-results li a", (as) => as.map((a) => [a.textContent, a.href]));
  try {
    for (const [where, url] of [["nginx", nginx.url("intranet", "search/index.html")], ["file://", h.fileUrl(out, "intranet", "search/index.html")]]) {
      page.problems.length = 0;
      await page.goto(`${url}?q=${encodeURIComponent("bermen MAAIEN")}`, { waitUntil: "load" });
      await page.waitForSelector("#search-results li a");
      const hit = (await results()).find(([t]) => t.startsWith(title));
      if (!hit) failures.push(`${where}: ?q= did not find "${title}": ${JSON.stringify(await results())}`);
      else if (!hit[1].endsWith("/actions/bermbeheer/index.html")) failures.push(`${where}: "${title}" links to ${hit[1]}`);
      // Typing: nothing for a word no item has, then the action again.
      await page.fill("#search-q", "zzqxjw");
      await page.waitForFunction(() => document.getElementById("search-results").children.length === 0 && document.getElementById("search-status").textContent !== "");
      await page.fill("#search-q", "gefaseerd");
      await page.waitForSelector("#search-results li a");
      if (!(await results()).some(([t]) => t.startsWith(title))) failures.push(`${where}: typing did not find "${title}"`);
      failures.push(...page.problems.map((p) => `${where}: ${p}`));
    }
    // A page of another origin (localhost instead of 127.0.0.1) includes
    // every script file of both sites and the search page itself: they load,
    // and no global of its window holds their data.
    const scripts = [];
    for (const kind of SITES) {
      const walk = (dir, rel) => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
          const r = rel ? `${rel}/${e.name}` : e.name;
          if (e.isDirectory()) walk(path.join(dir, e.name), r);
          else if (/\.m?js$/.test(e.name)) scripts.push(nginx.url(kind, r));
        }
      };
      walk(path.join(out, kind), "");
    }
    assert.ok(scripts.some((s) => s.endsWith("/search/search.js")), JSON.stringify(scripts));
    scripts.push(nginx.url("intranet", "search/index.html"));
    const other = await newPage(DESKTOP);
    try {
      await other.goto(`${nginx.origin.replace("127.0.0.1", "localhost")}/elsewhere.html`);
      other.problems.length = 0;
      await other.setContent(`<!DOCTYPE html><title>elsewhere</title>${scripts.map((s) => `<script src="${s}"></script>`).join("")}`, { waitUntil: "load" });
      const leaked = await other.evaluate(() => {
        const frame = document.createElement("iframe");
        document.body.appendChild(frame);
        const own = new Set(Object.getOwnPropertyNames(frame.contentWindow));
        return Object.getOwnPropertyNames(window)
          .filter((k) => !own.has(k))
          .filter((k) => {
            try {
              return /Bermen|gefaseerd/i.test(JSON.stringify(window[k]) || "");
            } catch {
              return false;
            }
          });
      });
      const notLoaded = other.problems.filter((p) => p.startsWith("request failed") && !p.includes("/search/index.html"));
      if (notLoaded.length) failures.push(`a page of another origin could not load the scripts: ${notLoaded.join("; ")}`);
      if (leaked.length) failures.push(`globals a page of another origin can read: ${leaked.join(", ")}`);
    } finally {
      await other.context().close();
    }
  } finally {
    await page.context().close();
  }
  assert.deepEqual(failures, []);
});

test("action-list filters: complete list and working filter links without JavaScript; combined filters with it", { timeout: 300_000 }, async () => {
  for (const kind of SITES) {
    const url = nginx.url(kind, "actions/index.html");
    const total = fs.readFileSync(path.join(out, kind, "actions/index.html"), "utf8").match(/<tr data-f=/g).length;
    assert.ok(total >= 10, `${kind}: ${total} actions`);
    for (const [label, opts] of [["1280px", DESKTOP], ["360px", PHONE]]) {
      const where = `${kind} at ${label} without JavaScript`;
      const page = await newPage({ ...opts, javaScriptEnabled: false });
      try {
        await page.goto(url, { waitUntil: "load" });
        assert.equal(await visibleRows(page), total, `${where}: the list is not complete`);
        assert.equal(await page.isVisible("#filters"), false, `${where}: the JavaScript form shows`);
        await page.click("#filter-links summary");
        const links = await page.$$eval("#filter-links a", (as) => as.map((a) => ({ href: a.getAttribute("href"), n: Number(a.textContent.match(/\((\d+)\)/)[1]) })));
        assert.ok(links.length >= 10, `${where}: ${links.length} filter links`);
        for (const l of links.slice(0, 6).concat(links.slice(-3))) {
          await page.click(`#filter-links a[href="${l.href}"]`);
          assert.equal(await visibleRows(page), l.n, `${where}: ${l.href}`);
          const key = l.href.slice(3);
          const wrong = await page.$$eval("table.actions tbody tr", (rows, key) => rows.filter((r) => r.offsetParent && !r.dataset.f.split(" ").includes(key)).length, key);
          assert.equal(wrong, 0, `${where}: ${l.href} shows rows without ${key}`);
          assert.ok(await page.isVisible(`p.f-msg[id="${l.href.slice(1)}"]`), `${where}: no message for ${l.href}`);
        }
        assert.equal(await h.horizontalOverflow(page), 0, `${where}: scrolls sideways`);
        await page.click("p.f-msg:visible a");
        assert.equal(await visibleRows(page), total, `${where}: "show all" does not show all`);
        // axe needs scripts of its own: the same state with the page's script left out.
        const noFilterJs = await newPage(opts);
        try {
          await noFilterJs.route("**/static/filter.js", (r) => r.fulfill({ body: "", contentType: "text/javascript" }));
          await noFilterJs.goto(`${url}${links[0].href}`, { waitUntil: "load" });
          await noFilterJs.click("#filter-links summary");
          assert.equal(await visibleRows(noFilterJs), links[0].n);
          const violations = await h.axe(noFilterJs);
          assert.equal(violations.length, 0, h.describeViolations(`${where}, filtered`, violations));
        } finally {
          await noFilterJs.context().close();
        }
        // A filter link opened with JavaScript: the form takes it over.
        const js = await newPage(opts);
        try {
          await js.goto(`${url}${links[0].href}`, { waitUntil: "load" });
          assert.equal(await js.isVisible("#filter-links"), false, `${kind}: the links show with JavaScript`);
          assert.equal(await visibleRows(js), links[0].n, `${kind}: ${links[0].href} with JavaScript`);
          await js.selectOption("#filters select >> nth=0", "");
          assert.equal(await visibleRows(js), total, `${kind}: "all" with JavaScript`);
          // Two filters combine.
          const selects = await js.$$("#filters select");
          const a = await selects[0].$$eval("option", (o) => o[1].value);
          await selects[0].selectOption(a);
          const afterOne = await visibleRows(js);
          const b = await selects[1].$$eval("option", (o) => o[1].value);
          await selects[1].selectOption(b);
          const both = await js.$$eval("table.actions tbody tr", (rows, [a, b]) => rows.filter((r) => { const k = r.dataset.f.split(" "); return k.includes(a) && k.includes(b); }).length, [a, b]);
          assert.equal(await visibleRows(js), both, `${kind}: ${a} and ${b}`);
          assert.ok(both <= afterOne);
          assert.equal(await js.textContent("#filter-count"), `${both} / ${total}`);
          assert.deepEqual(js.problems, []);
        } finally {
          await js.context().close();
        }
      } finally {
        await page.context().close();
      }
    }
  }
});

async function visibleRows(page) {
  return page.$$eval("table.actions tbody tr", (rows) => rows.filter((r) => r.offsetParent !== null).length);
}

test("the report pages print to A4 with chromium --print-to-pdf: every action, nothing cut off at the side, no navigation", { timeout: 600_000 }, async () => {
  const names = [...fs.readFileSync(path.join(h.repo, "content/team.yaml"), "utf8").matchAll(/^\s+name:\s*(.+)$/gm)].map((m) => m[1].trim());
  assert.ok(names.length > 3, "no names in team.yaml");
  const dir = h.tempDir("kapstok-pdf-");
  const page = await newPage({ viewport: { width: 680, height: 900 } });
  try {
    for (const [kind, label, rel] of h.PRINT_PAGES) {
      const where = `${kind} ${label}`;
      const pdf = path.join(dir, `${kind}-${label}.pdf`);
      h.printToPdf(nginx.url(kind, rel), pdf);
      const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
      const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
      assert.ok(size && Math.abs(size[1] - 595.3) < 2 && Math.abs(size[2] - 841.9) < 2, `${where}: not A4: ${size?.[0]}`);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
      const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
      const html = fs.readFileSync(path.join(out, kind, rel), "utf8");
      const titles = [...html.matchAll(/<th scope="row"><a href="[^"]*actions\/[^"]+">([^<]+)<\/a>/g)].map((m) => decode(m[1]));
      assert.ok(titles.length >= 10, `${where}: ${titles.length} actions in the HTML`);
      // Text in table cells comes out of the PDF (line by line, as laid out) interleaved with the cells beside it:
      // look for each title's words in order, close together.
      // A word broken at its hyphen ("MVO-" at a line's end, "actieplan" on the next, with other
      // cells between them) is matched by its parts.
      const parts = (s) => s.split(/[\s-]+/).filter((w) => w);
      const words = parts(text);
      for (const t of titles) assert.ok(inOrder(words, parts(t)), `${where}: "${t}" is not in the PDF`);
      const h1 = decode(/<h1[^>]*>([^<]+)<\/h1>/.exec(html)[1]);
      assert.ok(inOrder(words, parts(h1)), `${where}: no title "${h1}" in the PDF`);
      const skip = decode(/<a class="skip"[^>]*>([^<]+)</.exec(html)[1]);
      assert.ok(!text.includes(skip), `${where}: the skip link is printed`);
      assert.ok(pages >= 2 && pages <= 12, `${where}: ${pages} pages`);
      if (kind === "public") for (const n of names) assert.ok(!text.includes(n), `${where}: the name ${n} is printed`);
      // In print, at the width of A4 inside its margins, nothing sticks out.
      await page.emulateMedia({ media: "print" });
      await page.goto(nginx.url(kind, rel), { waitUntil: "load" });
      const over = await h.horizontalOverflow(page);
      assert.equal(over, 0, `${where}: ${over}px wider than A4: ${(await h.overflowingElements(page)).join(", ")}`);
      const wide = await page.$$eval("table", (ts) => ts.filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length);
      assert.equal(wide, 0, `${where}: a table is wider than A4`);
    }
  } finally {
    await page.context().close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/// True when `want` occurs in `words` in order, each within 40 words of the one before.
function inOrder(words, want) {
  for (let i = words.indexOf(want[0]); i >= 0; i = words.indexOf(want[0], i + 1)) {
    let at = i;
    let ok = true;
    for (const w of want.slice(1)) {
      const next = words.indexOf(w, at + 1);
      if (next < 0 || next - at > 40) {
        ok = false;
        break;
      }
      at = next;
    }
    if (ok) return true;
  }
  return false;
}

test("every page type in print media at the width of A4: nothing sticks out at the side", { timeout: 300_000 }, async () => {
  const page = await newPage({ viewport: { width: 680, height: 900 } });
  const failures = [];
  try {
    await page.emulateMedia({ media: "print" });
    for (const [kind, label, rel] of h.pageTypes(out)) {
      await page.goto(nginx.url(kind, rel), { waitUntil: "load" });
      const over = await h.horizontalOverflow(page);
      if (over > 0) failures.push(`${kind} ${label}: ${over}px wider than A4: ${(await h.overflowingElements(page)).join(", ")}`);
    }
  } finally {
    await page.context().close();
  }
  assert.deepEqual(failures, []);
});

function decode(s) {
  return s.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

test("the axe suite catches a theme override with too little contrast", { timeout: 120_000 }, async () => {
  const fixture = path.join(h.repo, "tests/fixtures/a11y-low-contrast");
  const site = h.tempDir("kapstok-contrast-");
  const page = await newPage(DESKTOP);
  try {
    h.build(fixture, site);
    await page.goto(h.fileUrl(site, "public", "index.html"), { waitUntil: "load" });
    const violations = await h.axe(page);
    assert.ok(violations.some((v) => v.id === "color-contrast"), `not caught: ${JSON.stringify(violations.map((v) => v.id))}`);
    // And the same pages with the default theme pass: the override is the cause.
    fs.rmSync(path.join(site, "public"), { recursive: true, force: true });
    const plain = h.tempDir("kapstok-contrast-src-");
    fs.cpSync(path.join(fixture, "content"), path.join(plain, "content"), { recursive: true });
    fs.writeFileSync(path.join(plain, "content/site.yaml"), fs.readFileSync(path.join(plain, "content/site.yaml"), "utf8").replace(/^theme:.*$/m, ""));
    h.build(plain, path.join(site, "plain"));
    await page.goto(h.fileUrl(path.join(site, "plain"), "public", "index.html"), { waitUntil: "load" });
    assert.deepEqual(await h.axe(page), []);
    fs.rmSync(plain, { recursive: true, force: true });
  } finally {
    await page.context().close();
    fs.rmSync(site, { recursive: true, force: true });
  }
});

/// A page of another site (a municipal CMS) that shows `src` in an iframe
/// and sets its height from the embed's message, as docs/embedding.md says.
function hostPage(src) {
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente</title></head><body><main><h1>Onze duurzaamheid</h1>
<iframe id="k" src="${src}" title="Duurzaam Lindebeek" style="display:block;width:100%;border:0;height:150px"></iframe></main>
<script>window.heights=[];addEventListener("message",function(e){if(e.data&&e.data.kapstok==="height"){heights.push(e.data.height);document.getElementById("k").style.height=e.data.height+"px";}});</script></body></html>`;
}

test("embeds in an iframe: no WCAG 2.1 A/AA violation at 1280 and 360 px, and the host page learns their height; fragments in a bare page pass axe", { timeout: 600_000 }, async () => {
  const publicDir = path.join(out, "public");
  const types = h.pageTypes(out).filter(([kind, , rel]) => kind === "public" && fs.existsSync(path.join(publicDir, "embed", rel)));
  assert.ok(types.length >= 10, `only ${types.length} embeddable page types`);
  const failures = [];
  for (const [label, opts] of [["1280px", DESKTOP], ["360px", PHONE]]) {
    const page = await newPage(opts);
    try {
      for (const [, type, rel] of types) {
        const src = nginx.url("public", `embed/${rel}`);
        const where = `embed/${rel} (${type}) at ${label}`;
        await page.setContent(hostPage(src), { waitUntil: "load" });
        const frame = page.frames().find((f) => f.url() === src);
        if (!frame) {
          failures.push(`${where}: the iframe did not load`);
          continue;
        }
        // The height arrives, and the iframe fits its content (no inner scroll bar).
        await page.waitForFunction(() => window.heights.length > 0, null, { timeout: 10_000 }).catch(() => {});
        await page.waitForTimeout(200);
        const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        const outer = await page.evaluate(() => document.getElementById("k").getBoundingClientRect().height);
        const heard = await page.evaluate(() => window.heights.length);
        if (!heard) failures.push(`${where}: no height message`);
        else if (Math.abs(inner - outer) > 2 || inner < 100) failures.push(`${where}: iframe ${outer}px, content ${inner}px`);
        failures.push(...page.problems.map((p) => `${where}: ${p}`));
        page.problems.length = 0;
        // A link to another page leaves the host page; a link within the page stays in the frame.
        const wrong = await frame.evaluate(() =>
          [...document.querySelectorAll("a[href]")]
            .filter((a) => (a.target === "_top") === (a.host === location.host && a.pathname === location.pathname))
            .map((a) => a.getAttribute("href")),
        );
        if (wrong.length) failures.push(`${where}: links with the wrong target: ${wrong.slice(0, 5).join(", ")}`);
        const violations = await h.axe(frame);
        if (violations.length) failures.push(h.describeViolations(where, violations));
        if (label === "360px") {
          const over = await h.horizontalOverflow(frame);
          if (over > 0) failures.push(`${where}: scrolls sideways by ${over}px`);
        }
      }
    } finally {
      await page.context().close();
    }
  }
  // A fragment pasted into a bare page of the CMS.
  const page = await newPage(DESKTOP);
  try {
    for (const [, type, rel] of types) {
      const file = rel.endsWith("/index.html") ? `fragments/${rel.slice(0, -"/index.html".length)}.html` : `fragments/${rel}`;
      const fragment = fs.readFileSync(path.join(publicDir, file), "utf8");
      await page.setContent(`<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente</title></head><body><main><h1>Onze duurzaamheid</h1>\n${fragment}</main></body></html>`);
      const violations = await h.axe(page);
      if (violations.length) failures.push(h.describeViolations(`${file} (${type}) in a bare page`, violations));
    }
  } finally {
    await page.context().close();
  }
  assert.deepEqual(failures, []);
});

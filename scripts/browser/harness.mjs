// Shared pieces of the browser tests: build a project with kapstok, serve the
// two sites with nginx the way production does (each under the path of its
// base_url), launch Debian's Chromium, run axe-core in a page.
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

export const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, "../..");
export const bin = process.env.KAPSTOK || path.join(repo, "target/debug/kapstok");
export const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const axeSource = fs.readFileSync(path.join(here, "node_modules/axe-core/axe.min.js"), "utf8");

/// The WCAG 2.1 A and AA rules of axe-core: a violation of any of them fails the suite.
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export function tempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  // nginx's workers run as `nobody` when the tests run as root: let them read.
  fs.chmodSync(dir, 0o755);
  return dir;
}

/// `kapstok build --root ROOT --output OUT`; throws with kapstok's output when it fails.
export function build(root, out) {
  try {
    execFileSync(bin, ["build", "--root", root, "--output", out, "--quiet"], { env: { ...process.env, NO_COLOR: "1" }, stdio: "pipe" });
  } catch (e) {
    throw new Error(`kapstok build --root ${root} failed (exit ${e.status}):\n${e.stderr}${e.stdout}`);
  }
}

/// The path part of the `base_url` of each site in `content/site.yaml`
/// (`https://www.x.be/duurzaamheid/` -> `/duurzaamheid/`).
export function basePaths(root) {
  const yaml = fs.readFileSync(path.join(root, "content/site.yaml"), "utf8");
  const out = {};
  for (const kind of ["intranet", "public"]) {
    const m = new RegExp(`^\\s+${kind}:\\s*\\n(?:\\s+.*\\n)*?\\s+base_url:\\s*["']?([^"'\\s]+)`, "m").exec(yaml);
    if (!m) throw new Error(`no sites.${kind}.base_url in ${root}/content/site.yaml`);
    out[kind] = new URL(m[1]).pathname;
  }
  if (out.intranet === out.public) throw new Error("both sites have the same base path");
  return out;
}

/// Start nginx on a free loopback port with each site under its base path and
/// its own 404 page. Returns { origin, url(kind, rel), stop() }.
export async function startNginx(out, paths) {
  const prefix = tempDir("kapstok-nginx-");
  for (const d of ["tmp", "empty"]) fs.mkdirSync(path.join(prefix, d));
  const port = await freePort();
  const loc = (kind) => `
    location ${paths[kind]} {
      alias ${path.join(out, kind)}/;
      index index.html;
      error_page 404 ${paths[kind]}404.html;
    }`;
  const conf = `
worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 128; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${prefix}/tmp/body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${prefix}/empty;
    ${loc("public")}
    ${loc("intranet")}
  }
}
`;
  fs.writeFileSync(path.join(prefix, "nginx.conf"), conf);
  const nginx = process.env.NGINX || "/usr/sbin/nginx";
  const proc = spawn(nginx, ["-p", prefix, "-c", path.join(prefix, "nginx.conf"), "-e", path.join(prefix, "error.log")], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  proc.stderr.on("data", (d) => (log += d));
  const origin = `http://127.0.0.1:${port}`;
  const end = Date.now() + 15_000;
  for (;;) {
    try {
      await fetch(`${origin}/`, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {}
    if (proc.exitCode !== null || Date.now() > end) {
      let errors = "";
      try {
        errors = fs.readFileSync(path.join(prefix, "error.log"), "utf8");
      } catch {}
      throw new Error(`nginx did not start:\n${log}${errors}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    url: (kind, rel) => `${origin}${paths[kind]}${rel}`,
    stop() {
      proc.kill();
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}

export function fileUrl(out, kind, rel) {
  return pathToFileURL(path.join(out, kind, rel)).href;
}

export async function launch() {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, timeout: 30_000 });
}

/// Every HTML page of a built site, site-relative, sorted.
export function htmlPages(siteDir) {
  const out = [];
  const walk = (dir, rel) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else if (e.name.endsWith(".html")) out.push(r);
    }
  };
  walk(siteDir, "");
  return out;
}

/// Run axe-core's WCAG 2.1 A/AA rules in the page; returns the violations.
export async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) {
    await page.evaluate(axeSource);
  }
  const result = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
      count: v.nodes.length,
    }));
  }, WCAG_TAGS);
  return result;
}

export function describeViolations(where, violations) {
  return violations
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}, ${v.count}x): ${v.help}\n` +
        v.nodes.map((n) => `    ${n.target}\n      ${(n.summary || "").replace(/\n/g, "\n      ")}`).join("\n"),
    )
    .join("\n");
}

/// How far the page is wider than the viewport (0 when it does not scroll sideways).
export async function horizontalOverflow(page) {
  return page.evaluate(() => {
    const d = document.documentElement;
    return Math.max(d.scrollWidth, document.body.scrollWidth) - d.clientWidth;
  });
}

/// The elements wider than the viewport that are not inside a sideways-scrolling container.
export async function overflowingElements(page) {
  return page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.right <= w + 0.5 || r.width === 0) continue;
      let p = el.parentElement;
      let clipped = false;
      while (p && p !== document.body) {
        const o = getComputedStyle(p).overflowX;
        if (o === "auto" || o === "scroll" || o === "hidden") {
          clipped = true;
          break;
        }
        p = p.parentElement;
      }
      if (!clipped) out.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""} (right ${Math.round(r.right)} > ${w})`);
    }
    return out.slice(0, 8);
  });
}

/// `chromium --headless --print-to-pdf`, as a person makes the PDF (a fresh profile each time).
export function printToPdf(url, pdf) {
  const profile = tempDir("kapstok-pdf-profile-");
  try {
    execFileSync(chromiumPath, [...chromiumFlags, `--user-data-dir=${profile}`, "--no-pdf-header-footer", `--print-to-pdf=${pdf}`, url], {
      stdio: "pipe",
      timeout: 90_000,
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/// The pages made to be printed: [site, label, site-relative path].
export const PRINT_PAGES = [
  ["intranet", "eindrapport", "report/index.html"],
  ["public", "report", "report/index.html"],
];

const OWN_FOLDERS = new Set([
  "actions", "inventory", "sdg", "topics", "claims", "evaluation", "team", "sessions", "checks", "report", "accessibility",
  "static", "assets", "data", "search", "calendar", "embed", "fragments",
]);

/// One page of every type of both sites: [site, label, site-relative path].
/// The action is the largest action page (chart, table, notes), the owner
/// the largest owner's page, the free page the first one.
export function pageTypes(out) {
  const list = [];
  for (const kind of ["intranet", "public"]) {
    const dir = path.join(out, kind);
    const sub = (folder) =>
      fs.existsSync(path.join(dir, folder))
        ? fs
            .readdirSync(path.join(dir, folder), { withFileTypes: true })
            .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, folder, e.name, "index.html")))
            .map((e) => e.name)
            .sort()
        : [];
    const size = (rel) => fs.statSync(path.join(dir, rel)).size;
    const actions = sub("actions").map((a) => `actions/${a}/index.html`).sort((a, b) => size(b) - size(a) || a.localeCompare(b));
    const free = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !OWN_FOLDERS.has(e.name) && fs.existsSync(path.join(dir, e.name, "index.html")))
      .map((e) => e.name)
      .sort();
    const add = (label, rel) => rel && fs.existsSync(path.join(dir, rel)) && list.push([kind, label, rel]);
    add("home", "index.html");
    add("actions", "actions/index.html");
    add("action", actions[0]);
    add("inventory", "inventory/index.html");
    add("sdgs", "sdg/index.html");
    add("sdg", "sdg/7/index.html");
    add("topics", "topics/index.html");
    add("topic", sub("topics").length ? `topics/${sub("topics")[0]}/index.html` : null);
    add("claims", "claims/index.html");
    add("evaluation", "evaluation/index.html");
    add("team", "team/index.html");
    // An owner's page (intranet), the largest: what a team member must update.
    const owners = sub("team").map((m) => `team/${m}/index.html`).sort((a, b) => size(b) - size(a) || a.localeCompare(b));
    add("owner", owners[0]);
    add("sessions", "sessions/index.html");
    add("checks", "checks/index.html");
    // A rule's page, one with a long example line.
    add("rule", "checks/rules/claim-label-unverified/index.html");
    add("calendars", "calendar/index.html");
    add("report", "report/index.html");
    add("accessibility", "accessibility/index.html");
    add("data", "data/index.html");
    add("search", "search/index.html");
    add("page", free.length ? `${free[0]}/index.html` : null);
    add("404", "404.html");
  }
  return list;
}

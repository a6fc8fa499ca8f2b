// Screenshots and print PDFs of every page type of both sites, for a person to
// look at (not a test). Builds the example (or --root DIR), serves it with
// nginx, and writes into OUTDIR:
//   desktop/<site>-<page>-N.png 1280 px wide, the whole page in pieces of 1000 px
//   phone/<site>-<page>-N.png   360 px wide, the whole page in pieces of 1400 px
//   print/<site>-<page>.pdf     from `chromium --headless --print-to-pdf` (the reports, an action, the action list)
//   print/<site>-<page>-N.png   each PDF page as an image (pdftoppm), when pdftoppm is there
// Run: npm ci && KAPSTOK=../../target/debug/kapstok node shots.mjs OUTDIR [--root DIR] [--only REGEX]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import * as h from "./harness.mjs";

const args = process.argv.slice(2);
const outDir = path.resolve(args[0] || "shots");
const rootArg = args.indexOf("--root");
const root = rootArg >= 0 ? path.resolve(args[rootArg + 1]) : h.repo;
const onlyArg = args.indexOf("--only");
const only = onlyArg >= 0 ? new RegExp(args[onlyArg + 1]) : null;

const site = h.tempDir("kapstok-shots-");
h.build(root, site);
const ng = await h.startNginx(site, h.basePaths(root));
const browser = await h.launch();
for (const d of ["desktop", "phone", "print"]) fs.mkdirSync(path.join(outDir, d), { recursive: true });
const name = (kind, label) => `${kind}-${label}`;
try {
  for (const [kind, label, rel] of h.pageTypes(site)) {
    if (only && !only.test(name(kind, label))) continue;
    for (const [dir, width] of [["desktop", 1280], ["phone", 360]]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(ng.url(kind, rel), { waitUntil: "load" });
      // In pieces of one screen or so: a very tall image is hard to look at.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const step = dir === "phone" ? 1400 : 1000;
      for (let y = 0, k = 1; y < height; y += step, k++) {
        const clip = { x: 0, y, width, height: Math.min(step, height - y) };
        await page.screenshot({ path: path.join(outDir, dir, `${name(kind, label)}-${k}.png`), fullPage: true, clip });
      }
      await page.close();
    }
  }
  // The action list without JavaScript: the filter links open, one filter chosen.
  for (const kind of ["intranet", "public"]) {
    if (only && !only.test(name(kind, "actions-nojs"))) continue;
    for (const [dir, width] of [["desktop", 1280], ["phone", 360]]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, javaScriptEnabled: false });
      await page.goto(ng.url(kind, "actions/index.html#f-status-in-progress"), { waitUntil: "load" });
      await page.click("#filter-links summary");
      await page.screenshot({ path: path.join(outDir, dir, `${name(kind, "actions-nojs")}-1.png`), fullPage: false });
      await page.close();
    }
  }
  // The reports, and two ordinary pages: the print stylesheet serves every page.
  const action = h.pageTypes(site).find(([k, l]) => k === "public" && l === "action");
  const printed = [...h.PRINT_PAGES, ["public", "action", action[2]], ["intranet", "actions", "actions/index.html"]];
  for (const [kind, label, rel] of printed) {
    if (only && !only.test(name(kind, label))) continue;
    const pdf = path.join(outDir, "print", `${name(kind, label)}.pdf`);
    h.printToPdf(ng.url(kind, rel), pdf);
    try {
      execFileSync("pdftoppm", ["-png", "-r", "60", pdf, pdf.replace(/\.pdf$/, "")]);
    } catch (e) {
      console.error(`pdftoppm: ${e.message}`);
    }
  }
} finally {
  await browser.close();
  ng.stop();
  fs.rmSync(site, { recursive: true, force: true });
}
console.log(`written to ${outDir}`);


// Headless Chromium check of `kapstok serve`: an open page reloads by itself
// after a save, keeps its scroll position, and shows / drops the error overlay;
// the banner of a version that would not be published links each rule to its page.
// Run: npm ci && KAPSTOK=../../target/debug/kapstok npm test
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { freePort } from "./harness.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const bin = process.env.KAPSTOK || path.join(repo, "target/debug/kapstok");

async function waitReady(base, deadlineMs) {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    try {
      const r = await fetch(`${base}/__kapstok/status`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("kapstok serve did not answer");
}

test("an open page reloads after a save, keeps its scroll, shows and drops the overlay", { timeout: 120_000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kapstok-browser-"));
  fs.cpSync(path.join(repo, "content"), path.join(dir, "content"), { recursive: true });
  const file = path.join(dir, "content/actions/bermbeheer.md");
  const good = fs.readFileSync(file, "utf8");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(bin, ["serve", "--root", dir, "--port", String(port)], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
  let log = "";
  server.stderr.on("data", (d) => (log += d));
  let browser;
  try {
    await waitReady(base, 60_000);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
      timeout: 30_000,
    });
    const page = await browser.newPage({ viewport: { width: 500, height: 300 } });
    page.setDefaultTimeout(15_000);
    await page.goto(`${base}/intranet/actions/bermbeheer/`, { waitUntil: "load" });
    // Wait until the EventSource is connected before saving.
    await page.waitForTimeout(500);
    await page.evaluate(() => { window.scrollTo(0, 400); window.__notReloaded = true; });
    const y = await page.evaluate(() => window.scrollY);
    assert.ok(y > 0, "page too short to scroll");

    let loaded = page.waitForEvent("load");
    fs.writeFileSync(file, good.replace("Bermen gefaseerd maaien", "Bermen BROWSERTEST maaien"));
    await loaded;
    assert.equal(await page.evaluate(() => window.__notReloaded), undefined, "no reload");
    assert.ok((await page.textContent("body")).includes("Bermen BROWSERTEST maaien"));
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 5, y);

    loaded = page.waitForEvent("load");
    fs.writeFileSync(file, good.replace("sdgs: [15]", "sdgs: [15"));
    await loaded;
    const overlay = await page.waitForSelector("#__kapstok-overlay");
    assert.match(await overlay.textContent(), /content\/actions\/bermbeheer\.md:\d+/);

    loaded = page.waitForEvent("load");
    fs.writeFileSync(file, good);
    await loaded;
    await page.waitForLoadState("domcontentloaded");
    assert.equal(await page.$("#__kapstok-overlay"), null, "overlay still shown");
    assert.ok((await page.textContent("body")).includes("Bermen gefaseerd maaien"));

    // A claim that would stop publishing: the public page's banner shows the
    // finding, and its code links to the rule's page on the intranet.
    await page.goto(`${base}/public/`, { waitUntil: "load" });
    await page.waitForTimeout(500);
    const claims = path.join(dir, "content/claims/website.yaml");
    loaded = page.waitForEvent("load");
    fs.appendFileSync(claims, "\n- id: browsertest-slogan\n  text: We zijn de groenste gemeente van Vlaanderen.\n  kind: result\n  channels: [website]\n  visibility: public\n");
    await loaded;
    const link = await page.waitForSelector("#__kapstok-banner a[href^='/intranet/checks/rules/']");
    const rule = await link.getAttribute("href");
    assert.match(rule, /^\/intranet\/checks\/rules\/[a-z-]+\/index\.html$/);
    const rulePage = await page.request.get(`${base}${rule}`);
    assert.equal(rulePage.status(), 200, rule);
  } catch (e) {
    console.error(log);
    throw e;
  } finally {
    if (browser) await browser.close();
    server.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

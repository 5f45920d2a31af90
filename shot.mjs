import { chromium } from "@playwright/test";
const base = "http://localhost:3000";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const [, , ...steps] = process.argv;
const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const page = await ctx.newPage();
async function signIn(email) {
  await page.goto(base + "/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
}
for (const step of steps) {
  const [kind, arg, name, extra] = step.split("|");
  if (kind === "signin") await signIn(arg);
  else if (kind === "goto") { await page.goto(base + arg); await page.waitForLoadState("networkidle"); if (extra) await page.locator(extra).first().scrollIntoViewIfNeeded(); await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false }); }
  else if (kind === "el") { await page.goto(base + arg); await page.waitForLoadState("networkidle"); await page.locator(extra).first().screenshot({ path: `/tmp/shots/${name}.png` }); }
  else if (kind === "full") { await page.goto(base + arg); await page.waitForLoadState("networkidle"); await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true }); }
}
await browser.close();

// Limits and hostile input at the HTTP edge of the production server (issue 15, items 3 and 7).
import { DEMO, expect, randomSuffix, snapshot, test } from "./fixtures";
import { appRoutes } from "./app-routes";

test("a server action over 6 MB is a 413 with the error the browser shows, not a 500", async ({ request, baseURL }) => {
  const response = await request.post("/vendors", {
    headers: { "Next-Action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8", origin: baseURL! },
    data: "x".repeat(7 * 1024 * 1024),
  });
  expect(response.status()).toBe(413);
  // Exactly text/plain: Next's client hands that body to the caller as the error's message.
  expect(response.headers()["content-type"]).toBe("text/plain");
  const body = JSON.parse(await response.text());
  expect(body.error.code).toBe("PAYLOAD_TOO_LARGE");
  expect(body.error.message).toContain("larger than 6 MB");
});

test("a file over the limit is refused in the form with its size, and nothing is imported", async ({ signInAs }) => {
  const page = await signInAs("ADMIN");
  await page.goto("/admin/templates");
  const before = await page.getByRole("table").locator("tbody tr").count();
  await page.getByRole("button", { name: "Import JSON" }).click();
  const dialog = page.getByRole("dialog", { name: "Import a template" });
  await dialog.getByLabel("Template file (.json)").setInputFiles({ name: `huge-${randomSuffix()}.json`, mimeType: "application/json", buffer: Buffer.alloc(3 * 1024 * 1024, " ") });
  await dialog.getByRole("button", { name: "Import as draft" }).click();
  await expect(dialog.getByText("This file is larger than 2 MB, the most it may be here.")).toBeVisible();
  await snapshot(page, "template-file-too-large");
  await page.keyboard.press("Escape");
  await page.reload();
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(before);
});

test("sign-in with a NUL or a lone surrogate in the email is refused, never a 500", async ({ request }) => {
  for (const email of [`${DEMO.VIEWER.email}\u0000`, `a\ud800@example.com`]) {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: "wrong-password", json: "true" } });
    expect(response.status(), JSON.stringify(email)).toBe(401);
  }
});

test("a path segment that does not decode (%FF, a cut-off or surrogate escape) is an unknown id on every dynamic route, never a 500", async ({ signInAs, baseURL }) => {
  test.setTimeout(120_000);
  const page = await signInAs("ADMIN");
  const routes = appRoutes().filter((r) => r.includes("[") && !r.includes("[...nextauth]"));
  expect(routes.length).toBeGreaterThan(20);
  const failures: string[] = [];
  for (const route of routes) {
    const [method, pattern] = route.split(" ") as [string, string];
    for (const bad of ["%FF", "%E0%A4%A", "%ED%A0%80", "%"]) {
      const url = pattern.replace(/\[[^\]]+\]/g, bad);
      const response = await page.request.fetch(url, { method, headers: { origin: baseURL!, "content-type": "application/json" }, data: method === "GET" ? undefined : "{}", maxRedirects: 0 });
      if (response.status() >= 500) failures.push(`${method} ${url} → ${response.status()}`);
      else expect([400, 403, 404, 405, 409, 413, 415, 422], `${method} ${url}`).toContain(response.status());
    }
  }
  expect(failures).toEqual([]);
});

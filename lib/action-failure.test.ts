import { describe, expect, it } from "vitest";
import { actionFailed } from "./action-failure";

describe("actionFailed", () => {
  it.each([
    ["the proxy's 413 body", new Error(JSON.stringify({ error: { code: "PAYLOAD_TOO_LARGE", message: "This request is larger than 6 MB", requestId: "r1" } })), "PAYLOAD_TOO_LARGE", "This request is larger than 6 MB"],
    ["an unreachable server", new TypeError("Failed to fetch"), "SERVICE_UNAVAILABLE", "Vendorscope could not be reached. Check your connection and try again."],
    ["Next's generic refusal", new Error("An unexpected response was received from the server."), "INTERNAL", "The request did not go through. Try again; if it keeps failing, reload the page."],
    ["JSON without an error body", new Error('{"ok":true}'), "INTERNAL", "The request did not go through. Try again; if it keeps failing, reload the page."],
    ["broken JSON", new Error("{not json"), "INTERNAL", "The request did not go through. Try again; if it keeps failing, reload the page."],
    ["something not an Error", "boom", "INTERNAL", "The request did not go through. Try again; if it keeps failing, reload the page."],
  ])("%s", (_, error, code, message) => {
    const result = actionFailed(error);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.error.code, result.error.message]).toEqual([code, message]);
  });
});

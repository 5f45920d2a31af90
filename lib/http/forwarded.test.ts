import { describe, expect, it } from "vitest";
import { clientAddress, requestHost, rewriteForwarded, trustedHops, type Headers } from "./forwarded";

describe("clientAddress", () => {
  it.each<[string, Headers, string | undefined, number, string | null]>([
    ["no proxy: the socket, whatever the client claims", { "x-forwarded-for": "203.0.113.7" }, "198.51.100.2", 0, "198.51.100.2"],
    ["no proxy, an IPv4-mapped socket address", {}, "::ffff:127.0.0.1", 0, "127.0.0.1"],
    ["no proxy, no socket address", { "x-forwarded-for": "203.0.113.7" }, undefined, 0, null],
    ["one proxy: the address it saw", { "x-forwarded-for": "203.0.113.7" }, "10.0.0.5", 1, "203.0.113.7"],
    ["one proxy, a spoofed prefix ignored", { "x-forwarded-for": "1.2.3.4, 203.0.113.7" }, "10.0.0.5", 1, "203.0.113.7"],
    ["two proxies", { "x-forwarded-for": "1.2.3.4, 203.0.113.7, 10.0.0.9" }, "10.0.0.5", 2, "203.0.113.7"],
    ["more hops than the chain: the leftmost", { "x-forwarded-for": "203.0.113.7" }, "10.0.0.5", 5, "203.0.113.7"],
    ["one proxy that sent no header: its own address", {}, "10.0.0.5", 1, "10.0.0.5"],
    ["repeated headers are one list", { "x-forwarded-for": ["1.2.3.4", "203.0.113.7"] }, "10.0.0.5", 1, "203.0.113.7"],
  ])("%s", (_name, headers, socket, hops, expected) => {
    expect(clientAddress(headers, socket, hops)).toBe(expected);
  });
});

describe("rewriteForwarded", () => {
  it("without trusted proxies drops every forwarded header the client sent and names the socket", () => {
    const headers: Headers = { host: "app.example", "x-forwarded-for": "203.0.113.7", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-real-ip": "1.1.1.1" };
    rewriteForwarded(headers, "198.51.100.2", 0);
    expect(headers).toEqual({ host: "app.example", "x-forwarded-for": "198.51.100.2" });
  });
  it("behind a trusted proxy keeps its host and protocol, and one client address", () => {
    const headers: Headers = { host: "10.0.0.5:3000", "x-forwarded-for": "1.2.3.4, 203.0.113.7", "x-forwarded-host": "vendorscope.corp.example", "x-forwarded-proto": "https" };
    rewriteForwarded(headers, "10.0.0.5", 1);
    expect(headers).toEqual({ host: "10.0.0.5:3000", "x-forwarded-for": "203.0.113.7", "x-forwarded-host": "vendorscope.corp.example", "x-forwarded-proto": "https" });
  });
});

describe("requestHost and trustedHops", () => {
  const get = (h: Record<string, string>) => (name: string) => h[name] ?? null;
  it("believes X-Forwarded-Host only behind a trusted proxy", () => {
    expect(requestHost(get({ host: "app.example", "x-forwarded-host": "evil.example" }), 0)).toBe("app.example");
    expect(requestHost(get({ host: "10.0.0.5", "x-forwarded-host": "app.example" }), 1)).toBe("app.example");
    expect(requestHost(get({ host: "app.example" }), 1)).toBe("app.example");
  });
  it.each<[string | undefined, number]>([[undefined, 0], ["1", 1], ["2", 2], ["-1", 0], ["1.5", 0], ["abc", 0], ["11", 0]])("TRUST_PROXY_HOPS=%s → %i", (value, hops) => {
    expect(trustedHops({ TRUST_PROXY_HOPS: value })).toBe(hops);
  });
});

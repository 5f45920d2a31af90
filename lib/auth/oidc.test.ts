import { describe, expect, it } from "vitest";
import { oidcConfigured, oidcProvider } from "./oidc";

const env = { OIDC_ISSUER: "https://login.example.com/realm/", OIDC_CLIENT_ID: "vendorscope", OIDC_CLIENT_SECRET: "s3cret" } as unknown as NodeJS.ProcessEnv;

describe("OIDC sign-in", () => {
  it("is on only when issuer, client id and secret are all set", () => {
    expect(oidcConfigured(env)).toBe(true);
    expect(oidcConfigured({ ...env, OIDC_CLIENT_SECRET: "" })).toBe(false);
    expect(oidcConfigured({} as NodeJS.ProcessEnv)).toBe(false);
  });

  it("discovers the provider and never takes a role from it", () => {
    const p = oidcProvider(env);
    expect(p.wellKnown).toBe("https://login.example.com/realm/.well-known/openid-configuration");
    expect(p.checks).toEqual(["pkce", "state"]);
    const profile = (p.profile as unknown as (x: object) => { email: string; role: string })({ sub: "42", email: "Ada@Corp.Example", role: "ADMIN" });
    expect(profile).toMatchObject({ email: "ada@corp.example", role: "VIEWER" });
  });
});

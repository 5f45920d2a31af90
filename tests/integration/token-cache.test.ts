import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { authenticateToken } from "@/lib/server/tokens/authenticate-token";
import { createApiToken } from "@/lib/server/tokens/create-token";
import { revokeApiToken } from "@/lib/server/tokens/revoke-token";
import { clearTokenCache, TOKEN_CACHE_TTL_MS } from "@/lib/server/tokens/token-cache";
import { resetPassword } from "@/lib/server/users/reset-password";
import { updateUser } from "@/lib/server/users/update-user";
import { endSessions } from "@/lib/server/users/end-sessions";
import { expectAppError, makeUser } from "./helpers";

let admin: Actor;

async function tokenFor(role: "ANALYST" | "VIEWER" = "ANALYST") {
  admin ??= await makeUser("ADMIN");
  const user = await makeUser(role);
  const created = await createApiToken({ actor: admin, input: { name: `cache ${role}`, userId: user.id, expiresInDays: 30 } });
  return { ...created, user };
}

beforeEach(() => clearTokenCache());

describe("API token cache", () => {
  it("reads a token once per 5 s, so another server's revocation takes effect within that", async () => {
    const { token, id, user } = await tokenFor();
    const t0 = new Date();
    expect(await authenticateToken(token, t0)).toMatchObject({ id: user.id, tokenId: id });
    // Revoked past this process (another server): cached for the rest of the TTL, then refused.
    await db.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    expect(await authenticateToken(token, new Date(t0.getTime() + 1_000))).toMatchObject({ tokenId: id });
    expect(await authenticateToken(token, new Date(t0.getTime() + TOKEN_CACHE_TTL_MS))).toBeNull();
    expect(await authenticateToken(token, new Date(t0.getTime() + TOKEN_CACHE_TTL_MS + 1))).toBeNull();
  });

  it("refuses at once in the process that revokes", async () => {
    const { token, id } = await tokenFor();
    expect(await authenticateToken(token)).not.toBeNull();
    await revokeApiToken({ actor: admin, tokenId: id });
    expect(await authenticateToken(token)).toBeNull();
  });

  it("reads the user again at once after a deactivation, a role change, a reset or a sign-out here", async () => {
    const role = await tokenFor("VIEWER");
    expect(await authenticateToken(role.token)).toMatchObject({ role: "VIEWER" });
    await updateUser({ actor: admin, userId: role.user.id, change: { role: "ANALYST" } });
    expect(await authenticateToken(role.token)).toMatchObject({ role: "ANALYST" });

    const reset = await tokenFor();
    expect(await authenticateToken(reset.token)).not.toBeNull();
    await resetPassword({ actor: admin, input: { userId: reset.user.id } });
    await expectAppError(authenticateToken(reset.token), "PASSWORD_CHANGE_REQUIRED");

    const leaver = await tokenFor();
    expect(await authenticateToken(leaver.token)).not.toBeNull();
    await updateUser({ actor: admin, userId: leaver.user.id, change: { active: false } });
    expect(await authenticateToken(leaver.token)).toBeNull();

    const out = await tokenFor();
    expect(await authenticateToken(out.token)).not.toBeNull();
    await db.user.update({ where: { id: out.user.id }, data: { role: "ADMIN" } });
    await endSessions({ userId: out.user.id, generation: 0 });
    expect(await authenticateToken(out.token)).toMatchObject({ role: "ADMIN" });
  });

  it("still refuses a cached token once it expires", async () => {
    const { token, id } = await tokenFor();
    const expiresAt = new Date(Date.now() + 2_000);
    await db.apiToken.update({ where: { id }, data: { expiresAt } });
    expect(await authenticateToken(token)).not.toBeNull();
    expect(await authenticateToken(token, new Date(expiresAt.getTime() + 1))).toBeNull();
  });
});

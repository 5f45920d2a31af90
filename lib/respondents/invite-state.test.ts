import { describe, expect, it } from "vitest";
import { inviteEmail, inviteState } from "./invite-state";

const now = new Date("2026-11-23T12:00:00Z");
const later = new Date("2026-12-07T12:00:00Z");
const earlier = new Date("2026-11-20T12:00:00Z");

describe("inviteState", () => {
  it.each([
    ["active", { revokedAt: null, expiresAt: later, submittedAt: null }, "ACTIVE"],
    ["returned", { revokedAt: null, expiresAt: later, submittedAt: earlier }, "RETURNED"],
    ["expired", { revokedAt: null, expiresAt: earlier, submittedAt: null }, "EXPIRED"],
    ["expiring this instant", { revokedAt: null, expiresAt: now, submittedAt: null }, "EXPIRED"],
    ["revoked beats expired", { revokedAt: earlier, expiresAt: earlier, submittedAt: null }, "REVOKED"],
    ["revoked after return", { revokedAt: earlier, expiresAt: later, submittedAt: earlier }, "REVOKED"],
  ] as const)("%s", (_, invite, state) => {
    expect(inviteState(invite, now)).toBe(state);
  });
});

describe("inviteEmail", () => {
  it("names the vendor, the link and the last day", () => {
    const mail = inviteEmail({ name: "Ana", vendorName: "Helixon AI", scope: "Helix API", requestedBy: "Priya", link: "https://vs.example/respond/vsr_x", expiresAt: later });
    expect(mail.subject).toBe("Security questionnaire: Helixon AI");
    expect(mail.text).toContain("https://vs.example/respond/vsr_x");
    expect(mail.text).toContain("until 2026-12-07");
    expect(mail.text).toContain("Hello Ana,");
  });
});

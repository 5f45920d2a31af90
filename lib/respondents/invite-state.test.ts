import { describe, expect, it } from "vitest";
import { inviteEmail, inviteIsLive, inviteState } from "./invite-state";

const now = new Date("2026-11-23T12:00:00Z");
const later = new Date("2026-12-07T12:00:00Z");
const earlier = new Date("2026-11-20T12:00:00Z");
const muchEarlier = new Date("2026-11-10T12:00:00Z");

const live = { revokedAt: null, endedAt: null, expiresAt: later, submittedAt: null };

describe("inviteState", () => {
  it.each([
    ["active", live, "ACTIVE"],
    ["returned", { ...live, submittedAt: earlier }, "RETURNED"],
    ["expired", { ...live, expiresAt: earlier }, "EXPIRED"],
    ["expiring this instant", { ...live, expiresAt: now }, "EXPIRED"],
    ["revoked beats expired", { ...live, revokedAt: earlier, expiresAt: earlier }, "REVOKED"],
    ["revoked after return", { ...live, revokedAt: earlier, submittedAt: earlier }, "REVOKED"],
    ["ended with the draft", { ...live, endedAt: earlier }, "ENDED"],
    ["ended after the vendor returned it", { ...live, endedAt: earlier, submittedAt: muchEarlier }, "ENDED"],
    ["ended beats a later expiry passing", { ...live, endedAt: muchEarlier, expiresAt: earlier }, "ENDED"],
    ["already expired when the draft ended", { ...live, endedAt: earlier, expiresAt: muchEarlier }, "EXPIRED"],
    ["expiring the instant the draft ended", { ...live, endedAt: earlier, expiresAt: earlier }, "EXPIRED"],
    ["revoked beats ended", { ...live, revokedAt: muchEarlier, endedAt: earlier }, "REVOKED"],
  ] as const)("%s", (_, invite, state) => {
    expect(inviteState(invite, now)).toBe(state);
  });
});

describe("inviteIsLive", () => {
  it.each([
    ["active link on a draft", live, "DRAFT", true],
    ["returned link on a draft (read-only, still opens)", { ...live, submittedAt: earlier }, "DRAFT", true],
    ["link issued after changes were requested", live, "CHANGES_REQUESTED", true],
    ["ended link after changes were requested", { ...live, endedAt: earlier }, "CHANGES_REQUESTED", false],
    ["ended link on a draft again", { ...live, endedAt: earlier }, "DRAFT", false],
    ["ended link, returned by the vendor before", { ...live, endedAt: earlier, submittedAt: muchEarlier }, "CHANGES_REQUESTED", false],
    ["submitted assessment", live, "SUBMITTED", false],
    ["in review", live, "IN_REVIEW", false],
    ["approved", live, "APPROVED", false],
    ["rejected", live, "REJECTED", false],
    ["revoked on a draft", { ...live, revokedAt: earlier }, "DRAFT", false],
    ["expired on a draft", { ...live, expiresAt: earlier }, "DRAFT", false],
  ] as const)("%s", (_, invite, status, alive) => {
    expect(inviteIsLive(invite, status, now)).toBe(alive);
  });
});

describe("inviteEmail", () => {
  it("names the vendor, the link and the last day", () => {
    const mail = inviteEmail({ name: "Ana", vendorName: "Helixon AI", scope: "Helix API", requestedBy: "Priya", link: "https://vs.example/respond/vsr_x", expiresAt: later });
    expect(mail.subject).toBe("Security questionnaire: Helixon AI");
    expect(mail.text).toContain("https://vs.example/respond/vsr_x");
    expect(mail.text).toContain("until 2026-12-07");
    expect(mail.text).toContain("Hello Ana,");
    expect(mail.text).toContain("Priya asks you to answer our AI vendor security questionnaire");
  });

  it("says which organisation asks, and whom to write to, once the organisation is set", () => {
    const mail = inviteEmail({ name: "Ana", vendorName: "Helixon AI", scope: "Helix API", requestedBy: "Priya", link: "https://vs.example/respond/vsr_x", expiresAt: later, organization: { name: "Acme Corp", contactEmail: "vendor-risk@acme.example" } });
    expect(mail.subject).toBe("Acme Corp: security questionnaire for Helixon AI");
    expect(mail.text).toContain("Priya of Acme Corp asks you to answer Acme Corp's AI vendor security questionnaire for Helixon AI (Helix API).");
    expect(mail.text).toContain("Questions about the questionnaire or the contract: vendor-risk@acme.example");
    expect(mail.text.trim().split("\n").pop()).toBe("Acme Corp, via Vendorscope");
    const noContact = inviteEmail({ name: "Ana", vendorName: "Helixon AI", scope: "Helix API", requestedBy: "Priya", link: "https://vs.example/respond/vsr_x", expiresAt: later, organization: { name: "Acme Corp", contactEmail: null } });
    expect(noContact.text).not.toContain("Questions about");
  });
});

import type { Role } from "@/generated/prisma/enums";
import type { SignInMethod } from "@/lib/auth/permissions";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string; role: Role; generation?: number; via?: SignInMethod };
  }
  interface User {
    id: string;
    email: string;
    name: string;
    role: Role;
    /** The user's session generation at sign-in (absent from a provider's profile). */
    generation?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    id: string;
    role: Role;
    /**
     * User.sessionGeneration when the session was issued: a session of another generation has
     * ended. Absent from tokens issued before generations existed, which are refused.
     */
    generation?: number;
    via?: SignInMethod;
  }
}

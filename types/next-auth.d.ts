import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionVersion: number;
    sessionId: string;
  }
  interface Session {
    user: { id: string; name?: string | null; email?: string | null; sessionVersion: number; sessionId?: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sv?: number;
    /** The Session row of this sign-in; signing out revokes it. */
    sid?: string;
  }
}

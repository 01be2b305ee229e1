import type { DefaultSession } from 'next-auth';
import type { Role } from '@/db/schema';

declare module 'next-auth' {
  interface User {
    id: string;
    role: Role;
    partyId: string | null;
    sessionVersion: number;
  }
  interface Session {
    user: DefaultSession['user'] & { id: string; role: Role; partyId: string | null; sessionVersion?: number };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: Role;
    partyId?: string | null;
    /** The account's session version at sign-in: a session whose version is no longer current has ended. */
    sessionVersion?: number;
  }
}

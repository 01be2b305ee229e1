import type { DefaultSession } from 'next-auth';
import type { Role } from '@/db/schema';

declare module 'next-auth' {
  interface User {
    id: string;
    role: Role;
    partyId: string | null;
  }
  interface Session {
    user: DefaultSession['user'] & { id: string; role: Role; partyId: string | null };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: Role;
    partyId?: string | null;
  }
}

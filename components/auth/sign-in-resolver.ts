import { zodResolver } from '@hookform/resolvers/zod';
import { signInSchema } from '@/lib/users/sign-in-schemas';

/** The sign-in form's check: the same zod schema as the server's authorize(). */
export const signInResolver = zodResolver(signInSchema);

import { NotFoundMessage } from '@/components/shell/not-found-message';

// Inside the signed-in app, the shell already has the <main>.
export default function SignedInNotFound() {
  return <NotFoundMessage isSignedIn />;
}

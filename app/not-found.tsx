import { NotFoundMessage } from '@/components/shell/not-found-message';
import { getActor } from '@/lib/session';

// An address that matches no route renders outside any app shell, so it brings its own <main>.
export default async function NotFound() {
  return (
    <main id="main">
      <NotFoundMessage isSignedIn={(await getActor()) !== null} />
    </main>
  );
}

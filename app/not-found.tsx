import { NotFoundMessage } from '@/components/shell/not-found-message';

// An address that matches no route renders outside any app shell, so it brings its own <main>.
export default function NotFound() {
  return (
    <main id="main">
      <NotFoundMessage />
    </main>
  );
}

import type { ReactNode } from 'react';

// Pages shown on the room's projector: no navigation, large type, light on dark for a lit room.
export default function ScreenLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="min-h-screen bg-slate-950 px-10 py-8 text-white">
      {children}
    </main>
  );
}

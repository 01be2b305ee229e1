import type { ReactNode } from 'react';

/** The frame of a page for the room's projector: large type, light on dark for a lit room. */
export function RoomScreen({ children }: { children: ReactNode }) {
  return <div className="min-h-screen bg-slate-950 px-10 py-8 text-white">{children}</div>;
}

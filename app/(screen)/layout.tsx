import type { ReactNode } from 'react';

// Pages shown on the room's projector: no navigation. Each page draws its own dark frame (RoomScreen),
// so that a page not found here reads as it does elsewhere.
export default function ScreenLayout({ children }: { children: ReactNode }) {
  return <main id="main">{children}</main>;
}

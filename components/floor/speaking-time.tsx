'use client';

import { useEffect, useState } from 'react';

const clock = (since: number, now: number) => {
  const seconds = Math.max(0, Math.floor((now - since) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/** How long the speaker has had the floor (minutes:seconds), counting each second: chairs keep to speaking times. */
export function SpeakingTime({ since }: { since: string }) {
  const start = new Date(since).getTime();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  // The server's count and the browser's differ by the time between them: the browser's stands.
  return (
    <span role="timer" suppressHydrationWarning className="font-mono tabular-nums">
      {clock(start, now)}
    </span>
  );
}

'use client';

import { useEffect, useState } from 'react';
import { isOverTime, speakingClock } from '@/lib/floor/speaking-time';
import { cn } from '../ui/cn';

type SpeakingTimeProps = {
  since: string;
  /** The meeting's time per speaker, shown beside the count: past it, the count takes `classNames.over` and says `overTimeLabel`. */
  limitSeconds?: number | null;
  overTimeLabel?: string;
  /** The look of the count once over time, of the limit beside it, and of the words that say so. */
  classNames?: { over?: string; limit?: string; label?: string };
};

/** How long the speaker has had the floor (minutes:seconds), counting each second: chairs keep to speaking times. */
export function SpeakingTime({ since, limitSeconds = null, overTimeLabel, classNames = {} }: SpeakingTimeProps) {
  const start = new Date(since).getTime();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const elapsed = (now - start) / 1000;
  const isOver = isOverTime(elapsed, limitSeconds);
  // The server's count and the browser's differ by the time between them: the browser's stands.
  return (
    <span className={isOver ? classNames.over : undefined} suppressHydrationWarning>
      <span role="timer" suppressHydrationWarning className="font-mono tabular-nums">
        {speakingClock(elapsed)}
      </span>
      {limitSeconds !== null && <span className={cn('font-mono tabular-nums', classNames.limit)}> / {speakingClock(limitSeconds)}</span>}
      {overTimeLabel && (
        <span hidden={!isOver} suppressHydrationWarning className={cn('ml-2 font-semibold', classNames.label)}>
          {overTimeLabel}
        </span>
      )}
    </span>
  );
}

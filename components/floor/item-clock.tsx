import { SpeakingTime } from './floor-controls';

type ItemClockProps = {
  /** When a clock of all the time spent on the item would have started, and the minutes planned (in seconds). */
  discussion: { since: Date | null; plannedSeconds: number | null };
  label: string;
  overPlanLabel: string;
  classNames?: { over?: string; limit?: string; label?: string };
};

/** How long the meeting has spent on the item in discussion, earlier discussions of it included, against the time the agenda planned. */
export function ItemClock({ discussion, label, overPlanLabel, classNames }: ItemClockProps) {
  if (!discussion.since) return null;
  return (
    <>
      {label}{' '}
      <SpeakingTime since={discussion.since.toISOString()} limitSeconds={discussion.plannedSeconds} overTimeLabel={overPlanLabel} classNames={classNames} />
    </>
  );
}

// How long the meeting has spent on an agenda item, against the minutes the agenda planned for it:
// the time of every earlier discussion of it, and of the one under way. Pure, so the page, the room's
// screen and the step that takes an item up or leaves it count alike.

type DiscussedItem = { discussionStartedAt: Date | null; discussedSeconds: number };

/** The seconds spent on the item by `now`, the discussion under way included. */
export function secondsDiscussed(item: DiscussedItem, now: Date): number {
  const current = item.discussionStartedAt ? Math.max(0, Math.floor((now.getTime() - item.discussionStartedAt.getTime()) / 1000)) : 0;
  return item.discussedSeconds + current;
}

/** What the item keeps once it leaves discussion (concluded, deferred or put back): the time spent, added up. */
export function leaveDiscussion(item: DiscussedItem, now: Date): DiscussedItem {
  return { discussionStartedAt: null, discussedSeconds: secondsDiscussed(item, now) };
}

/** What the item records when it is taken up: when this discussion began, the earlier ones kept. */
export function takeUp(item: DiscussedItem, now: Date): DiscussedItem {
  return { discussionStartedAt: now, discussedSeconds: item.discussedSeconds };
}

/**
 * The moment a clock that counts the whole time spent on the item would have started: the discussion
 * under way's start, moved back by the earlier discussions. A timer counting from it shows the total.
 */
export function discussionClockStart(item: DiscussedItem): Date | null {
  return item.discussionStartedAt ? new Date(item.discussionStartedAt.getTime() - item.discussedSeconds * 1000) : null;
}

/** The time spent against the time planned: how many seconds over it, if over (none planned: never over). */
export function overPlan(seconds: number, plannedMinutes: number | null): number {
  return plannedMinutes === null ? 0 : Math.max(0, seconds - plannedMinutes * 60);
}

import { describe, expect, it } from 'vitest';
import { discussionClockStart, leaveDiscussion, overPlan, secondsDiscussed, takeUp } from '@/lib/agenda/discussion-time';

const at = (time: string) => new Date(`2027-03-16T${time}+09:00`);

describe("an agenda item's discussion time", () => {
  it('counts the discussion under way from when the item was taken up', () => {
    const item = takeUp({ discussionStartedAt: null, discussedSeconds: 0 }, at('10:00:00'));
    expect(item).toEqual({ discussionStartedAt: at('10:00:00'), discussedSeconds: 0 });
    expect(secondsDiscussed(item, at('10:12:30'))).toBe(750);
  });

  it('keeps what it counted when the item leaves discussion, and adds the next discussion to it', () => {
    const deferred = leaveDiscussion(takeUp({ discussionStartedAt: null, discussedSeconds: 0 }, at('10:00:00')), at('10:20:00'));
    expect(deferred).toEqual({ discussionStartedAt: null, discussedSeconds: 1200 });
    expect(secondsDiscussed(deferred, at('15:00:00'))).toBe(1200);
    const again = takeUp(deferred, at('15:00:00'));
    expect(secondsDiscussed(again, at('15:05:00'))).toBe(1500);
    expect(leaveDiscussion(again, at('15:10:00'))).toEqual({ discussionStartedAt: null, discussedSeconds: 1800 });
  });

  it('starts the clock of the whole time that far back, so a timer counting from it shows the total', () => {
    const again = takeUp({ discussionStartedAt: null, discussedSeconds: 1200 }, at('15:00:00'));
    expect(discussionClockStart(again)).toEqual(at('14:40:00'));
    expect(discussionClockStart({ discussionStartedAt: null, discussedSeconds: 1200 })).toBeNull();
  });

  it('never counts backwards when the clocks disagree', () => {
    expect(secondsDiscussed({ discussionStartedAt: at('10:00:05'), discussedSeconds: 60 }, at('10:00:00'))).toBe(60);
  });

  it('is over the plan by what it spent past the planned minutes, and never over without a plan', () => {
    expect(overPlan(1800, 30)).toBe(0);
    expect(overPlan(2100, 30)).toBe(300);
    expect(overPlan(99_999, null)).toBe(0);
  });
});

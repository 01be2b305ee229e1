import type { Meeting } from '@/db/schema';
import { instantToZonedLocal } from '../time-zones';
import type { createMeetingSchema } from './schemas';
import type { z } from 'zod';

/** A meeting as its form holds it: empty strings for nothing, registration times local to the meeting's zone. */
export function toMeetingFormValues(meeting: Meeting): z.input<typeof createMeetingSchema> {
  const local = (instant: Date | null) => (instant ? instantToZonedLocal(instant, meeting.timeZone) : '');
  return {
    seriesId: meeting.seriesId,
    number: meeting.number,
    title: meeting.title,
    startDate: meeting.startDate,
    endDate: meeting.endDate,
    timeZone: meeting.timeZone,
    city: meeting.city ?? '',
    hostPartyId: meeting.hostPartyId ?? '',
    venue: meeting.venue ?? '',
    format: meeting.format,
    chairUserId: meeting.chairUserId ?? '',
    registrationOpensAt: local(meeting.registrationOpensAt),
    registrationClosesAt: local(meeting.registrationClosesAt),
    description: meeting.description ?? '',
  };
}

// Value lists forms need in the browser: nothing here may import from db/ (the schema imports them).

export const meetingStatuses = [
  'planned',
  'registration_open',
  'registration_closed',
  'in_session',
  'concluded',
  'cancelled',
] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const meetingFormats = ['in_person', 'virtual', 'hybrid'] as const;
export type MeetingFormat = (typeof meetingFormats)[number];

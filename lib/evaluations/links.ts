/** The page where a participant answers, and the secretariat follows, a meeting's evaluation. */
export const evaluationPath = (meetingId: string) => `/meetings/${meetingId}/evaluation`;

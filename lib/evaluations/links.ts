/** The page where a participant answers, and the secretariat follows, a meeting's evaluation. */
export const evaluationPath = (meetingId: string) => `/meetings/${meetingId}/evaluation`;

/** A participant's own link to answer it, signed out: the token the email carries. */
export const evaluationLinkPath = (token: string) => `/public/evaluations/${token}`;

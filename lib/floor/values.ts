// Value lists forms need in the browser: nothing here may import from db/ (the schema imports them).

/**
 * A request for the floor on an agenda item: waiting on the speakers' list, speaking, done, or
 * withdrawn (by the delegation, or struck off by the chair).
 */
export const floorRequestStatuses = ['waiting', 'speaking', 'spoke', 'withdrawn'] as const;
export type FloorRequestStatus = (typeof floorRequestStatuses)[number];

/** The statuses in which a request is still on the list: a party has at most one per item. */
export const openFloorRequestStatuses = ['waiting', 'speaking'] as const satisfies readonly FloorRequestStatus[];

/**
 * What the room's screen shows: the speakers' list, a statement's text, one of its amendments, or its
 * text as amended so far (the accepted amendments merged in).
 */
export const screenShows = ['floor', 'statement', 'amendment', 'amended'] as const;
export type ScreenShows = (typeof screenShows)[number];

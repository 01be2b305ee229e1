// Value lists forms need in the browser: nothing here may import from db/ (the schema imports them).

export const statementKinds = ['statement', 'decision', 'chairs_summary', 'report'] as const;
export type StatementKind = (typeof statementKinds)[number];

/**
 * drafting (the secretariat writes) -> circulated (delegations amend until the comment deadline)
 * -> final (the chair closes the text) -> adopted (by consensus, or silence) -> published. A silence
 * procedure runs from `final`; an objection breaks it and sends the text back to drafting.
 */
export const statementStatuses = ['drafting', 'circulated', 'final', 'silence_procedure', 'adopted', 'published'] as const;
export type StatementStatus = (typeof statementStatuses)[number];

/** The statuses in which the text may never change again: the database refuses it too. */
export const frozenStatementStatuses = ['adopted', 'published'] as const satisfies readonly StatementStatus[];

export const paragraphKinds = ['preambular', 'operative'] as const;
export type ParagraphKind = (typeof paragraphKinds)[number];

export const amendmentKinds = ['replace', 'insert_after', 'delete'] as const;
export type AmendmentKind = (typeof amendmentKinds)[number];

/** An accepted amendment may carry a change the secretariat or chair made to it (`acceptedText`). */
export const amendmentStatuses = ['proposed', 'accepted', 'rejected', 'withdrawn'] as const;
export type AmendmentStatus = (typeof amendmentStatuses)[number];

export const adoptionManners = ['consensus', 'silence'] as const;
export type AdoptionManner = (typeof adoptionManners)[number];

export const positionKinds = ['reservation', 'explanation'] as const;
export type PositionKind = (typeof positionKinds)[number];

/** A silence procedure runs this long unless the chair sets another deadline. */
export const defaultSilenceHours = 72;

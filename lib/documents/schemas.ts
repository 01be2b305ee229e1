import { z } from 'zod';
import { documentKinds, documentLanguages } from './values';
import { maxDocumentBytes } from '../config';
import { idSchema, optionalId, requiredText } from '../schemas';

/** How an upload relates to what the meeting has: a new document, or another text of an existing one. */
export const documentRelations = ['new', 'translation', 'revision', 'addendum', 'corrigendum'] as const;
export type DocumentRelation = (typeof documentRelations)[number];

const file = z
  .instanceof(File, { error: 'fileRequired' })
  .refine((f) => f.size > 0, { error: 'fileRequired' })
  .refine((f) => f.size <= maxDocumentBytes, { error: 'fileTooLarge' });

export const uploadDocumentSchema = z
  .object({
    meetingId: idSchema,
    relation: z.enum(documentRelations, { error: 'invalid' }),
    /** The document this one translates, revises, adds to or corrects. */
    parentId: optionalId('documentInvalid'),
    kind: z.enum(documentKinds, { error: 'documentKindInvalid' }),
    title: requiredText(3, 300, 'titleRequired'),
    language: z.enum(documentLanguages, { error: 'languageInvalid' }),
    isPublic: z.boolean({ error: 'invalid' }),
    file,
  })
  .refine((d) => d.relation === 'new' || d.parentId !== null, { error: 'documentRequired', path: ['parentId'] });
export type UploadDocumentInput = z.output<typeof uploadDocumentSchema>;

export const changeDocumentAccessSchema = z.object({ documentId: idSchema, isPublic: z.boolean({ error: 'invalid' }) });
export type ChangeDocumentAccessInput = z.output<typeof changeDocumentAccessSchema>;

export const withdrawDocumentSchema = z.object({
  documentId: idSchema,
  /** Shown to staff beside the paper, and kept in the audit log. */
  reason: requiredText(3, 1000, 'withdrawalReasonRequired'),
});
export type WithdrawDocumentInput = z.output<typeof withdrawDocumentSchema>;

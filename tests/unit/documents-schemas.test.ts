import { describe, expect, it } from 'vitest';
import { maxDocumentBytes } from '@/lib/config';
import { uploadDocumentSchema } from '@/lib/documents/schemas';

const meetingId = '7f1a4c3e-2b8d-4e6f-9a0b-1c2d3e4f5a6b';
const parentId = '0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e';
const pdf = (size = 16) => new File([new Uint8Array(size)], 'agenda.pdf', { type: 'application/pdf' });
const valid = { meetingId, relation: 'new', parentId: '', kind: 'working', title: 'Provisional agenda', language: 'en', isPublic: false, file: pdf() };

const errorsOf = (input: unknown) => {
  const result = uploadDocumentSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('uploadDocumentSchema', () => {
  it('accepts a new document and reads the empty parent choice as none', () => {
    const parsed = uploadDocumentSchema.parse(valid);
    expect(parsed).toMatchObject({ parentId: null, title: 'Provisional agenda', isPublic: false });
    expect(parsed.file).toBeInstanceOf(File);
  });

  it('wants the document an upload belongs to unless it is new', () => {
    for (const relation of ['translation', 'revision', 'addendum', 'corrigendum']) {
      expect(errorsOf({ ...valid, relation })).toEqual({ parentId: 'documentRequired' });
      expect(errorsOf({ ...valid, relation, parentId })).toEqual({});
    }
  });

  it('answers each bad field with its own key', () => {
    expect(
      errorsOf({ meetingId: 'x', relation: 'copy', parentId: 'x', kind: 'memo', title: ' a ', language: 'fr', isPublic: 'yes', file: 'agenda.pdf' }),
    ).toEqual({
      meetingId: 'notFound',
      relation: 'invalid',
      parentId: 'documentInvalid',
      kind: 'documentKindInvalid',
      title: 'titleRequired',
      language: 'languageInvalid',
      isPublic: 'invalid',
      file: 'fileRequired',
    });
  });

  it('takes files of up to 20 MB, and no empty one', () => {
    expect(errorsOf({ ...valid, file: pdf(maxDocumentBytes) })).toEqual({});
    expect(errorsOf({ ...valid, file: pdf(maxDocumentBytes + 1) })).toEqual({ file: 'fileTooLarge' });
    expect(errorsOf({ ...valid, file: pdf(0) })).toEqual({ file: 'fileRequired' });
    expect(errorsOf({ ...valid, file: undefined })).toEqual({ file: 'fileRequired' });
  });
});

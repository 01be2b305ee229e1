import { asc, count, eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { agendaItemDocuments, agendas, auditEvents, documents, meetings, meetingSeries, statements, type Role } from '@/db/schema';
import { addAgendaItem } from '@/lib/agenda/add-agenda-item';
import { getAgenda } from '@/lib/agenda/get-agenda';
import { addAgendaItemSchema } from '@/lib/agenda/schemas';
import { documentSymbolPrefix, maxDocumentBytes } from '@/lib/config';
import { AppError } from '@/lib/errors';
import { changeDocumentAccess } from '@/lib/documents/change-document-access';
import { getDocumentFile } from '@/lib/documents/get-document-file';
import { getPapersPackage } from '@/lib/documents/get-papers-package';
import type { UploadDocumentInput } from '@/lib/documents/schemas';
import { uploadDocument } from '@/lib/documents/upload-document';
import { withdrawDocument } from '@/lib/documents/withdraw-document';
import { getMeeting } from '@/lib/meetings/get-meeting';
import { getPublicMeeting } from '@/lib/meetings/get-public-meeting';
import type { Actor } from '@/lib/permissions';
import * as factory from './factories';
import { refusal } from './refusal';
import { session } from './signed-in';

vi.mock('@/lib/session', async () => (await import('./signed-in')).signedInSession);
// The download route answers its 404 in the reader's language; here the key is enough.

const { uploadDocumentAction, changeDocumentAccessAction, withdrawDocumentAction } = await import('@/app/(app)/meetings/[id]/documents/actions');
const { GET: download } = await import('@/app/files/[documentId]/route');
const { GET: downloadPapers } = await import('@/app/files/meetings/[meetingId]/papers/route');

const pdfBytes = (text = 'Provisional agenda') => new Uint8Array(Buffer.from(`%PDF-1.7\n% ${text}\n%%EOF\n`, 'latin1'));
const pdf = (name = 'agenda.pdf', text?: string) => new File([pdfBytes(text)], name, { type: 'application/pdf' });

/** The start of a Word file: a ZIP whose first entries are an OOXML package's. */
function docxBytes(): Uint8Array<ArrayBuffer> {
  const entry = (name: string) => {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(name.length, 26);
    return Buffer.concat([header, Buffer.from(name, 'latin1')]);
  };
  return Uint8Array.from(Buffer.concat([entry('[Content_Types].xml'), entry('word/document.xml')]));
}

const symbol = (rest: string) => `${documentSymbolPrefix}/SOM(26)/${rest}`;

let secretariat: Actor;
let meetingId: string;

async function createSom26() {
  const [series] = await db.insert(meetingSeries).values({ code: 'SOM', name: 'Senior Officials Meeting' }).returning();
  return factory.createMeeting({ seriesId: series!.id, number: 26 });
}

async function makeChair(userId: string) {
  await db.update(meetings).set({ chairUserId: userId }).where(eq(meetings.id, meetingId));
}

function input(values: Partial<UploadDocumentInput> = {}): UploadDocumentInput {
  return {
    meetingId,
    relation: 'new',
    parentId: null,
    kind: 'working',
    title: 'Provisional agenda',
    language: 'en',
    isPublic: false,
    file: pdf(),
    ...values,
  };
}

const upload = (values: Partial<UploadDocumentInput> = {}, actor = secretariat) => uploadDocument({ actor, input: input(values) });

async function rowCounts() {
  const [docs] = await db.select({ n: count() }).from(documents);
  const [events] = await db.select({ n: count() }).from(auditEvents);
  return { documents: docs!.n, auditEvents: events!.n };
}

beforeEach(async () => {
  session.actor = null;
  secretariat = await factory.createActor({ role: 'secretariat' });
  meetingId = (await createSom26()).id;
});

describe('uploadDocument numbering', () => {
  it('numbers working documents 1, 2 and starts information documents and drafts at 1 of their own', async () => {
    expect((await upload()).symbol).toBe(symbol('1'));
    expect((await upload({ title: 'Annotated agenda' })).symbol).toBe(symbol('2'));
    expect((await upload({ kind: 'information', title: 'List of participants' })).symbol).toBe(symbol('INF/1'));
    expect((await upload({ kind: 'draft', title: 'Draft report' })).symbol).toBe(symbol('L.1'));
    expect((await upload({ title: 'Programme review' })).symbol).toBe(symbol('3'));
  });

  it('numbers each meeting on its own', async () => {
    await upload();
    const other = await factory.createMeeting({ number: 27 });
    const document = await upload({ meetingId: other.id });
    expect(document.symbol).toMatch(/\(27\)\/1$/);
  });

  it('gives revisions, addenda and corrigenda of a document their own numbers after its symbol', async () => {
    const original = await upload();
    const rev1 = await upload({ relation: 'revision', parentId: original.id });
    expect(rev1).toMatchObject({ symbol: symbol('1/Rev.1'), variant: 'revision', variantNumber: 1, parentId: original.id, sequence: 1 });
    // A revision of Rev.1 is the original's Rev.2, never Rev.1/Rev.1.
    const rev2 = await upload({ relation: 'revision', parentId: rev1.id });
    expect(rev2).toMatchObject({ symbol: symbol('1/Rev.2'), variantNumber: 2, parentId: original.id });
    expect((await upload({ relation: 'addendum', parentId: original.id })).symbol).toBe(symbol('1/Add.1'));
    expect((await upload({ relation: 'addendum', parentId: rev2.id })).symbol).toBe(symbol('1/Add.2'));
    expect((await upload({ relation: 'corrigendum', parentId: original.id })).symbol).toBe(symbol('1/Corr.1'));
  });

  it('keeps the kind of the document a variant belongs to, whatever kind the form sent', async () => {
    const information = await upload({ kind: 'information' });
    const revision = await upload({ relation: 'revision', parentId: information.id, kind: 'draft' });
    expect(revision).toMatchObject({ kind: 'information', symbol: symbol('INF/1/Rev.1') });
  });

  it('gives a translation the symbol of the text it translates', async () => {
    const original = await upload();
    const chinese = await upload({ relation: 'translation', parentId: original.id, language: 'zh', title: '临时议程' });
    expect(chinese).toMatchObject({ symbol: symbol('1'), language: 'zh', variant: 'original', parentId: null });
    const rev1 = await upload({ relation: 'revision', parentId: original.id });
    const russianRev1 = await upload({ relation: 'translation', parentId: rev1.id, language: 'ru' });
    expect(russianRev1).toMatchObject({ symbol: symbol('1/Rev.1'), language: 'ru', variant: 'revision', variantNumber: 1 });
    // Translations take no number: the next new document is still 2.
    expect((await upload({ title: 'Another' })).symbol).toBe(symbol('2'));
  });

  it('numbers a revision after every earlier one, whichever language version it was made from', async () => {
    const english = await upload();
    const chinese = await upload({ relation: 'translation', parentId: english.id, language: 'zh' });
    expect((await upload({ relation: 'revision', parentId: english.id })).symbol).toBe(symbol('1/Rev.1'));
    expect((await upload({ relation: 'revision', parentId: chinese.id, language: 'zh' })).symbol).toBe(symbol('1/Rev.2'));
    expect((await upload({ relation: 'revision', parentId: english.id })).symbol).toBe(symbol('1/Rev.3'));
  });

  it('answers a second upload of the same symbol and language as a field error', async () => {
    session.actor = secretariat;
    const original = await upload();
    const before = await rowCounts();
    const result = await uploadDocumentAction(input({ relation: 'translation', parentId: original.id, language: 'en' }));
    expect(result).toMatchObject({ ok: false, formError: 'languageVersionExists', fieldErrors: { language: 'languageVersionExists' } });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a parent from another meeting, or a missing one', async () => {
    session.actor = secretariat;
    const elsewhere = await uploadDocument({ actor: secretariat, input: input({ meetingId: (await factory.createMeeting({ number: 9 })).id }) });
    const before = await rowCounts();
    const foreign = await uploadDocumentAction(input({ relation: 'revision', parentId: elsewhere.id }));
    expect(foreign).toMatchObject({ ok: false, fieldErrors: { parentId: 'documentInvalid' } });
    const missing = await uploadDocumentAction({ ...input({ relation: 'addendum' }), parentId: '' });
    expect(missing).toMatchObject({ ok: false, fieldErrors: { parentId: 'documentRequired' } });
    expect(await rowCounts()).toEqual(before);
  });
});

describe('uploadDocument storage and audit', () => {
  it('stores the file byte for byte with the type its content shows, and audits the upload', async () => {
    session.actor = secretariat;
    const bytes = pdfBytes('Report of the secretariat');
    const result = await uploadDocumentAction(
      input({ file: new File([bytes], 'Report.PDF', { type: 'application/octet-stream' }), isPublic: true, language: 'mn' }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({ symbol: symbol('1'), fileName: 'Report.PDF', contentType: 'application/pdf', byteSize: bytes.byteLength });
    expect(result.data).not.toHaveProperty('content');

    const stored = await getDocumentFile({ actor: null, input: { documentId: result.data.id } });
    expect(stored.contentType).toBe('application/pdf');
    expect(new Uint8Array(stored.content)).toEqual(bytes);

    const events = await db.select().from(auditEvents).where(eq(auditEvents.entityId, result.data.id)).orderBy(asc(auditEvents.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'document.uploaded',
      entityType: 'document',
      actorUserId: secretariat.id,
    });
    expect(events[0]?.change).toEqual({
      fields: {
        symbol: { after: symbol('1') },
        title: { after: result.data.title },
        language: { after: 'mn' },
        isPublic: { after: true },
        fileName: { after: 'Report.PDF' },
      },
    });
  });

  it.each([
    ['a Word file named .pdf', () => new File([docxBytes()], 'agenda.pdf', { type: 'application/pdf' }), 'fileTypeMismatch'],
    ['a text file', () => new File(['Provisional agenda'], 'agenda.txt', { type: 'text/plain' }), 'fileTypeUnsupported'],
    ['a program named .pdf', () => new File([new Uint8Array([0x4d, 0x5a, 0x90, 0])], 'agenda.pdf', { type: 'application/pdf' }), 'fileTypeUnsupported'],
    ['an empty file', () => new File([], 'agenda.pdf', { type: 'application/pdf' }), 'fileRequired'],
  ])('refuses %s as a field error and writes nothing', async (_, file, error) => {
    session.actor = secretariat;
    const result = await uploadDocumentAction(input({ file: file() }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { file: error } });
    expect(await rowCounts()).toEqual({ documents: 0, auditEvents: 0 });
  });

  it('refuses a file over 20 MB as a field error and writes nothing', async () => {
    session.actor = secretariat;
    const bytes = new Uint8Array(maxDocumentBytes + 1);
    bytes.set(pdfBytes());
    const result = await uploadDocumentAction(input({ file: new File([bytes], 'big.pdf', { type: 'application/pdf' }) }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { file: 'fileTooLarge' } });
    expect(await rowCounts()).toEqual({ documents: 0, auditEvents: 0 });
  });

  it('has the database refuse a size over 20 MB or an empty file', async () => {
    const row = {
      meetingId,
      kind: 'working' as const,
      sequence: 1,
      symbol: symbol('1'),
      title: 'Provisional agenda',
      language: 'en' as const,
      fileName: 'agenda.pdf',
      contentType: 'application/pdf',
      byteSize: 12,
      content: Buffer.from(pdfBytes()),
    };
    await expect(db.insert(documents).values({ ...row, byteSize: maxDocumentBytes + 1 })).rejects.toThrow();
    await expect(db.insert(documents).values({ ...row, byteSize: 0 })).rejects.toThrow();
    await db.insert(documents).values({ ...row, byteSize: maxDocumentBytes });
    expect((await rowCounts()).documents).toBe(1);
  });

  it('refuses anything but a File', async () => {
    session.actor = secretariat;
    const result = await uploadDocumentAction({ ...input(), file: 'agenda.pdf' as never });
    expect(result).toMatchObject({ ok: false, fieldErrors: { file: 'fileRequired' } });
  });
});

describe('uploadDocument permissions', () => {
  it.each<Role>(['chair', 'delegate', 'observer'])('refuses a %s and writes nothing', async (role) => {
    const actor = await factory.createActor({ role });
    // Chairing the meeting still gives no power to upload to it.
    if (role === 'chair') await makeChair(actor.id);
    session.actor = actor;
    const result = await uploadDocumentAction(input());
    expect(result).toMatchObject({ ok: false, formError: 'forbidden' });
    await expect(upload({}, actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await rowCounts()).toEqual({ documents: 0, auditEvents: 0 });
  });
});

describe('changeDocumentAccess', () => {
  it('makes a restricted paper public and restricts it again, audited, and then anyone or no one signed out opens it', async () => {
    const draft = await upload({ isPublic: false, title: 'Draft decisions' });
    const released = await changeDocumentAccess({ actor: secretariat, input: { documentId: draft.id, isPublic: true } });
    expect(released.isPublic).toBe(true);
    await expect(getDocumentFile({ actor: null, input: { documentId: draft.id } })).resolves.toMatchObject({ id: draft.id });
    // Asked again for what it already is, nothing changes and nothing is recorded.
    await changeDocumentAccess({ actor: secretariat, input: { documentId: draft.id, isPublic: true } });
    await changeDocumentAccess({ actor: secretariat, input: { documentId: draft.id, isPublic: false } });
    await expect(getDocumentFile({ actor: null, input: { documentId: draft.id } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'document.access_changed')).orderBy(asc(auditEvents.id));
    expect(events.map((e) => (e.change as { fields: unknown }).fields)).toEqual([
      { isPublic: { before: false, after: true } },
      { isPublic: { before: true, after: false } },
    ]);
  });

  it("keeps a published statement's paper public", async () => {
    const paper = await upload({ isPublic: true, title: 'NEASPEC Commemorative Statement' });
    await factory.createStatement({ meetingId, status: 'published', adoptedAt: new Date(), adoptionManner: 'consensus', publishedAt: new Date(), documentId: paper.id });
    const before = await rowCounts();
    await expect(changeDocumentAccess({ actor: secretariat, input: { documentId: paper.id, isPublic: false } })).rejects.toMatchObject({
      messageKey: 'documentIsStatementPaper',
    });
    expect((await db.select().from(documents).where(eq(documents.id, paper.id)))[0]!.isPublic).toBe(true);
    expect(await rowCounts()).toEqual(before);
    expect(await db.select({ id: statements.id }).from(statements)).toHaveLength(1);
  });

  it.each<Role>(['chair', 'delegate', 'observer'])('refuses a %s, the action as the service, writing nothing', async (role) => {
    const draft = await upload({ isPublic: false });
    const actor = await factory.createActor({ role });
    if (role === 'chair') await makeChair(actor.id);
    const before = await rowCounts();
    session.actor = actor;
    expect(await changeDocumentAccessAction({ documentId: draft.id, isPublic: true })).toMatchObject({ ok: false, formError: 'forbidden' });
    await expect(changeDocumentAccess({ actor, input: { documentId: draft.id, isPublic: true } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await db.select().from(documents).where(eq(documents.id, draft.id)))[0]!.isPublic).toBe(false);
    expect(await rowCounts()).toEqual(before);
  });
});

describe('getDocumentFile', () => {
  async function twoDocuments() {
    const chair = await factory.createActor({ role: 'chair' });
    await makeChair(chair.id);
    const publicDocument = await upload({ isPublic: true, title: 'Provisional agenda' });
    const restrictedDocument = await upload({ isPublic: false, title: 'Draft decisions' });
    return { chair, publicDocument, restrictedDocument };
  }

  const open = (actor: Actor | null, documentId: string) => getDocumentFile({ actor, input: { documentId } });

  it('opens a public document to anyone, signed out too', async () => {
    const { publicDocument } = await twoDocuments();
    for (const role of ['secretariat', 'chair', 'delegate', 'observer'] as const) {
      await expect(open(await factory.createActor({ role }), publicDocument.id)).resolves.toMatchObject({ id: publicDocument.id });
    }
    await expect(open(null, publicDocument.id)).resolves.toMatchObject({ id: publicDocument.id });
  });

  it("opens a restricted document to the secretariat and that meeting's chair only", async () => {
    const { chair, restrictedDocument } = await twoDocuments();
    await expect(open(secretariat, restrictedDocument.id)).resolves.toMatchObject({ id: restrictedDocument.id });
    await expect(open(chair, restrictedDocument.id)).resolves.toMatchObject({ id: restrictedDocument.id });

    const otherChair = await factory.createActor({ role: 'chair' });
    await factory.createMeeting({ number: 27, chairUserId: otherChair.id });
    const refused: (Actor | null)[] = [
      null,
      otherChair,
      await factory.createActor({ role: 'delegate' }),
      await factory.createActor({ role: 'observer' }),
    ];
    for (const actor of refused) {
      const error = await open(actor, restrictedDocument.id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('does not find a document that does not exist', async () => {
    await expect(open(secretariat, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('GET /files/[documentId]', () => {
  const get = (documentId: string) => download(new Request(`http://localhost/files/${documentId}`), { params: Promise.resolve({ documentId }) });

  it('sends a public document to a visitor as an attachment named after its symbol and language', async () => {
    const bytes = pdfBytes('Public agenda');
    const document = await upload({ isPublic: true, language: 'ko', file: new File([bytes], '의제.pdf', { type: 'application/pdf' }) });
    const response = await get(document.id);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(bytes.byteLength),
      'content-disposition': `attachment; filename="${symbol('1').replaceAll('/', '-')}-ko.pdf"; filename*=UTF-8''${encodeURIComponent(symbol('1').replaceAll('/', '-')).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))}-ko.pdf`,
      'x-content-type-options': 'nosniff',
    });
    expect(response.headers.get('cache-control')).not.toMatch(/no-store/);
  });

  it('sends a restricted document to the secretariat, never cached, and is "not found" to a visitor', async () => {
    const document = await upload({ isPublic: false });
    expect((await get(document.id)).status).toBe(404);
    session.actor = secretariat;
    const response = await get(document.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });

  it('answers a malformed or unknown id with 404', async () => {
    expect((await get('not-a-uuid')).status).toBe(404);
    expect((await get("1' or '1'='1")).status).toBe(404);
    expect((await get('00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});

describe("a meeting's papers in one ZIP", () => {
  /** Each entry of a package, by name, with its bytes. */
  async function entries(content: Uint8Array): Promise<Record<string, Uint8Array>> {
    const zip = await JSZip.loadAsync(content);
    const names = Object.keys(zip.files);
    return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await zip.file(name)!.async('uint8array')] as const)));
  }
  const fileName = (rest: string) => `${symbol(rest).replaceAll('/', '-')}.pdf`;

  /** A public agenda in English and Chinese, a restricted draft, and a public note withdrawn. */
  async function papers() {
    const chair = await factory.createActor({ role: 'chair' });
    await makeChair(chair.id);
    const agenda = await upload({ isPublic: true, title: 'Provisional agenda', file: pdf('agenda.pdf', 'Agenda') });
    await upload({ relation: 'translation', parentId: agenda.id, language: 'zh', isPublic: true, file: pdf('议程.pdf', 'Agenda zh') });
    await upload({ kind: 'draft', isPublic: false, title: 'Draft decisions', file: pdf('draft.pdf', 'Draft') });
    const note = await upload({ kind: 'information', isPublic: true, title: 'Note', file: pdf('note.pdf', 'Note') });
    await withdraw(note.id);
    return { chair };
  }
  const pack = (actor: Actor | null, id = meetingId) => getPapersPackage({ actor, input: { meetingId: id } });

  it('gives the secretariat and the meeting\'s chair every paper but the withdrawn, each under its own download\'s name and bytes', async () => {
    const { chair } = await papers();
    for (const actor of [secretariat, chair]) {
      const found = await pack(actor);
      expect(found.fileName).toBe(`${documentSymbolPrefix.replaceAll('/', '-')}-SOM(26)-papers.zip`);
      const files = await entries(found.content);
      expect(Object.keys(files)).toEqual([fileName('1-en'), fileName('1-zh'), fileName('L.1-en')]);
      expect(files[fileName('1-en')]).toEqual(pdfBytes('Agenda'));
      expect(files[fileName('L.1-en')]).toEqual(pdfBytes('Draft'));
    }
  });

  it('gives delegates, observers, another meeting\'s chair and visitors the public papers alone', async () => {
    await papers();
    const otherChair = await factory.createActor({ role: 'chair' });
    await factory.createMeeting({ number: 27, chairUserId: otherChair.id });
    const readers = [null, otherChair, await factory.createActor({ role: 'delegate' }), await factory.createActor({ role: 'observer' })];
    for (const actor of readers) {
      expect(Object.keys(await entries((await pack(actor)).content))).toEqual([fileName('1-en'), fileName('1-zh')]);
    }
  });

  it('finds nothing for a meeting with no paper the reader may open, nor for a meeting that does not exist', async () => {
    await upload({ isPublic: false });
    await expect(pack(null)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(pack(await factory.createActor({ role: 'delegate' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(pack(secretariat, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('is sent as a ZIP attachment never cached, and a malformed, unknown or empty meeting is 404', async () => {
    await papers();
    const get = (id: string) => downloadPapers(new Request(`http://localhost/files/meetings/${id}/papers`), { params: Promise.resolve({ meetingId: id }) });
    const response = await get(meetingId);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'application/zip',
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
    expect(response.headers.get('content-disposition')).toContain('-SOM(26)-papers.zip"');
    expect(Object.keys(await entries(new Uint8Array(await response.arrayBuffer())))).toEqual([fileName('1-en'), fileName('1-zh')]);
    session.actor = secretariat;
    expect(Object.keys(await entries(new Uint8Array(await (await get(meetingId)).arrayBuffer())))).toHaveLength(3);
    expect((await get('not-a-uuid')).status).toBe(404);
    expect((await get('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await get((await factory.createMeeting({ number: 28 })).id)).status).toBe(404);
  });
});

const withdraw = (documentId: string, actor = secretariat, reason = 'Uploaded to the wrong meeting') => withdrawDocument({ actor, input: { documentId, reason } });

/** Every document row and audit event: what a refused step must leave as it was. */
async function snapshot() {
  const rows = await db
    .select({ id: documents.id, withdrawnAt: documents.withdrawnAt, withdrawalReason: documents.withdrawalReason, isPublic: documents.isPublic })
    .from(documents)
    .orderBy(documents.id);
  return { rows, ...(await rowCounts()) };
}

describe('withdrawDocument', () => {
  it('withdraws a paper with its reason, audited: staff still see and open it, nobody else; its number is not given again', async () => {
    const chair = await factory.createActor({ role: 'chair' });
    await makeChair(chair.id);
    const wrong = await upload({ title: 'Report of another meeting', isPublic: true });
    const kept = await upload({ title: 'Draft decisions' });
    const at = new Date('2026-12-07T02:00:00Z');
    const withdrawn = await withdrawDocument({ actor: secretariat, input: { documentId: wrong.id, reason: 'Uploaded to the wrong meeting' }, now: at });
    expect(withdrawn).toMatchObject({ id: wrong.id, withdrawnAt: at, withdrawalReason: 'Uploaded to the wrong meeting' });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'document.withdrawn')).orderBy(asc(auditEvents.id));
    expect(event).toMatchObject({ actorUserId: secretariat.id, entityType: 'document', entityId: wrong.id, change: { reason: 'Uploaded to the wrong meeting', meetingId } });

    // Its file: staff alone; the chair and a visitor are told it does not exist.
    await expect(getDocumentFile({ actor: secretariat, input: { documentId: wrong.id } })).resolves.toMatchObject({ id: wrong.id });
    for (const actor of [null, chair]) {
      await expect(getDocumentFile({ actor, input: { documentId: wrong.id } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    // The lists: staff see it marked, the chair sees the restricted paper but not the withdrawn one, the public neither.
    const staffView = await getMeeting({ actor: secretariat, input: { meetingId } });
    expect(staffView.documents.map((d) => [d.symbol, Boolean(d.withdrawnAt)])).toEqual([
      [symbol('1'), true],
      [symbol('2'), false],
    ]);
    expect((await getMeeting({ actor: chair, input: { meetingId } })).documents.map((d) => d.id)).toEqual([kept.id]);
    expect((await getPublicMeeting({ input: { meetingId } })).documents).toEqual([]);

    // A symbol once issued is not reused: the next working paper is /3.
    expect((await upload({ title: 'Annotated agenda' })).symbol).toBe(symbol('3'));
  });

  it('refuses a paper already withdrawn, and any later step on it, writing nothing', async () => {
    const wrong = await upload({ isPublic: true });
    await withdraw(wrong.id);
    const before = await snapshot();
    expect(await refusal(withdraw(wrong.id, secretariat, 'Again'))).toMatchObject({ code: 'INVALID_STATE', messageKey: 'documentWithdrawn' });
    expect(await refusal(changeDocumentAccess({ actor: secretariat, input: { documentId: wrong.id, isPublic: false } }))).toMatchObject({
      messageKey: 'documentWithdrawn',
    });
    expect(await refusal(upload({ relation: 'translation', parentId: wrong.id, language: 'ru' }))).toMatchObject({
      fieldErrors: { parentId: 'documentParentWithdrawn' },
    });
    expect(await refusal(upload({ relation: 'revision', parentId: wrong.id }))).toMatchObject({ fieldErrors: { parentId: 'documentParentWithdrawn' } });
    expect(await snapshot()).toEqual(before);
  });

  it('withdraws a paper once when two staff withdraw it at the same time', async () => {
    const paper = await upload();
    const results = await Promise.allSettled([withdraw(paper.id, secretariat, 'Wrong file'), withdraw(paper.id, secretariat, 'Wrong meeting')]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({ reason: { messageKey: 'documentWithdrawn' } });
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'document.withdrawn')).orderBy(asc(auditEvents.id))).toHaveLength(1);
  });

  it("refuses a published statement's paper, the issued agenda and its annotations, and a cancelled meeting's paper, writing nothing", async () => {
    const statementPaper = await upload({ title: 'NEASPEC Commemorative Statement' });
    await factory.createStatement({ meetingId, status: 'published', adoptedAt: new Date(), adoptionManner: 'consensus', publishedAt: new Date(), documentId: statementPaper.id });
    const agendaPaper = await upload({ title: 'Provisional agenda' });
    const annotations = await upload({ relation: 'addendum', parentId: agendaPaper.id, title: 'Annotated provisional agenda' });
    await db.insert(agendas).values({ meetingId, agendaDocumentId: agendaPaper.id, annotationsDocumentId: annotations.id });
    const other = await upload({ title: 'Information note' });
    const before = await snapshot();
    expect(await refusal(withdraw(statementPaper.id))).toMatchObject({ code: 'INVALID_STATE', messageKey: 'withdrawStatementPaper' });
    expect(await refusal(withdraw(agendaPaper.id))).toMatchObject({ code: 'INVALID_STATE', messageKey: 'withdrawAgendaPaper' });
    expect(await refusal(withdraw(annotations.id))).toMatchObject({ code: 'INVALID_STATE', messageKey: 'withdrawAgendaPaper' });
    await db.update(meetings).set({ status: 'cancelled', cancellationReason: 'Host withdrew' }).where(eq(meetings.id, meetingId));
    expect(await refusal(withdraw(other.id))).toMatchObject({ code: 'INVALID_STATE', messageKey: 'meetingCancelled' });
    expect(await refusal(withdraw('00000000-0000-4000-8000-000000000000'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await snapshot()).toEqual(before);
  });

  it('takes a withdrawn paper off the agenda: no longer offered, shown or linked', async () => {
    const linked = await upload({ title: 'Progress report' });
    await addAgendaItem({ actor: secretariat, input: addAgendaItemSchema.parse({ meetingId, title: 'Review', kind: 'substantive', documentIds: [linked.id] }) });
    expect((await getAgenda({ actor: secretariat, input: { meetingId } })).items[0]!.documents.map((d) => d.documentId)).toEqual([linked.id]);
    await withdraw(linked.id);
    const agenda = await getAgenda({ actor: secretariat, input: { meetingId } });
    expect(agenda.documents).toEqual([]);
    expect(agenda.items[0]!.documents).toEqual([]);
    const [linksBefore] = await db.select({ n: count() }).from(agendaItemDocuments);
    expect(
      await refusal(addAgendaItem({ actor: secretariat, input: addAgendaItemSchema.parse({ meetingId, title: 'Other', kind: 'substantive', documentIds: [linked.id] }) })),
    ).toMatchObject({ fieldErrors: { documentIds: 'documentInvalid' } });
    const [linksAfter] = await db.select({ n: count() }).from(agendaItemDocuments);
    expect(linksAfter!.n).toBe(linksBefore!.n);
  });

  it.each<Role>(['chair', 'delegate', 'observer'])('refuses a %s, through the action and the service, writing nothing', async (role) => {
    const paper = await upload();
    const actor = await factory.createActor({ role });
    // Chairing the meeting gives no power over its papers.
    if (role === 'chair') await makeChair(actor.id);
    const before = await snapshot();
    session.actor = actor;
    expect(await withdrawDocumentAction({ documentId: paper.id, reason: 'Not ours' })).toMatchObject({ ok: false, formError: 'forbidden' });
    expect(await refusal(withdraw(paper.id, actor))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await snapshot()).toEqual(before);
  });

  it('answers a reason too short as a field error, writing nothing', async () => {
    const paper = await upload();
    const before = await snapshot();
    session.actor = secretariat;
    expect(await withdrawDocumentAction({ documentId: paper.id, reason: ' x ' })).toMatchObject({ ok: false, fieldErrors: { reason: 'withdrawalReasonRequired' } });
    expect(await snapshot()).toEqual(before);
  });
});

describe('uploads to a closed meeting', () => {
  it('refuses a cancelled meeting and writes nothing, but takes the report of a concluded one', async () => {
    await db.update(meetings).set({ status: 'cancelled', cancellationReason: 'Host withdrew' }).where(eq(meetings.id, meetingId));
    const before = await rowCounts();
    const error = await upload().then(() => undefined, (e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_STATE', messageKey: 'meetingCancelled' });
    expect(await rowCounts()).toEqual(before);

    await db.update(meetings).set({ status: 'concluded', cancellationReason: null }).where(eq(meetings.id, meetingId));
    expect((await upload({ title: 'Report of the meeting' })).symbol).toBe(symbol('1'));
  });
});

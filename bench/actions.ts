import { readFileSync } from 'node:fs';
import path from 'node:path';
import { encodeReply } from 'next/dist/compiled/react-server-dom-webpack/client.node.js';
import type { z } from 'zod';
import type { uploadDocumentSchema } from '@/lib/documents/schemas';
import type { registerMemberSchema } from '@/lib/registrations/schemas';

type ServerReferenceManifest = { node: Record<string, { filename: string; exportedName: string }> };

/** The server actions the write bursts send, by their export and the actions file that holds it. */
export const burstActions = {
  upload: { exportedName: 'uploadDocumentAction', file: path.join('documents', 'actions.ts') },
  registration: { exportedName: 'registerMemberAction', file: path.join('register', 'actions.ts') },
} as const;
export type BurstKind = keyof typeof burstActions;
export type ActionIds = Record<BurstKind, string>;

/** The ids the build gave the bursts' actions, from .next's server reference manifest. */
export function burstActionIds(): ActionIds {
  const manifestFile = path.join(process.cwd(), '.next', 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ServerReferenceManifest;
  const idOf = ({ exportedName, file }: (typeof burstActions)[BurstKind]) => {
    const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === exportedName && action.filename.endsWith(file));
    if (!entry) throw new Error(`the build has no ${exportedName}: is .next a build of this checkout?`);
    return entry[0];
  };
  return { upload: idOf(burstActions.upload), registration: idOf(burstActions.registration) };
}

export type ActionCall = { actionIds: ActionIds; origin: string; cookie: string; meetingId: string };

/**
 * Sends a form's server action as the browser does: React's own encoder makes the body (a File as
 * a multipart part, the other fields as JSON), posted to the form's page with the action's id in
 * Next-Action. Null when the action answered { ok: true }; else the answer, shortened, to say why.
 */
async function sendAction(call: ActionCall, kind: BurstKind, pagePath: string, input: unknown): Promise<string | null> {
  const response = await fetch(`${call.origin}${pagePath}`, {
    method: 'POST',
    headers: { accept: 'text/x-component', 'next-action': call.actionIds[kind], origin: call.origin, cookie: call.cookie },
    body: await encodeReply([input]),
  });
  const body = await response.text();
  return response.ok && body.includes('"ok":true') ? null : `HTTP ${response.status}: ${body.replace(/\s+/g, ' ').slice(0, 300)}`;
}

/** The upload form of a meeting's documents, for a small PDF named `title`. */
export function sendUpload(call: ActionCall, document: { title: string; pdf: Buffer }): Promise<string | null> {
  const input: z.input<typeof uploadDocumentSchema> = {
    meetingId: call.meetingId,
    relation: 'new',
    parentId: '',
    kind: 'information',
    title: document.title,
    language: 'en',
    isPublic: false,
    file: new File([new Uint8Array(document.pdf)], 'benchmark.pdf', { type: 'application/pdf' }),
  };
  return sendAction(call, 'upload', `/meetings/${call.meetingId}/documents/new`, input);
}

/** The registration of a delegation member by name and email (the head's form, which staff may use for any delegation). */
export function sendRegistration(call: ActionCall, member: { partyId: string; name: string; email: string }): Promise<string | null> {
  const input: z.input<typeof registerMemberSchema> = {
    meetingId: call.meetingId,
    partyId: member.partyId,
    name: member.name,
    email: member.email,
    delegationRole: 'delegate',
    honorific: '',
    position: '',
    organization: '',
    participation: 'in_person',
    arrivalDate: '',
    departureDate: '',
    dietaryNeeds: '',
    accessNeeds: '',
    isListedPublicly: false,
  };
  return sendAction(call, 'registration', `/meetings/${call.meetingId}/register`, input);
}

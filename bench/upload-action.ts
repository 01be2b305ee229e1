import { readFileSync } from 'node:fs';
import path from 'node:path';
import { encodeReply } from 'next/dist/compiled/react-server-dom-webpack/client.node.js';
import type { z } from 'zod';
import type { uploadDocumentSchema } from '@/lib/documents/schemas';

type ServerReferenceManifest = { node: Record<string, { filename: string; exportedName: string }> };

/** The id the build gave `uploadDocumentAction`, from .next's server reference manifest. */
export function uploadActionId(): string {
  const manifestFile = path.join(process.cwd(), '.next', 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ServerReferenceManifest;
  const entry = Object.entries(manifest.node).find(
    ([, action]) => action.exportedName === 'uploadDocumentAction' && action.filename.endsWith(path.join('documents', 'actions.ts')),
  );
  if (!entry) throw new Error('the build has no uploadDocumentAction: is .next a build of this checkout?');
  return entry[0];
}

export type UploadCall = { actionId: string; origin: string; cookie: string; meetingId: string };

/**
 * Sends the upload form's server action as the browser does: React's own encoder makes the
 * multipart body (the File as a part, the other fields as JSON), posted to the upload page with
 * the action's id in Next-Action. True when the action answered { ok: true }.
 */
export async function sendUpload(call: UploadCall, document: { title: string; pdf: Buffer }): Promise<boolean> {
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
  const response = await fetch(`${call.origin}/meetings/${call.meetingId}/documents/new`, {
    method: 'POST',
    headers: { accept: 'text/x-component', 'next-action': call.actionId, origin: call.origin, cookie: call.cookie },
    body: await encodeReply([input]),
  });
  const body = await response.text();
  return response.ok && body.includes('"ok":true');
}

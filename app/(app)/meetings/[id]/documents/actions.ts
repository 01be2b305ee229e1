'use server';

import { validatedAction } from '@/lib/action';
import { changeDocumentAccess } from '@/lib/documents/change-document-access';
import { changeDocumentAccessSchema, uploadDocumentSchema, withdrawDocumentSchema } from '@/lib/documents/schemas';
import { uploadDocument } from '@/lib/documents/upload-document';
import { withdrawDocument } from '@/lib/documents/withdraw-document';

// The File travels inside the argument object: React serializes it as a multipart part and the
// server gets a real File back, so the same zod schema checks it on both sides.
export const uploadDocumentAction = validatedAction(uploadDocumentSchema, uploadDocument);
export const changeDocumentAccessAction = validatedAction(changeDocumentAccessSchema, changeDocumentAccess);
export const withdrawDocumentAction = validatedAction(withdrawDocumentSchema, withdrawDocument);

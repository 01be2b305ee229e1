import 'server-only';
import { listAdoptedTexts, type AdoptedTextRow } from '@/db/queries/statement-archive';
import { pageWindow, toPage, type Page } from '../pagination';
import type { FindAdoptedTextsInput } from './schemas';

// The programme's adopted texts, latest first, searched by their words: anyone may read them, as
// each is published.
export async function findAdoptedTexts({ input }: { input: FindAdoptedTextsInput }): Promise<Page<AdoptedTextRow>> {
  const window = pageWindow(input.page);
  const { rows, total } = await listAdoptedTexts({ words: input.q || undefined, kind: input.kind, limit: window.pageSize, offset: window.offset });
  return toPage(rows, total, window);
}

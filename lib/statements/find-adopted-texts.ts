import 'server-only';
import { listAdoptedTexts, listAdoptionYears, type AdoptedTextRow } from '@/db/queries/statement-archive';
import { officeTimeZone } from '../config';
import { pageWindow, toPage, type Page } from '../pagination';
import { zonedLocalToInstant } from '../time-zones';
import type { FindAdoptedTextsInput } from './schemas';

/** How many matches the archive counts: past it, the reader is told there are more and asked to narrow. */
const adoptedTextsCountCap = 1000;

type AdoptedTextsPage = Page<AdoptedTextRow> & { isCapped: boolean; years: number[] };

// The programme's adopted texts, latest first, searched by their words, narrowed by kind and by the
// year of adoption: anyone may read them, as each is published. A year is the secretariat's (the
// office time zone's), one bound for every text, so the adoption times' index answers it.
export async function findAdoptedTexts({ input }: { input: FindAdoptedTextsInput }): Promise<AdoptedTextsPage> {
  const window = pageWindow(input.page);
  const yearBounds = input.year
    ? { adoptedFrom: zonedLocalToInstant(`${input.year}-01-01T00:00`, officeTimeZone), adoptedBefore: zonedLocalToInstant(`${input.year + 1}-01-01T00:00`, officeTimeZone) }
    : {};
  const [{ rows, total, isCapped }, years] = await Promise.all([
    listAdoptedTexts({ words: input.q || undefined, kind: input.kind, ...yearBounds, limit: window.pageSize, offset: window.offset, countCap: adoptedTextsCountCap }),
    listAdoptionYears(officeTimeZone),
  ]);
  return { ...toPage(rows, total, window), isCapped, years };
}

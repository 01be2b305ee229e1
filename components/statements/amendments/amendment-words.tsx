import type { Change } from 'diff';
import { Words } from '../revision-comparison';

/** What an amendment does to its paragraph, word by word: added words marked, removed ones struck. */
export function AmendmentWords({ parts }: { parts: Change[] }) {
  return (
    <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-900" data-testid="amendment-words">
      <Words parts={parts} show="both" />
    </p>
  );
}

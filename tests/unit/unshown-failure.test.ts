import { describe, expect, it } from 'vitest';
import { unshownFailure } from '@/components/forms/unshown-failure';
import type { ActionFailure } from '@/lib/action';

const shown = (field: string) => field === 'title';

describe("a form's alert", () => {
  it('says a refusal that names no field', () => {
    const failure: ActionFailure = { ok: false, formError: 'meetingCancelled', messages: { meetingCancelled: 'The meeting was cancelled.' } };
    expect(unshownFailure(failure, shown)).toBe(failure);
    expect(unshownFailure(undefined, shown)).toBeUndefined();
  });

  it('leaves the errors of shown fields to their fields', () => {
    expect(unshownFailure({ ok: false, formError: 'invalid', fieldErrors: { title: 'titleRequired' } }, shown)).toBeUndefined();
  });

  it('says the errors of fields the form does not show, and only those', () => {
    const failure: ActionFailure = {
      ok: false,
      formError: 'invalid',
      fieldErrors: { title: 'titleRequired', projectId: 'projectInvalid' },
      messages: { projectInvalid: 'This project does not exist.' },
    };
    expect(unshownFailure(failure, shown)).toEqual({
      ok: false,
      formError: undefined,
      formErrorValues: undefined,
      fieldErrors: { projectId: 'projectInvalid' },
      messages: { projectInvalid: 'This project does not exist.' },
    });
  });
});

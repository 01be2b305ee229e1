import type { ActionFailure } from '@/lib/action';

/**
 * What of a form's refusal its alert must say: the refusal itself when no field is named, else the
 * errors of the named fields the form does not show (a hidden id the server found wrong), which
 * would otherwise be said nowhere. Field errors the form shows are said on their fields only.
 */
export function unshownFailure(failure: ActionFailure | undefined, isShown: (field: string) => boolean): ActionFailure | undefined {
  const fieldErrors = Object.entries(failure?.fieldErrors ?? {});
  if (!failure || fieldErrors.length === 0) return failure;
  const unshown = fieldErrors.filter(([field]) => !isShown(field));
  if (unshown.length === 0) return undefined;
  return { ...failure, formError: undefined, formErrorValues: undefined, fieldErrors: Object.fromEntries(unshown) };
}

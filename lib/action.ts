import { headers } from 'next/headers';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { showChanges, type FieldChange, type ShownChange } from './changes';
import { clientAddress } from './client-address';
import { trustedProxyHops } from './config';
import { AppError, type MessageValues } from './errors';
import type { Actor } from './permissions';
import { requireSignedIn } from './session';

export type FieldErrors = Record<string, string>;
/**
 * A refusal as the browser gets it: message keys (of the catalog's `errors` or `browserErrors`),
 * the sentence of each key it carries and what changed for a stale edit, both worded by the server
 * in the reader's language. The browser holds only `browserErrors`, the messages of its own checks, so a
 * refusal made in the browser (a form's check, a move the agenda refuses) has no `messages`.
 */
export type ActionFailure = {
  ok: false;
  formError?: string;
  formErrorValues?: MessageValues;
  fieldErrors?: FieldErrors;
  changes?: ShownChange[];
  messages?: Record<string, string>;
};
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;
type Refusal = Omit<ActionFailure, 'ok' | 'messages' | 'changes'> & { changes?: FieldChange[] };

/**
 * The refusal as the action's answer, with its sentences and its changes in words: a key missing
 * from the catalog reads as `invalid`.
 */
export async function refusal({ changes, ...details }: Refusal): Promise<ActionFailure> {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const sentence = (key: string, values?: MessageValues) => {
    const path = [`errors.${key}`, `browserErrors.${key}`].find((candidate) => t.has(candidate)) ?? 'browserErrors.invalid';
    return t(path, values);
  };
  const messages: Record<string, string> = {};
  if (details.formError) messages[details.formError] = sentence(details.formError, details.formErrorValues);
  for (const key of Object.values(details.fieldErrors ?? {})) messages[key] ??= sentence(key);
  return { ok: false, ...details, ...(changes && { changes: showChanges(changes, t, format) }), messages };
}

/** An AppError as the action's answer: only what the user may read. */
function refusalOf(error: AppError): Promise<ActionFailure> {
  return refusal({
    formError: error.messageKey,
    ...(error.values && { formErrorValues: error.values }),
    ...(error.fieldErrors && { fieldErrors: error.fieldErrors }),
    ...(error.changes && { changes: error.changes }),
  });
}

type UseCase<Input, Output> = (args: { actor: Actor; input: Input }) => Promise<Output>;

type Options = {
  /** For the password change only: the one action someone with a temporary password may run. */
  allowWhilePasswordChangeDue?: boolean;
};

/** The first message of each field, keyed by the field's path (as react-hook-form names fields). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    errors[key] ??= issue.message;
  }
  return errors;
}

/**
 * The one shape of every server action: parse with the form's zod schema, find the signed-in actor
 * (refusing anyone who must first replace a temporary password), run the use-case (which checks
 * permissions and writes in one transaction), and answer with one result type. Refusals become
 * messages; anything else is a bug and is rethrown.
 *
 * Nothing is revalidated: no page is cached on the server (each renders per request), and Next
 * answers an action that revalidates any path with a new render of the page it was sent from, which
 * the browser throws away when the form then moves on or refreshes. The control that called the
 * action shows its effect: it navigates (a fresh render of the next page) or calls router.refresh().
 */
export function validatedAction<Schema extends z.ZodType, Output>(
  schema: Schema,
  useCase: UseCase<z.output<Schema>, Output>,
  options: Options = {},
) {
  return async (input: z.input<Schema>): Promise<ActionResult<Output>> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return refusal({ fieldErrors: fieldErrorsOf(parsed.error) });
    const { actor, mustChangePassword } = await requireSignedIn();
    if (mustChangePassword && !options.allowWhilePasswordChangeDue) return refusal({ formError: 'passwordChangeRequired' });
    return settle(() => useCase({ actor, input: parsed.data }));
  };
}

/** Who calls a public action, as far as anyone can tell: where from, for the limits that keep it from being abused. */
export type Visitor = { clientAddress: string };

type PublicUseCase<Input, Output> = (args: { input: Input; visitor: Visitor }) => Promise<Output>;

/**
 * The same shape for the few actions anyone may call signed out (signing up, accepting an
 * invitation): there is no actor, so the use-case gets the visitor instead, and it is the use-case
 * that limits how often one address may call it. Sessions are not read: being signed in changes nothing.
 */
export function publicAction<Schema extends z.ZodType, Output>(
  schema: Schema,
  useCase: PublicUseCase<z.output<Schema>, Output>,
) {
  return async (input: z.input<Schema>): Promise<ActionResult<Output>> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return refusal({ fieldErrors: fieldErrorsOf(parsed.error) });
    const visitor = { clientAddress: clientAddress((await headers()).get('x-forwarded-for'), trustedProxyHops) };
    return settle(() => useCase({ input: parsed.data, visitor }));
  };
}

/** Runs the use-case: a refusal becomes the answer, anything else is a bug and is rethrown. */
async function settle<Output>(run: () => Promise<Output>): Promise<ActionResult<Output>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    if (error instanceof AppError) return refusalOf(error);
    throw error;
  }
}

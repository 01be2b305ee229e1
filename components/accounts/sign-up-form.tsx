'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import type { Party } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import { signInPathFor } from '@/lib/accounts/links';
import { signUpSchema, type SignUpInput } from '@/lib/accounts/schemas';
import { partyKinds } from '@/lib/parties/values';
import { ActionForm } from '../forms/action-form';
import { FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Button } from '../ui/button';
import { SelectInput, TextInput } from '../ui/field';

type SignUpFormProps = {
  parties: Pick<Party, 'id' | 'code' | 'name' | 'kind'>[];
  /** The meeting the person came to register for: kept through confirmation to their first sign-in. */
  meetingId?: string;
  action: (input: SignUpInput) => Promise<ActionResult<{ userId: string }>>;
};

export function SignUpForm({ parties, meetingId, action }: SignUpFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: signUpSchema,
    action,
    defaultValues: { name: '', email: '', password: '', partyId: '', position: '', meetingId: meetingId ?? '' },
    leavesOnSuccess: true,
    onSuccess: () => router.push(meetingId ? `/sign-up/pending?meeting=${meetingId}` : '/sign-up/pending'),
  });

  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="space-y-5">
      <input type="hidden" {...form.register('meetingId')} />
      <FormField name="name" id="sign-up-name" label={t('signUp.name')}>
        <TextInput autoComplete="name" />
      </FormField>
      <FormField name="email" id="sign-up-email" label={t('signUp.email')} hint={t('signUp.emailHint')}>
        <TextInput type="email" autoComplete="email" />
      </FormField>
      <FormField name="password" id="sign-up-password" label={t('signUp.password')} hint={t('signUp.passwordHint')}>
        <TextInput type="password" autoComplete="new-password" />
      </FormField>
      <FormField name="partyId" id="sign-up-party" label={t('signUp.party')} hint={t('signUp.partyHint')}>
        <SelectInput>
          <option value="">{t('signUp.choose')}</option>
          {partyKinds.map((kind) => {
            const ofKind = parties.filter((party) => party.kind === kind);
            return ofKind.length === 0 ? null : (
              <optgroup key={kind} label={t(`partyKinds.${kind}`)}>
                {ofKind.map((party) => (
                  <option key={party.id} value={party.id}>
                    {party.name}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </SelectInput>
      </FormField>
      <FormField name="position" id="sign-up-position" label={t('signUp.position')} hint={t('signUp.positionHint')}>
        <TextInput autoComplete="organization-title" />
      </FormField>
      <Button type="submit" className="w-full" isPending={isPending} pendingLabel={t('signUp.submitting')}>
        {t('signUp.submit')}
      </Button>
      <p className="text-center text-sm text-slate-600">
        {t('signUp.haveAccount')}{' '}
        <Link href={signInPathFor(meetingId)} className="font-medium text-brand-700 hover:underline">
          {t('signUp.signIn')}
        </Link>
      </p>
    </ActionForm>
  );
}

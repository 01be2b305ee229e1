'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import type { Registration } from '@/db/schema';
import type { ActionResult } from '@/lib/action';
import { registerMemberSchema, registerSchema, updateRegistrationSchema } from '@/lib/registrations/schemas';
import { honorifics, participationModes, type DelegationRole, type Honorific } from '@/lib/registrations/values';
import { calendarDay } from '@/lib/time-zones';
import { ActionForm } from '../forms/action-form';
import { CheckboxField, FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Button } from '../ui/button';
import { SelectInput, TextArea, TextInput } from '../ui/field';

type Window = { earliest: string; latest: string };
type Saved = Pick<Registration, 'id'>;

/** The fields every registration has, inside a form of useActionForm. */
function RegistrationFields({ roles, window, idPrefix }: { roles: readonly DelegationRole[]; window: Window; idPrefix: string }) {
  const t = useTranslations('registrations');
  const format = useFormatter();
  const day = (isoDate: string) => format.dateTime(calendarDay(isoDate), { dateStyle: 'medium', timeZone: 'UTC' });
  const stayHint = t('stayHint', { earliest: day(window.earliest), latest: day(window.latest) });
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField name="delegationRole" id={`${idPrefix}-role`} label={t('delegationRole')} hint={roles.includes('head') ? t('roleHint') : undefined}>
          <SelectInput>
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </SelectInput>
        </FormField>
        <FormField name="honorific" id={`${idPrefix}-honorific`} label={t('honorific')}>
          <SelectInput>
            <option value="">{t('noHonorific')}</option>
            {honorifics.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </SelectInput>
        </FormField>
        <FormField name="position" id={`${idPrefix}-position`} label={t('position')}>
          <TextInput autoComplete="organization-title" />
        </FormField>
        <FormField name="organization" id={`${idPrefix}-organization`} label={t('organization')}>
          <TextInput autoComplete="organization" />
        </FormField>
        <FormField name="participation" id={`${idPrefix}-participation`} label={t('participationMode')}>
          <SelectInput>
            {participationModes.map((mode) => (
              <option key={mode} value={mode}>
                {t(`modes.${mode}`)}
              </option>
            ))}
          </SelectInput>
        </FormField>
        <div />
        <FormField name="arrivalDate" id={`${idPrefix}-arrival`} label={t('arrivalDate')} hint={stayHint}>
          <TextInput type="date" min={window.earliest} max={window.latest} />
        </FormField>
        <FormField name="departureDate" id={`${idPrefix}-departure`} label={t('departureDate')} hint={stayHint}>
          <TextInput type="date" min={window.earliest} max={window.latest} />
        </FormField>
      </div>
      <FormField name="dietaryNeeds" id={`${idPrefix}-dietary`} label={t('dietaryNeeds')} hint={t('needsHint')}>
        <TextArea rows={2} />
      </FormField>
      <FormField name="accessNeeds" id={`${idPrefix}-access`} label={t('accessNeeds')} hint={t('needsHint')}>
        <TextArea rows={2} />
      </FormField>
      <CheckboxField name="isListedPublicly" id={`${idPrefix}-listed`} label={t('isListedPublicly')} hint={t('isListedPubliclyHint')} />
    </>
  );
}

const emptyFields = {
  honorific: '' as Honorific | '',
  position: '',
  organization: '',
  participation: 'in_person' as const,
  arrivalDate: '',
  departureDate: '',
  dietaryNeeds: '',
  accessNeeds: '',
  isListedPublicly: false,
};

type FormProps<Schema extends z.ZodType> = {
  roles: readonly DelegationRole[];
  window: Window;
  action: (input: z.input<Schema>) => Promise<ActionResult<Saved>>;
};

/** A delegate or observer registers themselves. */
export function RegisterForm({
  meetingId,
  partyId,
  roles,
  window,
  suggested,
  action,
}: FormProps<typeof registerSchema> & { meetingId: string; partyId: string; suggested: { position: string; organization: string } }) {
  const t = useTranslations('registrations');
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: registerSchema,
    action,
    defaultValues: { meetingId, partyId, delegationRole: roles.includes('delegate') ? 'delegate' : roles[0], ...emptyFields, ...suggested },
    leavesOnSuccess: true,
    onSuccess: () => router.replace(`/meetings/${meetingId}/register?notice=registered`),
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="max-w-2xl space-y-5" aria-label={t('registerTitle')}>
      <RegistrationFields roles={roles} window={window} idPrefix="register" />
      <Button type="submit" isPending={isPending} pendingLabel={t('submitting')}>
        {t('submit')}
      </Button>
    </ActionForm>
  );
}

/** A head of delegation registers another member of the delegation. */
export function RegisterMemberForm({ meetingId, partyId, roles, window, action }: FormProps<typeof registerMemberSchema> & { meetingId: string; partyId: string }) {
  const t = useTranslations('registrations');
  const router = useRouter();
  const defaults = { meetingId, partyId, name: '', email: '', delegationRole: 'delegate' as const, ...emptyFields };
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: registerMemberSchema,
    action,
    defaultValues: defaults,
    // The page says the member was registered, and the form is empty again for the next one.
    onSuccess: () => {
      form.reset(defaults);
      router.replace(`/meetings/${meetingId}/register?notice=memberRegistered`);
    },
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="max-w-2xl space-y-5" aria-label={t('memberTitle')}>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField name="name" id="member-name" label={t('memberName')}>
          <TextInput autoComplete="off" />
        </FormField>
        <FormField name="email" id="member-email" label={t('memberEmail')} hint={t('onceOnly')}>
          <TextInput type="email" autoComplete="off" />
        </FormField>
      </div>
      <RegistrationFields roles={roles.filter((r) => r !== 'head')} window={window} idPrefix="member" />
      <Button type="submit" isPending={isPending} pendingLabel={t('submitting')}>
        {t('memberSubmit')}
      </Button>
    </ActionForm>
  );
}

/** The person changes their registration, from the version they see. */
export function EditRegistrationForm({
  registration,
  roles,
  window,
  action,
}: FormProps<typeof updateRegistrationSchema> & { registration: Registration }) {
  const t = useTranslations('registrations');
  const router = useRouter();
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: updateRegistrationSchema,
    action,
    defaultValues: {
      registrationId: registration.id,
      version: registration.version,
      delegationRole: registration.delegationRole,
      honorific: (registration.honorific ?? '') as Honorific | '',
      position: registration.position ?? '',
      organization: registration.organization ?? '',
      participation: registration.participation,
      arrivalDate: registration.arrivalDate ?? '',
      departureDate: registration.departureDate ?? '',
      dietaryNeeds: registration.dietaryNeeds ?? '',
      accessNeeds: registration.accessNeeds ?? '',
      isListedPublicly: registration.isListedPublicly,
    },
    onSuccess: () => router.replace(`/meetings/${registration.meetingId}/register?notice=saved`),
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="max-w-2xl space-y-5" aria-label={t('editTitle')}>
      <RegistrationFields roles={roles} window={window} idPrefix="edit" />
      <Button type="submit" isPending={isPending} pendingLabel={t('saving')}>
        {t('save')}
      </Button>
    </ActionForm>
  );
}

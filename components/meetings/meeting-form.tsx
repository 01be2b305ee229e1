'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import type { z } from 'zod';
import type { Meeting, MeetingSeries, Party } from '@/db/schema';
import { meetingFormats } from '@/lib/meetings/values';
import type { ActionResult } from '@/lib/action';
import { createMeetingSchema } from '@/lib/meetings/schemas';
import { suggestMeetingTitle } from '@/lib/meetings/titles';
import { useActionForm, useErrorMessage } from '../forms/use-action-form';
import { Alert } from '../ui/alert';
import { Button, ButtonLink } from '../ui/button';
import { describedBy, Field, SelectInput, TextInput } from '../ui/field';

export type MeetingFormOptions = {
  series: Pick<MeetingSeries, 'id' | 'name'>[];
  parties: Pick<Party, 'id' | 'name' | 'code'>[];
  chairs: { id: string; name: string; email: string }[];
  timeZones: string[];
  programmeName: string;
  /** The next free number of each series, by series id. */
  nextNumbers: Record<string, number>;
};

/** The form's values as the inputs hold them: registration times are local to the meeting's zone. */
export type MeetingFormValues = z.input<typeof createMeetingSchema>;

type MeetingFormProps = MeetingFormOptions & {
  defaultValues: MeetingFormValues;
  cancelHref: string;
  isEdit: boolean;
  action: (input: MeetingFormValues) => Promise<ActionResult<Meeting>>;
};

export function MeetingForm({ series, parties, chairs, timeZones, programmeName, nextNumbers, defaultValues, cancelHref, isEdit, action }: MeetingFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: createMeetingSchema,
    action,
    defaultValues,
    onSuccess: (meeting) => router.push(`/meetings/${meeting.id}?notice=${isEdit ? 'saved' : 'created'}`),
  });
  const { register, watch, setValue, formState } = form;
  const errors = formState.errors;

  // A new meeting takes the next free number of the series it is in.
  const [seriesId, number] = watch(['seriesId', 'number']);
  useEffect(() => {
    if (!isEdit && seriesId && nextNumbers[seriesId]) setValue('number', nextNumbers[seriesId]);
  }, [isEdit, seriesId, nextNumbers, setValue]);

  // Keep suggesting the title from series and number until staff type their own.
  const lastSuggestion = useRef(defaultValues.title);
  useEffect(() => {
    const seriesName = series.find((s) => s.id === seriesId)?.name;
    const n = Number(number);
    if (!seriesName || !Number.isInteger(n) || n < 1) return;
    const suggestion = suggestMeetingTitle(seriesName, n, programmeName);
    if (form.getValues('title') === lastSuggestion.current) setValue('title', suggestion);
    lastSuggestion.current = suggestion;
  }, [seriesId, number, series, programmeName, form, setValue]);

  const field = (name: keyof MeetingFormValues, label: string, hint?: string) => {
    const id = `meeting-${name}`;
    const error = errorMessage(errors[name]?.message);
    return { id, label, error, hint, control: { ...describedBy(id, { error, hint }), ...register(name) } };
  };
  const f = {
    seriesId: field('seriesId', t('meetings.series')),
    number: field('number', t('meetings.number')),
    title: field('title', t('meetings.title'), t('meetings.titleHint')),
    startDate: field('startDate', t('meetings.startDate')),
    endDate: field('endDate', t('meetings.endDate')),
    timeZone: field('timeZone', t('meetings.timeZone'), t('meetings.timeZoneHint')),
    city: field('city', t('meetings.city')),
    hostPartyId: field('hostPartyId', t('meetings.hostParty')),
    venue: field('venue', t('meetings.venue')),
    format: field('format', t('meetings.format')),
    chairUserId: field('chairUserId', t('meetings.chair'), t('meetings.chairHint')),
    registrationOpensAt: field('registrationOpensAt', t('meetings.registrationOpensAt')),
    registrationClosesAt: field('registrationClosesAt', t('meetings.registrationClosesAt')),
    description: field('description', t('meetings.description')),
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {formError && <Alert tone="error">{errorMessage(formError)}</Alert>}
      <div className="grid gap-5 md:grid-cols-[2fr_1fr]">
        <Field id={f.seriesId.id} label={f.seriesId.label} error={f.seriesId.error} hint={f.seriesId.hint}>
          <SelectInput {...f.seriesId.control}>
            {series.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectInput>
        </Field>
        <Field id={f.number.id} label={f.number.label} error={f.number.error} hint={f.number.hint}>
          <TextInput type="number" min={1} max={999} inputMode="numeric" {...f.number.control} />
        </Field>
      </div>
      <Field id={f.title.id} label={f.title.label} error={f.title.error} hint={f.title.hint}>
        <TextInput {...f.title.control} />
      </Field>
      <div className="grid gap-5 md:grid-cols-3">
        <Field id={f.startDate.id} label={f.startDate.label} error={f.startDate.error} hint={f.startDate.hint}>
          <TextInput type="date" {...f.startDate.control} />
        </Field>
        <Field id={f.endDate.id} label={f.endDate.label} error={f.endDate.error} hint={f.endDate.hint}>
          <TextInput type="date" {...f.endDate.control} />
        </Field>
        <Field id={f.timeZone.id} label={f.timeZone.label} error={f.timeZone.error} hint={f.timeZone.hint}>
          <TextInput list="meeting-time-zones" autoComplete="off" {...f.timeZone.control} />
          <datalist id="meeting-time-zones">
            {timeZones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </Field>
      </div>
      <div className="grid gap-5 md:grid-cols-3">
        <Field id={f.city.id} label={f.city.label} error={f.city.error} hint={f.city.hint}>
          <TextInput {...f.city.control} />
        </Field>
        <Field id={f.hostPartyId.id} label={f.hostPartyId.label} error={f.hostPartyId.error} hint={f.hostPartyId.hint}>
          <SelectInput {...f.hostPartyId.control}>
            <option value="">{t('meetings.noHost')}</option>
            {parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectInput>
        </Field>
        <Field id={f.format.id} label={f.format.label} error={f.format.error} hint={f.format.hint}>
          <SelectInput {...f.format.control}>
            {meetingFormats.map((format) => (
              <option key={format} value={format}>
                {t(`meetingFormat.${format}`)}
              </option>
            ))}
          </SelectInput>
        </Field>
      </div>
      <Field id={f.venue.id} label={f.venue.label} error={f.venue.error} hint={f.venue.hint}>
        <TextInput {...f.venue.control} />
      </Field>
      <Field id={f.chairUserId.id} label={f.chairUserId.label} error={f.chairUserId.error} hint={f.chairUserId.hint}>
        <SelectInput {...f.chairUserId.control}>
          <option value="">{t('meetings.noChair')}</option>
          {chairs.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.email})
            </option>
          ))}
        </SelectInput>
      </Field>
      <div className="grid gap-5 md:grid-cols-2">
        <Field id={f.registrationOpensAt.id} label={f.registrationOpensAt.label} error={f.registrationOpensAt.error} hint={f.registrationOpensAt.hint}>
          <TextInput type="datetime-local" {...f.registrationOpensAt.control} />
        </Field>
        <Field id={f.registrationClosesAt.id} label={f.registrationClosesAt.label} error={f.registrationClosesAt.error} hint={f.registrationClosesAt.hint}>
          <TextInput type="datetime-local" {...f.registrationClosesAt.control} />
        </Field>
      </div>
      <Field id={f.description.id} label={f.description.label} error={f.description.error} hint={f.description.hint}>
        <textarea
          rows={4}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-xs focus:border-brand-600 aria-[invalid=true]:border-red-600"
          {...f.description.control}
        />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" isPending={isPending} pendingLabel={t('common.saving')}>
          {isEdit ? t('meetings.save') : t('meetings.create')}
        </Button>
        <ButtonLink variant="secondary" href={cancelHref}>
          {t('common.cancel')}
        </ButtonLink>
      </div>
    </form>
  );
}

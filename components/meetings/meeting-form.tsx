'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import type { z } from 'zod';
import type { Meeting, MeetingSeries, Party } from '@/db/schema';
import { meetingFormats } from '@/lib/meetings/values';
import type { ActionResult } from '@/lib/action';
import { createMeetingSchema } from '@/lib/meetings/schemas';
import { hostTimeZone } from '@/lib/meetings/host-time-zones';
import { suggestMeetingTitle } from '@/lib/meetings/titles';
import { ActionForm } from '../forms/action-form';
import { FormField } from '../forms/form-field';
import { useActionForm } from '../forms/use-action-form';
import { Button, ButtonLink } from '../ui/button';
import { SelectInput, TextArea, TextInput } from '../ui/field';

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
  const { form, onSubmit, failure, isPending } = useActionForm({
    schema: createMeetingSchema,
    action,
    defaultValues,
    leavesOnSuccess: true,
    onSuccess: (meeting) => router.push(`/meetings/${meeting.id}?notice=${isEdit ? 'saved' : 'created'}`),
  });
  const { watch, setValue } = form;

  // A new meeting takes the next free number of the series it is in.
  const [seriesId, number] = watch(['seriesId', 'number']);
  useEffect(() => {
    if (!isEdit && seriesId && nextNumbers[seriesId]) setValue('number', nextNumbers[seriesId]);
  }, [isEdit, seriesId, nextNumbers, setValue]);

  // Keep suggesting the title from series and number until staff type their own. The first run only
  // learns the suggestion for the values the form opened with, so a meeting's own title is kept.
  const lastSuggestion = useRef<string>(undefined);
  useEffect(() => {
    const seriesName = series.find((s) => s.id === seriesId)?.name;
    const n = Number(number);
    if (!seriesName || !Number.isInteger(n) || n < 1) return;
    const suggestion = suggestMeetingTitle(seriesName, n, programmeName);
    if (lastSuggestion.current !== undefined && form.getValues('title') === lastSuggestion.current) setValue('title', suggestion);
    lastSuggestion.current = suggestion;
  }, [seriesId, number, series, programmeName, form, setValue]);

  // A new meeting is held where its host is: choosing the host suggests its zone, until staff type
  // a zone of their own. An edit never changes the zone by itself, as that moves the timetable.
  const hostPartyId = watch('hostPartyId');
  const lastZoneSuggestion = useRef(defaultValues.timeZone);
  useEffect(() => {
    const zone = hostTimeZone(parties.find((p) => p.id === hostPartyId)?.code);
    if (isEdit || !zone) return;
    if (form.getValues('timeZone') === lastZoneSuggestion.current) setValue('timeZone', zone);
    lastZoneSuggestion.current = zone;
  }, [isEdit, hostPartyId, parties, form, setValue]);

  return (
    <ActionForm form={form} onSubmit={onSubmit} failure={failure} className="space-y-6">
      <div className="grid gap-5 md:grid-cols-[2fr_1fr]">
        <FormField name="seriesId" id="meeting-seriesId" label={t('meetings.series')}>
          <SelectInput>
            {series.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectInput>
        </FormField>
        <FormField name="number" id="meeting-number" label={t('meetings.number')}>
          <TextInput type="number" min={1} max={999} inputMode="numeric" />
        </FormField>
      </div>
      <FormField name="title" id="meeting-title" label={t('meetings.title')} hint={t('meetings.titleHint')}>
        <TextInput />
      </FormField>
      {isEdit && <p className="text-sm text-slate-600">{t('meetings.datesMoveTimetable')}</p>}
      <div className="grid gap-5 md:grid-cols-3">
        <FormField name="startDate" id="meeting-startDate" label={t('meetings.startDate')}>
          <TextInput type="date" />
        </FormField>
        <FormField name="endDate" id="meeting-endDate" label={t('meetings.endDate')}>
          <TextInput type="date" />
        </FormField>
        <FormField name="timeZone" id="meeting-timeZone" label={t('meetings.timeZone')} hint={t('meetings.timeZoneHint')}>
          <TextInput list="meeting-time-zones" autoComplete="off" />
        </FormField>
        <datalist id="meeting-time-zones">
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
      </div>
      <div className="grid gap-5 md:grid-cols-3">
        <FormField name="city" id="meeting-city" label={t('meetings.city')}>
          <TextInput />
        </FormField>
        <FormField name="hostPartyId" id="meeting-hostPartyId" label={t('meetings.hostParty')}>
          <SelectInput>
            <option value="">{t('meetings.noHost')}</option>
            {parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectInput>
        </FormField>
        <FormField name="format" id="meeting-format" label={t('meetings.format')}>
          <SelectInput>
            {meetingFormats.map((format) => (
              <option key={format} value={format}>
                {t(`meetingFormat.${format}`)}
              </option>
            ))}
          </SelectInput>
        </FormField>
      </div>
      <FormField name="venue" id="meeting-venue" label={t('meetings.venue')}>
        <TextInput />
      </FormField>
      <FormField name="chairUserId" id="meeting-chairUserId" label={t('meetings.chair')} hint={t('meetings.chairHint')}>
        <SelectInput>
          <option value="">{t('meetings.noChair')}</option>
          {chairs.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.email})
            </option>
          ))}
        </SelectInput>
      </FormField>
      <div className="grid gap-5 md:grid-cols-2">
        <FormField name="registrationOpensAt" id="meeting-registrationOpensAt" label={t('meetings.registrationOpensAt')}>
          <TextInput type="datetime-local" />
        </FormField>
        <FormField name="registrationClosesAt" id="meeting-registrationClosesAt" label={t('meetings.registrationClosesAt')}>
          <TextInput type="datetime-local" />
        </FormField>
      </div>
      <FormField name="description" id="meeting-description" label={t('meetings.description')}>
        <TextArea rows={4} />
      </FormField>
      <div className="flex gap-2">
        <Button type="submit" isPending={isPending} pendingLabel={t('common.saving')}>
          {isEdit ? t('meetings.save') : t('meetings.create')}
        </Button>
        <ButtonLink variant="secondary" href={cancelHref}>
          {t('common.cancel')}
        </ButtonLink>
      </div>
    </ActionForm>
  );
}

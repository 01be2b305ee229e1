import { useFormatter, useTranslations } from 'next-intl';
import type { ChangeValue, FieldChange } from '@/lib/changes';
import { calendarDay } from '../meetings/key-dates';

/** A field's change as "Venue: Lotte Hotel → Coex", values shown in the reader's language and the record's zone. */
export function ChangeList({ changes }: { changes: FieldChange[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const label = (field: string) => (t.has(`audit.fields.${field}`) ? t(`audit.fields.${field}`) : field);
  const show = (value: ChangeValue) => {
    if (value === null) return t('audit.none');
    switch (value.kind) {
      case 'text':
        return value.text;
      case 'date':
        return format.dateTime(calendarDay(value.date), { dateStyle: 'medium', timeZone: 'UTC' });
      case 'instant':
        return format.dateTime(new Date(value.at), { dateStyle: 'medium', timeStyle: 'short', timeZone: value.timeZone });
      case 'term':
        return t.has(value.key) ? t(value.key) : value.key;
    }
  };
  return (
    <ul className="space-y-0.5">
      {changes.map(({ field, before, after }) => (
        <li key={field}>
          <span className="font-medium">{label(field)}</span>:{' '}
          {before !== undefined && after !== undefined ? (
            <>
              <del className="decoration-slate-400">{show(before)}</del>{' '}
              <span role="img" aria-label={t('audit.becomes')}>
                →
              </span>{' '}
              <ins className="no-underline">{show(after)}</ins>
            </>
          ) : (
            show(after ?? before ?? null)
          )}
        </li>
      ))}
    </ul>
  );
}

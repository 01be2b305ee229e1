import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';
import type { RegistrationCount } from '@/db/queries/registrations';
import { isActiveRegistration } from '@/lib/registrations/lifecycle';
import type { ParticipationAbilities } from '@/lib/registrations/read';
import { registrationStatuses, type RegistrationStatus } from '@/lib/registrations/values';
import { buttonClasses } from '../ui/button';
import { Panel } from '../ui/panel';

type ParticipationPanelProps = {
  meetingId: string;
  counts: RegistrationCount[];
  can: ParticipationAbilities;
  /** The status of the reader's own registration; null when they have none (or withdrew it). */
  ownStatus: RegistrationStatus | null;
};

/**
 * The meeting page's participation: registrations per party and status, and the ways in: the reader's
 * own registration where they have one, else registering while it is open.
 */
export function ParticipationPanel({ meetingId, counts, can, ownStatus }: ParticipationPanelProps) {
  const t = useTranslations('registrations');
  const parties = [...new Map(counts.map((c) => [c.partyId, c.partyName])).entries()];
  const countOf = (partyId: string | null, status: string) =>
    counts.filter((c) => (partyId === null || c.partyId === partyId) && c.status === status).reduce((n, c) => n + c.count, 0);
  const links = [
    can.haveOwnRegistration &&
      (ownStatus !== null || can.register) && {
        href: `/meetings/${meetingId}/register`,
        label: ownStatus !== null ? t('myRegistration', { status: t(`statuses.${ownStatus}`) }) : t('register'),
      },
    ownStatus !== null && isActiveRegistration(ownStatus) && { href: `/meetings/${meetingId}/notices`, label: t('notices') },
    can.moderate && { href: `/meetings/${meetingId}/registrations`, label: t('queue') },
    can.moderate && { href: `/meetings/${meetingId}/delegations`, label: t('delegations') },
    can.reviewCredentials && { href: `/meetings/${meetingId}/credentials`, label: t('credentialsReport') },
  ].filter((link): link is { href: string; label: string } => Boolean(link));
  if (links.length === 0 && counts.length === 0) return null;
  return (
    <Panel title={t('participation')}>
      {counts.length === 0 ? (
        <p className="text-sm text-slate-600">{t('noRegistrations')}</p>
      ) : (
        <div className="scroll-hint-table relative overflow-x-auto" tabIndex={0}>
          <table className="w-full text-left text-xs" aria-label={t('participation')}>
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-2 font-medium">
                  {t('party')}
                </th>
                {registrationStatuses.map((status) => (
                  <th key={status} scope="col" className="px-1 py-1 text-right font-medium">
                    {t(`statuses.${status}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 text-slate-800">
              {parties.map(([partyId, partyName]) => (
                <tr key={partyId}>
                  <th scope="row" className="py-1 pr-2 font-normal">
                    {partyName}
                  </th>
                  {registrationStatuses.map((status) => (
                    <td key={status} className="px-1 py-1 text-right tabular-nums">
                      {countOf(partyId, status)}
                    </td>
                  ))}
                </tr>
              ))}
              {parties.length > 1 && (
                <tr className="font-semibold">
                  <th scope="row" className="py-1 pr-2">
                    {t('total')}
                  </th>
                  {registrationStatuses.map((status) => (
                    <td key={status} className="px-1 py-1 text-right tabular-nums">
                      {countOf(null, status)}
                    </td>
                  ))}
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
      {links.length > 0 && (
        <div className="mt-4 flex flex-col gap-2">
          {links.map((link) => (
            <Link key={link.href} className={buttonClasses('secondary')} href={link.href}>
              {link.label}
            </Link>
          ))}
        </div>
      )}
    </Panel>
  );
}

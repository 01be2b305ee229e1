import { useTranslations } from 'next-intl';
import type { PartyKind } from '@/lib/parties/values';
import type { DelegationRole, ParticipationMode } from '@/lib/registrations/values';
import { buttonClasses } from '../ui/button';
import { partyInSentence } from '@/lib/parties/names';

type Person = {
  id: string;
  name: string;
  honorific: string | null;
  delegationRole: DelegationRole;
  position: string | null;
  organization: string | null;
  email?: string;
  participation?: ParticipationMode;
};

type Group = { partyId: string; partyName: string; partyKind: PartyKind; participants: Person[] };

type ParticipantGroupsProps = {
  groups: Group[];
  /** The staff list shows emails and participation; the public one does not. */
  isStaffView?: boolean;
  /** Links to one delegation's badges, by party id. */
  badgesHrefs?: Record<string, string>;
};

/** The list of participants as printed: a heading per party kind, then per party, people under it. */
export function ParticipantGroups({ groups, isStaffView, badgesHrefs }: ParticipantGroupsProps) {
  const t = useTranslations('participants');
  let lastKind: PartyKind | undefined;
  return (
    <div className="space-y-6">
      {groups.map((group) => {
        const kindHeading = group.partyKind !== lastKind ? t(`kindHeadings.${group.partyKind}`) : undefined;
        lastKind = group.partyKind;
        const badges = badgesHrefs?.[group.partyId];
        return (
          <div key={group.partyId}>
            {kindHeading && <h2 className="mb-3 text-sm font-semibold tracking-wide text-slate-500 uppercase">{kindHeading}</h2>}
            <section aria-labelledby={`party-${group.partyId}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 id={`party-${group.partyId}`} className="text-base font-semibold text-slate-900">
                  {group.partyName}
                </h3>
                {badges && (
                  <a className={buttonClasses('ghost')} href={badges} download>
                    {t('delegationBadges', { party: partyInSentence(group.partyName) })}
                  </a>
                )}
              </div>
              <ul className="mt-3 divide-y divide-slate-100">
                {group.participants.map((person) => (
                  <li key={person.id} className="py-2 text-sm">
                    <p className="font-medium text-slate-900">
                      {person.honorific ? `${person.honorific} ${person.name}` : person.name}
                      <span className="ml-2 text-xs font-normal text-slate-600">{t(`roles.${person.delegationRole}`)}</span>
                    </p>
                    {(person.position || person.organization) && (
                      <p className="text-slate-700">{[person.position, person.organization].filter(Boolean).join(', ')}</p>
                    )}
                    {isStaffView && (
                      <p className="text-xs text-slate-600">
                        {person.email}
                        {person.participation && ` · ${t(`participations.${person.participation}`)}`}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          </div>
        );
      })}
    </div>
  );
}

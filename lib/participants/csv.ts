import type { DelegationRole, ParticipationMode } from '../registrations/values';
import { compareParticipants, type OrderableParticipant } from './order';

export type CsvParticipant = OrderableParticipant & {
  honorific: string | null;
  position: string | null;
  organization: string | null;
  email: string;
  participation: ParticipationMode;
};

const roleLabels: Record<DelegationRole, string> = {
  head: 'Head of delegation',
  alternate: 'Alternate',
  delegate: 'Delegate',
  adviser: 'Adviser',
  observer: 'Observer',
};

export function roleLabel(role: DelegationRole): string {
  return roleLabels[role];
}

/** The name as printed: with the honorific when there is one ("H.E. Mr. Kim"). */
export function displayName(participant: { honorific: string | null; name: string }): string {
  return participant.honorific ? `${participant.honorific} ${participant.name}` : participant.name;
}

export const participantCsvHeader = ['Party', 'Role', 'Honorific', 'Name', 'Position', 'Ministry or organization', 'Email', 'Participation'];

/** The rows of the CSV export, header first, in list order. */
export function participantCsvRows(participants: readonly CsvParticipant[]): string[][] {
  return [
    participantCsvHeader,
    ...[...participants].sort(compareParticipants).map((p) => [
      p.partyName,
      roleLabel(p.delegationRole),
      p.honorific ?? '',
      p.name,
      p.position ?? '',
      p.organization ?? '',
      p.email,
      p.participation === 'in_person' ? 'In person' : 'Online',
    ]),
  ];
}

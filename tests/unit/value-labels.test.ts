import { describe, expect, it } from 'vitest';
import { accountStatuses } from '@/lib/accounts/values';
import { agendaItemKinds, agendaItemStatuses, agendaStatuses, followUpStatuses, presenterKinds } from '@/lib/agenda/values';
import { documentKinds, documentLanguages } from '@/lib/documents/values';
import { emailKinds, emailStatuses } from '@/lib/email/values';
import { invitationRoles } from '@/lib/invitations/values';
import { meetingFormats, meetingStatuses } from '@/lib/meetings/values';
import { partyKinds } from '@/lib/parties/values';
import { contributionKinds, fundingSources, projectStatuses, reviewRatings } from '@/lib/programme/values';
import { credentialsStatuses, delegationRoles, participationModes, registrationStatuses } from '@/lib/registrations/values';
import {
  adoptionManners,
  amendmentKinds,
  amendmentStatuses,
  paragraphKinds,
  positionKinds,
  statementKinds,
  statementStatuses,
} from '@/lib/statements/values';
import { roles } from '@/lib/users/values';
import messages from '@/messages/en';

type Catalog = { [key: string]: string | Catalog };

// Each value a page shows through t(`<group>.${value}`), with the group that words it.
const labelled: [readonly string[], string][] = [
  [accountStatuses, 'accountStatus'],
  [agendaStatuses, 'agenda.status'],
  [agendaItemKinds, 'agenda.kinds'],
  [agendaItemStatuses, 'agenda.itemStatus'],
  [followUpStatuses, 'agenda.followUpStatus'],
  [presenterKinds, 'agenda.presenterKinds'],
  [documentKinds, 'documents.kinds'],
  [documentLanguages, 'documents.languages'],
  [emailKinds, 'email.kinds'],
  [emailStatuses, 'email.statuses'],
  [invitationRoles, 'roles'],
  [meetingFormats, 'meetingFormat'],
  [meetingStatuses, 'meetingStatus'],
  [partyKinds, 'partyKinds'],
  [contributionKinds, 'programme.contributionKinds'],
  [fundingSources, 'programme.fundingSources'],
  [projectStatuses, 'programme.statuses'],
  [reviewRatings, 'programme.ratings'],
  [credentialsStatuses, 'registrations.credentialsStatuses'],
  [delegationRoles, 'registrations.roles'],
  [participationModes, 'registrations.modes'],
  [registrationStatuses, 'registrations.statuses'],
  [adoptionManners, 'statements.manners'],
  [amendmentKinds, 'statements.amendmentKinds'],
  [amendmentStatuses, 'statements.amendmentStatuses'],
  [paragraphKinds, 'statements.paragraphKinds'],
  [positionKinds, 'statements.positionKinds'],
  [statementKinds, 'statements.kinds'],
  [statementStatuses, 'statements.statuses'],
  [roles, 'roles'],
];

function group(path: string): Catalog {
  return path.split('.').reduce<Catalog>((catalog, key) => catalog[key] as Catalog, messages as Catalog);
}

describe('the words of every value a page shows', () => {
  // A value with no words shows as its key ("email.kinds.statement_circulated") wherever it is listed.
  it.each(labelled.map(([values, path]) => [path, values] as const))('%s words each value', (path, values) => {
    const words = group(path);
    expect(values.filter((value) => typeof words[value] !== 'string')).toEqual([]);
  });
});

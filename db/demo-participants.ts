import { eq } from 'drizzle-orm';
import type { CredentialsStatus, DelegationRole, ParticipationMode } from '@/lib/registrations/values';
import { changedFields, recordFields, renamedFields } from '@/lib/changes';
import { registrationAuditFields, registrationFieldNames } from '@/lib/registrations/register';
import type { Tx } from './client';
import { insertDemoHistory, type DemoEvent } from './demo-history';
import { renderPaper } from './demo-documents';
import { checkIns, credentialsLetters, delegations, registrations, type NewRegistration, type Registration } from './schema';

type DemoParticipant = {
  honorific: string;
  name: string;
  role: DelegationRole;
  position: string;
  organization: string;
  /** The demo account this participant signs in with, when they have one. */
  accountEmail?: string;
  participation?: ParticipationMode;
  isListedPublicly?: boolean;
  /** Checked in on the first day only (left early), or not at all (online). */
  attended?: 'both' | 'first' | 'none';
};

type DemoDelegation = { partyCode: string; credentials: CredentialsStatus; members: DemoParticipant[] };

const mee = 'Ministry of Ecology and Environment';
const moej = 'Ministry of the Environment';
const met = 'Ministry of Environment and Tourism';
const mofa = 'Ministry of Foreign Affairs';
const mnre = 'Ministry of Natural Resources and Environment';

/**
 * The 26th SOM as it met in Seoul: five member states' delegations, the secretariat and two partner
 * organizations; DPR Korea was not represented. Names are made up for the demo.
 */
const som26Delegations: DemoDelegation[] = [
  {
    partyCode: 'CHN',
    credentials: 'accepted',
    members: [
      { honorific: 'Mr.', name: 'Wang Lei', role: 'head', position: 'Deputy Director-General, Department of International Cooperation', organization: mee, accountEmail: 'delegate.chn@neaspec.example' },
      { honorific: 'Ms.', name: 'Zhang Min', role: 'alternate', position: 'Division Director, Department of International Cooperation', organization: mee },
      { honorific: 'Mr.', name: 'Liu Yang', role: 'delegate', position: 'Programme Officer', organization: mee },
      { honorific: 'Ms.', name: 'Chen Jing', role: 'delegate', position: 'Second Secretary, Department of International Economic Affairs', organization: 'Ministry of Foreign Affairs' },
      { honorific: 'Dr.', name: 'Zhao Qiang', role: 'adviser', position: 'Senior Researcher', organization: 'Chinese Research Academy of Environmental Sciences', participation: 'online', attended: 'none' },
      { honorific: 'Ms.', name: 'Sun Li', role: 'adviser', position: 'Researcher', organization: 'Foreign Environmental Cooperation Center', isListedPublicly: false },
    ],
  },
  {
    partyCode: 'JPN',
    credentials: 'accepted',
    members: [
      { honorific: 'Ms.', name: 'Sato Haruka', role: 'head', position: 'Director, Office of Environmental Cooperation', organization: moej, accountEmail: 'delegate.jpn@neaspec.example' },
      { honorific: 'Mr.', name: 'Tanaka Hiroshi', role: 'alternate', position: 'Deputy Director, International Strategy Division', organization: moej },
      { honorific: 'Ms.', name: 'Suzuki Yui', role: 'delegate', position: 'Section Chief', organization: moej, attended: 'first' },
      { honorific: 'Mr.', name: 'Watanabe Ken', role: 'delegate', position: 'First Secretary', organization: 'Embassy of Japan in the Republic of Korea' },
      { honorific: 'Dr.', name: 'Ito Akiko', role: 'adviser', position: 'Principal Researcher', organization: 'Institute for Global Environmental Strategies', participation: 'online', attended: 'none' },
    ],
  },
  {
    partyCode: 'MNG',
    credentials: 'accepted',
    members: [
      { honorific: 'Ms.', name: 'Bolormaa Tsend', role: 'head', position: 'Director, Department of International Cooperation', organization: met, accountEmail: 'delegate.mng@neaspec.example' },
      { honorific: 'Mr.', name: 'Batbayar Ganbold', role: 'alternate', position: 'Senior Officer, Climate Change Department', organization: met },
      { honorific: 'Ms.', name: 'Oyunchimeg Dorj', role: 'delegate', position: 'Officer, Land Degradation and Desertification Division', organization: met },
      { honorific: 'Mr.', name: 'Enkhbold Sukhbaatar', role: 'delegate', position: 'Third Secretary', organization: 'Embassy of Mongolia in the Republic of Korea', attended: 'first' },
      { honorific: 'Dr.', name: 'Tsetsegmaa Nyam', role: 'adviser', position: 'Researcher', organization: 'Institute of Geography and Geoecology', participation: 'online', attended: 'none' },
    ],
  },
  {
    partyCode: 'KOR',
    credentials: 'accepted',
    members: [
      { honorific: 'Mr.', name: 'Park Ji-hoon', role: 'head', position: 'Director-General, Climate, Environment and Science Diplomacy Bureau', organization: mofa, accountEmail: 'delegate.kor@neaspec.example' },
      { honorific: 'Ms.', name: 'Lee Soo-jin', role: 'alternate', position: 'Director, Climate Change Diplomacy Division', organization: mofa },
      { honorific: 'Mr.', name: 'Choi Min-ho', role: 'delegate', position: 'Deputy Director, International Cooperation Division', organization: 'Ministry of Environment' },
      { honorific: 'Ms.', name: 'Jung Ha-eun', role: 'delegate', position: 'Second Secretary, Climate Change Diplomacy Division', organization: mofa },
      { honorific: 'Mr.', name: 'Kang Dong-hyun', role: 'delegate', position: 'Assistant Director', organization: 'Ministry of Environment' },
      { honorific: 'Dr.', name: 'Yoon Seo-yeon', role: 'adviser', position: 'Senior Research Fellow', organization: 'Korea Environment Institute' },
      { honorific: 'Dr.', name: 'Han Jun-seo', role: 'adviser', position: 'Research Fellow', organization: 'National Institute of Environmental Research', isListedPublicly: false },
      { honorific: 'Ms.', name: 'Shin Ye-jin', role: 'adviser', position: 'Researcher', organization: 'Korea Environment Institute', attended: 'first' },
    ],
  },
  {
    partyCode: 'RUS',
    credentials: 'received',
    members: [
      { honorific: 'Mr.', name: 'Ivan Petrov', role: 'head', position: 'Deputy Director, Department of International Cooperation', organization: mnre, accountEmail: 'delegate.rus@neaspec.example' },
      { honorific: 'Ms.', name: 'Anna Volkova', role: 'alternate', position: 'Counsellor', organization: 'Embassy of the Russian Federation in the Republic of Korea' },
      { honorific: 'Mr.', name: 'Dmitry Smirnov', role: 'delegate', position: 'Chief Specialist-Expert', organization: mnre, participation: 'online', attended: 'none' },
      { honorific: 'Dr.', name: 'Olga Ivanova', role: 'adviser', position: 'Leading Researcher', organization: 'Pacific Geographical Institute', participation: 'online', attended: 'none' },
    ],
  },
  {
    partyCode: 'ESCAP',
    credentials: 'pending',
    members: [
      { honorific: 'Ms.', name: 'Hana Lim', role: 'head', position: 'Head, East and North-East Asia Office', organization: 'United Nations ESCAP', accountEmail: 'secretariat@neaspec.example' },
      { honorific: 'Mr.', name: 'Rahul Mehta', role: 'delegate', position: 'Environmental Affairs Officer', organization: 'United Nations ESCAP' },
      { honorific: 'Ms.', name: 'Yoo Ji-young', role: 'delegate', position: 'Associate Programme Officer', organization: 'United Nations ESCAP' },
      { honorific: 'Mr.', name: 'Thomas Berger', role: 'delegate', position: 'Sustainable Development Officer', organization: 'United Nations ESCAP' },
      { honorific: 'Ms.', name: 'Nomin Bat-Erdene', role: 'delegate', position: 'Programme Assistant', organization: 'United Nations ESCAP' },
      { honorific: 'Ms.', name: 'Grace Kim', role: 'adviser', position: 'Consultant, North-East Asia Clean Air Partnership', organization: 'United Nations ESCAP' },
    ],
  },
  {
    partyCode: 'UNEP',
    credentials: 'pending',
    members: [
      { honorific: 'Ms.', name: 'Elena Sokolova', role: 'observer', position: 'Programme Management Officer, Regional Office for Asia and the Pacific', organization: 'United Nations Environment Programme', accountEmail: 'observer@neaspec.example' },
      { honorific: 'Mr.', name: 'Arun Sharma', role: 'observer', position: 'Regional Coordinator, Air Quality', organization: 'United Nations Environment Programme', participation: 'online', attended: 'none' },
    ],
  },
  {
    partyCode: 'ADB',
    credentials: 'pending',
    members: [
      { honorific: 'Mr.', name: 'Michael Reyes', role: 'observer', position: 'Senior Environment Specialist, East Asia Department', organization: 'Asian Development Bank' },
      { honorific: 'Ms.', name: 'Seo Yeon-woo', role: 'observer', position: 'Environment Officer', organization: 'Asian Development Bank', attended: 'first' },
    ],
  },
];

/** A made-up but well-formed address for a participant without a demo account. */
function demoEmail(name: string): string {
  return `${name.toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '')}@participants.example`;
}

/**
 * The 26th SOM's delegations, registrations (approved by the secretariat before the meeting), the
 * credentials letters of the member states, and the attendance of the two days. Runs only while the
 * meeting has no delegation yet, so the seed stays safe to run again.
 */
export async function insertSom26Participants(
  tx: Tx,
  meeting: { id: string; startDate: string; endDate: string },
  ids: { parties: Map<string, string>; users: Map<string, string>; secretariatUserId: string | null },
): Promise<void> {
  const existing = await tx.select({ id: delegations.id }).from(delegations).where(eq(delegations.meetingId, meeting.id)).limit(1);
  if (existing.length > 0) return;
  const decidedAt = new Date('2023-11-13T10:00:00+09:00');
  const history: DemoEvent[] = [];
  const staff = (event: Omit<DemoEvent, 'actorUserId'>) => history.push({ ...event, actorUserId: ids.secretariatUserId });
  for (const [index, demo] of som26Delegations.entries()) {
    // Each delegation registered on its own day, a week or so after registration opened.
    const registeredAt = new Date(Date.UTC(2023, 9, 16 + index, 2));
    const partyId = ids.parties.get(demo.partyCode);
    if (!partyId) throw new Error(`seed: party ${demo.partyCode} missing`);
    const isMemberState = !['ESCAP', 'UNEP', 'ADB'].includes(demo.partyCode);
    const [delegation] = await tx
      .insert(delegations)
      .values({
        meetingId: meeting.id,
        partyId,
        credentialsStatus: demo.credentials,
        ...(demo.credentials !== 'pending' && { credentialsDecidedByUserId: ids.secretariatUserId, credentialsDecidedAt: decidedAt }),
      })
      .returning();
    const rows: NewRegistration[] = demo.members.map((member) => {
      const userId = member.accountEmail ? (ids.users.get(member.accountEmail) ?? null) : null;
      return {
        meetingId: meeting.id,
        delegationId: delegation!.id,
        partyId,
        userId,
        name: member.name,
        email: member.accountEmail ?? demoEmail(member.name),
        delegationRole: member.role,
        honorific: member.honorific,
        position: member.position,
        organization: member.organization,
        participation: member.participation ?? 'in_person',
        arrivalDate: member.participation === 'online' ? null : '2023-11-22',
        departureDate: member.participation === 'online' ? null : '2023-11-25',
        dietaryNeeds: member.name === 'Rahul Mehta' ? 'Vegetarian' : null,
        accessNeeds: member.name === 'Olga Ivanova' ? 'Captioning for the online sessions' : null,
        isListedPublicly: member.isListedPublicly ?? true,
        status: 'approved',
        decidedByUserId: ids.secretariatUserId,
        decidedAt,
        confirmedByHeadAt: member.role === 'head' ? null : new Date('2023-11-08T15:00:00+09:00'),
        registeredByUserId: userId ?? ids.secretariatUserId,
        createdAt: registeredAt,
      };
    });
    const inserted = await tx.insert(registrations).values(rows).returning();
    for (const registration of inserted) {
      const registered: Registration = { ...registration, status: 'pending' };
      history.push({
        at: registeredAt.toISOString(),
        actorUserId: registration.registeredByUserId,
        action: 'registration.created',
        entityType: 'registration',
        entityId: registration.id,
        change: { fields: renamedFields(recordFields(registered, registrationAuditFields), registrationFieldNames) },
      });
      staff({
        at: decidedAt.toISOString(),
        action: 'registration.approved',
        entityType: 'registration',
        entityId: registration.id,
        change: { fields: renamedFields(changedFields(registered, registration, ['status', 'decisionReason']), registrationFieldNames) },
      });
    }
    const attendance = new Map(demo.members.map((m) => [m.name, m.attended ?? 'both']));
    const days = (name: string) => ({ both: [meeting.startDate, meeting.endDate], first: [meeting.startDate], none: [] })[attendance.get(name) ?? 'both'];
    // At the desk between half past eight and the opening, one delegation after another.
    const checkedInAt = (day: string, member: number) => new Date(`${day}T08:${String(30 + ((index * 5 + member) % 30)).padStart(2, '0')}:00+09:00`);
    const present = inserted.flatMap((r, member) =>
      days(r.name).map((day) => ({ registrationId: r.id, day, checkedInByUserId: ids.secretariatUserId, createdAt: checkedInAt(day, member) })),
    );
    if (present.length > 0) await tx.insert(checkIns).values(present);
    for (const checkIn of present) {
      staff({
        at: checkIn.createdAt.toISOString(),
        action: 'participant.checked_in',
        entityType: 'registration',
        entityId: checkIn.registrationId,
        change: { fields: { day: { after: checkIn.day } }, meetingId: meeting.id },
      });
    }
    if (isMemberState && demo.credentials !== 'pending') {
      const head = demo.members.find((m) => m.role === 'head')!;
      const headUserId = head.accountEmail ? (ids.users.get(head.accountEmail) ?? null) : null;
      const fileName = `credentials-${demo.partyCode.toLowerCase()}-som26.pdf`;
      const letter = await renderPaper(
        `Credentials: ${demo.partyCode}`,
        `Credentials of the delegation to the Twenty-sixth Senior Officials Meeting of NEASPEC`,
        [`The delegation is headed by ${head.honorific} ${head.name}, ${head.position}, ${head.organization}.`, ...demo.members.filter((m) => m !== head).map((m) => `${m.honorific} ${m.name}, ${m.position}`)],
      );
      await tx.insert(credentialsLetters).values({
        delegationId: delegation!.id,
        fileName,
        contentType: 'application/pdf',
        byteSize: letter.byteLength,
        content: Buffer.from(letter),
        uploadedByUserId: headUserId,
        createdAt: new Date(credentialsSubmittedAt),
      });
      const credentials = (before: CredentialsStatus, after: CredentialsStatus) => ({ fields: { credentialsStatus: { before, after } } });
      const event = { entityType: 'delegation', entityId: delegation!.id };
      history.push({
        ...event,
        at: credentialsSubmittedAt,
        actorUserId: headUserId,
        action: 'delegation.credentials_submitted',
        change: { ...credentials('pending', 'submitted'), fileName },
      });
      staff({ ...event, at: decidedAt.toISOString(), action: 'delegation.credentials_reviewed', change: credentials('submitted', demo.credentials) });
    }
  }
  await insertDemoHistory(tx, history);
}

const credentialsSubmittedAt = '2023-11-06T10:00:00+09:00';

/** How many people the demo registers for the 26th SOM (the seed test checks it). */
export const som26ParticipantCount = som26Delegations.reduce((n, d) => n + d.members.length, 0);

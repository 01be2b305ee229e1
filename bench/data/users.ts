import type { NewUser, Party, Role } from '@/db/schema';
import type { Random } from './random';

const givenNames = [
  'Min-jun', 'Seo-yeon', 'Ji-ho', 'Soo-ah', 'Hiroshi', 'Yuki', 'Haruto', 'Kenji', 'Wei', 'Li Na', 'Mei', 'Chen',
  'Bat-Erdene', 'Oyuntsetseg', 'Tuya', 'Ganbold', 'Ivan', 'Olga', 'Sergei', 'Anna', 'Somchai', 'Priya',
];
const familyNames = [
  'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Tanaka', 'Suzuki', 'Sato', 'Yamamoto', 'Wang', 'Zhang', 'Liu',
  'Batbayar', 'Dorj', 'Enkhbayar', 'Ivanov', 'Petrova', 'Smirnov', 'Sokolova', 'Srisuk', 'Sharma',
];

/** A user row as the generator writes it: ids are made here, so other rows can point at them. */
export type GeneratedUser = Required<Pick<NewUser, 'id' | 'email' | 'name' | 'passwordHash' | 'role' | 'partyId' | 'isDisabled' | 'createdAt' | 'updatedAt'>>;

// Mostly delegates of the member states; a few staff, chairs and observers, as an intergovernmental
// programme's accounts are.
function roleOf(index: number): Role {
  if (index % 100 === 0) return 'secretariat';
  if (index % 100 === 1) return 'chair';
  if (index % 10 === 2) return 'observer';
  return 'delegate';
}

export function* generateUsers(options: {
  random: Random;
  count: number;
  parties: Pick<Party, 'id' | 'code' | 'kind'>[];
  passwordHash: string;
  from: Date;
  until: Date;
}): Generator<GeneratedUser> {
  const { random, count, parties, passwordHash, from, until } = options;
  const memberStates = parties.filter((p) => p.kind === 'member_state');
  const organizations = parties.filter((p) => p.kind !== 'member_state');
  const secretariat = parties.find((p) => p.code === 'ESCAP') ?? random.pick(organizations);
  const span = until.getTime() - from.getTime();
  for (let index = 0; index < count; index += 1) {
    const role = roleOf(index);
    const party = role === 'secretariat' ? secretariat : role === 'observer' ? random.pick(organizations) : random.pick(memberStates);
    const given = random.pick(givenNames);
    const family = random.pick(familyNames);
    const createdAt = new Date(from.getTime() + (span * (index + random.next())) / count);
    const local = `${given}.${family}`.toLowerCase().replace(/[^a-z.]+/g, '');
    yield {
      id: crypto.randomUUID(),
      email: `${local}.${index}@${party.code.toLowerCase()}.example`,
      name: `${given} ${family}`,
      passwordHash,
      role,
      partyId: party.id,
      isDisabled: random.chance(0.02),
      createdAt,
      updatedAt: createdAt,
    };
  }
}

import postgres from 'postgres';

// Registrations for the participants' specs, written straight into the database the server uses:
// the app has no test-only routes, and the registration form belongs to another journey. Only on
// PostgreSQL (DATABASE_URL): the embedded PGlite allows one process per folder, and the server holds it.

export const canWriteDatabase = Boolean(process.env.DATABASE_URL);

function connect() {
  if (!process.env.DATABASE_URL) throw new Error('The participants specs need DATABASE_URL (PostgreSQL).');
  return postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
}

export type SeededRegistration = {
  meetingId: string;
  partyCode: string;
  name: string;
  email: string;
  role?: 'head' | 'alternate' | 'delegate' | 'adviser' | 'observer';
  honorific?: string;
  isListedPublicly?: boolean;
  participation?: 'in_person' | 'online';
  status?: 'pending' | 'approved';
};

/** Registers a person in their party's delegation (made if missing); returns the registration's id. */
export async function insertRegistration(registration: SeededRegistration): Promise<string> {
  const sql = connect();
  try {
    const [party] = await sql<{ id: string }[]>`select id from parties where code = ${registration.partyCode}`;
    if (!party) throw new Error(`No party ${registration.partyCode}`);
    const [delegation] = await sql<{ id: string }[]>`
      insert into delegations (meeting_id, party_id) values (${registration.meetingId}, ${party.id})
      on conflict (meeting_id, party_id) do update set updated_at = now()
      returning id`;
    const [row] = await sql<{ id: string }[]>`
      insert into registrations (meeting_id, delegation_id, party_id, name, email, delegation_role, honorific, participation, is_listed_publicly, status)
      values (${registration.meetingId}, ${delegation!.id}, ${party.id}, ${registration.name}, ${registration.email.toLowerCase()},
        ${registration.role ?? 'delegate'}, ${registration.honorific ?? null}, ${registration.participation ?? 'in_person'},
        ${registration.isListedPublicly ?? false}, ${registration.status ?? 'approved'})
      returning id`;
    return row!.id;
  } finally {
    await sql.end();
  }
}

/** Queues a message in the outbox, as a change's transaction does; the app's worker delivers it. */
export async function insertOutboxEmail(email: { to: string; subject: string; body: string }): Promise<void> {
  const sql = connect();
  try {
    await sql`insert into email_outbox (kind, to_address, subject, body) values ('registration_approved', ${email.to.toLowerCase()}, ${email.subject}, ${email.body})`;
  } finally {
    await sql.end();
  }
}

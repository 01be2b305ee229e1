import account from './account.json';
import accounts from './accounts.json';
import agenda from './agenda.json';
import amendments from './amendments.json';
import audit from './audit.json';
import auth from './auth.json';
import common from './common.json';
import documents from './documents.json';
import email from './email.json';
import evaluations from './evaluations.json';
import meetings from './meetings.json';
import participants from './participants.json';
import programme from './programme.json';
import registrations from './registrations.json';
import statementAdoption from './statement-adoption.json';
import statements from './statements.json';
import users from './users.json';

type Catalog = Record<string, Record<string, unknown>>;

// One file per area, so areas can be written (and translated) side by side. An area may add its
// own keys to a shared namespace such as `errors`; a key defined twice is a mistake and throws.
function mergeCatalogs(...catalogs: Catalog[]): Catalog {
  const merged: Catalog = {};
  for (const catalog of catalogs) {
    for (const [namespace, entries] of Object.entries(catalog)) {
      const target = (merged[namespace] ??= {});
      for (const [key, value] of Object.entries(entries)) {
        if (key in target) throw new Error(`message ${namespace}.${key} is defined twice`);
        target[key] = value;
      }
    }
  }
  return merged;
}

const messages = mergeCatalogs(common, auth, account, users, meetings, documents, audit, accounts, agenda, amendments, email, evaluations, participants, programme, registrations, statementAdoption, statements) as typeof common &
  typeof auth &
  typeof account &
  typeof users &
  typeof meetings &
  typeof documents &
  typeof audit &
  typeof accounts &
  typeof agenda &
  typeof amendments &
  typeof email &
  typeof evaluations &
  typeof participants &
  typeof programme &
  typeof registrations &
  typeof statementAdoption &
  typeof statements;

export default messages;

/**
 * The keys of `browserErrors` by the area that adds them (`common` has the shared ones): a page
 * passes the browser the words of its own forms' checks, not every form's. The keys are the same in
 * every language, so the English catalog lists them.
 */
export const browserErrorAreas = {
  common: Object.keys(common.browserErrors),
  account: Object.keys(account.browserErrors),
  accounts: Object.keys(accounts.browserErrors),
  agenda: Object.keys(agenda.browserErrors),
  amendments: Object.keys(amendments.browserErrors),
  documents: Object.keys(documents.browserErrors),
  evaluations: Object.keys(evaluations.browserErrors),
  programme: Object.keys(programme.browserErrors),
  registrations: Object.keys(registrations.browserErrors),
  statementAdoption: Object.keys(statementAdoption.browserErrors),
  statements: Object.keys(statements.browserErrors),
};
export type BrowserErrorArea = keyof typeof browserErrorAreas;

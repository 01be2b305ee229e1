// `npm run user:create`: the operator at the server's console opens an account, such as the first
// secretariat account of a new installation. The command itself, apart from the terminal, so tests
// can run it with a console of their own.
import { parseArgs } from 'node:util';
import { findPartyByCode, listParties } from '@/db/queries/parties';
import { AppError } from '@/lib/errors';
import { generatePassword } from '@/lib/password';
import { createUserAtConsole } from '@/lib/users/create-user-at-console';
import { isOwnEmail } from '@/lib/users/password-rules';
import { createUserSchema, passwordSchema } from '@/lib/users/schemas';
import messages from '@/messages/en';

export const usage = `Usage: npm run user:create -- --email someone@example.org --role secretariat [--name "Full Name"] [--party CODE] [--generate-password]
  --role               secretariat, chair, delegate or observer
  --party              the code of the person's party (KOR, JPN, ESCAP ...); a delegate needs one
  --generate-password  generate a strong password and print it once, instead of asking for one
                       (also what happens when the input is not a terminal)`;

/** The terminal as the command sees it. */
export type Terminal = {
  /** Whether a person is typing: only then is a password asked for. */
  isInteractive: boolean;
  /** Asks for a secret without showing what is typed. */
  askSecret: (prompt: string) => Promise<string>;
  print: (text: string) => void;
  printError: (text: string) => void;
};

type Options = { email: string; role: string; name?: string; party?: string; generatePassword: boolean };

function parseOptions(argv: string[]): Options | { error: string } {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        email: { type: 'string' },
        role: { type: 'string' },
        name: { type: 'string' },
        party: { type: 'string' },
        'generate-password': { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (!values.email || !values.role) return { error: 'Both --email and --role are needed.' };
    return { email: values.email, role: values.role, name: values.name, party: values.party, generatePassword: values['generate-password'] };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

// The refusals of the schema and of the use-case, in English: a terminal has no locale to ask for.
const errorTexts: Record<string, unknown> = { ...messages.errors, ...messages.browserErrors };
const errorText = (key: string) => {
  const text = errorTexts[key];
  return typeof text === 'string' ? text : messages.browserErrors.invalid;
};

const passwordAttempts = 3;

/** A password typed twice that keeps the rules, or null after three tries. */
async function askNewPassword(terminal: Terminal, email: string): Promise<string | null> {
  for (let attempt = 0; attempt < passwordAttempts; attempt += 1) {
    const password = await terminal.askSecret('Password for the account (at least 12 characters): ');
    const checked = passwordSchema.safeParse(password);
    if (!checked.success) {
      terminal.printError(errorText(checked.error.issues[0]?.message ?? 'invalid'));
      continue;
    }
    if (isOwnEmail(password, email)) {
      terminal.printError(errorText('passwordIsEmail'));
      continue;
    }
    if ((await terminal.askSecret('The same password again: ')) !== password) {
      terminal.printError(errorText('passwordsDiffer'));
      continue;
    }
    return password;
  }
  return null;
}

/** Runs the command; answers the exit code. The database must be migrated. */
export async function runUserCreate(argv: string[], terminal: Terminal): Promise<number> {
  const options = parseOptions(argv);
  if ('error' in options) {
    terminal.printError(`${options.error}\n${usage}`);
    return 2;
  }
  const party = options.party ? await findPartyByCode(options.party) : undefined;
  if (options.party && !party) {
    const codes = (await listParties()).map((p) => p.code).join(', ');
    terminal.printError(`No party has the code ${options.party}. The codes are: ${codes}.`);
    return 1;
  }
  const input = {
    name: options.name ?? options.email.split('@')[0] ?? '',
    email: options.email,
    role: options.role,
    partyId: party?.id ?? '',
  };
  // Check everything but the password before asking for one.
  const details = createUserSchema.safeParse({ ...input, password: generatePassword() });
  if (!details.success) {
    for (const issue of details.error.issues) terminal.printError(`--${issue.path.join('.')}: ${errorText(issue.message)}`);
    return 1;
  }
  const isGenerated = options.generatePassword || !terminal.isInteractive;
  const password = isGenerated ? generatePassword() : await askNewPassword(terminal, details.data.email);
  if (!password) return 1;
  try {
    const user = await createUserAtConsole({ input: createUserSchema.parse({ ...input, password }), isPasswordGenerated: isGenerated });
    terminal.print(`Created the ${user.role} account of ${user.name} <${user.email}>.`);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    terminal.printError(errorText(error.messageKey));
    return 1;
  }
  if (isGenerated) {
    terminal.print(`Its password, shown this once: ${password}`);
    terminal.print('Pass it on by a separate channel: the person chooses their own when they first sign in with it.');
  }
  return 0;
}

// `npm run user:create -- --email ... --role ...`: see scripts/user-create-command.ts. On the
// embedded database, stop the server first (PGlite allows one process per data folder).
import { closeDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { runUserCreate, type Terminal } from './user-create-command';

/** Reads a line from the terminal without echoing it; Ctrl-C or Ctrl-D cancels. */
function askSecret(prompt: string): Promise<string> {
  const { stdin, stdout } = process;
  stdout.write(prompt);
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (settle: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stdout.write('\n');
      settle();
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish(() => resolve(value));
        if (char === '\u0003' || char === '\u0004') return finish(() => reject(new Error('Cancelled.')));
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else if (char >= ' ') value += char;
      }
    };
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.on('data', onData);
    stdin.resume();
  });
}

const terminal: Terminal = {
  isInteractive: Boolean(process.stdin.isTTY),
  askSecret,
  print: (text) => console.log(text),
  printError: (text) => console.error(text),
};

await migrateDatabase();
let exitCode: number;
try {
  exitCode = await runUserCreate(process.argv.slice(2), terminal);
} catch (error) {
  console.error((error as Error).message);
  exitCode = 1;
} finally {
  await closeDb();
}
process.exit(exitCode);

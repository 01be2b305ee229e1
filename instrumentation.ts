// Runs once when a server instance starts. Each instance records passed silence procedures in the
// background, and with SMTP_URL set delivers the outbox; instances claim rows with
// `for update skip locked`, so no adoption is recorded twice and no message is sent twice.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { emailWorkerIntervalMs, silenceSweepIntervalMs } = await import('./lib/config');
  const { startSilenceSweep } = await import('./lib/statements/sweep-silence-procedures');
  startSilenceSweep({ intervalMs: silenceSweepIntervalMs });
  if (!process.env.SMTP_URL) return;
  const { configuredTransport, startEmailWorker } = await import('./lib/email/deliver-outbox');
  const transport = configuredTransport();
  if (transport) startEmailWorker({ transport, intervalMs: emailWorkerIntervalMs });
}

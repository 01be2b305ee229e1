// Runs once when a server instance starts. With SMTP_URL set, each instance delivers the outbox in
// the background; instances claim messages with `for update skip locked`, so none is sent twice.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.SMTP_URL) return;
  const { emailWorkerIntervalMs } = await import('./lib/config');
  const { configuredTransport, startEmailWorker } = await import('./lib/email/deliver-outbox');
  const transport = configuredTransport();
  if (transport) startEmailWorker({ transport, intervalMs: emailWorkerIntervalMs });
}

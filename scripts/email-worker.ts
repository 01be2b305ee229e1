// `npm run email:worker`: delivers the outbox over SMTP_URL, every EMAIL_WORKER_INTERVAL_MS, until
// stopped (`-- --once` for one run). Any number may run beside the app's own worker: they claim
// messages with `for update skip locked`. On the embedded database, stop the app first (PGlite
// allows one process per data folder).
import { closeDb } from '@/db/client';
import { emailWorkerIntervalMs } from '@/lib/config';
import { configuredTransport, deliverOutbox, startEmailWorker } from '@/lib/email/deliver-outbox';

const transport = configuredTransport();
if (!transport) {
  console.error('Set SMTP_URL (smtp://user:password@host:port) to deliver email.');
  process.exit(1);
}

if (process.argv.includes('--once')) {
  const report = await deliverOutbox({ smtp: transport });
  console.log(`Sent ${report.sent}, to retry ${report.retried}, failed ${report.failed}.`);
  transport.close();
  await closeDb();
} else {
  const stop = startEmailWorker({ transport, intervalMs: emailWorkerIntervalMs });
  console.log(`Email worker: delivering the outbox every ${emailWorkerIntervalMs} ms.`);
  const shutdown = async () => {
    stop();
    transport.close();
    await closeDb();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

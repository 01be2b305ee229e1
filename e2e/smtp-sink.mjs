// The e2e suite's mail server: an SMTP server that accepts everything, and a small HTTP endpoint
// that answers GET /messages (optionally ?to=<address>) with what it received, as JSON.
// Usage: node e2e/smtp-sink.mjs <smtp port> <http port>. Started by playwright.config.ts.
import { createServer } from 'node:http';
import { SMTPServer } from 'smtp-server';

const [smtpPort, httpPort] = process.argv.slice(2).map(Number);
const received = [];

/** The headers of a raw message, unfolded, names lower-cased. */
function headersOf(raw) {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? '';
  const headers = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** A MIME encoded-word subject ("=?UTF-8?Q?...?=") as text. */
function decodeWords(value) {
  return value.replace(/=\?([^?]+)\?([QBqb])\?([^?]*)\?=\s*/g, (_all, _charset, encoding, text) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  );
}

/** The text body: quoted-printable or base64 undone (nodemailer sends plain text one of the three ways). */
function bodyOf(raw, headers) {
  const body = raw.split(/\r?\n\r?\n/).slice(1).join('\n\n');
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const headers = headersOf(raw);
      received.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
        subject: decodeWords(headers.subject ?? ''),
        text: bodyOf(raw, headers),
        receivedAt: new Date().toISOString(),
      });
      callback();
    });
  },
});
smtp.listen(smtpPort, '127.0.0.1');

createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${httpPort}`);
  if (url.pathname !== '/messages') {
    response.writeHead(url.pathname === '/' ? 200 : 404, { 'Content-Type': 'text/plain' }).end('smtp sink');
    return;
  }
  const to = url.searchParams.get('to')?.toLowerCase();
  const messages = to ? received.filter((message) => message.to.includes(to)) : received;
  response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(messages));
}).listen(httpPort, '127.0.0.1');

// A suite killed outright (not stopped) leaves its children behind: the sink goes too, so that it does
// not hold its ports against the next run.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(0);
}, 1000).unref();

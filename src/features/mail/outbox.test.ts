import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { type AddressInfo, type Server, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDb, createTestDb } from '../../../tests/helpers/test-db.js';
import { Mailer, linksIn, outboxFor } from './outbox.js';

let db: TestDb;
let dir: string;

beforeAll(async () => {
  db = await createTestDb();
  dir = await mkdtemp(path.join(tmpdir(), 'e4d-outbox-'));
});
afterAll(async () => {
  await db.destroy();
  await rm(dir, { recursive: true, force: true });
});

const from = 'E4D Hub <no-reply@e4d.example>';
const verify = {
  to: 'aminata@example.sn',
  subject: 'Vérifiez votre adresse électronique',
  text: 'Bonjour Aminata,\n\nVérifiez votre adresse : https://hub.example/verify?token=abc123.\n\nL’équipe E4D',
  kind: 'verify-email',
};

/** A just-good-enough SMTP server that accepts every message and keeps what it was given. */
async function fakeSmtp(): Promise<{ url: string; received: { envelope: string[]; data: string }[]; close(): Promise<void> }> {
  const received: { envelope: string[]; data: string }[] = [];
  const server: Server = createServer((socket) => {
    let buffer = '';
    let envelope: string[] = [];
    let inData = false;
    socket.write('220 fake ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          received.push({ envelope, data: buffer.slice(0, end) });
          buffer = buffer.slice(end + 5);
          inData = false;
          envelope = [];
          socket.write('250 queued\r\n');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 fake\r\n');
        else if (verb === 'MAIL' || verb === 'RCPT') {
          envelope.push(line);
          socket.write('250 ok\r\n');
        } else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go on\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('Mailer', () => {
  it('keeps the message in the outbox table and writes it as a parseable .eml file', async () => {
    const mailer = new Mailer({ outboxDir: path.join(dir, 'eml'), from });
    const id = await mailer.send(db.db, verify);

    const [row] = await outboxFor(db.db, verify.to);
    expect(row).toMatchObject({ id, toAddress: verify.to, subject: verify.subject, text: verify.text, kind: 'verify-email', sentAt: null, error: null });
    expect(Number.isNaN(Date.parse(row!.createdAt))).toBe(false);

    expect(await readdir(path.join(dir, 'eml'))).toEqual([`${id}-verify-email.eml`]);
    const raw = await readFile(path.join(dir, 'eml', `${id}-verify-email.eml`));
    expect(raw.toString('utf8')).not.toMatch(/[^\r]\n/);
    const headerBlock = raw.toString('utf8').split('\r\n\r\n')[0]!;
    expect(headerBlock).toMatch(/^MIME-Version: 1\.0$/m);
    expect(headerBlock).toMatch(/^Date: /m);
    expect(headerBlock).toMatch(/^Message-ID: </m);
    expect(headerBlock).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
    // Headers are 7-bit: the accented subject is an encoded word.
    expect(/^[\x00-\x7f]*$/.test(headerBlock)).toBe(true);

    const email = await PostalMime.parse(raw);
    expect(email.from).toMatchObject({ name: 'E4D Hub', address: 'no-reply@e4d.example' });
    expect(email.to).toEqual([{ name: '', address: verify.to }]);
    expect(email.subject).toBe('Vérifiez votre adresse électronique');
    expect(email.text?.trim()).toBe(verify.text);
    expect(email.headers.find((h) => h.key === 'x-e4d-kind')?.value).toBe('verify-email');
  });

  it('works inside a transaction, and a rolled-back transaction keeps no email', async () => {
    const mailer = new Mailer({ from });
    const to = 'rollback@example.org';
    await expect(
      db.db.transaction().execute(async (trx) => {
        await mailer.send(trx, { ...verify, to });
        expect(await outboxFor(trx, to)).toHaveLength(1);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await outboxFor(db.db, to)).toEqual([]);

    const id = await db.db.transaction().execute((trx) => mailer.send(trx, { ...verify, to }));
    expect((await outboxFor(db.db, to)).map((row) => row.id)).toEqual([id]);
  });

  it('lists the emails to one address, newest first', async () => {
    const mailer = new Mailer({ from });
    const to = 'several@example.org';
    const first = await mailer.send(db.db, { to, subject: 'One', text: 'One.', kind: 'invitation' });
    const second = await mailer.send(db.db, { to, subject: 'Two', text: 'Two.', kind: 'review' });
    expect((await outboxFor(db.db, to)).map((row) => [row.id, row.kind])).toEqual([
      [second, 'review'],
      [first, 'invitation'],
    ]);
  });

  it('sends over SMTP the same message it writes to the file, and marks it sent', async () => {
    const smtp = await fakeSmtp();
    try {
      const to = 'smtp-ok@example.org';
      const mailer = new Mailer({ outboxDir: path.join(dir, 'smtp'), smtpUrl: smtp.url, from });
      const id = await mailer.send(db.db, { ...verify, to });
      const [row] = await outboxFor(db.db, to);
      expect(row!.error).toBeNull();
      expect(Number.isNaN(Date.parse(row!.sentAt ?? ''))).toBe(false);
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.envelope).toEqual(['MAIL FROM:<no-reply@e4d.example>', `RCPT TO:<${to}>`]);
      const file = await readFile(path.join(dir, 'smtp', `${id}-verify-email.eml`), 'utf8');
      expect(smtp.received[0]!.data).toBe(file.replace(/\r\n$/, ''));
    } finally {
      await smtp.close();
    }
  });

  it('records an SMTP failure on the row, logs it, and does not throw', async () => {
    const logged: unknown[] = [];
    const logger = { error: (...args: unknown[]) => logged.push(args) } as unknown as import('pino').Logger;
    const to = 'smtp-down@example.org';
    const mailer = new Mailer({ smtpUrl: 'smtp://127.0.0.1:9?connectionTimeout=500&greetingTimeout=500', from, logger });
    const started = Date.now();
    const id = await mailer.send(db.db, { ...verify, to });
    expect(Date.now() - started).toBeLessThan(5000);
    const [row] = await outboxFor(db.db, to);
    expect(row).toMatchObject({ id, sentAt: null });
    expect(row!.error).toMatch(/ECONNREFUSED|connect|timeout/i);
    expect(logged).toHaveLength(1);
  });
});

describe('linksIn', () => {
  it('finds the http(s) links of a body, without trailing punctuation', () => {
    expect(linksIn(verify.text)).toEqual(['https://hub.example/verify?token=abc123']);
    const text = 'Accept (https://hub.example/invitations/x-1?a=1&b=2), or see http://hub.example/help.\nNot ftp://x nor mailto:a@b.';
    expect(linksIn(text)).toEqual(['https://hub.example/invitations/x-1?a=1&b=2', 'http://hub.example/help']);
    expect(linksIn('No link here.')).toEqual([]);
  });
});

import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { type AddressInfo, type Server, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type TestDb, createTestDb } from '../../../tests/helpers/test-db.js';
import { Mailer, linksIn, outboxFor } from './outbox.js';

let db: TestDb;
let dir: string;

beforeAll(async () => {
  db = await createTestDb();
  dir = await mkdtemp(path.join(tmpdir(), 'e4d-outbox-'));
});
// Each test starts with an empty outbox: a sender delivers every due row, whoever queued it.
afterEach(async () => {
  await db.db.deleteFrom('outbox').execute();
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

/** A just-good-enough SMTP server that keeps what it was given; `refuse` answers RCPT with that reply instead. */
async function fakeSmtp(options: { refuse?: string } = {}): Promise<{ url: string; received: { envelope: string[]; data: string }[]; close(): Promise<void> }> {
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
        else if (verb === 'RCPT' && options.refuse) socket.write(`${options.refuse}\r\n`);
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

const statusOf = async (id: number) => db.db.selectFrom('outbox').select(['status', 'attempts', 'error', 'sentAt', 'nextAttemptAt']).where('id', '=', id).executeTakeFirstOrThrow();
const minutes = (n: number) => new Date(Date.now() + n * 60_000);

describe('Mailer', () => {
  it('queues the message in the table; the sender writes it as a parseable .eml file and marks it delivered', async () => {
    const mailer = new Mailer({ db: db.db, outboxDir: path.join(dir, 'eml'), from });
    const id = await mailer.send(db.db, verify);

    const [queued] = await outboxFor(db.db, verify.to);
    expect(queued).toMatchObject({ id, toAddress: verify.to, subject: verify.subject, text: verify.text, kind: 'verify-email', status: 'queued', sentAt: null, error: null });
    expect(Number.isNaN(Date.parse(queued!.createdAt))).toBe(false);
    // Nothing leaves at send time: the caller's transaction may still roll back.
    await expect(readdir(path.join(dir, 'eml'))).rejects.toThrow();

    expect(await mailer.deliverDue()).toBe(1);
    expect(await statusOf(id)).toMatchObject({ status: 'delivered', attempts: 1, sentAt: null, error: null });
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

    // Delivered rows are not delivered again.
    expect(await mailer.deliverDue()).toBe(0);
  });

  it('works inside a transaction, and a rolled-back transaction sends nothing', async () => {
    const eml = path.join(dir, 'rollback');
    const mailer = new Mailer({ db: db.db, outboxDir: eml, from });
    const to = 'rollback@example.org';
    await expect(
      db.db.transaction().execute(async (trx) => {
        await mailer.send(trx, { ...verify, to });
        expect(await outboxFor(trx, to)).toHaveLength(1);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await outboxFor(db.db, to)).toEqual([]);
    expect(await mailer.deliverDue()).toBe(0);
    await expect(readdir(eml)).rejects.toThrow();

    const id = await db.db.transaction().execute((trx) => mailer.send(trx, { ...verify, to }));
    expect((await outboxFor(db.db, to)).map((row) => row.id)).toEqual([id]);
    expect(await mailer.deliverDue()).toBe(1);
    expect(await readdir(eml)).toEqual([`${id}-verify-email.eml`]);
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

  it('without a file folder or SMTP, keeps emails queued in the table', async () => {
    const mailer = new Mailer({ from });
    expect(mailer.delivers).toBe(false);
    const id = await mailer.send(db.db, { ...verify, to: 'kept@example.org' });
    expect(await mailer.deliverDue()).toBe(0);
    expect((await statusOf(id)).status).toBe('queued');
  });

  it('sends over SMTP the same message it writes to the file, and marks it sent', async () => {
    const smtp = await fakeSmtp();
    try {
      const to = 'smtp-ok@example.org';
      const mailer = new Mailer({ db: db.db, outboxDir: path.join(dir, 'smtp'), smtpUrl: smtp.url, from });
      const id = await mailer.send(db.db, { ...verify, to });
      expect(smtp.received).toHaveLength(0);
      await mailer.deliverDue();
      const [row] = await outboxFor(db.db, to);
      expect(row).toMatchObject({ status: 'delivered', error: null });
      expect(Number.isNaN(Date.parse(row!.sentAt ?? ''))).toBe(false);
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.envelope).toEqual(['MAIL FROM:<no-reply@e4d.example>', `RCPT TO:<${to}>`]);
      const file = await readFile(path.join(dir, 'smtp', `${id}-verify-email.eml`), 'utf8');
      expect(smtp.received[0]!.data).toBe(file.replace(/\r\n$/, ''));
    } finally {
      await smtp.close();
    }
  });

  it('after a request, kick() delivers what was queued in the background', async () => {
    const smtp = await fakeSmtp();
    try {
      const mailer = new Mailer({ db: db.db, smtpUrl: smtp.url, from });
      const id = await mailer.send(db.db, { ...verify, to: 'kicked@example.org' });
      mailer.kick();
      await mailer.stop();
      expect((await statusOf(id)).status).toBe('delivered');
      expect(smtp.received.map((m) => m.envelope[1])).toEqual(['RCPT TO:<kicked@example.org>']);
    } finally {
      await smtp.close();
    }
  });

  it('records an SMTP failure, logs it, and tries again after the back-off, up to its last attempt', async () => {
    const logged: unknown[] = [];
    const logger = { error: (...args: unknown[]) => logged.push(args), warn: () => {} } as unknown as import('pino').Logger;
    const to = 'smtp-down@example.org';
    const mailer = new Mailer({ db: db.db, smtpUrl: 'smtp://127.0.0.1:9?connectionTimeout=500&greetingTimeout=500', from, logger, retryDelaysMs: [60_000] });
    const id = await mailer.send(db.db, { ...verify, to });
    await mailer.deliverDue();
    const first = await statusOf(id);
    expect(first).toMatchObject({ status: 'retry', attempts: 1, sentAt: null });
    expect(first.error).toMatch(/ECONNREFUSED|connect|timeout/i);
    expect(Date.parse(first.nextAttemptAt!) - Date.now()).toBeGreaterThan(50_000);
    expect(logged).toHaveLength(1);

    // Not due yet: nothing happens.
    expect(await mailer.deliverDue()).toBe(0);
    expect((await statusOf(id)).attempts).toBe(1);
    // Due: the last attempt fails too, and the row is given up.
    expect(await mailer.deliverDue(minutes(2))).toBe(1);
    expect(await statusOf(id)).toMatchObject({ status: 'failed', attempts: 2 });
    expect(await mailer.deliverDue(minutes(600))).toBe(0);
  });

  it('gives up at once on a permanent refusal (5xx)', async () => {
    const smtp = await fakeSmtp({ refuse: '550 5.1.1 no such mailbox' });
    try {
      const mailer = new Mailer({ db: db.db, smtpUrl: smtp.url, from });
      const id = await mailer.send(db.db, { ...verify, to: 'nobody@example.org' });
      await mailer.deliverDue();
      const row = await statusOf(id);
      expect(row).toMatchObject({ status: 'failed', attempts: 1 });
      expect(row.error).toMatch(/550/);
    } finally {
      await smtp.close();
    }
  });

  it('hands each row to SMTP once, with two senders at work at the same time', async () => {
    const smtp = await fakeSmtp();
    try {
      const tos = Array.from({ length: 30 }, (_, i) => `twice-${i}@example.org`);
      const queuer = new Mailer({ from });
      for (const to of tos) await queuer.send(db.db, { ...verify, to });
      const a = new Mailer({ db: db.db, smtpUrl: smtp.url, from });
      const b = new Mailer({ db: db.db, smtpUrl: smtp.url, from });
      const handled = await Promise.all([a.deliverDue(), b.deliverDue(), a.deliverDue(), b.deliverDue()]);
      expect(handled.reduce((x, y) => x + y, 0)).toBe(tos.length);
      const recipients = smtp.received.map((m) => m.envelope[1]);
      expect(recipients.toSorted()).toEqual(tos.map((to) => `RCPT TO:<${to}>`).toSorted());
    } finally {
      await smtp.close();
    }
  });

  it('never sends again a row its sender left mid-delivery: it is marked unknown', async () => {
    const smtp = await fakeSmtp();
    try {
      const mailer = new Mailer({ db: db.db, smtpUrl: smtp.url, from, leaseMs: 60_000 });
      const id = await new Mailer({ from }).send(db.db, { ...verify, to: 'stranded@example.org' });
      // As a sender that claimed it and then died would leave it.
      await db.db.updateTable('outbox').set({ status: 'sending', attempts: 1, claimedAt: new Date().toISOString() }).where('id', '=', id).execute();
      expect(await mailer.deliverDue()).toBe(0);
      expect((await statusOf(id)).status).toBe('sending');
      await mailer.deliverDue(minutes(2));
      const row = await statusOf(id);
      expect(row.status).toBe('unknown');
      expect(row.error).toMatch(/never sent twice/);
      expect(smtp.received).toHaveLength(0);
    } finally {
      await smtp.close();
    }
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

import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../helpers/browser.js';
import { storyStage } from '../helpers/story.js';

const stage = storyStage();
const { visitor, open } = stage;

describe('An official follows e-commerce events', () => {
  it('filters the calendar, reads the third day of E-Commerce Week 2017, downloads its .ics and registers for an upcoming event', async () => {
    const page = await visitor();
    await open(page, '/events');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Events');
    await expectNoAxeViolations(page);

    // Filter by a policy area (the form works without JavaScript), then look at every date.
    await page.getByLabel('Policy area').selectOption('payment-solutions');
    await page.getByRole('button', { name: 'Show events' }).click();
    await page.waitForURL(/policyArea=payment-solutions/);
    await page.getByRole('navigation', { name: 'Which events' }).getByRole('link', { name: 'All', exact: true }).click();
    await page.waitForURL(/when=all/);
    expect(page.url()).toContain('policyArea=payment-solutions');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'UNCTAD E-Commerce Week 2017', exact: false }).first().click();
    await page.waitForURL(/\/events\/unctad-e-commerce-week-2017$/);
    await expectNoAxeViolations(page);

    // The third day, 26 April: its sessions, by day.
    await page.getByRole('navigation', { name: 'Days of the programme' }).getByRole('link').nth(2).click();
    await page.waitForURL(/#day-2017-04-26$/);
    const day = page.locator('section#day-2017-04-26');
    await expect(day.getByRole('heading', { level: 3 }).first().isVisible()).resolves.toBe(true);
    await expect(day.getByText('Payment solutions', { exact: false }).count()).resolves.toBeGreaterThan(0);
    const sessionsOnDay = await stage.hub.db.db
      .selectFrom('eventSessions as s')
      .innerJoin('events as e', 'e.id', 's.eventId')
      .select('s.title')
      .where('e.slug', '=', 'unctad-e-commerce-week-2017')
      .where('s.date', '=', '2017-04-26')
      .execute();
    for (const { title } of sessionsOnDay) await expect(day.getByText(title, { exact: true }).count()).resolves.toBeGreaterThan(0);

    // The calendar file: one VEVENT per session, each an all-day entry on its day (the report gives no times).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Add to calendar' }).first().click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const calendar = new ICAL.Component(ICAL.parse(await readFile((await download.path())!, 'utf8')));
    const vevents = calendar.getAllSubcomponents('vevent');
    const total = await stage.hub.db.db
      .selectFrom('eventSessions as s')
      .innerJoin('events as e', 'e.id', 's.eventId')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('e.slug', '=', 'unctad-e-commerce-week-2017')
      .executeTakeFirstOrThrow();
    expect(vevents).toHaveLength(Number(total.n));
    expect(vevents.every((v) => (v.getFirstPropertyValue('dtstart') as ICAL.Time).isDate)).toBe(true);

    // An upcoming sample event with registration on the hub.
    await open(page, '/events');
    await page.getByRole('link', { name: /training day/i }).first().click();
    await page.waitForURL(/\/events\/sample-training-day-online-consumer-protection$/);
    await page.getByRole('link', { name: 'Register', exact: true }).click();
    await page.waitForURL(/\/register$/);
    await expectNoAxeViolations(page);
    await page.getByLabel('Full name').fill('Aïssatou Diallo');
    await page.getByLabel('Email', { exact: true }).fill('aissatou@example.org');
    await page.getByLabel('Country', { exact: true }).selectOption('SEN');
    await page.getByLabel('Type of organisation').selectOption('government');
    await page.getByLabel('I agree', { exact: false }).check();
    await page.getByRole('button', { name: 'Register' }).click();
    await page.waitForURL(/\/registered\?status=confirmed$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('You are registered');
    await expectNoAxeViolations(page);

    const mail = await stage.hub.db.db.selectFrom('outbox').select(['subject', 'text']).where('toAddress', '=', 'aissatou@example.org').executeTakeFirstOrThrow();
    expect(mail.text).toContain('/events/sample-training-day-online-consumer-protection/registrations/cancel?token=');
    expect(mail.text).toContain('Asia/Kathmandu');
  });
});

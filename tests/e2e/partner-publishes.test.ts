import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../helpers/browser.js';
import { storyStage } from '../helpers/story.js';
import { Visitor, emailLink } from '../helpers/visitor.js';

/**
 * A partner publishes a solution: the secretariat invites UNCTAD's administrator, who signs up and
 * confirms the address from the email; she invites an editor; he drafts and submits a solution; the
 * secretariat returns it with a reason; he fixes and resubmits; the secretariat approves; a visitor
 * finds it. axe on every page on the way.
 */
const stage = storyStage({ locale: 'en-GB' });
const password = 'Partners publish their work 2026';
const title = 'Cross-border e-commerce clinic for customs officers';

/** Every page of the story passes axe and is under the 30 KB budget (checked in page-weight tests too). */
async function checked(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
}

async function go(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `GET ${path}`).toBe(200);
  await checked(page);
}

/** Submit a form by its button and wait for the page it leads to; that page is checked too. */
async function press(page: Page, button: string | RegExp): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: button }).click()]);
  await checked(page);
}

const pathOf = (link: string) => link;

async function signUpFromEmail(page: Page, email: string, name: string): Promise<void> {
  await go(page, pathOf(await emailLink(stage.hub, email, '/invitations/')));
  await page.getByRole('link', { name: 'Create an account to accept' }).click();
  await checked(page);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await press(page, 'Create the account');
  await expect.poll(() => page.getByRole('status').textContent()).toContain(email);
  // The confirmation link from the outbox, then sign in.
  await go(page, await emailLink(stage.hub, email, '/verify-email'));
  expect(await page.getByRole('status').first().textContent()).toContain('confirmed');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await press(page, 'Sign in');
  // Back to the invitation, now signed in: accept it.
  await go(page, await emailLink(stage.hub, email, '/invitations/'));
  await press(page, 'Accept the invitation');
  expect(new URL(page.url()).pathname).toBe('/workspace');
}

beforeAll(async () => {
  const hub = stage.hub;
  const visitor = new Visitor(hub);
  await visitor.post('/sign-up', { name: 'Secretariat', email: 'secretariat@e4d.example', password }, { from: '/sign-up' });
  await visitor.get(await emailLink(hub, 'secretariat@e4d.example', '/verify-email'));
  await hub.db.db.updateTable('users').set({ hubRole: 'secretariat' }).where('email', '=', 'secretariat@e4d.example').execute();
});

async function signIn(page: Page, email: string): Promise<void> {
  await go(page, '/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await press(page, 'Sign in');
}

describe('a partner publishes a solution through the secretariat’s review', () => {
  it('from the invitation to the visitor’s search', async () => {
    const secretariat = await stage.visitor();
    await signIn(secretariat, 'secretariat@e4d.example');
    await go(secretariat, '/admin/organisations/unctad');
    await secretariat.getByLabel('Email').fill('amina@unctad.example');
    await press(secretariat, 'Send the invitation');

    const admin = await stage.visitor();
    await signUpFromEmail(admin, 'amina@unctad.example', 'Amina Ouédraogo');
    await admin.getByLabel('Email address of the editor').fill('kwame@unctad.example');
    await press(admin, 'Send the invitation');

    const editor = await stage.visitor();
    await signUpFromEmail(editor, 'kwame@unctad.example', 'Kwame Asante');
    await editor.getByRole('link', { name: 'Propose a new solution' }).first().click();
    await checked(editor);
    await editor.getByLabel(/^Kind/).selectOption('training');
    await editor.getByLabel('Free').check();
    await editor.locator('[name="link"]').fill('https://unctad.org/topic/trade-facilitation');
    await editor.locator('[name="policyAreas"][value="trade-logistics"]').check();
    await editor.locator('[name="beneficiaries"][value="customs-border-agencies"]').check();
    await editor.locator('[name="coverage"]').fill('ldc');
    await editor.locator('[name="languages"][value="en"]').check();
    await editor.locator('[name="text.en.title"]').fill(title);
    await editor.locator('[name="text.en.summary"]').fill('Short');
    await press(editor, 'Save as a draft');
    // No way to ask for it either: both problems at once.
    expect(await editor.locator('.error-summary').textContent()).toContain('Say how to get it');
    // Too short a summary: the form comes back with the error and what was typed.
    expect(await editor.locator('.error-summary').textContent()).toContain('summary');
    expect(await editor.locator('[name="text.en.title"]').inputValue()).toBe(title);
    await editor.locator('[name="text.en.summary"]').fill('Hands-on sessions for customs officers on parcels bought online: risk, duties and the single window.');
    await editor.locator('[name="text.en.eligibility"]').fill('Customs administrations of least developed countries; free of charge.');
    await editor.getByLabel(/It can be asked for through the hub/).check();
    await press(editor, 'Save as a draft');
    await press(editor, 'Submit for review');

    await go(secretariat, '/admin');
    await secretariat.getByRole('link', { name: title }).click();
    await checked(secretariat);
    await secretariat.getByLabel('What the author needs to change').fill('Please add the French summary: most beneficiaries work in French.');
    await press(secretariat, 'Return the revision');

    await go(editor, '/workspace');
    expect(await editor.getByText('Please add the French summary').count()).toBeGreaterThan(0);
    await editor.getByRole('link', { name: title }).first().click();
    await checked(editor);
    await editor.locator('[name="text.fr.title"]').fill('Atelier sur le commerce électronique transfrontière pour les douaniers');
    await editor.locator('[name="text.fr.summary"]').fill('Séances pratiques pour les douaniers sur les colis achetés en ligne.');
    await press(editor, 'Save the changes');
    await press(editor, 'Submit for review');

    await go(secretariat, '/admin');
    await secretariat.getByRole('link', { name: title }).click();
    await checked(secretariat);
    await press(secretariat, 'Approve and publish');

    const visitor = await stage.visitor();
    await go(visitor, '/');
    await visitor.getByLabel('Search the hub').fill('customs clinic');
    await Promise.all([visitor.waitForNavigation(), visitor.getByLabel('Search the hub').press('Enter')]);
    await checked(visitor);
    await visitor.getByRole('link', { name: title }).click();
    await checked(visitor);
    expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(await visitor.getByText('Customs administrations of least developed countries; free of charge.').count()).toBe(1);
    // The request form comes filled from the solution (issue 14).
    expect(await visitor.getByRole('link', { name: 'Ask for help with this through the hub' }).getAttribute('href')).toBe(`/requests/new?solution=${new URL(visitor.url()).pathname.split('/').pop()}`);
    // The French visitor reads the French title the editor added after the return.
    await Promise.all([visitor.waitForNavigation(), visitor.getByRole('link', { name: 'Français' }).click()]);
    await checked(visitor);
    expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toContain('transfrontière');
  }, 180_000);
});

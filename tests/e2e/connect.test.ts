import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../helpers/browser.js';
import { joinWorkspace, signedInVisitor } from '../helpers/roles.js';
import { storyStage } from '../helpers/story.js';

const stage = storyStage();

/** A browser profile signed in as a new account (signed up and confirmed through the app itself). */
async function signedInPage(email: string, name: string): Promise<Page> {
  const visitor = await signedInVisitor(stage.hub, email, { name });
  const page = await stage.visitor();
  await page.context().addCookies([{ name: 'e4d.session_token', value: visitor.cookies.get('e4d.session_token')!, url: stage.url, httpOnly: true, sameSite: 'Lax' }]);
  return page;
}

/** The overall share of the action tracker, as its table says it ("36% (4 of 11)"). */
async function overallShare(page: Page): Promise<string> {
  return (await page.getByRole('row', { name: /All policy areas/ }).first().textContent())!.trim();
}

describe('A focal point gets help, assesses readiness and tracks actions', () => {
  it('posts a request, a partner answers, they talk; then a self-assessment with recommendations and an action update the public tracker shows', async () => {
    const db = stage.hub.db.db;
    const focal = await signedInPage('focal@gouv.sn.example', 'Awa Ndiaye');
    const { id: focalId } = await db.selectFrom('users').select('id').where('email', '=', 'focal@gouv.sn.example').executeTakeFirstOrThrow();
    await db.insertInto('focalPoints').values({ userId: focalId, country: 'SEN', assignedBy: null, assignedAt: new Date().toISOString() }).execute();
    const partner = await signedInPage('editor@unctad.example', 'Paolo Partner');
    await joinWorkspace(stage.hub, 'editor@unctad.example', 'unctad', 'member');

    // 1. The focal point posts a request for Senegal.
    await stage.open(focal, '/requests/new');
    await expectNoAxeViolations(focal);
    await focal.locator('select[name=country]').selectOption('SEN');
    await focal.locator('input[name=requesterKind][value=focal-point]').check();
    await focal.locator('input[name=requesterBody]').fill('Ministère du Commerce, Sénégal');
    await focal.locator('input[name=title]').fill('A national e-commerce strategy for Senegal');
    await focal.locator('textarea[name=description]').fill('We need help to assess our readiness and draft a national e-commerce strategy with the private sector.');
    await focal.locator('input[name=policyAreas][value=readiness-assessment]').check();
    await focal.locator('input[name=supportKinds][value=technical-assistance]').check();
    await focal.locator('input[name=languages][value=fr]').check();
    await focal.locator('input[name=urgency][value=high]').check();
    await focal.getByRole('button', { name: 'Post the request' }).click();
    await focal.waitForURL(/\/requests\/\d+\?done=posted$/);
    const requestUrl = focal.url().replace(/\?.*$/, '');
    const requestId = Number(/\/requests\/(\d+)/.exec(requestUrl)![1]);
    await expect(focal.getByRole('heading', { name: 'Best matches' }).count()).resolves.toBe(1);
    await expectNoAxeViolations(focal);
    const matched = await db
      .selectFrom('requestMatches as m')
      .innerJoin('organisations as o', 'o.id', 'm.organisationId')
      .select('o.slug')
      .where('m.requestId', '=', requestId)
      .execute();
    expect(matched.map((m) => m.slug)).toContain('unctad');

    // 2. UNCTAD's editor finds it on the dashboard and expresses interest.
    await stage.open(partner, '/workspace/unctad/requests');
    await expectNoAxeViolations(partner);
    await partner.getByRole('link', { name: 'A national e-commerce strategy for Senegal' }).click();
    await partner.waitForURL(requestUrl);
    await expect(partner.getByText('focal@gouv.sn.example').count()).resolves.toBe(0);
    await partner.locator('textarea[name=message]').fill('UNCTAD can run an eTrade Readiness Assessment with your ministry in French.');
    await partner.getByRole('button', { name: 'Express interest' }).click();
    await partner.waitForURL(/\/conversations\/unctad/);
    await expectNoAxeViolations(partner);

    // 3. The focal point answers in the conversation; the partner now sees the contact details.
    await stage.open(focal, `/requests/${requestId}/conversations/unctad`);
    await focal.locator('textarea[name=message]').fill('Merci ! Could we meet next week?');
    await focal.getByRole('button', { name: 'Send' }).click();
    await focal.waitForURL(/\/conversations\/unctad/);
    await expect(focal.getByText('Merci ! Could we meet next week?').count()).resolves.toBe(1);
    await expectNoAxeViolations(focal);
    await stage.open(partner, `/requests/${requestId}/conversations/unctad`);
    await expect(partner.getByText('Merci ! Could we meet next week?').count()).resolves.toBe(1);
    await stage.open(partner, `/requests/${requestId}`);
    await expect(partner.getByText('focal@gouv.sn.example').count()).resolves.toBeGreaterThan(0);

    // 4. The focal point marks the request supported.
    await stage.open(focal, `/requests/${requestId}`);
    await focal.getByRole('button', { name: 'Mark as supported' }).click();
    await focal.waitForURL(/done=request-status/);
    await expect(focal.getByText('Current status: Supported.').count()).resolves.toBe(1);
    await expectNoAxeViolations(focal);

    // 5. A readiness self-assessment: strong everywhere but financing and skills.
    await stage.open(focal, '/countries/SEN/assessment/new');
    await expectNoAxeViolations(focal);
    for (const fieldset of await focal.locator('fieldset fieldset').all()) {
      const name = await fieldset.locator('input[type=radio]').first().getAttribute('name');
      const weak = /^(fin|sk)/.test(name ?? '');
      await fieldset.locator(`input[type=radio][value="${weak ? '0' : '3'}"]`).check();
    }
    await focal.getByRole('button', { name: 'Save the assessment' }).click();
    await focal.waitForURL(/\/countries\/SEN\/assessments\/\d+/);
    await expect(focal.getByRole('heading', { name: 'Recommended solutions' }).count()).resolves.toBe(1);
    await expect(focal.locator('svg title').first().textContent()).resolves.toContain('Readiness scores of Senegal');
    await expectNoAxeViolations(focal);

    // 6. An action moves to completed; the public tracker's share goes up.
    const visitor = await stage.visitor();
    await stage.open(visitor, '/countries/SEN/actions');
    const before = await overallShare(visitor);
    const inProgress = await db.selectFrom('actions').select('id').where('countryIso3', '=', 'SEN').where('status', '=', 'in-progress').orderBy('id').executeTakeFirstOrThrow();
    await stage.open(focal, `/countries/SEN/actions/${inProgress.id}/edit`);
    await expectNoAxeViolations(focal);
    await focal.locator('select[name=status]').selectOption('completed');
    await focal.getByRole('button', { name: 'Save the action' }).click();
    await focal.waitForURL(/\/countries\/SEN\/actions/);
    await stage.open(visitor, '/countries/SEN/actions');
    const after = await overallShare(visitor);
    const completed = (text: string) => Number(/\((\d+) of (\d+)\)/.exec(text)![1]);
    expect(completed(after)).toBe(completed(before) + 1);
    await expectNoAxeViolations(visitor);
  });
});

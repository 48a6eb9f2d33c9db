import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../helpers/browser.js';
import { storyStage } from '../helpers/story.js';

const stage = storyStage();
const { visitor, open } = stage;

describe('A researcher reads the e-commerce data', () => {
  it('opens /data, follows a country from the map, reads its profile and downloads the CSV', async () => {
    const page = await visitor();
    await open(page, '/data');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('E-commerce data');
    await expect(page.getByText('Sample data', { exact: false }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    // The map is a picture of links: Kenya's shape goes to Kenya's profile.
    const kenya = page.locator('#b2c-map a[href="/countries/KEN"]');
    await expect(kenya.getAttribute('aria-label')).resolves.toBe('Kenya: 49.0');
    await kenya.click();
    await page.waitForURL(/\/countries\/KEN$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Kenya');

    const data = page.locator('section#data');
    await expect(data.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('E-commerce data');
    await expect(data.getByText('Rank 88 of 152 in the 2020 edition').count()).resolves.toBe(1);
    await expect(data.getByRole('rowheader', { name: 'Eastern Africa (average)' }).count()).resolves.toBe(1);
    await expect(data.locator('svg#b2c-profile-KEN').count()).resolves.toBe(1);
    // The other indicators by policy area, with their own download.
    const indicators = page.locator('section#indicators');
    await expect(indicators.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Other e-commerce indicators');
    await expect(indicators.getByRole('columnheader', { name: 'Women' }).count()).resolves.toBeGreaterThan(0);
    const internet = indicators.getByRole('row', { name: /^Individuals using the Internet/ });
    await expect(internet.textContent()).resolves.toContain('2022');
    await expect(internet.textContent()).resolves.toContain('40.8%');
    // The trend charts are one link away, so that the profile loads in one round trip.
    await expect(indicators.locator('svg#trend-internet-users').count()).resolves.toBe(0);
    await expect(indicators.getByRole('link', { name: /^Trends over time/ }).getAttribute('href')).resolves.toBe('/countries/KEN/indicators');
    const [sheet] = await Promise.all([page.waitForEvent('download'), indicators.getByRole('link', { name: 'CSV', exact: true }).click()]);
    expect(sheet.suggestedFilename()).toBe('KEN-indicators.csv');
    await expectNoAxeViolations(page);

    // From the profile to the full ranking, and its CSV.
    await data.getByRole('link', { name: 'See the full ranking' }).click();
    await page.waitForURL(/\/data\/b2c\/2020$/);
    await expectNoAxeViolations(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('b2c-2020.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^edition,rank,iso3,name,index,/);
    expect(lines.some((line) => line.includes(',KEN,Kenya,'))).toBe(true);
    expect(lines[1]).toContain(',official,"UNCTAD B2C E-commerce Index 2020');

    // Kenya's indicators over time: a trend chart of each, with its table.
    await open(page, '/countries/KEN/indicators');
    await expect(page.locator('svg#trend-internet-users').count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
  });

  it('picks an indicator and a year in the explorer, without JavaScript, and reads the map and the ranked table', async () => {
    const page = await visitor({ javaScriptEnabled: false });
    await open(page, '/data');
    await page.getByLabel('Indicator', { exact: true }).selectOption('logistics-performance');
    await page.getByLabel('Year', { exact: true }).fill('2018');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/\/data\/indicators\?indicator=logistics-performance&year=2018$/);
    await expect(page.locator('svg#indicator-map').count()).resolves.toBe(1);
    const first = page.locator('table.ranking tbody tr').first();
    await expect(first.textContent()).resolves.toMatch(/^1Germany4\.201$/);
    await expect(page.getByText('Source: World Bank, Logistics Performance Index; year 2018', { exact: false }).count()).resolves.toBe(1);
    // axe runs in the page: the same address in a context with JavaScript.
    const checker = await visitor();
    await open(checker, page.url().replace(/^https?:\/\/[^/]+/, ''));
    await expectNoAxeViolations(checker);
  });
});

import worldCountries from 'world-countries';
import { groupMembers } from './groups.js';

// world-countries' types say `export default`, but Node hands over the array itself.
type WorldCountry = { cca3: string; independent?: boolean | null };
const worldList: WorldCountry[] = (worldCountries as unknown as { default?: WorldCountry[] }).default ?? (worldCountries as unknown as WorldCountry[]);

/** UN observer states that world-countries does not mark independent. */
const observerStates = ['PSE'];

/**
 * Places that take part in what is offered to their region and UN groups: sovereign states
 * (world-countries' `independent`), the UN observer states, and the members of a UN group (LDC, LLDC,
 * SIDS — whose list includes the associate members of the regional commissions, such as Aruba or the
 * Cook Islands). Any other territory (Réunion, Greenland, Hong Kong SAR, Antarctica…) is covered only
 * by what names it: a programme for "Africa" or "Eastern Asia" is run for the states there.
 */
const sharing: ReadonlySet<string> = new Set([
  ...worldList.filter((c) => c.independent === true).map((c) => c.cca3),
  ...observerStates,
  ...Object.values(groupMembers).flat(),
]);

/** Whether items for the place's region, sub-region and UN groups apply to it (see `sharing`). */
export function sharesRegionalItems(iso3: string): boolean {
  return sharing.has(iso3);
}

/**
 * UN country groupings used across the hub.
 *
 * Source: United Nations Statistics Division, "Standard country or area codes for statistical use
 * (M49)", overview table, columns "Least Developed Countries (LDC)", "Land Locked Developing
 * Countries (LLDC)" and "Small Island Developing States (SIDS)" — https://unstats.un.org/unsd/methodology/m49/overview
 * (lists as of the December 2024 LDC list: Bhutan and São Tomé and Príncipe have graduated).
 * Keep in step with UN-OHRLLS when a country graduates; the test in groups.test.ts checks the counts.
 */
export const countryGroups = ['ldc', 'lldc', 'sids'] as const;
export type CountryGroup = (typeof countryGroups)[number];

export function isCountryGroup(value: string): value is CountryGroup {
  return (countryGroups as readonly string[]).includes(value);
}

export const groupMembers: Record<CountryGroup, readonly string[]> = {
  // 44 Least Developed Countries
  ldc: [
    'AFG', 'AGO', 'BDI', 'BEN', 'BFA', 'BGD', 'CAF', 'COD', 'COM', 'DJI', 'ERI', 'ETH', 'GIN', 'GMB', 'GNB',
    'HTI', 'KHM', 'KIR', 'LAO', 'LBR', 'LSO', 'MDG', 'MLI', 'MMR', 'MOZ', 'MRT', 'MWI', 'NER', 'NPL', 'RWA',
    'SDN', 'SEN', 'SLB', 'SLE', 'SOM', 'SSD', 'TCD', 'TGO', 'TLS', 'TUV', 'TZA', 'UGA', 'YEM', 'ZMB',
  ],
  // 32 Landlocked Developing Countries
  lldc: [
    'AFG', 'ARM', 'AZE', 'BDI', 'BFA', 'BOL', 'BTN', 'BWA', 'CAF', 'ETH', 'KAZ', 'KGZ', 'LAO', 'LSO', 'MDA',
    'MKD', 'MLI', 'MNG', 'MWI', 'NER', 'NPL', 'PRY', 'RWA', 'SSD', 'SWZ', 'TCD', 'TJK', 'TKM', 'UGA', 'UZB',
    'ZMB', 'ZWE',
  ],
  // 53 Small Island Developing States (UN members and associate members of regional commissions)
  sids: [
    'ABW', 'AIA', 'ASM', 'ATG', 'BES', 'BHS', 'BLZ', 'BRB', 'COK', 'COM', 'CPV', 'CUB', 'CUW', 'DMA', 'DOM',
    'FJI', 'FSM', 'GNB', 'GRD', 'GUM', 'GUY', 'HTI', 'JAM', 'KIR', 'KNA', 'LCA', 'MDV', 'MHL', 'MNP', 'MSR',
    'MUS', 'NCL', 'NIU', 'NRU', 'PLW', 'PNG', 'PRI', 'PYF', 'SGP', 'SLB', 'STP', 'SUR', 'SXM', 'SYC', 'TLS',
    'TON', 'TTO', 'TUV', 'VCT', 'VGB', 'VIR', 'VUT', 'WSM',
  ],
};

/** English descriptions for search results and link previews (web/seo.ts); fr.ts and es.ts have the same keys. */
export const seoEn = {
  site: 'Technical and financial help for e-commerce in developing countries: partners, solutions, country data and events, in seven policy areas.',
  home: 'Find the help partner organisations offer developing countries for e-commerce, in seven policy areas, and see who is active in your country.',
  search: 'Search solutions, resources, partners, countries and events on e-commerce for development.',
  searchFor: 'Results for “{{q}}”: solutions, resources, partners, countries and events on e-commerce for development.',
  outcomes: '{{event}}: its outcomes and recommendations, and the actions that followed them.',
  figures: '{{event}} in figures: what the organisers reported, with their sources, and what the hub computed.',
  ranking: 'The UNCTAD B2C E-commerce Index {{edition}}: every economy’s score and rank, with its components, source and licence.',
  request: '{{title}}: a request for assistance ({{country}}).',
  actionHistory: '{{country}}: every change to the action tracker, who recorded it and when.',
  assessments: '{{country}}: e-commerce readiness self-assessments by policy area, with the date of each.',
  matching: 'How requests for assistance are matched with partners, and what a focal point and a partner can do next.',
};

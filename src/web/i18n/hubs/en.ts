/** English strings of the policy-area pages (hubs) and of the list filters; fr.ts and es.ts have the same keys. */
export const hubsEn = {
  contents: 'In this area',
  /** What each area covers, after its one-line description. */
  covers: {
    'readiness-assessment':
      'It covers assessing how ready a country is to take part in and benefit from e-commerce — such as the eTrade Readiness Assessments of least developed countries — and the national e-commerce strategies, action plans and coordination bodies that follow from them.',
    'ict-infrastructure':
      'It covers broadband and mobile networks, Internet exchange points, data centres and secure servers, universal access to affordable connectivity, and the ICT services online businesses depend on.',
    'trade-logistics':
      'It covers getting goods bought online to the buyer: customs procedures and their automation, electronic single windows, the facilitation of trade, postal networks and addresses, express delivery, and the handling of small parcels and returns.',
    'payment-solutions':
      'It covers how buyers and sellers pay and are paid online: accounts and cards, mobile money, payment gateways and their interoperability, cross-border payments and remittances, and the rules that keep them safe and affordable.',
    'legal-regulatory':
      'It covers the laws that make trade online trustworthy: electronic transactions and signatures, consumer protection, data protection and privacy, cybercrime, and the taxation of e-commerce.',
    'skills-development':
      'It covers capacity building and technical assistance for policymakers, entrepreneurs — women and young entrepreneurs among them — and small businesses: courses, e-learning, mentoring and peer learning on e-commerce and the digital economy.',
    'access-to-financing':
      'It covers funding for e-commerce businesses and for the projects that build e-commerce ecosystems: grants, loans, guarantees, equity and impact investment, and development finance.',
  },
  solutions: {
    title: 'Solutions',
    none: 'No solution in this area yet.',
    all_one: 'The {{count}} solution in this area',
    all_other: 'All {{count}} solutions in this area',
  },
  resources: {
    title: 'Resources',
    none: 'No resource in this area yet.',
    all_one: 'The {{count}} resource in this area',
    all_other: 'All {{count}} resources in this area',
  },
  partners: {
    title: 'Partners',
    none: 'No partner works in this area yet.',
    browse: 'Browse all partners',
    items_one: '({{count}} solution or resource)',
    items_other: '({{count}} solutions and resources)',
    all_one: 'The {{count}} partner working in this area',
    all_other: 'All {{count}} partners working in this area',
  },
  recommendations: {
    title: 'Recommendations',
    lead_one: 'Made at past events; {{count}} of them is answered by actions of country trackers.',
    lead_other: 'Made at past events; {{count}} of them are answered by actions of country trackers.',
    none: 'No recommendation of a past event in this area yet.',
    pastEvents: 'See past events',
    all_one: 'The {{count}} recommendation in this area, with the actions answering it',
    all_other: 'All {{count}} recommendations in this area, with the actions answering them',
    number: 'Recommendation {{number}}',
    answeredBy_one: 'Answered by an action:',
    answeredBy_other: 'Answered by {{count}} actions:',
    noAction: 'No action of a country tracker answers it yet.',
    pageTitle: 'Recommendations: {{area}}',
    pageLead_one: '{{count}} recommendation made at past events, by event; {{answered}} answered by actions of country trackers, each with its status.',
    pageLead_other: '{{count}} recommendations made at past events, by event; {{answered}} answered by actions of country trackers, each with its status.',
  },
  events: {
    title: 'Upcoming events',
    none: 'No upcoming event in this area.',
    past: 'Past events in this area',
    all_one: 'The {{count}} upcoming event in this area',
    all_other: 'All {{count}} upcoming events in this area',
  },
  indicators: {
    title: 'Indicators',
    none: 'The hub holds no figures for this area yet.',
    explorer: 'Open the indicator explorer',
    caption: '{{indicator}}, {{year}}: {{count}} economies ({{source}}).',
    open: 'Each country’s value, the table and downloads in the explorer',
    mapDescription: 'World map of {{indicator}} in {{year}}: {{count}} economies in five classes of about as many economies each; the indicator explorer gives every value.',
  },
  requests: {
    title: 'Open requests',
    none: 'No open request for assistance in this area.',
    post: 'Post a request',
    ask: 'Ask partners for help with a request',
    all_one: 'The {{count}} open request in this area',
    all_other: 'All {{count}} open requests in this area',
  },
  /** The filters of lists (catalogue facets). */
  facets: {
    showAll: 'Show all {{count}}',
    worldwideHint: 'Offered worldwide',
    countryHint: 'A country lists what is offered to it, its region or its UN group; what is offered worldwide is listed apart.',
  },
};

/** English strings of an event's computed figures (names, definitions, notes); fr.ts and es.ts have the same keys. */
export const figuresEn = {
  title: 'At a glance',
  untagged: 'Not tagged with a policy area',
  participants: {
    name: 'Participants',
    definition: 'Registrations confirmed through the hub (waiting list and cancelled registrations not counted). Speakers and moderators are counted apart: nothing links a registration to a person in the programme.',
  },
  countries: {
    name: 'Countries represented',
    definition: 'Distinct countries of the confirmed participants and of the people named in the programme (sessions not cancelled), counting only those whose country is recorded.',
  },
  developingShare: {
    name: 'From developing economies',
    definition: 'Share of confirmed participants and programme people whose recorded country is a developing economy in UNCTAD’s classification (developed, transition and developing economies; the UN M49 standard no longer carries a developed/developing column). People without a recorded country are left out of the base. Not broken down for fewer than {{threshold}} people.',
  },
  people: {
    name: 'People in the programme',
    definition: 'Distinct people named in the programme of the sessions not cancelled, whatever their role (keynote, chair, moderator or speaker). A person who takes part in several sessions counts once.',
  },
  speakers: {
    name: 'Speakers',
    definition: 'Distinct people named as keynote speaker or speaker in at least one session not cancelled.',
  },
  moderators: {
    name: 'Chairs and moderators',
    definition: 'Distinct people named as chair or moderator in at least one session not cancelled. A person who also speaks counts here and among the speakers.',
  },
  womenShare: {
    name: 'Women',
    definition: 'Share of women among the confirmed participants and programme people who described their gender themselves (or whose gender the source states). Gender is never inferred from a name; people who did not say are left out of the base. Not broken down for fewer than {{threshold}} people.',
  },
  coOrganisers: {
    name: 'Co-organising partners',
    definition: 'Distinct organisations that co-organised at least one session not cancelled (a hub profile counts once, other organisations once by name), together with the partners of the event.',
  },
  sessions: {
    name: 'Sessions',
    definition: 'Sessions of the programme, cancelled sessions not counted.',
  },
  recommendations: {
    name: 'Recommendations',
    definition: 'Numbered recommendations recorded for the sessions not cancelled.',
  },
  withheld: {
    'small-group': 'Not broken down: fewer than {{threshold}} people ({{base}}).',
    'no-data': 'No data recorded.',
  },
  calendar: {
    name: 'E4D Hub events',
    description: 'E-commerce for development events listed on E4D Hub.',
    coOrganisers: 'Co-organised by',
    people: 'People',
    online: 'Online',
    more: 'Programme and details',
  },
  atom: {
    sample: 'Sample',
    title: 'E4D Hub: new events',
    subtitle: 'The newest e-commerce for development events listed on E4D Hub.',
  },
};
export type FiguresCatalogue = typeof figuresEn;

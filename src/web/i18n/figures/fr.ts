import type { FiguresCatalogue } from './en.js';

export const figuresFr: FiguresCatalogue = {
  title: 'En bref',
  untagged: 'Sans domaine d’action',
  participants: {
    name: 'Participants',
    definition: 'Inscriptions confirmées sur le hub (ni la liste d’attente ni les inscriptions annulées). Les intervenants et modérateurs sont comptés à part : rien ne relie une inscription à une personne du programme.',
  },
  countries: {
    name: 'Pays représentés',
    definition: 'Pays distincts des participants confirmés et des personnes nommées au programme (sessions non annulées), en ne comptant que celles dont le pays est connu.',
  },
  developingShare: {
    name: 'Économies en développement',
    definition: 'Part des participants confirmés et des personnes du programme dont le pays connu est une économie en développement selon la classification de la CNUCED (économies développées, en transition et en développement ; la norme M49 des Nations Unies ne comporte plus de colonne pays développés/en développement). Les personnes sans pays connu ne sont pas comptées dans la base. Non ventilée pour moins de {{threshold}} personnes.',
  },
  people: {
    name: 'Personnes au programme',
    definition: 'Personnes distinctes nommées au programme des sessions non annulées, quel que soit leur rôle (orateur principal, président, modérateur ou intervenant). Une personne présente dans plusieurs sessions compte une fois.',
  },
  speakers: {
    name: 'Intervenants',
    definition: 'Personnes distinctes nommées comme orateur principal ou intervenant dans au moins une session non annulée.',
  },
  moderators: {
    name: 'Présidents et modérateurs',
    definition: 'Personnes distinctes nommées comme président ou modérateur dans au moins une session non annulée. Une personne qui intervient aussi compte ici et parmi les intervenants.',
  },
  womenShare: {
    name: 'Femmes',
    definition: 'Part des femmes parmi les participants confirmés et les personnes du programme qui ont elles-mêmes indiqué leur genre (ou dont la source l’indique). Le genre n’est jamais déduit d’un nom ; les personnes qui ne l’ont pas indiqué ne sont pas comptées dans la base. Non ventilée pour moins de {{threshold}} personnes.',
  },
  coOrganisers: {
    name: 'Partenaires co-organisateurs',
    definition: 'Organisations distinctes ayant co-organisé au moins une session non annulée (un profil du hub compte une fois, les autres organisations une fois par leur nom), avec les partenaires de l’événement.',
  },
  sessions: {
    name: 'Sessions',
    definition: 'Sessions du programme, sans les sessions annulées.',
  },
  recommendations: {
    name: 'Recommandations',
    definition: 'Recommandations numérotées enregistrées pour les sessions non annulées.',
  },
  withheld: {
    'small-group': 'Non ventilé : moins de {{threshold}} personnes ({{base}}).',
    'no-data': 'Aucune donnée enregistrée.',
  },
  calendar: {
    name: 'Événements du E4D Hub',
    description: 'Événements sur le commerce électronique au service du développement publiés sur le E4D Hub.',
    coOrganisers: 'Co-organisé par',
    people: 'Personnes',
    online: 'En ligne',
    more: 'Programme et détails',
  },
  atom: {
    sample: 'Exemple',
    title: 'E4D Hub : nouveaux événements',
    subtitle: 'Les derniers événements sur le commerce électronique au service du développement publiés sur le E4D Hub.',
  },
};

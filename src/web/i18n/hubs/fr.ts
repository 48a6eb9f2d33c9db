import type { hubsEn } from './en.js';

/** Chaînes françaises des pages des domaines d’action et des filtres de listes. */
export const hubsFr: typeof hubsEn = {
  contents: 'Dans ce domaine',
  covers: {
    'readiness-assessment':
      'Il couvre l’évaluation de l’état de préparation d’un pays pour participer au commerce électronique et en tirer parti — comme les évaluations de l’état de préparation au commerce électronique des pays les moins avancés — ainsi que les stratégies nationales de commerce électronique, les plans d’action et les organes de coordination qui en découlent.',
    'ict-infrastructure':
      'Il couvre les réseaux haut débit et mobiles, les points d’échange Internet, les centres de données et les serveurs sécurisés, l’accès universel à une connectivité abordable, et les services TIC dont dépendent les entreprises en ligne.',
    'trade-logistics':
      'Il couvre l’acheminement des biens achetés en ligne jusqu’à l’acheteur : les procédures douanières et leur automatisation, les guichets uniques électroniques, la facilitation des échanges, les réseaux postaux et l’adressage, la livraison express, et le traitement des petits colis et des retours.',
    'payment-solutions':
      'Il couvre la façon dont acheteurs et vendeurs paient et sont payés en ligne : comptes et cartes, monnaie électronique mobile, passerelles de paiement et leur interopérabilité, paiements transfrontaliers et envois de fonds, et les règles qui les rendent sûrs et abordables.',
    'legal-regulatory':
      'Il couvre les lois qui créent la confiance dans le commerce en ligne : transactions et signatures électroniques, protection des consommateurs, protection des données et de la vie privée, cybercriminalité, et fiscalité du commerce électronique.',
    'skills-development':
      'Il couvre le renforcement des capacités et l’assistance technique pour les décideurs, les entrepreneurs — dont les femmes et les jeunes entrepreneurs — et les petites entreprises : cours, apprentissage en ligne, mentorat et apprentissage entre pairs sur le commerce électronique et l’économie numérique.',
    'access-to-financing':
      'Il couvre le financement des entreprises de commerce électronique et des projets qui bâtissent les écosystèmes du commerce électronique : subventions, prêts, garanties, prises de participation et investissement d’impact, et financement du développement.',
  },
  solutions: {
    title: 'Solutions',
    none: 'Aucune solution dans ce domaine pour l’instant.',
    all_one: 'La {{count}}\u00a0solution de ce domaine',
    all_other: 'Les {{count}}\u00a0solutions de ce domaine',
  },
  resources: {
    title: 'Ressources',
    none: 'Aucune ressource dans ce domaine pour l’instant.',
    all_one: 'La {{count}}\u00a0ressource de ce domaine',
    all_other: 'Les {{count}}\u00a0ressources de ce domaine',
  },
  partners: {
    title: 'Partenaires',
    none: 'Aucun partenaire ne travaille encore dans ce domaine.',
    browse: 'Parcourir tous les partenaires',
    items_one: '({{count}}\u00a0solution ou ressource)',
    items_other: '({{count}}\u00a0solutions et ressources)',
    all_one: 'Le {{count}}\u00a0partenaire qui travaille dans ce domaine',
    all_other: 'Les {{count}}\u00a0partenaires qui travaillent dans ce domaine',
  },
  recommendations: {
    title: 'Recommandations',
    lead_one: 'Formulées lors d’événements passés ; {{count}} d’entre elles fait l’objet d’actions de suivi par pays.',
    lead_other: 'Formulées lors d’événements passés ; {{count}} d’entre elles font l’objet d’actions de suivi par pays.',
    none: 'Aucune recommandation d’un événement passé dans ce domaine pour l’instant.',
    pastEvents: 'Voir les événements passés',
    all_one: 'La {{count}}\u00a0recommandation de ce domaine, avec les actions qui y répondent',
    all_other: 'Les {{count}}\u00a0recommandations de ce domaine, avec les actions qui y répondent',
    number: 'Recommandation {{number}}',
    answeredBy_one: 'Action qui y répond :',
    answeredBy_other: '{{count}}\u00a0actions qui y répondent :',
    noAction: 'Aucune action d’un suivi par pays n’y répond encore.',
    pageTitle: 'Recommandations : {{area}}',
    pageLead_one: '{{count}}\u00a0recommandation formulée lors d’événements passés, par événement ; {{answered}} font l’objet d’actions de suivi par pays, chacune avec son état.',
    pageLead_other: '{{count}}\u00a0recommandations formulées lors d’événements passés, par événement ; {{answered}} font l’objet d’actions de suivi par pays, chacune avec son état.',
  },
  events: {
    title: 'Événements à venir',
    none: 'Aucun événement à venir dans ce domaine.',
    past: 'Événements passés de ce domaine',
    all_one: 'L’{{count}}\u00a0événement à venir de ce domaine',
    all_other: 'Les {{count}}\u00a0événements à venir de ce domaine',
  },
  indicators: {
    title: 'Indicateurs',
    none: 'La plateforme ne contient encore aucun chiffre pour ce domaine.',
    explorer: 'Ouvrir l’explorateur d’indicateurs',
    caption: '{{indicator}}, {{year}} : {{count}}\u00a0économies ({{source}}).',
    open: 'La valeur de chaque pays, le tableau et les téléchargements dans l’explorateur',
    mapDescription: 'Carte du monde de l’indicateur « {{indicator}} » en {{year}} : {{count}}\u00a0économies en cinq classes d’environ autant d’économies chacune ; l’explorateur d’indicateurs donne chaque valeur.',
  },
  requests: {
    title: 'Demandes ouvertes',
    none: 'Aucune demande d’assistance ouverte dans ce domaine.',
    post: 'Publier une demande',
    ask: 'Demander l’aide des partenaires',
    all_one: 'La {{count}}\u00a0demande ouverte de ce domaine',
    all_other: 'Les {{count}}\u00a0demandes ouvertes de ce domaine',
  },
  facets: {
    showAll: 'Tout afficher ({{count}})',
    worldwideHint: 'Proposé dans le monde entier',
    countryHint: 'Un pays liste ce qui est proposé à lui-même, à sa région ou à son groupe de l’ONU ; ce qui est proposé dans le monde entier est listé à part.',
  },
};

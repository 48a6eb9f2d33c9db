import type { Catalogue } from './en.js';

/**
 * French interface strings (UN French usage; see shared/glossary-en-fr-es.md).
 * Typography: typographic apostrophe (’) and a no-break space (\u00a0) inside « » and before : and ;.
 */
export const fr: Catalogue = {
  site: {
    name: 'E4D Hub',
    tagline: 'Commerce électronique pour le développement',
    skipToContent: 'Aller au contenu',
    mainNav: 'Menu principal',
    languageNav: 'Langue',
    languageName: 'Français',
    footerAbout:
      'Plateforme d’information ouverte sur le commerce électronique pour le développement. Les contenus sont fournis par les organisations partenaires et sélectionnés par le secrétariat.',
    footerData: 'Données ouvertes',
    footerApi: 'API JSON (OpenAPI)',
    footerSource: 'Code source',
  },
  language: { en: 'anglais', fr: 'français', es: 'espagnol' },
  nav: {
    home: 'Accueil',
    policyAreas: 'Domaines d’action',
    organisations: 'Partenaires',
    countries: 'Pays',
    search: 'Recherche',
  },
  common: {
    breadcrumb: 'Fil d’Ariane',
    colon: '\u00a0:',
    source: 'Source',
    website: 'Site Web',
    all: 'Tous',
    apply: 'Appliquer',
    clearFilters: 'Effacer les filtres',
    filters: 'Filtres',
    results_one: '{{count}} résultat',
    results_other: '{{count}} résultats',
    previous: 'Page précédente',
    next: 'Page suivante',
    pageOf: 'Page {{page}} sur {{pages}}',
    pagination: 'Pagination',
    none: 'Rien pour le moment.',
    ignoredFilter:
      'Le filtre «\u00a0{{name}}\u00a0» avait une valeur non reconnue («\u00a0{{value}}\u00a0»)\u00a0; il n’a donc pas été appliqué.',
    missingTranslation: 'Ce texte n’est pas encore disponible en {{language}}\u00a0; il est affiché en {{original}}.',
    global: 'Monde entier',
  },
  home: {
    title: 'Commerce électronique pour le développement',
    lead: 'Trouvez l’aide technique et financière que les organisations partenaires proposent aux pays en développement et à leurs petites entreprises dans sept domaines d’action, et découvrez qui est actif dans votre pays.',
    navigate: 'Parcourir les services par domaine d’action',
    connect: 'Entrer en contact avec les partenaires',
    learn: 'Découvrir les tendances et les bonnes pratiques',
    data: 'Consulter des données actualisées sur le commerce électronique',
    events: 'Suivre les événements et les actions qui en découlent',
    searchLabel: 'Rechercher sur la plateforme',
    searchPlaceholder: 'p. ex. cybercriminalité, paiements, Sénégal',
    searchButton: 'Rechercher',
    policyAreasTitle: 'Les sept domaines d’action',
    partnersTitle: 'Partenaires',
    partnerCount_one: '{{count}} organisation partenaire présente ses travaux sur la plateforme.',
    partnerCount_other: '{{count}} organisations partenaires présentent leurs travaux sur la plateforme.',
    browsePartners: 'Voir tous les partenaires',
    countriesTitle: 'Pays',
    countriesLead:
      'Tous les pays et territoires, avec leur région, leurs groupes de pays des Nations Unies et les partenaires qui y sont actifs.',
    browseCountries: 'Parcourir les pays',
  },
  policyAreas: {
    title: 'Domaines d’action',
    lead: 'Les sept domaines d’action de l’initiative eTrade for all structurent l’ensemble de la plateforme.',
    partnersTitle: 'Partenaires actifs dans ce domaine',
    partnerCount_one: '{{count}} partenaire',
    partnerCount_other: '{{count}} partenaires',
  },
  policyArea: {
    'readiness-assessment': {
      name: 'Évaluation de l’état de préparation au commerce électronique et formulation de stratégies',
      short: 'Évaluation de l’état de préparation',
      description:
        'Faire le point sur la situation d’un pays en matière de commerce électronique, recenser les obstacles et traduire les conclusions en une stratégie et un plan d’action nationaux.',
    },
    'ict-infrastructure': {
      name: 'Infrastructure et services TIC',
      short: 'Infrastructure TIC',
      description:
        'Des services haut débit et TIC abordables et fiables, les politiques et les investissements qui en étendent la portée, et les serveurs sécurisés sur lesquels repose le commerce électronique.',
    },
    'trade-logistics': {
      name: 'Logistique commerciale et facilitation des échanges',
      short: 'Logistique commerciale',
      description:
        'Acheminer les marchandises achetées en ligne au-delà des frontières et jusqu’au destinataire\u00a0: modernisation des douanes, guichets uniques, services postaux et livraison.',
    },
    'payment-solutions': {
      name: 'Solutions de paiement',
      short: 'Paiements',
      description:
        'Des moyens sûrs, abordables et interopérables de payer et d’être payé en ligne, notamment la monnaie mobile et les paiements transfrontaliers.',
    },
    'legal-regulatory': {
      name: 'Cadres juridiques et réglementaires',
      short: 'Cadres juridiques',
      description:
        'Des lois qui instaurent la confiance en ligne\u00a0: transactions électroniques, protection des consommateurs, protection des données et de la vie privée, et cybercriminalité.',
    },
    'skills-development': {
      name: 'Développement des compétences en commerce électronique',
      short: 'Compétences',
      description:
        'Renforcement des capacités et assistance technique pour permettre aux fonctionnaires, aux entrepreneurs et aux petites entreprises de participer au commerce électronique.',
    },
    'access-to-financing': {
      name: 'Accès au financement',
      short: 'Financement',
      description:
        'Le financement des entreprises de commerce électronique et des projets qui bâtissent l’écosystème du commerce électronique, des subventions aux prêts et aux investissements.',
    },
  },
  orgType: {
    'un-body': 'Organisme des Nations Unies',
    'international-organisation': 'Autre organisation internationale',
    'regional-organisation': 'Organisation régionale',
    'development-bank': 'Banque de développement',
    'government-agency': 'Organisme public',
    'private-company': 'Entreprise privée',
    'civil-society': 'Société civile',
    academia: 'Milieux universitaires et groupes de réflexion',
  },
  organisations: {
    title: 'Partenaires',
    lead: 'Organisations internationales, banques de développement, gouvernements, entreprises et société civile qui aident les pays en développement dans le domaine du commerce électronique.',
    type: 'Type',
    policyArea: 'Domaine d’action',
    headquarters: 'Siège',
    policyAreas: 'Domaines d’action',
    activeIn: 'Intervient dans',
    noneFound: 'Aucun partenaire ne correspond à ces filtres.',
    aboutSource: 'À propos de ces informations',
  },
  group: {
    ldc: { name: 'Pays les moins avancés', short: 'PMA' },
    lldc: { name: 'Pays en développement sans littoral', short: 'PDSL' },
    sids: { name: 'Petits États insulaires en développement', short: 'PEID' },
  },
  countries: {
    title: 'Pays et territoires',
    lead: 'Tous les pays et territoires, par région des Nations Unies, avec les groupes de pays auxquels ils appartiennent.',
    count_one: '{{count}} pays ou territoire',
    count_other: '{{count}} pays et territoires',
    group: 'Groupe',
    region: 'Région',
    subregion: 'Sous-région',
    groupings: 'Groupes de pays des Nations Unies',
    noGroupings: 'Ne fait partie ni des PMA, ni des PDSL, ni des PEID.',
    codes: 'Codes',
    partnersTitle: 'Partenaires actifs ici',
    partnersLead: 'Organisations qui interviennent dans ce pays, dans sa région ou dans le monde entier.',
    groupsSource: 'Régions et groupes de pays\u00a0: Division de statistique de l’ONU, norme M49.',
    noneFound: 'Aucun pays ne correspond à ces filtres.',
    otherRegion: 'Autres zones',
  },
  search: {
    title: 'Recherche',
    resultsFor: 'Résultats pour «\u00a0{{q}}\u00a0»',
    empty: 'Saisissez un mot pour rechercher des partenaires et des pays.',
    noResults: 'Aucun résultat pour «\u00a0{{q}}\u00a0». Essayez un mot plus court ou une autre orthographe.',
    organisations: 'Partenaires',
    countries: 'Pays',
  },
  errors: {
    notFoundTitle: 'Page introuvable',
    notFound: 'Cette page est introuvable. Elle a peut-être été déplacée, ou l’adresse contient une erreur.',
    serverTitle: 'Une erreur s’est produite',
    server: 'La plateforme n’a pas pu traiter votre demande. Veuillez réessayer dans un instant.',
    badRequest: 'L’adresse contient un élément que la plateforme ne peut pas lire. Vérifiez-la et réessayez.',
    badRequestTitle: 'Requête incorrecte',
    goHome: 'Aller à la page d’accueil',
  },
};

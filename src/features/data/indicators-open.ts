import type { IndicatorDefinition } from './indicator-catalogue.js';

/**
 * The indicators whose figures ship with the hub (data/reference/indicators, all CC BY 4.0) and load
 * at the first start. Sources and licences are the publishers' (see data/reference/indicators/README.md).
 */

const ccBy = 'CC BY 4.0';
const wdi = (series: string) => `World Bank, World Development Indicators (${series})`;
const ituViaWdi = (series: string) => `ITU, via World Bank World Development Indicators (${series})`;
const findex = 'World Bank, Global Findex Database 2017';

export const openIndicators: IndicatorDefinition[] = [
  {
    code: 'internet-users',
    policyArea: 'ict-infrastructure',
    unit: 'percent',
    source: ituViaWdi('IT.NET.USER.ZS'),
    licence: ccBy,
    hasSexBreakdown: true,
    minValue: 0,
    maxValue: 100,
    text: {
      en: { name: 'Individuals using the Internet', description: 'Share of the population who used the Internet from any location in the last three months.' },
      fr: { name: 'Personnes utilisant Internet', description: 'Part de la population ayant utilisé Internet, où que ce soit, au cours des trois derniers mois.' },
      es: { name: 'Personas que usan Internet', description: 'Porcentaje de la población que utilizó Internet desde cualquier lugar en los últimos tres meses.' },
    },
  },
  {
    code: 'fixed-broadband',
    policyArea: 'ict-infrastructure',
    unit: 'per-100',
    source: ituViaWdi('IT.NET.BBND.P2'),
    licence: ccBy,
    hasSexBreakdown: false,
    minValue: 0,
    maxValue: null,
    text: {
      en: { name: 'Fixed broadband subscriptions', description: 'Fixed broadband subscriptions per 100 people.' },
      fr: { name: 'Abonnements au haut débit fixe', description: 'Abonnements au haut débit fixe pour 100 habitants.' },
      es: { name: 'Suscripciones de banda ancha fija', description: 'Suscripciones de banda ancha fija por cada 100 personas.' },
    },
  },
  {
    code: 'mobile-subscriptions',
    policyArea: 'ict-infrastructure',
    unit: 'per-100',
    source: ituViaWdi('IT.CEL.SETS.P2'),
    licence: ccBy,
    hasSexBreakdown: false,
    minValue: 0,
    maxValue: null,
    text: {
      en: { name: 'Mobile cellular subscriptions', description: 'Mobile cellular subscriptions per 100 people; one person may hold several, so the figure can pass 100.' },
      fr: {
        name: 'Abonnements à la téléphonie mobile cellulaire',
        description: 'Abonnements à la téléphonie mobile cellulaire pour 100 habitants ; une personne pouvant en avoir plusieurs, le chiffre peut dépasser 100.',
      },
      es: {
        name: 'Suscripciones a telefonía móvil celular',
        description: 'Suscripciones a telefonía móvil celular por cada 100 personas; una persona puede tener varias, por lo que la cifra puede superar 100.',
      },
    },
  },
  {
    code: 'account-ownership',
    policyArea: 'payment-solutions',
    unit: 'percent',
    source: findex,
    licence: ccBy,
    hasSexBreakdown: true,
    minValue: 0,
    maxValue: 100,
    text: {
      en: {
        name: 'Account ownership',
        description: 'Share of people aged 15 and over with an account at a financial institution or with a mobile-money service provider.',
      },
      fr: {
        name: 'Détention d’un compte',
        description: 'Part des personnes de 15 ans et plus titulaires d’un compte auprès d’une institution financière ou d’un service de monnaie mobile.',
      },
      es: {
        name: 'Titularidad de cuentas',
        description: 'Porcentaje de personas de 15 años o más con una cuenta en una institución financiera o en un proveedor de dinero móvil.',
      },
    },
  },
  {
    code: 'mobile-money-account',
    policyArea: 'payment-solutions',
    unit: 'percent',
    source: findex,
    licence: ccBy,
    hasSexBreakdown: true,
    minValue: 0,
    maxValue: 100,
    text: {
      en: { name: 'Mobile money account', description: 'Share of people aged 15 and over with a mobile-money account.' },
      fr: { name: 'Compte de monnaie mobile', description: 'Part des personnes de 15 ans et plus titulaires d’un compte de monnaie mobile.' },
      es: { name: 'Cuenta de dinero móvil', description: 'Porcentaje de personas de 15 años o más con una cuenta de dinero móvil.' },
    },
  },
  {
    code: 'digital-payments',
    policyArea: 'payment-solutions',
    unit: 'percent',
    source: findex,
    licence: ccBy,
    hasSexBreakdown: true,
    minValue: 0,
    maxValue: 100,
    text: {
      en: { name: 'Digital payments', description: 'Share of people aged 15 and over who made or received a digital payment in the past year.' },
      fr: {
        name: 'Paiements numériques',
        description: 'Part des personnes de 15 ans et plus ayant effectué ou reçu un paiement numérique au cours de l’année écoulée.',
      },
      es: { name: 'Pagos digitales', description: 'Porcentaje de personas de 15 años o más que hicieron o recibieron un pago digital en el último año.' },
    },
  },
  {
    code: 'internet-pay-or-buy',
    policyArea: 'payment-solutions',
    unit: 'percent',
    source: findex,
    licence: ccBy,
    hasSexBreakdown: true,
    minValue: 0,
    maxValue: 100,
    text: {
      en: {
        name: 'Paid bills or bought online',
        description: 'Share of people aged 15 and over who used the Internet to pay bills or to buy something online in the past year.',
      },
      fr: {
        name: 'Factures payées ou achats en ligne',
        description: 'Part des personnes de 15 ans et plus ayant utilisé Internet pour payer des factures ou acheter en ligne au cours de l’année écoulée.',
      },
      es: {
        name: 'Pagó facturas o compró en línea',
        description: 'Porcentaje de personas de 15 años o más que usaron Internet para pagar facturas o comprar algo en línea en el último año.',
      },
    },
  },
  {
    code: 'logistics-performance',
    policyArea: 'trade-logistics',
    unit: 'score',
    source: 'World Bank, Logistics Performance Index',
    licence: ccBy,
    hasSexBreakdown: false,
    hasRank: true,
    minValue: 1,
    maxValue: 5,
    text: {
      en: { name: 'Logistics performance', description: 'Overall score of the Logistics Performance Index, from 1 (low) to 5 (high), with the economy’s rank.' },
      fr: {
        name: 'Performance logistique',
        description: 'Score global de l’indice de performance logistique, de 1 (faible) à 5 (élevé), avec le rang de l’économie.',
      },
      es: { name: 'Desempeño logístico', description: 'Puntuación general del Índice de Desempeño Logístico, de 1 (bajo) a 5 (alto), con la posición de la economía.' },
    },
  },
  {
    code: 'smes-bank-loan',
    policyArea: 'access-to-financing',
    unit: 'percent',
    source: 'World Bank Enterprise Surveys, via the G20 Financial Inclusion Indicators (fin14q2)',
    licence: ccBy,
    hasSexBreakdown: false,
    minValue: 0,
    maxValue: 100,
    text: {
      en: { name: 'SMEs with a bank loan', description: 'Share of small and medium-sized enterprises with a bank loan or line of credit.' },
      fr: { name: 'PME ayant un prêt bancaire', description: 'Part des petites et moyennes entreprises ayant un prêt ou une ligne de crédit bancaire.' },
      es: { name: 'Pymes con préstamo bancario', description: 'Porcentaje de pequeñas y medianas empresas con un préstamo o una línea de crédito bancaria.' },
    },
  },
  {
    code: 'population',
    policyArea: 'readiness-assessment',
    unit: 'count',
    source: wdi('SP.POP.TOTL'),
    licence: ccBy,
    hasSexBreakdown: false,
    minValue: 0,
    maxValue: null,
    text: {
      en: { name: 'Population', description: 'Total population, counting all residents regardless of legal status or citizenship.' },
      fr: { name: 'Population', description: 'Population totale : tous les résidents, quels que soient leur statut juridique ou leur nationalité.' },
      es: { name: 'Población', description: 'Población total: todos los residentes, independientemente de su situación jurídica o ciudadanía.' },
    },
  },
  {
    code: 'gdp',
    policyArea: 'readiness-assessment',
    unit: 'usd',
    source: wdi('NY.GDP.MKTP.CD'),
    licence: ccBy,
    hasSexBreakdown: false,
    minValue: 0,
    maxValue: null,
    text: {
      en: { name: 'GDP', description: 'Gross domestic product in current US dollars.' },
      fr: { name: 'PIB', description: 'Produit intérieur brut en dollars des États-Unis courants.' },
      es: { name: 'PIB', description: 'Producto interno bruto en dólares estadounidenses corrientes.' },
    },
  },
  {
    code: 'gdp-per-capita',
    policyArea: 'readiness-assessment',
    unit: 'usd',
    source: `${wdi('NY.GDP.MKTP.CD ÷ SP.POP.TOTL')}, computed`,
    licence: ccBy,
    hasSexBreakdown: false,
    minValue: 0,
    maxValue: null,
    text: {
      en: { name: 'GDP per capita', description: 'GDP in current US dollars divided by the total population (computed from the two World Bank series).' },
      fr: { name: 'PIB par habitant', description: 'PIB en dollars des États-Unis courants divisé par la population totale (calculé à partir des deux séries de la Banque mondiale).' },
      es: { name: 'PIB per cápita', description: 'PIB en dólares estadounidenses corrientes dividido por la población total (calculado a partir de las dos series del Banco Mundial).' },
    },
  },
  {
    code: 'income-group',
    policyArea: 'readiness-assessment',
    unit: 'category',
    source: 'World Bank, country classification by income level',
    licence: ccBy,
    hasSexBreakdown: false,
    minValue: null,
    maxValue: null,
    categories: [
      { key: 'low', value: 1, text: { en: 'Low income', fr: 'Faible revenu', es: 'Ingreso bajo' } },
      { key: 'lower-middle', value: 2, text: { en: 'Lower middle income', fr: 'Revenu intermédiaire, tranche inférieure', es: 'Ingreso mediano bajo' } },
      { key: 'upper-middle', value: 3, text: { en: 'Upper middle income', fr: 'Revenu intermédiaire, tranche supérieure', es: 'Ingreso mediano alto' } },
      { key: 'high', value: 4, text: { en: 'High income', fr: 'Revenu élevé', es: 'Ingreso alto' } },
    ],
    text: {
      en: { name: 'Income group', description: 'The World Bank’s income group of the economy; the year is the World Bank’s fiscal year of the classification.' },
      fr: { name: 'Catégorie de revenu', description: 'Catégorie de revenu de l’économie selon la Banque mondiale ; l’année est l’exercice de la Banque mondiale de la classification.' },
      es: { name: 'Grupo de ingresos', description: 'Grupo de ingresos de la economía según el Banco Mundial; el año es el ejercicio fiscal del Banco Mundial de la clasificación.' },
    },
  },
  {
    code: 'world-bank-region',
    policyArea: 'readiness-assessment',
    unit: 'category',
    source: 'World Bank, country classification (regions)',
    licence: ccBy,
    hasSexBreakdown: false,
    minValue: null,
    maxValue: null,
    categories: [
      { key: 'east-asia-pacific', value: 1, text: { en: 'East Asia and Pacific', fr: 'Asie de l’Est et Pacifique', es: 'Asia oriental y el Pacífico' } },
      { key: 'europe-central-asia', value: 2, text: { en: 'Europe and Central Asia', fr: 'Europe et Asie centrale', es: 'Europa y Asia central' } },
      { key: 'latin-america-caribbean', value: 3, text: { en: 'Latin America and the Caribbean', fr: 'Amérique latine et Caraïbes', es: 'América Latina y el Caribe' } },
      { key: 'middle-east-north-africa', value: 4, text: { en: 'Middle East and North Africa', fr: 'Moyen-Orient et Afrique du Nord', es: 'Oriente Medio y Norte de África' } },
      { key: 'north-america', value: 5, text: { en: 'North America', fr: 'Amérique du Nord', es: 'América del Norte' } },
      { key: 'south-asia', value: 6, text: { en: 'South Asia', fr: 'Asie du Sud', es: 'Asia meridional' } },
      { key: 'sub-saharan-africa', value: 7, text: { en: 'Sub-Saharan Africa', fr: 'Afrique subsaharienne', es: 'África subsahariana' } },
    ],
    text: {
      en: { name: 'World Bank region', description: 'The World Bank’s region of the economy (the hub’s own regions are the UN M49 ones).' },
      fr: { name: 'Région de la Banque mondiale', description: 'Région de l’économie selon la Banque mondiale (les régions du hub sont celles de la classification M49 de l’ONU).' },
      es: { name: 'Región del Banco Mundial', description: 'Región de la economía según el Banco Mundial (las regiones del hub son las de la clasificación M49 de las Naciones Unidas).' },
    },
  },
];

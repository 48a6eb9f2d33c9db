import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Locale } from '../../web/i18n/locales.js';

export interface IndicatorDefinition {
  code: string;
  policyArea: string;
  unit: 'percent' | 'per-million' | 'per-100' | 'score' | 'count';
  source: string;
  hasSexBreakdown: boolean;
  minValue: number | null;
  maxValue: number | null;
  text: Record<Locale, { name: string; description: string }>;
}

const findex = 'World Bank, Global Findex Database';
const itu = 'ITU, World Telecommunication/ICT Indicators Database';

/**
 * The indicators an indicators file may give values for, one per code. A new indicator is added here
 * (with its texts in the three languages); the list is written to the database before each import.
 */
export const indicatorCatalogue: IndicatorDefinition[] = [
  {
    code: 'internet-users',
    policyArea: 'ict-infrastructure',
    unit: 'percent',
    source: itu,
    hasSexBreakdown: true,
    minValue: 0,
    maxValue: 100,
    text: {
      en: {
        name: 'Individuals using the Internet',
        description: 'Share of individuals who used the Internet from any location in the last three months (% of population).',
      },
      fr: {
        name: 'Personnes utilisant Internet',
        description: 'Part des personnes ayant utilisé Internet, où que ce soit, au cours des trois derniers mois (% de la population).',
      },
      es: {
        name: 'Personas que usan Internet',
        description: 'Porcentaje de personas que utilizaron Internet desde cualquier lugar en los últimos tres meses (% de la población).',
      },
    },
  },
  {
    code: 'fixed-broadband',
    policyArea: 'ict-infrastructure',
    unit: 'per-100',
    source: itu,
    hasSexBreakdown: false,
    minValue: 0,
    maxValue: null,
    text: {
      en: { name: 'Fixed broadband subscriptions', description: 'Fixed broadband subscriptions per 100 inhabitants.' },
      fr: { name: 'Abonnements au haut débit fixe', description: 'Abonnements au haut débit fixe pour 100 habitants.' },
      es: { name: 'Suscripciones de banda ancha fija', description: 'Suscripciones de banda ancha fija por cada 100 habitantes.' },
    },
  },
  {
    code: 'mobile-broadband',
    policyArea: 'ict-infrastructure',
    unit: 'per-100',
    source: itu,
    hasSexBreakdown: false,
    minValue: 0,
    maxValue: null,
    text: {
      en: { name: 'Active mobile broadband subscriptions', description: 'Active mobile broadband subscriptions per 100 inhabitants.' },
      fr: { name: 'Abonnements actifs au haut débit mobile', description: 'Abonnements actifs au haut débit mobile pour 100 habitants.' },
      es: { name: 'Suscripciones activas de banda ancha móvil', description: 'Suscripciones activas de banda ancha móvil por cada 100 habitantes.' },
    },
  },
  {
    code: 'secure-servers',
    policyArea: 'ict-infrastructure',
    unit: 'per-million',
    source: 'Netcraft, through the World Bank (IT.NET.SECR.P6)',
    hasSexBreakdown: false,
    minValue: 0,
    maxValue: null,
    text: {
      en: { name: 'Secure Internet servers', description: 'Secure Internet servers per million people.' },
      fr: { name: 'Serveurs Internet sécurisés', description: 'Serveurs Internet sécurisés par million d’habitants.' },
      es: { name: 'Servidores de Internet seguros', description: 'Servidores de Internet seguros por millón de personas.' },
    },
  },
  {
    code: 'account-ownership',
    policyArea: 'payment-solutions',
    unit: 'percent',
    source: findex,
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
    code: 'online-purchases',
    policyArea: 'readiness-assessment',
    unit: 'percent',
    source: findex,
    hasSexBreakdown: true,
    minValue: 0,
    maxValue: 100,
    text: {
      en: {
        name: 'Online shoppers',
        description: 'Share of people aged 15 and over who used a mobile phone or the Internet to buy something online in the past year.',
      },
      fr: {
        name: 'Achats en ligne',
        description: 'Part des personnes de 15 ans et plus ayant utilisé un téléphone mobile ou Internet pour acheter en ligne au cours de l’année écoulée.',
      },
      es: {
        name: 'Compradores en línea',
        description: 'Porcentaje de personas de 15 años o más que usaron un teléfono móvil o Internet para comprar en línea en el último año.',
      },
    },
  },
  {
    code: 'postal-reliability',
    policyArea: 'trade-logistics',
    unit: 'score',
    source: 'Universal Postal Union, Integrated Index for Postal Development (2IPD)',
    hasSexBreakdown: false,
    minValue: 0,
    maxValue: 100,
    text: {
      en: { name: 'Postal reliability', description: 'Reliability score of postal delivery services, from 0 to 100.' },
      fr: { name: 'Fiabilité postale', description: 'Score de fiabilité des services de distribution postale, de 0 à 100.' },
      es: { name: 'Fiabilidad postal', description: 'Puntuación de fiabilidad de los servicios de distribución postal, de 0 a 100.' },
    },
  },
  {
    code: 'logistics-performance',
    policyArea: 'trade-logistics',
    unit: 'score',
    source: 'World Bank, Logistics Performance Index',
    hasSexBreakdown: false,
    minValue: 1,
    maxValue: 5,
    text: {
      en: { name: 'Logistics performance', description: 'Overall score of the Logistics Performance Index, from 1 (low) to 5 (high).' },
      fr: { name: 'Performance logistique', description: 'Score global de l’indice de performance logistique, de 1 (faible) à 5 (élevé).' },
      es: { name: 'Desempeño logístico', description: 'Puntuación general del Índice de Desempeño Logístico, de 1 (bajo) a 5 (alto).' },
    },
  },
  {
    code: 'ecommerce-laws',
    policyArea: 'legal-regulatory',
    unit: 'count',
    source: 'UNCTAD, Global Cyberlaw Tracker',
    hasSexBreakdown: false,
    minValue: 0,
    maxValue: 4,
    text: {
      en: {
        name: 'E-commerce laws in force',
        description: 'How many of four laws are in force: electronic transactions, consumer protection online, data protection and privacy, cybercrime.',
      },
      fr: {
        name: 'Lois sur le commerce électronique en vigueur',
        description: 'Nombre de lois en vigueur parmi quatre : transactions électroniques, protection des consommateurs en ligne, protection des données et de la vie privée, cybercriminalité.',
      },
      es: {
        name: 'Leyes de comercio electrónico vigentes',
        description: 'Cuántas de cuatro leyes están vigentes: transacciones electrónicas, protección del consumidor en línea, protección de datos y privacidad, ciberdelincuencia.',
      },
    },
  },
  {
    code: 'basic-ict-skills',
    policyArea: 'skills-development',
    unit: 'percent',
    source: itu,
    hasSexBreakdown: true,
    minValue: 0,
    maxValue: 100,
    text: {
      en: {
        name: 'Basic ICT skills',
        description: 'Share of individuals with basic ICT skills, such as copying a file or sending an email with an attachment.',
      },
      fr: {
        name: 'Compétences de base en TIC',
        description: 'Part des personnes ayant des compétences de base en TIC, comme copier un fichier ou envoyer un courriel avec une pièce jointe.',
      },
      es: {
        name: 'Competencias básicas en TIC',
        description: 'Porcentaje de personas con competencias básicas en TIC, como copiar un archivo o enviar un correo con un adjunto.',
      },
    },
  },
  {
    code: 'borrowed-formally',
    policyArea: 'access-to-financing',
    unit: 'percent',
    source: findex,
    hasSexBreakdown: true,
    minValue: 0,
    maxValue: 100,
    text: {
      en: {
        name: 'Borrowed from a financial institution',
        description: 'Share of people aged 15 and over who borrowed from a financial institution or used a credit card in the past year.',
      },
      fr: {
        name: 'Emprunt auprès d’une institution financière',
        description: 'Part des personnes de 15 ans et plus ayant emprunté auprès d’une institution financière ou utilisé une carte de crédit au cours de l’année écoulée.',
      },
      es: {
        name: 'Préstamos de una institución financiera',
        description: 'Porcentaje de personas de 15 años o más que tomaron un préstamo de una institución financiera o usaron una tarjeta de crédito en el último año.',
      },
    },
  },
];

/** Write the catalogue to the database (insert or update); safe to run before every import. */
export async function indicatorCatalogueSyncer(db: Kysely<Database>): Promise<number> {
  for (const [position, definition] of indicatorCatalogue.entries()) {
    const row = {
      code: definition.code,
      policyArea: definition.policyArea,
      unit: definition.unit,
      source: definition.source,
      hasSexBreakdown: definition.hasSexBreakdown ? 1 : 0,
      minValue: definition.minValue,
      maxValue: definition.maxValue,
      position,
    };
    const { code, ...rest } = row;
    await db
      .insertInto('indicators')
      .values(row)
      .onConflict((oc) => oc.column('code').doUpdateSet(rest))
      .execute();
    const texts = Object.entries(definition.text).map(([locale, text]) => ({ indicatorCode: code, locale, ...text }));
    await db
      .insertInto('indicatorTexts')
      .values(texts)
      .onConflict((oc) =>
        oc.columns(['indicatorCode', 'locale']).doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), description: eb.ref('excluded.description') })),
      )
      .execute();
  }
  return indicatorCatalogue.length;
}

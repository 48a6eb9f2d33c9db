import type { IndicatorCategory, IndicatorDefinition } from './indicator-catalogue.js';

/**
 * Indicators whose publishers state no open licence: the hub does not ship their figures, but the
 * secretariat may import the publishers' files (`npm run cli -- import indicators FILE`, /admin/data).
 * Each is recognised by the publisher's file name (`fileNames`), or named with `--indicator CODE`; the
 * Cyberlaw Tracker's file is recognised by its columns (law_area, status) and gives one indicator per
 * area of law.
 */

const cyberlaw = 'UNCTAD, Global Cyberlaw Tracker';
const cyberlawLicence = 'Not openly licensed (UNCTAD content; attribution required)';

/** The tracker's statuses, as its file writes them (status column). */
const lawStatuses: IndicatorCategory[] = [
  { key: 'adopted', value: 1, text: { en: 'Adopted', fr: 'Adoptée', es: 'Aprobada' } },
  { key: 'draft', value: 2, text: { en: 'Draft', fr: 'Projet', es: 'Proyecto' } },
  { key: 'none', value: 3, text: { en: 'None', fr: 'Aucune', es: 'Ninguna' } },
  { key: 'no_data', value: 4, text: { en: 'No data', fr: 'Pas de données', es: 'Sin datos' } },
];

function law(lawArea: string, code: string, text: IndicatorDefinition['text']): IndicatorDefinition {
  return {
    code,
    policyArea: 'legal-regulatory',
    unit: 'category',
    source: cyberlaw,
    licence: cyberlawLicence,
    hasSexBreakdown: false,
    minValue: null,
    maxValue: null,
    categories: lawStatuses,
    lawArea,
    text,
  };
}

export const importableIndicators: IndicatorDefinition[] = [
  law('electronic_transactions', 'law-electronic-transactions', {
    en: { name: 'Electronic transactions law', description: 'Whether the economy has adopted legislation on electronic transactions, has a draft, or has none.' },
    fr: { name: 'Loi sur les transactions électroniques', description: 'L’économie a-t-elle adopté une législation sur les transactions électroniques, un projet, ou aucune ?' },
    es: { name: 'Ley de transacciones electrónicas', description: 'Si la economía ha aprobado legislación sobre transacciones electrónicas, tiene un proyecto o no tiene ninguna.' },
  }),
  law('consumer_protection', 'law-consumer-protection', {
    en: { name: 'Consumer protection law', description: 'Whether the economy has adopted legislation protecting consumers online, has a draft, or has none.' },
    fr: { name: 'Loi sur la protection des consommateurs', description: 'L’économie a-t-elle adopté une législation protégeant les consommateurs en ligne, un projet, ou aucune ?' },
    es: { name: 'Ley de protección del consumidor', description: 'Si la economía ha aprobado legislación de protección de los consumidores en línea, tiene un proyecto o no tiene ninguna.' },
  }),
  law('privacy_and_data_protection', 'law-data-protection', {
    en: { name: 'Data protection and privacy law', description: 'Whether the economy has adopted legislation on data protection and privacy, has a draft, or has none.' },
    fr: {
      name: 'Loi sur la protection des données et de la vie privée',
      description: 'L’économie a-t-elle adopté une législation sur la protection des données et de la vie privée, un projet, ou aucune ?',
    },
    es: { name: 'Ley de protección de datos y privacidad', description: 'Si la economía ha aprobado legislación sobre protección de datos y privacidad, tiene un proyecto o no tiene ninguna.' },
  }),
  law('cybercrime', 'law-cybercrime', {
    en: { name: 'Cybercrime law', description: 'Whether the economy has adopted legislation on cybercrime, has a draft, or has none.' },
    fr: { name: 'Loi sur la cybercriminalité', description: 'L’économie a-t-elle adopté une législation sur la cybercriminalité, un projet, ou aucune ?' },
    es: { name: 'Ley sobre ciberdelincuencia', description: 'Si la economía ha aprobado legislación sobre ciberdelincuencia, tiene un proyecto o no tiene ninguna.' },
  }),
  law('indirect_taxation', 'law-indirect-taxation', {
    en: { name: 'Indirect taxation of e-commerce', description: 'Whether the economy has adopted legislation on the indirect taxation of e-commerce, has a draft, or has none.' },
    fr: {
      name: 'Fiscalité indirecte du commerce électronique',
      description: 'L’économie a-t-elle adopté une législation sur la fiscalité indirecte du commerce électronique, un projet, ou aucune ?',
    },
    es: {
      name: 'Tributación indirecta del comercio electrónico',
      description: 'Si la economía ha aprobado legislación sobre la tributación indirecta del comercio electrónico, tiene un proyecto o no tiene ninguna.',
    },
  }),
  {
    code: 'cybersecurity-index',
    policyArea: 'legal-regulatory',
    unit: 'score',
    source: 'ITU, Global Cybersecurity Index 2020',
    licence: 'Not openly licensed (ITU copyright; reuse with attribution)',
    hasSexBreakdown: false,
    hasRank: true,
    minValue: 0,
    maxValue: 100,
    fileNames: ['itu_gci_2020_score.csv'],
    text: {
      en: { name: 'Global Cybersecurity Index', description: 'ITU’s score of a country’s commitment to cybersecurity, from 0 to 100, with its rank (ties share a rank).' },
      fr: {
        name: 'Indice mondial de cybersécurité',
        description: 'Score de l’UIT mesurant l’engagement d’un pays en faveur de la cybersécurité, de 0 à 100, avec son rang (les ex aequo partagent un rang).',
      },
      es: {
        name: 'Índice Mundial de Ciberseguridad',
        description: 'Puntuación de la UIT del compromiso de un país con la ciberseguridad, de 0 a 100, con su posición (los empates comparten posición).',
      },
    },
  },
  {
    code: 'mail-delivered-at-home',
    policyArea: 'trade-logistics',
    unit: 'percent',
    source: 'Universal Postal Union, postal statistics (item 8.5)',
    licence: 'Not openly licensed (UPU terms of use)',
    hasSexBreakdown: false,
    minValue: 0,
    maxValue: 100,
    fileNames: ['upu_mail_delivered_at_home_pct.csv'],
    text: {
      en: { name: 'Mail delivered at home', description: 'Share of the population whose mail is delivered at home (not the postal reliability score of the B2C index).' },
      fr: {
        name: 'Courrier distribué à domicile',
        description: 'Part de la population dont le courrier est distribué à domicile (et non le score de fiabilité postale de l’indice B2C).',
      },
      es: {
        name: 'Correo entregado a domicilio',
        description: 'Porcentaje de la población que recibe el correo a domicilio (no es la puntuación de fiabilidad postal del índice B2C).',
      },
    },
  },
];

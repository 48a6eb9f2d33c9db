import type { ItemLanguage, ItemSeed } from '../../../src/features/catalogue/types.js';
import { md } from './markdown.js';
import type { Locale } from '../../../src/web/i18n/locales.js';

/**
 * The eTrade Readiness Assessments (eT Ready) UNCTAD has published, one resource per assessment,
 * each covering its country so that the country page lists it. Cambodia and Bhutan (2017) are in
 * report-2017.ts. Every assessment below was confirmed in stored copies of the report itself
 * (cover, copyright year and document symbol) or in UNCTAD's own announcement; assessments whose
 * country or year could not be confirmed are left out. UNCTAD's publication pages could not be
 * confirmed for most of them, so the link is UNCTAD's site unless a page was confirmed, and `source`
 * says which; the PDF is given only where its address was seen.
 */

const checked = 'checked 2026-12-07';
const unctadSite = 'https://unctad.org';

type Names = Record<Locale, string>;

interface Assessment {
  /** ISO 3166-1 alpha-3 code(s) covered. */
  coverage: string[];
  slug: string;
  /** Country or group, in the UN's English, French and Spanish, as used in a sentence. */
  names: Names;
  /** French needs the name with its article after « de » and « à » (« du Samoa », « au Samoa »). */
  frOf: string;
  frTo: string;
  /** The name as it heads a title, where it differs from `names` (groups of States). */
  titleNames?: Names;
  /** A shorter name for the summary (groups of States; French in the « à » form). */
  summaryNames?: Names;
  year: number;
  /** ISO date (year or year-month) of publication. */
  publishedOn: string;
  /** 'rapid' for the 2017–2020 series titled "Rapid eTrade Readiness Assessment". */
  rapid: boolean;
  /** Title of the report as published (English, or French where only French was found). */
  reportTitle: string;
  languages: ItemLanguage[];
  organisations?: string[];
  symbol?: string;
  link?: string;
  documentUrl?: string;
  /** One sentence specific to this assessment, per language. */
  note: Names;
  source: string;
}

const intro: Record<Locale, (name: string, year: number) => string> = {
  en: (name, year) =>
    `UNCTAD's eTrade Readiness Assessment (eT Ready) of ${name}, published in ${year}. Carried out at the request of the government, it reviews the country's e-commerce ecosystem across the seven policy areas of eTrade for all (e-commerce readiness assessment and strategy formulation, ICT infrastructure and services, trade logistics and trade facilitation, payment solutions, legal and regulatory frameworks, e-commerce skills development, and access to financing) and ends with an action matrix of recommendations for the government, the private sector and development partners.`,
  fr: (nameOf, year) =>
    `Évaluation de l'état de préparation au commerce électronique (eT Ready) ${nameOf} réalisée par la CNUCED, publiée en ${year}. Menée à la demande du gouvernement, elle examine l'écosystème du commerce électronique du pays dans les sept domaines d'action d'eTrade for all (évaluation de l'état de préparation et formulation de stratégies, infrastructure et services TIC, logistique commerciale et facilitation des échanges, solutions de paiement, cadres juridiques et réglementaires, développement des compétences, accès au financement) et se termine par une matrice d'actions destinée au gouvernement, au secteur privé et aux partenaires de développement.`,
  es: (name, year) =>
    `Evaluación sobre el estado de preparación para el comercio electrónico (eT Ready) de ${name} realizada por la UNCTAD y publicada en ${year}. Llevada a cabo a petición del Gobierno, examina el ecosistema del comercio electrónico del país en las siete esferas de política de eTrade for all (evaluación de la preparación y formulación de estrategias, infraestructura y servicios de TIC, logística comercial y facilitación del comercio, soluciones de pago, marcos jurídicos y regulatorios, desarrollo de competencias y acceso a la financiación) y concluye con una matriz de medidas dirigida al Gobierno, al sector privado y a los asociados para el desarrollo.`,
};

const symbolLine: Record<Locale, (symbol: string) => string> = {
  en: (s) => `Document symbol: ${s}.`,
  fr: (s) => `Cote du document : ${s}.`,
  es: (s) => `Signatura del documento: ${s}.`,
};

const titles: Record<Locale, (name: string, rapid: boolean) => string> = {
  en: (name, rapid) => `${name}: ${rapid ? 'Rapid eTrade Readiness Assessment' : 'eTrade Readiness Assessment'}`,
  fr: (name, rapid) => `${name} : évaluation ${rapid ? 'rapide ' : ''}de l'état de préparation au commerce électronique`,
  es: (name, rapid) => `${name}: evaluación ${rapid ? 'rápida ' : ''}del estado de preparación para el comercio electrónico`,
};

const summaries: Record<Locale, (name: string, year: number) => string> = {
  en: (name, year) => `UNCTAD's ${year} eT Ready assessment of ${name}: where e-commerce stands in the seven policy areas of eTrade for all, and the priority actions it recommends.`,
  fr: (nameTo, year) => `Évaluation eT Ready de la CNUCED (${year}) consacrée ${nameTo} : l'état du commerce électronique dans les sept domaines d'action d'eTrade for all et les actions prioritaires recommandées.`,
  es: (name, year) => `Evaluación eT Ready de la UNCTAD (${year}) dedicada a ${name}: la situación del comercio electrónico en las siete esferas de política de eTrade for all y las medidas prioritarias recomendadas.`,
};

const eligibility: Names = {
  en: 'Free to read and download from UNCTAD. A government that wants help acting on the recommendations can ask UNCTAD, or ask through the hub.',
  fr: "Lecture et téléchargement gratuits sur le site de la CNUCED. Un gouvernement qui souhaite de l'aide pour mettre en œuvre les recommandations peut s'adresser à la CNUCED ou passer par le hub.",
  es: 'Lectura y descarga gratuitas en el sitio de la UNCTAD. Un gobierno que desee ayuda para aplicar las recomendaciones puede dirigirse a la UNCTAD o solicitarla a través del hub.',
};

function assessment(a: Assessment): ItemSeed {
  const text = (locale: Locale) => ({
    title: titles[locale]((a.titleNames ?? a.names)[locale], a.rapid),
    summary: summaries[locale](a.summaryNames?.[locale] ?? (locale === 'fr' ? a.frTo : a.names[locale]), a.year),
    description: md(intro[locale](locale === 'fr' ? a.frOf : a.names[locale], a.year), a.note[locale], a.symbol ? symbolLine[locale](a.symbol) : ''),
    eligibility: eligibility[locale],
  });
  return {
    type: 'resource',
    slug: a.slug,
    kind: 'report',
    organisations: a.organisations ?? ['unctad'],
    policyAreas: ['readiness-assessment'],
    beneficiaries: ['governments', 'trade-support-institutions', 'msmes'],
    coverage: a.coverage,
    languages: a.languages,
    cost: 'free',
    access: { applyUrl: a.documentUrl ?? a.link ?? unctadSite, viaHub: true },
    link: a.link ?? unctadSite,
    documentUrl: a.documentUrl ?? null,
    publishedOn: a.publishedOn,
    sourceLocale: 'en',
    text: { en: text('en'), fr: text('fr'), es: text('es') },
    source: `${a.source} Report title as published: "${a.reportTitle}". ${a.link ? 'Link: the UNCTAD publication page.' : 'Link: UNCTAD\'s site; no stable publication page for the report could be confirmed.'}`,
  };
}

const noNote: Names = { en: '', fr: '', es: '' };

const assessments: Assessment[] = [
  {
    slug: 'etrade-readiness-assessment-samoa',
    frOf: 'du Samoa',
    frTo: 'au Samoa',
    coverage: ['WSM'],
    names: { en: 'Samoa', fr: 'Samoa', es: 'Samoa' },
    year: 2017,
    publishedOn: '2017-09',
    rapid: true,
    reportTitle: 'Samoa Rapid eTrade Readiness Assessment',
    languages: ['en'],
    symbol: 'UNCTAD/DTL/STICT/2017/10',
    note: {
      en: 'It was presented at the first session of UNCTAD\'s Intergovernmental Group of Experts on E-commerce and the Digital Economy in Geneva in October 2017.',
      fr: "Elle a été présentée à la première session du Groupe intergouvernemental d'experts du commerce électronique et de l'économie numérique de la CNUCED, à Genève, en octobre 2017.",
      es: 'Se presentó en el primer período de sesiones del Grupo Intergubernamental de Expertos en Comercio Electrónico y Economía Digital de la UNCTAD, en Ginebra, en octubre de 2017.',
    },
    source: `Stored copy of the report (cover: September 2017, UNCTAD/DTL/STICT/2017/10) and press coverage of its presentation in October 2017 (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-liberia',
    frOf: 'du Libéria',
    frTo: 'au Libéria',
    coverage: ['LBR'],
    names: { en: 'Liberia', fr: 'Libéria', es: 'Liberia' },
    year: 2018,
    publishedOn: '2018',
    rapid: true,
    reportTitle: 'Liberia Rapid eTrade Readiness Assessment',
    languages: ['en'],
    organisations: ['unctad', 'eif'],
    symbol: 'UNCTAD/DTL/STICT/2018/2',
    note: {
      en: 'It was one of the assessments carried out with support from the Enhanced Integrated Framework (EIF).',
      fr: "Elle fait partie des évaluations réalisées avec l'appui du Cadre intégré renforcé (CIR).",
      es: 'Es una de las evaluaciones realizadas con el apoyo del Marco Integrado Mejorado (MIM).',
    },
    source: `Stored copy of the report (New York and Geneva, 2018; UNCTAD/DTL/STICT/2018/2); EIF Trade for Development News, "Taking trade online" (EIF support) (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-vanuatu',
    frOf: 'du Vanuatu',
    frTo: 'au Vanuatu',
    coverage: ['VUT'],
    names: { en: 'Vanuatu', fr: 'Vanuatu', es: 'Vanuatu' },
    year: 2018,
    publishedOn: '2018-07',
    rapid: true,
    reportTitle: 'Republic of Vanuatu Rapid eTrade Readiness Assessment',
    languages: ['en'],
    organisations: ['unctad', 'eif'],
    symbol: 'UNCTAD/DTL/STICT/2018/5',
    note: {
      en: 'Prepared with the support of the Enhanced Integrated Framework, it was handed over to the Government in Port Vila in July 2018.',
      fr: "Réalisée avec l'appui du Cadre intégré renforcé, elle a été remise au Gouvernement à Port-Vila en juillet 2018.",
      es: 'Elaborada con el apoyo del Marco Integrado Mejorado, se entregó al Gobierno en Port Vila en julio de 2018.',
    },
    source: `Stored copy of the report (printed July 2018, UNCTAD/DTL/STICT/2018/5); EIF news on the Vanuatu and Solomon Islands launches (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-solomon-islands',
    frOf: 'des Îles Salomon',
    frTo: 'aux Îles Salomon',
    coverage: ['SLB'],
    names: { en: 'Solomon Islands', fr: 'Îles Salomon', es: 'Islas Salomón' },
    year: 2018,
    publishedOn: '2018-07',
    rapid: true,
    reportTitle: 'Solomon Islands Rapid eTrade Readiness Assessment',
    languages: ['en'],
    organisations: ['unctad', 'eif'],
    note: {
      en: 'Prepared with the support of the Enhanced Integrated Framework, it was handed over to the Government in July 2018. The country later adopted a National E-commerce Strategy 2022–2027.',
      fr: "Réalisée avec l'appui du Cadre intégré renforcé, elle a été remise au Gouvernement en juillet 2018. Le pays a ensuite adopté une stratégie nationale de commerce électronique pour 2022-2027.",
      es: 'Elaborada con el apoyo del Marco Integrado Mejorado, se entregó al Gobierno en julio de 2018. Posteriormente el país adoptó una estrategia nacional de comercio electrónico para 2022-2027.',
    },
    source: `EIF infographic "Solomon Islands eTrade Readiness Assessment" and press reports of its delivery on 18 July 2018; eTrade for all news on the National E-commerce Strategy 2022–2027 (${checked}). The document symbol was not confirmed.`,
  },
  {
    slug: 'etrade-readiness-assessment-senegal',
    frOf: 'du Sénégal',
    frTo: 'au Sénégal',
    coverage: ['SEN'],
    names: { en: 'Senegal', fr: 'Sénégal', es: 'Senegal' },
    year: 2018,
    publishedOn: '2018',
    rapid: true,
    reportTitle: "République du Sénégal – Évaluation rapide de l'état de préparation au commerce électronique",
    languages: ['fr'],
    note: {
      en: 'Published in French. It was presented with the Burkina Faso and Togo assessments at the regional e-commerce workshop held by UNCTAD and the WAEMU Commission in Ouagadougou on 9–10 October 2018.',
      fr: "Publiée en français. Elle a été présentée avec les évaluations du Burkina Faso et du Togo lors de l'atelier régional sur le commerce électronique organisé par la CNUCED et la Commission de l'UEMOA à Ouagadougou les 9 et 10 octobre 2018.",
      es: 'Publicada en francés. Se presentó junto con las evaluaciones de Burkina Faso y el Togo en el taller regional sobre comercio electrónico organizado por la UNCTAD y la Comisión de la UEMAO en Uagadugú los días 9 y 10 de octubre de 2018.',
    },
    source: `Stored copy of the report (New York and Geneva, 2018); press reports of the Ouagadougou workshop, October 2018 (${checked}). The document symbol was not confirmed.`,
  },
  {
    slug: 'etrade-readiness-assessment-togo',
    frOf: 'du Togo',
    frTo: 'au Togo',
    coverage: ['TGO'],
    names: { en: 'Togo', fr: 'Togo', es: 'Togo' },
    year: 2018,
    publishedOn: '2018',
    rapid: true,
    reportTitle: "République togolaise – Évaluation rapide de l'état de préparation au commerce électronique",
    languages: ['fr'],
    symbol: 'UNCTAD/DTL/STICT/2018/7',
    documentUrl: 'https://unctad.org/system/files/official-document/dtlstict2018d7_en.pdf',
    note: {
      en: 'Published in French, with the support of GIZ for the national consultations. It was presented at the UNCTAD–WAEMU regional workshop in Ouagadougou in October 2018.',
      fr: "Publiée en français ; les consultations nationales ont bénéficié de l'appui de la GIZ. Elle a été présentée à l'atelier régional CNUCED-UEMOA de Ouagadougou en octobre 2018.",
      es: 'Publicada en francés; las consultas nacionales contaron con el apoyo de la GIZ. Se presentó en el taller regional UNCTAD-UEMAO de Uagadugú en octubre de 2018.',
    },
    source: `Stored copy of the report (New York et Genève, 2018; CNUCED/DTL/STICT/2018/7) and the PDF address on unctad.org; press report of the Lomé consultation with UNCTAD and GIZ, June 2018 (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-burkina-faso',
    frOf: 'du Burkina Faso',
    frTo: 'au Burkina Faso',
    coverage: ['BFA'],
    names: { en: 'Burkina Faso', fr: 'Burkina Faso', es: 'Burkina Faso' },
    year: 2018,
    publishedOn: '2018',
    rapid: true,
    reportTitle: "Burkina Faso – Évaluation rapide de l'état de préparation au commerce électronique",
    languages: ['fr'],
    symbol: 'UNCTAD/DTL/STICT/2018/8',
    note: {
      en: 'Published in French and presented at the UNCTAD–WAEMU regional workshop in Ouagadougou in October 2018; the Government set up an e-commerce development committee in July 2020.',
      fr: "Publiée en français et présentée à l'atelier régional CNUCED-UEMOA de Ouagadougou en octobre 2018 ; le Gouvernement a créé un comité de développement du commerce électronique en juillet 2020.",
      es: 'Publicada en francés y presentada en el taller regional UNCTAD-UEMAO de Uagadugú en octubre de 2018; el Gobierno creó un comité de desarrollo del comercio electrónico en julio de 2020.',
    },
    source: `Stored copy of the report (© 2018, UNCTAD/DTL/STICT/2018/8); UNCTAD statement at the Burkina Faso inclusive e-commerce forum, 28 June 2021 (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-uganda',
    frOf: "de l'Ouganda",
    frTo: "à l'Ouganda",
    coverage: ['UGA'],
    names: { en: 'Uganda', fr: 'Ouganda', es: 'Uganda' },
    year: 2018,
    publishedOn: '2018',
    rapid: true,
    reportTitle: 'Republic of Uganda Rapid eTrade Readiness Assessment',
    languages: ['en'],
    symbol: 'UNCTAD/DTL/STICT/2018/9',
    note: noNote,
    source: `Stored copy of the report (Geneva, 2018; UNCTAD/DTL/STICT/2018/9) (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-zambia',
    frOf: 'de la Zambie',
    frTo: 'à la Zambie',
    coverage: ['ZMB'],
    names: { en: 'Zambia', fr: 'Zambie', es: 'Zambia' },
    year: 2018,
    publishedOn: '2018',
    rapid: true,
    reportTitle: 'Republic of Zambia Rapid eTrade Readiness Assessment',
    languages: ['en'],
    symbol: 'UNCTAD/DTL/STICT/2018/10',
    note: noNote,
    source: `Stored copy of the report (© 2018, UNCTAD/DTL/STICT/2018/10) (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-madagascar',
    frOf: 'de Madagascar',
    frTo: 'à Madagascar',
    coverage: ['MDG'],
    names: { en: 'Madagascar', fr: 'Madagascar', es: 'Madagascar' },
    year: 2018,
    publishedOn: '2018',
    rapid: true,
    reportTitle: "Madagascar – Évaluation rapide de l'état de préparation au commerce électronique",
    languages: ['fr'],
    note: {
      en: 'Published in French, after national consultations held in Antananarivo in July 2018 with the Ministry of Commerce and the e-commerce steering committee.',
      fr: "Publiée en français, à la suite de consultations nationales tenues à Antananarivo en juillet 2018 avec le ministère du Commerce et le comité de pilotage pour le développement du commerce électronique.",
      es: 'Publicada en francés, tras consultas nacionales celebradas en Antananarivo en julio de 2018 con el Ministerio de Comercio y el comité directivo de comercio electrónico.',
    },
    source: `Stored copy of the report (© 2018); Malagasy press reports of the July 2018 consultations (${checked}). The document symbol was not confirmed.`,
  },
  {
    slug: 'etrade-readiness-assessment-afghanistan',
    frOf: "de l'Afghanistan",
    frTo: "à l'Afghanistan",
    coverage: ['AFG'],
    names: { en: 'Afghanistan', fr: 'Afghanistan', es: 'Afganistán' },
    year: 2019,
    publishedOn: '2019',
    rapid: true,
    reportTitle: 'Afghanistan Rapid eTrade Readiness Assessment',
    languages: ['en'],
    symbol: 'UNCTAD/DTL/STICT/2019/5',
    note: noNote,
    source: `Stored copy of the report (© 2019, UNCTAD/DTL/STICT/2019/5) (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-bangladesh',
    frOf: 'du Bangladesh',
    frTo: 'au Bangladesh',
    coverage: ['BGD'],
    names: { en: 'Bangladesh', fr: 'Bangladesh', es: 'Bangladesh' },
    year: 2019,
    publishedOn: '2019-04',
    rapid: true,
    reportTitle: 'Bangladesh Rapid eTrade Readiness Assessment',
    languages: ['en'],
    symbol: 'UNCTAD/DTL/STICT/2019/6',
    note: {
      en: 'It was handed to the Government on the opening day of UNCTAD eCommerce Week 2019 in Geneva (1 April 2019).',
      fr: "Elle a été remise au Gouvernement le jour d'ouverture de la Semaine du commerce électronique 2019 de la CNUCED, à Genève (1er avril 2019).",
      es: 'Se entregó al Gobierno el día de apertura de la Semana del Comercio Electrónico 2019 de la UNCTAD, en Ginebra (1 de abril de 2019).',
    },
    source: `Stored copy of the report (© 2019, UNCTAD/DTL/STICT/2019/6); UNCTAD news, "Bangladesh sets foundations for bridge over digital divide", 1 April 2019 (unctad.org/news/bangladesh-sets-foundations-bridge-over-digital-divide) (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-lesotho',
    frOf: 'du Lesotho',
    frTo: 'au Lesotho',
    coverage: ['LSO'],
    names: { en: 'Lesotho', fr: 'Lesotho', es: 'Lesotho' },
    year: 2019,
    publishedOn: '2019',
    rapid: true,
    reportTitle: 'Lesotho Rapid eTrade Readiness Assessment',
    languages: ['en'],
    symbol: 'UNCTAD/DTL/STICT/2019/8',
    note: noNote,
    source: `Stored copy of the report (Geneva, 2019; UNCTAD/DTL/STICT/2019/8) (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-tuvalu',
    frOf: 'des Tuvalu',
    frTo: 'aux Tuvalu',
    coverage: ['TUV'],
    names: { en: 'Tuvalu', fr: 'Tuvalu', es: 'Tuvalu' },
    year: 2019,
    publishedOn: '2019',
    rapid: true,
    reportTitle: 'Tuvalu Rapid eTrade Readiness Assessment',
    languages: ['en'],
    symbol: 'UNCTAD/DTL/STICT/2019/13',
    note: noNote,
    source: `Stored copy of the report (Geneva, 2019; UNCTAD/DTL/STICT/2019/13) (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-malawi',
    frOf: 'du Malawi',
    frTo: 'au Malawi',
    coverage: ['MWI'],
    names: { en: 'Malawi', fr: 'Malawi', es: 'Malawi' },
    year: 2019,
    publishedOn: '2019',
    rapid: true,
    reportTitle: 'Malawi Rapid eTrade Readiness Assessment',
    languages: ['en'],
    symbol: 'UNCTAD/DTL/STICT/2019/14',
    note: noNote,
    source: `Stored copy of the report (Geneva, 2019; UNCTAD/DTL/STICT/2019/14) (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-kiribati',
    frOf: 'de Kiribati',
    frTo: 'à Kiribati',
    coverage: ['KIR'],
    names: { en: 'Kiribati', fr: 'Kiribati', es: 'Kiribati' },
    year: 2019,
    publishedOn: '2019',
    rapid: true,
    reportTitle: 'Kiribati Rapid eTrade Readiness Assessment',
    languages: ['en'],
    symbol: 'UNCTAD/DTL/STICT/2019/15',
    documentUrl: 'https://unctad.org/system/files/official-document/dtlstict2019d15_en.pdf',
    note: noNote,
    source: `UNCTAD PDF address for UNCTAD/DTL/STICT/2019/15, cited with the year 2019 in a public reference list (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-mali',
    frOf: 'du Mali',
    frTo: 'au Mali',
    coverage: ['MLI'],
    names: { en: 'Mali', fr: 'Mali', es: 'Malí' },
    year: 2020,
    publishedOn: '2020-04',
    rapid: true,
    reportTitle: "Mali – Évaluation rapide de l'état de préparation au commerce électronique",
    languages: ['fr'],
    symbol: 'UNCTAD/DTL/STICT/2019/16',
    note: {
      en: 'Published in French on 30 April 2020, together with the Benin and Niger assessments, with funding from Germany.',
      fr: "Publiée en français le 30 avril 2020, en même temps que les évaluations du Bénin et du Niger, grâce à un financement de l'Allemagne.",
      es: 'Publicada en francés el 30 de abril de 2020, junto con las evaluaciones de Benin y el Níger, con financiación de Alemania.',
    },
    source: `Stored copy of the report (Genève, 2020; UNCTAD/DTL/STICT/2019/16); UNCTAD news (FR), « Le Bénin, le Mali et le Niger déterminés à exploiter le potentiel du commerce électronique », 30 April 2020 (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-benin',
    frOf: 'du Bénin',
    frTo: 'au Bénin',
    coverage: ['BEN'],
    names: { en: 'Benin', fr: 'Bénin', es: 'Benin' },
    year: 2020,
    publishedOn: '2020-04',
    rapid: true,
    reportTitle: "Bénin – Évaluation rapide de l'état de préparation au commerce électronique",
    languages: ['fr'],
    symbol: 'UNCTAD/DTL/STICT/2020/5',
    note: {
      en: 'Published in French on 30 April 2020 with funding from Germany; its findings were discussed with three ministers at a high-level webinar on 17 September 2020.',
      fr: "Publiée en français le 30 avril 2020 grâce à un financement de l'Allemagne ; ses conclusions ont été débattues avec trois ministres lors d'un webinaire de haut niveau le 17 septembre 2020.",
      es: 'Publicada en francés el 30 de abril de 2020 con financiación de Alemania; sus conclusiones se debatieron con tres ministros en un seminario web de alto nivel el 17 de septiembre de 2020.',
    },
    source: `Stored copy of the report (Genève, 2020; UNCTAD/DTL/STICT/2020/5); UNCTAD news (FR), 30 April 2020; Government of Benin news on the 17 September 2020 webinar (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-niger',
    frOf: 'du Niger',
    frTo: 'au Niger',
    coverage: ['NER'],
    names: { en: 'Niger', fr: 'Niger', es: 'Níger' },
    year: 2020,
    publishedOn: '2020-04',
    rapid: true,
    reportTitle: "Niger – Évaluation rapide de l'état de préparation au commerce électronique",
    languages: ['fr'],
    note: {
      en: 'Published in French on 30 April 2020, together with the Benin and Mali assessments, with funding from Germany.',
      fr: "Publiée en français le 30 avril 2020, en même temps que les évaluations du Bénin et du Mali, grâce à un financement de l'Allemagne.",
      es: 'Publicada en francés el 30 de abril de 2020, junto con las evaluaciones de Benin y Malí, con financiación de Alemania.',
    },
    source: `UNCTAD news (FR), « Le Bénin, le Mali et le Niger déterminés à exploiter le potentiel du commerce électronique », 30 April 2020 (${checked}). The document symbol was not confirmed.`,
  },
  {
    slug: 'etrade-readiness-assessment-tanzania',
    frOf: 'de la République-Unie de Tanzanie',
    frTo: 'à la République-Unie de Tanzanie',
    coverage: ['TZA'],
    names: { en: 'the United Republic of Tanzania', fr: 'République-Unie de Tanzanie', es: 'la República Unida de Tanzanía' },
    titleNames: { en: 'United Republic of Tanzania', fr: 'République-Unie de Tanzanie', es: 'República Unida de Tanzanía' },
    year: 2020,
    publishedOn: '2020',
    rapid: true,
    reportTitle: 'United Republic of Tanzania Rapid eTrade Readiness Assessment',
    languages: ['en'],
    symbol: 'UNCTAD/DTL/STICT/2020/2',
    note: noNote,
    source: `Stored copy of the report (Geneva, 2020; UNCTAD/DTL/STICT/2020/2); TradeMark Africa news on the report, June 2020 (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-iraq',
    frOf: "de l'Iraq",
    frTo: "à l'Iraq",
    coverage: ['IRQ'],
    names: { en: 'Iraq', fr: 'Iraq', es: 'Iraq' },
    year: 2020,
    publishedOn: '2020',
    rapid: false,
    reportTitle: 'Iraq eTrade Readiness Assessment',
    languages: ['en'],
    organisations: ['unctad', 'upu'],
    symbol: 'UNCTAD/DTL/STICT/2020/7',
    note: {
      en: 'The first eT Ready of a country that is not an LDC. The Universal Postal Union partnered with UNCTAD to add a deeper analysis of the postal sector.',
      fr: "Première évaluation eT Ready d'un pays qui n'est pas un PMA. L'Union postale universelle s'est associée à la CNUCED pour y ajouter une analyse approfondie du secteur postal.",
      es: 'Primera evaluación eT Ready de un país que no es un PMA. La Unión Postal Universal se asoció con la UNCTAD para añadir un análisis más profundo del sector postal.',
    },
    source: `Stored copy of the report (Geneva, 2020; UNCTAD/DTL/STICT/2020/7; UPU on the cover); UN iLibrary chapter on the five-step methodology and UPU partnership (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-waemu',
    frOf: "des États membres de l'Union économique et monétaire ouest-africaine",
    frTo: "aux États membres de l'Union économique et monétaire ouest-africaine",
    coverage: ['BEN', 'BFA', 'CIV', 'GNB', 'MLI', 'NER', 'SEN', 'TGO'],
    names: {
      en: 'the Member States of the West African Economic and Monetary Union',
      fr: "les États membres de l'Union économique et monétaire ouest-africaine",
      es: 'los Estados miembros de la Unión Económica y Monetaria de África Occidental',
    },
    titleNames: {
      en: 'Member States of the West African Economic and Monetary Union (WAEMU)',
      fr: "États membres de l'Union économique et monétaire ouest-africaine (UEMOA)",
      es: 'Estados miembros de la Unión Económica y Monetaria de África Occidental (UEMAO)',
    },
    summaryNames: { en: 'the WAEMU member States', fr: "aux États membres de l'UEMOA", es: 'los Estados miembros de la UEMAO' },
    year: 2020,
    publishedOn: '2020',
    rapid: false,
    reportTitle: 'Member States of the West African Economic and Monetary Union eTrade Readiness Assessment',
    languages: ['fr', 'en'],
    symbol: 'UNCTAD/DTL/STICT/2020/10',
    note: {
      en: 'A regional assessment covering the eight WAEMU member States, published in French with an English translation funded by Germany.',
      fr: "Évaluation régionale couvrant les huit États membres de l'UEMOA, publiée en français avec une traduction anglaise financée par l'Allemagne.",
      es: 'Evaluación regional que abarca los ocho Estados miembros de la UEMAO, publicada en francés con una traducción al inglés financiada por Alemania.',
    },
    source: `Stored copies of the report in French and English (Geneva, 2020; UNCTAD/DTL/STICT/2020/10) (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-cote-divoire',
    frOf: "de la Côte d'Ivoire",
    frTo: "à la Côte d'Ivoire",
    coverage: ['CIV'],
    names: { en: "Côte d'Ivoire", fr: "Côte d'Ivoire", es: "Côte d'Ivoire" },
    year: 2021,
    publishedOn: '2021-04',
    rapid: false,
    reportTitle: "Côte d'Ivoire – Évaluation de l'état de préparation au commerce électronique",
    languages: ['fr'],
    organisations: ['unctad', 'upu', 'itc'],
    symbol: 'UNCTAD/DTL/STICT/2020/11',
    note: {
      en: 'Published in French on 8 April 2021, co-published by the United Nations, the Universal Postal Union and the International Trade Centre.',
      fr: "Publiée en français le 8 avril 2021, coéditée par l'Organisation des Nations Unies, l'Union postale universelle et le Centre du commerce international.",
      es: 'Publicada en francés el 8 de abril de 2021, coeditada por las Naciones Unidas, la Unión Postal Universal y el Centro de Comercio Internacional.',
    },
    source: `Stored copy of the report (Genève, 2021; UNCTAD/DTL/STICT/2020/11; co-published with UPU and ITC); UNCTAD news (FR), « En Côte d'Ivoire, la CNUCED aide les entrepreneurs du numérique à surmonter la crise de la COVID-19 », 8 April 2021 (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-tunisia',
    frOf: 'de la Tunisie',
    frTo: 'à la Tunisie',
    coverage: ['TUN'],
    names: { en: 'Tunisia', fr: 'Tunisie', es: 'Túnez' },
    year: 2022,
    publishedOn: '2022',
    rapid: false,
    reportTitle: "Tunisie – Évaluation de l'état de préparation au commerce électronique",
    languages: ['fr'],
    symbol: 'UNCTAD/DTL/STICT/2022/3',
    note: {
      en: "Published in French, prepared with the Ministry of Trade and Export Development and with support from GIZ's Digital Transformation programme; it was launched in June 2022.",
      fr: "Publiée en français, réalisée avec le ministère du Commerce et du Développement des exportations et avec l'appui du programme Transformation digitale de la GIZ ; elle a été lancée en juin 2022.",
      es: 'Publicada en francés, elaborada con el Ministerio de Comercio y Desarrollo de las Exportaciones y con el apoyo del programa de Transformación Digital de la GIZ; se presentó en junio de 2022.',
    },
    source: `Stored copy of the report (Genève, 2022; UNCTAD/DTL/STICT/2022/3); Tunisian press report of the launch, June 2022 (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-kenya',
    frOf: 'du Kenya',
    frTo: 'au Kenya',
    coverage: ['KEN'],
    names: { en: 'Kenya', fr: 'Kenya', es: 'Kenya' },
    year: 2022,
    publishedOn: '2022',
    rapid: false,
    reportTitle: 'Kenya eTrade Readiness Assessment',
    languages: ['en'],
    symbol: 'UNCTAD/DTL/ECDE/2022/2',
    note: {
      en: 'Developed with technical and financial support from GIZ on behalf of the German Federal Ministry for Economic Cooperation and Development, with technical inputs from the British Standards Institution.',
      fr: "Réalisée avec l'appui technique et financier de la GIZ pour le compte du ministère fédéral allemand de la Coopération économique et du Développement, avec des contributions techniques de la British Standards Institution.",
      es: 'Elaborada con el apoyo técnico y financiero de la GIZ en nombre del Ministerio Federal de Cooperación Económica y Desarrollo de Alemania, con aportaciones técnicas de la British Standards Institution.',
    },
    source: `Stored copy of the report (advance copy, Geneva, 2022; UNCTAD/DTL/ECDE/2022/2; sales no. E.22.II.D.29) (${checked}).`,
  },
  {
    slug: 'etrade-readiness-assessment-ecowas',
    frOf: "des États membres de la Communauté économique des États de l'Afrique de l'Ouest",
    frTo: "aux États membres de la Communauté économique des États de l'Afrique de l'Ouest",
    coverage: ['BEN', 'BFA', 'CPV', 'CIV', 'GMB', 'GHA', 'GIN', 'GNB', 'LBR', 'MLI', 'NER', 'NGA', 'SEN', 'SLE', 'TGO'],
    names: {
      en: 'the Member States of the Economic Community of West African States',
      fr: "les États membres de la Communauté économique des États de l'Afrique de l'Ouest",
      es: 'los Estados miembros de la Comunidad Económica de los Estados de África Occidental',
    },
    titleNames: {
      en: 'Member States of the Economic Community of West African States (ECOWAS)',
      fr: "États membres de la Communauté économique des États de l'Afrique de l'Ouest (CEDEAO)",
      es: 'Estados miembros de la Comunidad Económica de los Estados de África Occidental (CEDEAO)',
    },
    summaryNames: { en: 'the ECOWAS member States', fr: 'aux États membres de la CEDEAO', es: 'los Estados miembros de la CEDEAO' },
    year: 2022,
    publishedOn: '2022-09',
    rapid: false,
    reportTitle: 'Member States of the Economic Community of West African States eTrade Readiness Assessment',
    languages: ['en'],
    organisations: ['unctad', 'ecowas'],
    note: {
      en: 'A regional assessment (ECOWAS eTrade Ready) carried out as the first step of the regional e-commerce strategy project launched in October 2021 by the ECOWAS Commission and UNCTAD with funding from the Netherlands. Coverage lists the 15 ECOWAS member States at the time of publication.',
      fr: "Évaluation régionale (ECOWAS eTrade Ready) réalisée en préalable au projet de stratégie régionale de commerce électronique lancé en octobre 2021 par la Commission de la CEDEAO et la CNUCED, avec un financement des Pays-Bas. La couverture reprend les 15 États membres de la CEDEAO à la date de publication.",
      es: 'Evaluación regional (ECOWAS eTrade Ready) realizada como primer paso del proyecto de estrategia regional de comercio electrónico puesto en marcha en octubre de 2021 por la Comisión de la CEDEAO y la UNCTAD, con financiación de los Países Bajos. La cobertura recoge los 15 Estados miembros de la CEDEAO en la fecha de publicación.',
    },
    source: `ECOWAS press release, 23 September 2022 (ecowas.int, FR and EN versions) (${checked}). Report languages other than English were not confirmed.`,
  },
  {
    slug: 'etrade-readiness-assessment-trinidad-and-tobago',
    frOf: 'de la Trinité-et-Tobago',
    frTo: 'à la Trinité-et-Tobago',
    coverage: ['TTO'],
    names: { en: 'Trinidad and Tobago', fr: 'Trinité-et-Tobago', es: 'Trinidad y Tabago' },
    year: 2024,
    publishedOn: '2024',
    rapid: false,
    reportTitle: 'Trinidad and Tobago eTrade Readiness Assessment (Policy review series)',
    languages: ['en'],
    note: {
      en: 'Prepared with the Ministry of Trade and Industry of Trinidad and Tobago and published in UNCTAD\'s policy review series.',
      fr: 'Réalisée avec le ministère du Commerce et de l\'Industrie de la Trinité-et-Tobago et publiée dans la série des examens de politique de la CNUCED.',
      es: 'Elaborada con el Ministerio de Comercio e Industria de Trinidad y Tabago y publicada en la serie de exámenes de políticas de la UNCTAD.',
    },
    source: `Stored copy of the report (sales no. E.24.II.D.31, hence 2024; acknowledgements name the Ministry of Trade and Industry) (${checked}). The document symbol was not confirmed.`,
  },
  {
    slug: 'etrade-readiness-assessment-zimbabwe',
    frOf: 'du Zimbabwe',
    frTo: 'au Zimbabwe',
    coverage: ['ZWE'],
    names: { en: 'Zimbabwe', fr: 'Zimbabwe', es: 'Zimbabwe' },
    year: 2025,
    publishedOn: '2025',
    rapid: false,
    reportTitle: 'Zimbabwe eTrade Readiness Assessment (Policy review series)',
    languages: ['en'],
    symbol: 'UNCTAD/DTL/ECDE/2025/2',
    link: 'https://unctad.org/publication/zimbabwe-etrade-readiness-assessment',
    note: noNote,
    source: `Stored copy of the report (Geneva, 2025; UNCTAD/DTL/ECDE/2025/2; sales no. E.25.II.D.17); publication page address cited in public reference lists (${checked}).`,
  },
];

export const etradeReadinessAssessments: ItemSeed[] = assessments.map(assessment);

import type { EventSeed } from '../../src/features/events/types.js';

/*
 * The UNCTAD E-Commerce Weeks (later eCommerce Weeks, then eWeeks) after 2017 that public sources
 * document: 2018, 2019, 2022 and 2023. The 2020 week was cancelled for COVID-19 (a smaller virtual
 * eWeek replaced it) and no week was found for 2021, 2024 or 2025 that we could check; none is listed
 * for those years. Hours are not given (all-day events). Figures are recorded only where UNCTAD
 * published them after the event; "expected" numbers announced before it are left out.
 */

const checked = 'checked 2026-12-07';
const noPage = 'Link: UNCTAD’s site; no stable page for the week was found';

const week = (overrides: Omit<EventSeed, 'status' | 'timeZone' | 'organisers' | 'coverage' | 'languages' | 'registration' | 'sourceLocale' | 'isSample'>): EventSeed => ({
  status: 'scheduled',
  timeZone: 'Europe/Zurich',
  organisers: ['unctad'],
  coverage: ['001'],
  // Sources say nothing of interpretation: English only, as for 2017.
  languages: ['en'],
  registration: 'none',
  sourceLocale: 'en',
  isSample: false,
  ...overrides,
});

export const ecommerceWeek2018 = week({
  slug: 'unctad-e-commerce-week-2018',
  attendanceMode: 'offline',
  startDate: '2018-04-16',
  endDate: '2018-04-20',
  venue: 'Palais des Nations',
  city: 'Geneva',
  country: 'CHE',
  policyAreas: ['readiness-assessment', 'legal-regulatory', 'payment-solutions', 'skills-development'],
  source: `UNCTAD press release, 28 March 2018 (https://unctad.org/press-material/risks-and-benefits-data-driven-economics-focus-major-united-nations-gathering); Intellectual Property Watch, 16 April 2018 (${checked})`,
  text: {
    en: {
      title: 'UNCTAD E-Commerce Week 2018',
      summary: 'The fourth UNCTAD E-Commerce Week, at the Palais des Nations in Geneva, on the development dimensions of digital platforms.',
      description: `The fourth E-Commerce Week took the development dimensions of digital platforms as its theme: how the growing role of digital platforms can be harnessed for sustainable development. Its programme covered cross-border digital payments, digital transformation, consumer protection, e-commerce for micro, small and medium-sized enterprises and inclusive e-commerce.

The week hosted the second session of UNCTAD's Intergovernmental Group of Experts on E-commerce and the Digital Economy.

UNCTAD press release: https://unctad.org/press-material/risks-and-benefits-data-driven-economics-focus-major-united-nations-gathering`,
    },
    fr: {
      title: 'Semaine du commerce électronique 2018 de la CNUCED',
      summary: 'La quatrième Semaine du commerce électronique de la CNUCED, au Palais des Nations à Genève, consacrée aux dimensions de développement des plateformes numériques.',
      description: `La quatrième Semaine du commerce électronique avait pour thème les dimensions de développement des plateformes numériques : comment mettre le rôle croissant des plateformes numériques au service du développement durable. Son programme portait sur les paiements numériques transfrontières, la transformation numérique, la protection des consommateurs, le commerce électronique des micro, petites et moyennes entreprises et le commerce électronique inclusif.

La Semaine a accueilli la deuxième session du Groupe intergouvernemental d’experts du commerce électronique et de l’économie numérique de la CNUCED.

Communiqué de presse de la CNUCED (en anglais) : https://unctad.org/press-material/risks-and-benefits-data-driven-economics-focus-major-united-nations-gathering`,
    },
    es: {
      title: 'Semana del Comercio Electrónico 2018 de la UNCTAD',
      summary: 'La cuarta Semana del Comercio Electrónico de la UNCTAD, en el Palacio de las Naciones de Ginebra, dedicada a las dimensiones de desarrollo de las plataformas digitales.',
      description: `La cuarta Semana del Comercio Electrónico tuvo como tema las dimensiones de desarrollo de las plataformas digitales: cómo aprovechar el creciente papel de las plataformas digitales para el desarrollo sostenible. Su programa abarcó los pagos digitales transfronterizos, la transformación digital, la protección del consumidor, el comercio electrónico de las mipymes y el comercio electrónico inclusivo.

La Semana acogió el segundo período de sesiones del Grupo Intergubernamental de Expertos en Comercio Electrónico y Economía Digital de la UNCTAD.

Comunicado de prensa de la UNCTAD (en inglés): https://unctad.org/press-material/risks-and-benefits-data-driven-economics-focus-major-united-nations-gathering`,
    },
  },
});

export const ecommerceWeek2019 = week({
  slug: 'unctad-ecommerce-week-2019',
  attendanceMode: 'offline',
  startDate: '2019-04-01',
  endDate: '2019-04-05',
  venue: 'Palais des Nations',
  city: 'Geneva',
  country: 'CHE',
  policyAreas: ['readiness-assessment', 'skills-development', 'access-to-financing', 'legal-regulatory'],
  source: `UNCTAD, eCommerce Week 2019 summary report; DiploFoundation, "UNCTAD eCommerce Week 2019: An overview", 16 April 2019. ${noPage} (${checked})`,
  text: {
    en: {
      title: 'UNCTAD eCommerce Week 2019',
      summary: 'The fifth UNCTAD eCommerce Week, in Geneva, on the theme "From Digitalization to Development", where the eTrade for Women network was launched.',
      description: `Under the theme "From Digitalization to Development", the fifth eCommerce Week stressed the need to scale up support and to break down silos between institutions, governments and policy areas so that e-commerce contributes more to sustainable development. Many sessions dealt with the digital economy in Africa, micro, small and medium-sized enterprises, women and cross-border data flows.

The new eTrade for Women network, championed by UNCTAD with the support of the eTrade for all initiative, was launched during the week, and the Intergovernmental Group of Experts on E-commerce and the Digital Economy held its third session.

UNCTAD: https://unctad.org`,
    },
    fr: {
      title: 'Semaine du commerce électronique 2019 de la CNUCED',
      summary: 'La cinquième Semaine du commerce électronique de la CNUCED, à Genève, sur le thème « De la numérisation au développement », qui a vu le lancement du réseau eTrade for Women.',
      description: `Sur le thème « De la numérisation au développement », la cinquième Semaine du commerce électronique a souligné la nécessité d’intensifier l’appui et de décloisonner institutions, gouvernements et domaines d’action pour que le commerce électronique contribue davantage au développement durable. De nombreuses sessions ont porté sur l’économie numérique en Afrique, les micro, petites et moyennes entreprises, les femmes et les flux transfrontières de données.

Le nouveau réseau eTrade for Women, porté par la CNUCED avec l’appui de l’initiative eTrade for all, a été lancé pendant la Semaine, et le Groupe intergouvernemental d’experts du commerce électronique et de l’économie numérique a tenu sa troisième session.

CNUCED : https://unctad.org`,
    },
    es: {
      title: 'Semana del Comercio Electrónico 2019 de la UNCTAD',
      summary: 'La quinta Semana del Comercio Electrónico de la UNCTAD, en Ginebra, sobre el tema «De la digitalización al desarrollo», en la que se presentó la red eTrade for Women.',
      description: `Con el tema «De la digitalización al desarrollo», la quinta Semana del Comercio Electrónico destacó la necesidad de ampliar el apoyo y de eliminar la compartimentación entre instituciones, gobiernos y ámbitos de política para que el comercio electrónico contribuya más al desarrollo sostenible. Muchas sesiones trataron de la economía digital en África, las mipymes, las mujeres y los flujos transfronterizos de datos.

Durante la Semana se presentó la nueva red eTrade for Women, impulsada por la UNCTAD con el apoyo de la iniciativa eTrade for all, y el Grupo Intergubernamental de Expertos en Comercio Electrónico y Economía Digital celebró su tercer período de sesiones.

UNCTAD: https://unctad.org`,
    },
  },
  reportedFigures: [
    {
      measure: 'participants',
      unit: 'count',
      qualifier: 'more-than',
      value: 1500,
      note: 'Registered participants.',
      source: { title: 'eCommerce Week 2019 summary report', publisher: 'UNCTAD', year: 2019 },
    },
  ],
});

export const ecommerceWeek2022 = week({
  slug: 'unctad-ecommerce-week-2022',
  attendanceMode: 'mixed',
  startDate: '2022-04-25',
  endDate: '2022-04-29',
  city: 'Geneva',
  country: 'CHE',
  policyAreas: ['readiness-assessment', 'legal-regulatory', 'ict-infrastructure'],
  source: `Geneva Solutions, "UNCTAD’s e-commerce week puts spotlight on bridging digital divide" (April 2022); eCommerce Forum Africa, "UNCTAD’s 2022 Ecommerce Week", 5 May 2022. ${noPage} (${checked})`,
  text: {
    en: {
      title: 'UNCTAD eCommerce Week 2022',
      summary: 'UNCTAD’s eCommerce Week on "Data and Digitalization for Development", held in Geneva and online after two years without an in-person week.',
      description: `After two years of the COVID-19 pandemic, the eCommerce Week returned to Geneva, in a hybrid format. Its theme, "Data and Digitalization for Development", followed UNCTAD's Digital Economy Report 2021: the role of data and cross-border data flows in economic and social development, data governance, and the WTO's work on e-commerce ahead of its Twelfth Ministerial Conference, held in Geneva that June.

UNCTAD: https://unctad.org`,
    },
    fr: {
      title: 'Semaine du commerce électronique 2022 de la CNUCED',
      summary: 'La Semaine du commerce électronique de la CNUCED sur le thème « Les données et la numérisation au service du développement », tenue à Genève et en ligne après deux ans sans semaine en présentiel.',
      description: `Après deux années de pandémie de COVID-19, la Semaine du commerce électronique est revenue à Genève, en format hybride. Son thème, « Les données et la numérisation au service du développement », prolongeait le Rapport sur l’économie numérique 2021 de la CNUCED : le rôle des données et des flux transfrontières de données dans le développement économique et social, la gouvernance des données, et les travaux de l’OMC sur le commerce électronique avant sa douzième Conférence ministérielle, tenue à Genève en juin de la même année.

CNUCED : https://unctad.org`,
    },
    es: {
      title: 'Semana del Comercio Electrónico 2022 de la UNCTAD',
      summary: 'La Semana del Comercio Electrónico de la UNCTAD sobre «Los datos y la digitalización para el desarrollo», celebrada en Ginebra y en línea tras dos años sin una semana presencial.',
      description: `Tras dos años de pandemia de COVID-19, la Semana del Comercio Electrónico volvió a Ginebra, en formato híbrido. Su tema, «Los datos y la digitalización para el desarrollo», daba continuidad al Informe sobre la Economía Digital 2021 de la UNCTAD: el papel de los datos y de los flujos transfronterizos de datos en el desarrollo económico y social, la gobernanza de los datos y los trabajos de la OMC sobre comercio electrónico antes de su Duodécima Conferencia Ministerial, celebrada en Ginebra en junio de ese año.

UNCTAD: https://unctad.org`,
    },
  },
});

const closing2023 = {
  title: 'Statement by the Secretary-General of UNCTAD at the closing session of eWeek 2023 (8 December 2023)',
  publisher: 'UNCTAD',
  year: 2023,
  url: 'https://unctad.org/osgstatement/unctad-eweek-2023-closing-session',
};

export const eWeek2023 = week({
  slug: 'unctad-eweek-2023',
  attendanceMode: 'mixed',
  startDate: '2023-12-04',
  endDate: '2023-12-08',
  city: 'Geneva',
  country: 'CHE',
  policyAreas: ['readiness-assessment', 'ict-infrastructure', 'legal-regulatory', 'skills-development'],
  source: `UNCTAD, closing statement of the Secretary-General, 8 December 2023 (https://unctad.org/osgstatement/unctad-eweek-2023-closing-session); UNCTAD news, "UNCTAD eWeek charts a sustainable and inclusive path for the digital economy", 8 December 2023 (${checked})`,
  text: {
    en: {
      title: 'UNCTAD eWeek 2023',
      summary: 'UNCTAD’s eWeek on "Shaping the future of the digital economy", held in Geneva and online, with more than 150 sessions.',
      description: `Held between the 2023 SDG Summit and the Summit of the Future, as negotiations on the Global Digital Compact were about to start, eWeek 2023 dealt with governing digital platforms and artificial intelligence, greener digital practices, women in the digital economy and the digital readiness of developing countries. eTrade Readiness Assessments and joint inter-agency studies were among the publications launched.

**Outcome.** Participants called for global efforts to boost digital readiness to be scaled up and for effective governance frameworks: stronger digital infrastructure, connectivity, skills and regulation for the least developed countries; a global approach to governing data, platforms and AI that balances innovation with the protection of rights; and less environmental harm from digitalization.

UNCTAD: https://unctad.org/osgstatement/unctad-eweek-2023-closing-session`,
    },
    fr: {
      title: 'eWeek 2023 de la CNUCED',
      summary: 'L’eWeek de la CNUCED sur le thème « Façonner l’avenir de l’économie numérique », tenue à Genève et en ligne, avec plus de 150 sessions.',
      description: `Tenue entre le Sommet sur les ODD de 2023 et le Sommet de l’avenir, alors que s’ouvraient les négociations sur le Pacte numérique mondial, l’eWeek 2023 a porté sur la gouvernance des plateformes numériques et de l’intelligence artificielle, des pratiques numériques plus écologiques, les femmes dans l’économie numérique et l’état de préparation numérique des pays en développement. Des évaluations de l’état de préparation au commerce électronique et des études interinstitutions figuraient parmi les publications lancées.

**Résultat.** Les participants ont appelé à intensifier les efforts mondiaux en faveur de la préparation au numérique et à se doter de cadres de gouvernance efficaces : des infrastructures, une connectivité, des compétences et une réglementation numériques renforcées pour les pays les moins avancés ; une approche mondiale de la gouvernance des données, des plateformes et de l’IA qui concilie innovation et protection des droits ; et une réduction des atteintes à l’environnement liées à la numérisation.

CNUCED (en anglais) : https://unctad.org/osgstatement/unctad-eweek-2023-closing-session`,
    },
    es: {
      title: 'eWeek 2023 de la UNCTAD',
      summary: 'La eWeek de la UNCTAD sobre «Configurar el futuro de la economía digital», celebrada en Ginebra y en línea, con más de 150 sesiones.',
      description: `Celebrada entre la Cumbre sobre los ODS de 2023 y la Cumbre del Futuro, cuando estaban por empezar las negociaciones del Pacto Digital Global, la eWeek 2023 trató de la gobernanza de las plataformas digitales y de la inteligencia artificial, de prácticas digitales más ecológicas, de las mujeres en la economía digital y del estado de preparación digital de los países en desarrollo. Entre las publicaciones presentadas figuraron evaluaciones del estado de preparación para el comercio electrónico y estudios interinstitucionales.

**Resultado.** Los participantes pidieron intensificar los esfuerzos mundiales en favor de la preparación digital y establecer marcos de gobernanza eficaces: más infraestructura, conectividad, competencias y regulación digitales para los países menos adelantados; un enfoque mundial de la gobernanza de los datos, las plataformas y la IA que concilie la innovación con la protección de los derechos; y menos daños ambientales derivados de la digitalización.

UNCTAD (en inglés): https://unctad.org/osgstatement/unctad-eweek-2023-closing-session`,
    },
  },
  reportedFigures: [
    { measure: 'participants', unit: 'count', value: 3500, source: closing2023 },
    { measure: 'countries', unit: 'count', value: 159, source: closing2023 },
    { measure: 'sessions', unit: 'count', qualifier: 'more-than', value: 150, source: closing2023 },
    { measure: 'partners', unit: 'count', value: 28, note: 'eTrade for all members that contributed actively.', source: closing2023 },
    { measure: 'ministers', unit: 'count', qualifier: 'about', value: 12, note: '“A dozen”, in person.', source: closing2023 },
    { measure: 'women-share', unit: 'share', value: 50, fraction: '1/2', shareOf: 'participants', note: 'Stated as a 50-50 gender balance among participants.', source: closing2023 },
  ],
});

/** In date order. */
export const laterEcommerceWeeks: EventSeed[] = [ecommerceWeek2018, ecommerceWeek2019, ecommerceWeek2022, eWeek2023];

import type { EventSeed } from '../../src/features/events/types.js';

/*
 * The follow-up processes the E-Commerce Week 2017 report names ("Key Outcomes and Way Forward"), as
 * the past events they were: the WTO Aid for Trade Global Review (July 2017), the first session of
 * UNCTAD's Intergovernmental Group of Experts on E-commerce and the Digital Economy (October 2017) and
 * the WTO's Eleventh Ministerial Conference (December 2017). Dates, places and outcomes are those the
 * public sources below document, in our own words; their hours are not given (all-day events), and
 * an outcome nobody published in a form we could check is left out rather than guessed.
 */

const checked = 'checked 2026-12-07';

export const aidForTradeReview2017: EventSeed = {
  slug: 'wto-aid-for-trade-global-review-2017',
  status: 'scheduled',
  attendanceMode: 'offline',
  timeZone: 'Europe/Zurich',
  startDate: '2017-07-11',
  endDate: '2017-07-13',
  venue: 'World Trade Organization',
  city: 'Geneva',
  country: 'CHE',
  organisers: ['wto'],
  policyAreas: ['readiness-assessment', 'ict-infrastructure', 'trade-logistics', 'access-to-financing'],
  coverage: ['001'],
  languages: ['en', 'fr', 'es'],
  registration: 'none',
  sourceLocale: 'en',
  source: `WTO news item on the close of the Global Review, 13 July 2017 (https://www.wto.org/english/news_e/news17_e/gr17_13jul17_e.htm); OECD/WTO, Aid for Trade at a Glance 2017 (${checked})`,
  isSample: false,
  text: {
    en: {
      title: 'Aid for Trade Global Review 2017',
      summary:
        'The sixth Global Review of Aid for Trade, held at the WTO in Geneva on the theme "Promoting Trade, Inclusiveness and Connectivity for Sustainable Development", with e-commerce and digital connectivity among its subjects.',
      description: `The WTO's sixth Global Review of Aid for Trade looked at how Aid for Trade helps developing countries, and the least developed above all, connect to markets, physically and digitally. It rested on a monitoring exercise run with the OECD that surveyed, among other things, support for the development of e-commerce and the implementation of the Trade Facilitation Agreement. The joint OECD/WTO report *Aid for Trade at a Glance 2017*, with chapters by the World Bank, UNCTAD, ITC, the OECD, the WTO, the ITU and Business for eTrade Development, was prepared for it.

The E-Commerce Week 2017 report lists the Review among the processes the Week's discussions were meant to feed.

**Outcome.** At its close the WTO reported figures on the initiative: almost USD 300 billion disbursed in Aid for Trade since 2006, a record USD 39.8 billion in 2015, and 146 developing countries supported, 27 per cent of the total going to least developed countries. The Director-General asked members to look more closely at the needs of least developed countries.

Official news: https://www.wto.org/english/news_e/news17_e/gr17_13jul17_e.htm`,
    },
    fr: {
      title: 'Examen global de l’Aide pour le commerce 2017',
      summary:
        'Le sixième Examen global de l’Aide pour le commerce, tenu à l’OMC à Genève sur le thème « Promouvoir le commerce, l’inclusion et la connectivité pour le développement durable », avec le commerce électronique et la connectivité numérique parmi ses sujets.',
      description: `Le sixième Examen global de l’Aide pour le commerce de l’OMC a porté sur la manière dont l’Aide pour le commerce aide les pays en développement, et d’abord les moins avancés, à se connecter aux marchés, physiquement et numériquement. Il s’appuyait sur un exercice de suivi mené avec l’OCDE, portant notamment sur l’appui au développement du commerce électronique et la mise en œuvre de l’Accord sur la facilitation des échanges. Le rapport conjoint OCDE/OMC *Aid for Trade at a Glance 2017* (Panorama de l’Aide pour le commerce), avec des chapitres de la Banque mondiale, de la CNUCED, de l’ITC, de l’OCDE, de l’OMC, de l’UIT et de Business for eTrade Development, a été préparé pour l’occasion.

Le rapport de la Semaine du commerce électronique 2017 cite l’Examen parmi les processus que les débats de la Semaine devaient alimenter.

**Résultat.** À la clôture, l’OMC a publié des chiffres sur l’initiative : près de 300 milliards de dollars versés au titre de l’Aide pour le commerce depuis 2006, un record de 39,8 milliards de dollars en 2015 et 146 pays en développement soutenus, 27 % du total allant aux pays les moins avancés. Le Directeur général a demandé aux membres d’examiner de plus près les besoins des pays les moins avancés.

Information officielle (en anglais) : https://www.wto.org/english/news_e/news17_e/gr17_13jul17_e.htm`,
    },
    es: {
      title: 'Examen Global de la Ayuda para el Comercio 2017',
      summary:
        'El sexto Examen Global de la Ayuda para el Comercio, celebrado en la OMC en Ginebra sobre el tema «Promover el comercio, la inclusión y la conectividad para el desarrollo sostenible», con el comercio electrónico y la conectividad digital entre sus temas.',
      description: `El sexto Examen Global de la Ayuda para el Comercio de la OMC analizó cómo la Ayuda para el Comercio ayuda a los países en desarrollo, y sobre todo a los menos adelantados, a conectarse a los mercados, física y digitalmente. Se basó en un ejercicio de seguimiento realizado con la OCDE que abarcó, entre otras cosas, el apoyo al desarrollo del comercio electrónico y la aplicación del Acuerdo sobre Facilitación del Comercio. Para la ocasión se preparó el informe conjunto OCDE/OMC *Aid for Trade at a Glance 2017* (La Ayuda para el Comercio en síntesis), con capítulos del Banco Mundial, la UNCTAD, el ITC, la OCDE, la OMC, la UIT y Business for eTrade Development.

El informe de la Semana del Comercio Electrónico 2017 cita el Examen entre los procesos que los debates de la Semana debían alimentar.

**Resultado.** Al clausurarse, la OMC publicó cifras sobre la iniciativa: casi 300.000 millones de dólares desembolsados en Ayuda para el Comercio desde 2006, un récord de 39.800 millones de dólares en 2015 y 146 países en desarrollo apoyados, con un 27 % del total destinado a los países menos adelantados. El Director General pidió a los miembros que examinaran más de cerca las necesidades de los países menos adelantados.

Información oficial (en inglés): https://www.wto.org/english/news_e/news17_e/gr17_13jul17_e.htm`,
    },
  },
  reportedFigures: [
    {
      measure: 'participants',
      unit: 'count',
      qualifier: 'more-than',
      value: 1500,
      source: { title: 'WTO news item on the close of the Global Review (13 July 2017)', publisher: 'WTO', year: 2017, url: 'https://www.wto.org/english/news_e/news17_e/gr17_13jul17_e.htm' },
    },
    {
      measure: 'sessions',
      unit: 'count',
      value: 55,
      source: { title: 'WTO news item on the close of the Global Review (13 July 2017)', publisher: 'WTO', year: 2017, url: 'https://www.wto.org/english/news_e/news17_e/gr17_13jul17_e.htm' },
    },
  ],
};

export const igeFirstSession2017: EventSeed = {
  slug: 'unctad-ige-e-commerce-digital-economy-2017',
  status: 'scheduled',
  attendanceMode: 'offline',
  timeZone: 'Europe/Zurich',
  startDate: '2017-10-04',
  endDate: '2017-10-06',
  city: 'Geneva',
  country: 'CHE',
  organisers: ['unctad'],
  policyAreas: ['readiness-assessment', 'legal-regulatory', 'skills-development'],
  coverage: ['001'],
  languages: ['en'],
  registration: 'none',
  sourceLocale: 'en',
  source: `UNCTAD, E-Commerce Week 2017 report (UNCTAD/DTL/STICT/2017/7), which gives the dates; Intellectual Property Watch, 16 April 2018, which confirms them. Link: UNCTAD's site; no stable page for the session was found (${checked})`,
  isSample: false,
  text: {
    en: {
      title: 'Intergovernmental Group of Experts on E-commerce and the Digital Economy, first session',
      summary:
        'The first session of UNCTAD’s intergovernmental expert group on e-commerce and the digital economy, held in Geneva, one of the processes the E-Commerce Week 2017 was meant to feed.',
      description: `The Intergovernmental Group of Experts on E-commerce and the Digital Economy brings UNCTAD's member States together to discuss the development dimensions of e-commerce and the digital economy. Its first session met in Geneva from 4 to 6 October 2017. The E-Commerce Week 2017 report names it among the processes the Week's discussions were meant to feed.

Its second session took place during the E-Commerce Week 2018, and its third during the eCommerce Week 2019.

We could not check a published text of what the session agreed, so no outcome is recorded here.

UNCTAD: https://unctad.org`,
    },
    fr: {
      title: 'Groupe intergouvernemental d’experts du commerce électronique et de l’économie numérique, première session',
      summary:
        'La première session du groupe intergouvernemental d’experts de la CNUCED sur le commerce électronique et l’économie numérique, tenue à Genève, l’un des processus que la Semaine du commerce électronique 2017 devait alimenter.',
      description: `Le Groupe intergouvernemental d’experts du commerce électronique et de l’économie numérique réunit les États membres de la CNUCED pour débattre des dimensions de développement du commerce électronique et de l’économie numérique. Sa première session s’est tenue à Genève du 4 au 6 octobre 2017. Le rapport de la Semaine du commerce électronique 2017 la cite parmi les processus que les débats de la Semaine devaient alimenter.

Sa deuxième session a eu lieu pendant la Semaine du commerce électronique 2018, et la troisième pendant celle de 2019.

Nous n’avons pas pu vérifier de texte publié de ce que la session a adopté : aucun résultat n’est donc indiqué ici.

CNUCED : https://unctad.org`,
    },
    es: {
      title: 'Grupo Intergubernamental de Expertos en Comercio Electrónico y Economía Digital, primer período de sesiones',
      summary:
        'El primer período de sesiones del grupo intergubernamental de expertos de la UNCTAD sobre comercio electrónico y economía digital, celebrado en Ginebra, uno de los procesos que la Semana del Comercio Electrónico 2017 debía alimentar.',
      description: `El Grupo Intergubernamental de Expertos en Comercio Electrónico y Economía Digital reúne a los Estados miembros de la UNCTAD para debatir las dimensiones de desarrollo del comercio electrónico y la economía digital. Su primer período de sesiones se celebró en Ginebra del 4 al 6 de octubre de 2017. El informe de la Semana del Comercio Electrónico 2017 lo cita entre los procesos que los debates de la Semana debían alimentar.

Su segundo período de sesiones tuvo lugar durante la Semana del Comercio Electrónico 2018, y el tercero durante la de 2019.

No pudimos verificar un texto publicado de lo que acordó el período de sesiones, por lo que aquí no se indica ningún resultado.

UNCTAD: https://unctad.org`,
    },
  },
};

export const mc11: EventSeed = {
  slug: 'wto-eleventh-ministerial-conference-2017',
  status: 'scheduled',
  attendanceMode: 'offline',
  timeZone: 'America/Argentina/Buenos_Aires',
  startDate: '2017-12-10',
  endDate: '2017-12-13',
  city: 'Buenos Aires',
  country: 'ARG',
  organisers: ['wto'],
  policyAreas: ['legal-regulatory', 'trade-logistics'],
  coverage: ['001'],
  languages: ['en', 'fr', 'es'],
  registration: 'none',
  sourceLocale: 'en',
  source: `WTO, "MC11 in brief: Electronic commerce" (https://www.wto.org/english/thewto_e/minist_e/mc11_e/briefing_notes_e/bfecom_e.htm); summaries of the conference's outcome by the Canadian Society of Customs Brokers (21 December 2017) and the Geneva Internet Platform's Digital Watch (${checked})`,
  isSample: false,
  text: {
    en: {
      title: 'WTO Eleventh Ministerial Conference (MC11)',
      summary:
        'The WTO’s Eleventh Ministerial Conference in Buenos Aires, chaired by Argentina’s Susana Malcorra, which decided to continue the Work Programme on Electronic Commerce and the moratorium on customs duties on electronic transmissions.',
      description: `The Ministerial Conference is the WTO's highest decision-making body. Its eleventh session met in Buenos Aires from 10 to 13 December 2017, chaired by Susana Malcorra of Argentina. At the E-Commerce Week 2017, the first ministerial meeting of the Friends of E-Commerce for Development had presented its roadmap as a milestone on the way to this conference, and a session of the Week discussed trade policy for e-commerce "for MC11 and beyond".

**Outcome on e-commerce.** Ministers decided to continue the work under the Work Programme on Electronic Commerce on the basis of its existing mandate (WT/L/274), to try to reinvigorate it, with periodic reviews by the General Council in July and December 2018 and July 2019, and to keep the practice of not imposing customs duties on electronic transmissions until their next session in 2019. No change to the 1998 mandate was agreed. Separately, a group of members issued a joint statement announcing exploratory work towards future WTO negotiations on trade-related aspects of e-commerce.

The conference ended without a ministerial declaration. Also at MC11, 118 WTO members and observers supported the Buenos Aires Declaration on Women and Trade.

WTO: https://www.wto.org/english/thewto_e/minist_e/mc11_e/briefing_notes_e/bfecom_e.htm`,
    },
    fr: {
      title: 'Onzième Conférence ministérielle de l’OMC (CM11)',
      summary:
        'La onzième Conférence ministérielle de l’OMC à Buenos Aires, présidée par l’Argentine Susana Malcorra, qui a décidé de poursuivre le programme de travail sur le commerce électronique et le moratoire sur les droits de douane frappant les transmissions électroniques.',
      description: `La Conférence ministérielle est l’organe de décision suprême de l’OMC. Sa onzième session s’est tenue à Buenos Aires du 10 au 13 décembre 2017, sous la présidence de l’Argentine Susana Malcorra. Lors de la Semaine du commerce électronique 2017, la première réunion ministérielle des Amis du commerce électronique pour le développement avait présenté sa feuille de route comme une étape sur la route de cette conférence, et une session de la Semaine avait porté sur la politique commerciale du commerce électronique « pour la CM11 et au-delà ».

**Résultat sur le commerce électronique.** Les ministres ont décidé de poursuivre les travaux du programme de travail sur le commerce électronique sur la base de son mandat existant (WT/L/274), de s’efforcer de les redynamiser, avec des examens périodiques du Conseil général en juillet et décembre 2018 et en juillet 2019, et de maintenir la pratique consistant à ne pas imposer de droits de douane sur les transmissions électroniques jusqu’à leur session suivante, en 2019. Aucune modification du mandat de 1998 n’a été convenue. Par ailleurs, un groupe de membres a publié une déclaration conjointe annonçant des travaux exploratoires en vue de futures négociations à l’OMC sur les aspects du commerce électronique qui touchent au commerce.

La conférence s’est achevée sans déclaration ministérielle. Lors de la CM11 également, 118 membres et observateurs de l’OMC ont appuyé la Déclaration de Buenos Aires sur les femmes et le commerce.

OMC (en anglais) : https://www.wto.org/english/thewto_e/minist_e/mc11_e/briefing_notes_e/bfecom_e.htm`,
    },
    es: {
      title: 'Undécima Conferencia Ministerial de la OMC (CM11)',
      summary:
        'La Undécima Conferencia Ministerial de la OMC en Buenos Aires, presidida por la argentina Susana Malcorra, que decidió continuar el Programa de Trabajo sobre el Comercio Electrónico y la moratoria de los derechos de aduana sobre las transmisiones electrónicas.',
      description: `La Conferencia Ministerial es el órgano máximo de adopción de decisiones de la OMC. Su undécimo período de sesiones se celebró en Buenos Aires del 10 al 13 de diciembre de 2017, presidido por la argentina Susana Malcorra. En la Semana del Comercio Electrónico 2017, la primera reunión ministerial de los Amigos del Comercio Electrónico para el Desarrollo había presentado su hoja de ruta como un hito en el camino hacia esta conferencia, y una sesión de la Semana trató de la política comercial del comercio electrónico «para la CM11 y más allá».

**Resultado sobre el comercio electrónico.** Los ministros decidieron continuar los trabajos del Programa de Trabajo sobre el Comercio Electrónico sobre la base de su mandato vigente (WT/L/274), procurar revitalizarlos, con exámenes periódicos del Consejo General en julio y diciembre de 2018 y en julio de 2019, y mantener la práctica de no imponer derechos de aduana a las transmisiones electrónicas hasta su siguiente período de sesiones, en 2019. No se acordó ningún cambio del mandato de 1998. Por otra parte, un grupo de miembros publicó una declaración conjunta que anunciaba trabajos exploratorios con miras a futuras negociaciones en la OMC sobre los aspectos del comercio electrónico relacionados con el comercio.

La conferencia concluyó sin una declaración ministerial. También en la CM11, 118 miembros y observadores de la OMC apoyaron la Declaración de Buenos Aires sobre las Mujeres y el Comercio.

OMC (en inglés): https://www.wto.org/english/thewto_e/minist_e/mc11_e/briefing_notes_e/bfecom_e.htm`,
    },
  },
};

/** In date order. */
export const followUpEvents2017: EventSeed[] = [aidForTradeReview2017, igeFirstSession2017, mc11];

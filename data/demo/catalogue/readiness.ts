import type { ItemSeed } from '../../../src/features/catalogue/types.js';
import { md } from './markdown.js';

/**
 * E-commerce readiness assessment and strategy formulation: the eT Ready programme's follow-up
 * tools, national e-commerce strategies, digital economy diagnostics, and the manuals and surveys
 * used to measure e-commerce and the digital economy. The country assessments themselves are in
 * etrade-readiness-assessments.ts. Each item was checked on the organisation's pages or in stored
 * copies of the publication (see `source`).
 */

const checked = 'checked 2026-12-07';

export const readinessItems: ItemSeed[] = [
  // ——— UNCTAD eT Ready follow-up and strategies ———
  {
    type: 'resource',
    slug: 'fast-tracking-implementation-etrade-readiness-assessments',
    kind: 'report',
    organisations: ['unctad'],
    policyAreas: ['readiness-assessment'],
    beneficiaries: ['governments'],
    coverage: ['ldc'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://unctad.org', viaHub: true },
    link: 'https://unctad.org',
    publishedOn: '2022',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Fast-tracking implementation of eTrade Readiness Assessments (2020; second edition 2022)',
        summary:
          'UNCTAD\'s reviews of how countries are implementing the recommendations of their eTrade Readiness Assessments, policy area by policy area, with lessons on what speeds implementation up.',
        description: md(
          'The first edition (December 2020) was UNCTAD\'s first comprehensive review of the eT Ready programme. Of the 18 countries assessed by June 2019, it scored the 13 that answered a detailed questionnaire, found an overall implementation rate of about half of the recommendations, with Cambodia, Myanmar, Senegal and Togo the most advanced, and traced slower progress to weak institutional capacity and coordination. Payment solutions, ICT infrastructure and legal frameworks had the highest implementation rates; access to finance the lowest.',
          'The second edition (2022, UNCTAD/DTL/STICT/2022/5, also in French) reports the second implementation review carried out in 2021 with an improved method, recording 140 new achievements in 14 countries, collected by the national eT Ready focal points with ministries, regulators and businesses.',
        ),
        eligibility: 'Free to read. Countries with an eTrade Readiness Assessment can take part in UNCTAD\'s implementation reviews through their eT Ready focal point, or ask for support through the hub.',
      },
      fr: {
        title: "Accélérer la mise en œuvre des évaluations de l'état de préparation au commerce électronique (2020 ; deuxième édition 2022)",
        summary:
          "Bilans de la CNUCED sur la mise en œuvre, domaine par domaine, des recommandations des évaluations eT Ready, avec les enseignements sur ce qui accélère cette mise en œuvre.",
        description: md(
          "La première édition (décembre 2020) a été le premier examen complet du programme eT Ready : sur 18 pays évalués à juin 2019, elle a noté les 13 qui avaient répondu à un questionnaire détaillé et relevé un taux de mise en œuvre d'environ la moitié des recommandations, le Cambodge, le Myanmar, le Sénégal et le Togo étant les plus avancés. La deuxième édition (2022, UNCTAD/DTL/STICT/2022/5, également en français) rend compte du deuxième examen, mené en 2021, qui recense 140 nouvelles réalisations dans 14 pays.",
        ),
        eligibility:
          "Lecture gratuite. Les pays ayant bénéficié d'une évaluation eT Ready participent aux examens par l'intermédiaire de leur point focal eT Ready ou peuvent demander un appui par le hub.",
      },
      es: {
        title: 'Acelerar la aplicación de las evaluaciones sobre el estado de preparación para el comercio electrónico (2020; segunda edición 2022)',
        summary:
          'Balances de la UNCTAD sobre la aplicación, esfera por esfera, de las recomendaciones de las evaluaciones eT Ready, con enseñanzas sobre lo que acelera su aplicación.',
        description: md(
          'La primera edición (diciembre de 2020) fue el primer examen completo del programa eT Ready: de los 18 países evaluados a junio de 2019, puntuó a los 13 que respondieron a un cuestionario detallado y halló una tasa de aplicación de aproximadamente la mitad de las recomendaciones, con Camboya, Myanmar, el Senegal y el Togo como los más avanzados. La segunda edición (2022, UNCTAD/DTL/STICT/2022/5, también en francés) recoge el segundo examen, realizado en 2021, que registra 140 nuevos logros en 14 países.',
        ),
        eligibility:
          'Lectura gratuita. Los países con una evaluación eT Ready participan en los exámenes a través de su punto focal eT Ready o pueden solicitar apoyo a través del hub.',
      },
    },
    source: `IISD SDG Knowledge Hub (9 December 2020) and Digital Watch on the first edition; stored copies of the second edition (Geneva, 2022; UNCTAD/DTL/STICT/2022/5; French edition) (${checked}). Link: UNCTAD's site; the publication page was not confirmed.`,
  },
  {
    type: 'solution',
    slug: 'et-ready-implementation-support-mechanism',
    kind: 'technical-assistance',
    organisations: ['unctad'],
    policyAreas: ['readiness-assessment'],
    beneficiaries: ['governments'],
    coverage: ['ldc'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://unctad.org', viaHub: true },
    link: 'https://unctad.org',
    startsOn: '2020',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'eT Ready Implementation Support Mechanism',
        summary:
          "Set up by UNCTAD in 2020 to help countries turn their eTrade Readiness Assessment's action matrix into results, through focal points, implementation reviews and links to partners.",
        description: md(
          'The mechanism supports beneficiary countries in implementing their eT Ready recommendations on the principles of country ownership, inclusiveness and results-based management. National eT Ready focal points collect progress with line ministries, regulators and the private sector; implementation reviews (the first in 2020 covering 13 countries, the second in 2021 covering 14) measure progress and point to where support is needed, feeding capacity building, knowledge exchange and stakeholder engagement.',
        ),
        eligibility: 'For governments of countries that have had an eTrade Readiness Assessment, free of charge; they take part through their eT Ready focal point. Support needs can also be raised through the hub.',
      },
      fr: {
        title: "Mécanisme d'appui à la mise en œuvre des évaluations eT Ready",
        summary:
          "Créé par la CNUCED en 2020 pour aider les pays à traduire la matrice d'actions de leur évaluation eT Ready en résultats : points focaux, examens de mise en œuvre, liens avec les partenaires.",
        description: md(
          "Le mécanisme accompagne les pays bénéficiaires selon les principes d'appropriation nationale, d'inclusion et de gestion axée sur les résultats. Les points focaux nationaux eT Ready recueillent les progrès auprès des ministères, des régulateurs et du secteur privé ; les examens de mise en œuvre (13 pays en 2020, 14 en 2021) mesurent les avancées et orientent l'appui.",
        ),
        eligibility:
          "Gratuit pour les gouvernements des pays ayant bénéficié d'une évaluation eT Ready, par l'intermédiaire de leur point focal. Les besoins d'appui peuvent aussi être exprimés par le hub.",
      },
      es: {
        title: 'Mecanismo de Apoyo a la Aplicación de las evaluaciones eT Ready',
        summary:
          'Creado por la UNCTAD en 2020 para ayudar a los países a convertir la matriz de medidas de su evaluación eT Ready en resultados: puntos focales, exámenes de aplicación y vínculos con asociados.',
        description: md(
          'El mecanismo acompaña a los países beneficiarios según los principios de implicación nacional, inclusión y gestión basada en resultados. Los puntos focales nacionales de eT Ready recopilan los avances con los ministerios, los reguladores y el sector privado; los exámenes de aplicación (13 países en 2020 y 14 en 2021) miden los progresos y orientan el apoyo.',
        ),
        eligibility:
          'Gratuito para los gobiernos de países que han tenido una evaluación eT Ready, a través de su punto focal. Las necesidades de apoyo también pueden plantearse a través del hub.',
      },
    },
    source: `Summary of "Fast-tracking implementation of eTrade Readiness Assessments – Second edition" (ISM set up in 2020; reviews of 2020 and 2021) in a stored copy (${checked}). Link: UNCTAD's site; no stable page for the mechanism was found.`,
  },
  {
    type: 'resource',
    slug: 'etrade-readiness-assessments-landlocked-developing-countries',
    kind: 'report',
    organisations: ['unctad'],
    policyAreas: ['readiness-assessment'],
    beneficiaries: ['governments'],
    coverage: ['lldc'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://unctad.org', viaHub: true },
    link: 'https://unctad.org',
    publishedOn: '2019-12',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'eTrade Readiness Assessments of Landlocked Developing Countries (2019)',
        summary:
          'An UNCTAD note on the digital readiness of landlocked developing countries, drawing on the eT Ready assessments of LDCs that are landlocked, a 2019 stock-taking survey and workshop, with policy recommendations.',
        description: md(
          'The 32 landlocked developing countries account for less than one per cent of world merchandise trade. The note looks at their digital readiness and main e-commerce challenges, drawing on the eT Ready assessments carried out in LDCs, including landlocked ones such as Afghanistan, Bhutan, Burkina Faso, Lao PDR, Lesotho, Malawi, Mali, Nepal, Uganda and Zambia, on an online stock-taking survey (February–March 2019) and on a workshop held in Geneva in April 2019.',
          'It recommends stronger government prioritisation and coordination across ministries, engagement with the private sector and civil society, and more support from development partners.',
        ),
        eligibility: 'Free to read; a landlocked developing country interested in an eTrade Readiness Assessment can ask UNCTAD or ask through the hub.',
      },
      fr: {
        title: "Évaluations de l'état de préparation au commerce électronique des pays en développement sans littoral (2019)",
        summary:
          "Note de la CNUCED sur la préparation numérique des pays en développement sans littoral, fondée sur les évaluations eT Ready des PMA sans littoral, une enquête et un atelier de 2019, avec des recommandations.",
        description: md(
          "Les 32 pays en développement sans littoral représentent moins de 1 % du commerce mondial de marchandises. La note examine leur préparation numérique et leurs principaux obstacles au commerce électronique à partir des évaluations eT Ready, d'une enquête en ligne (février-mars 2019) et d'un atelier tenu à Genève en avril 2019, et recommande une priorité politique et une coordination accrues ainsi qu'un soutien renforcé des partenaires.",
        ),
        eligibility:
          "Lecture gratuite ; un pays en développement sans littoral intéressé par une évaluation eT Ready peut s'adresser à la CNUCED ou passer par le hub.",
      },
      es: {
        title: 'Evaluaciones sobre el estado de preparación para el comercio electrónico de los países en desarrollo sin litoral (2019)',
        summary:
          'Nota de la UNCTAD sobre la preparación digital de los países en desarrollo sin litoral, basada en las evaluaciones eT Ready de los PMA sin litoral, una encuesta y un taller de 2019, con recomendaciones.',
        description: md(
          'Los 32 países en desarrollo sin litoral representan menos del 1 % del comercio mundial de mercancías. La nota examina su preparación digital y sus principales obstáculos al comercio electrónico a partir de las evaluaciones eT Ready, de una encuesta en línea (febrero-marzo de 2019) y de un taller celebrado en Ginebra en abril de 2019, y recomienda mayor prioridad política y coordinación, así como más apoyo de los asociados.',
        ),
        eligibility:
          'Lectura gratuita; un país en desarrollo sin litoral interesado en una evaluación eT Ready puede dirigirse a la UNCTAD o al hub.',
      },
    },
    source: `Stored copies of the note "eTrade Readiness Assessments of Land-Locked Developing Countries"; Concord Times (Sierra Leone) citing its publication on 5 December 2019 (${checked}). Link: UNCTAD's site; the publication page was not confirmed.`,
  },
  {
    type: 'solution',
    slug: 'unctad-national-ecommerce-strategies',
    kind: 'technical-assistance',
    organisations: ['unctad'],
    policyAreas: ['readiness-assessment'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://unctad.org', viaHub: true },
    link: 'https://unctad.org',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UNCTAD support for national e-commerce strategies',
        summary:
          'At a government\'s request, UNCTAD helps turn an e-commerce diagnosis into a national (or regional) e-commerce strategy with priority projects and an implementation roadmap, prepared with public and private stakeholders.',
        description: md(
          'Development of national e-commerce strategies is one of the services of UNCTAD\'s E-commerce and Digital Economy Programme, usually following an eTrade Readiness Assessment or an ICT policy review. Examples include Botswana\'s National ICT Policy Review and E-commerce Strategy (launched in October 2021), the Solomon Islands National E-commerce Strategy 2022–2027 (prepared with UNCDF) and support to Togo\'s national e-commerce study and strategy 2022–2026; at regional level, UNCTAD and the ECOWAS Commission launched a regional e-commerce strategy project in October 2021.',
        ),
        eligibility: 'For governments and regional economic communities of developing countries, on request to UNCTAD; the work is usually funded by a development partner. A request can be made through the hub.',
      },
      fr: {
        title: 'Appui de la CNUCED à l\'élaboration de stratégies nationales de commerce électronique',
        summary:
          "À la demande d'un gouvernement, la CNUCED aide à transformer un diagnostic du commerce électronique en une stratégie nationale ou régionale, avec projets prioritaires et feuille de route.",
        description: md(
          "L'élaboration de stratégies nationales de commerce électronique fait partie des services du programme de la CNUCED sur le commerce électronique et l'économie numérique, généralement après une évaluation eT Ready ou un examen de la politique des TIC. Exemples : l'examen de la politique des TIC et la stratégie de commerce électronique du Botswana (octobre 2021), la stratégie nationale des Îles Salomon 2022-2027 (avec le FENU), l'appui à l'étude et à la stratégie du Togo 2022-2026 et, au niveau régional, le projet de stratégie de la CEDEAO lancé en octobre 2021.",
        ),
        eligibility:
          "Pour les gouvernements et communautés économiques régionales des pays en développement, sur demande à la CNUCED ; les travaux sont généralement financés par un partenaire de développement. La demande peut passer par le hub.",
      },
      es: {
        title: 'Apoyo de la UNCTAD a la elaboración de estrategias nacionales de comercio electrónico',
        summary:
          'A petición de un gobierno, la UNCTAD ayuda a convertir un diagnóstico del comercio electrónico en una estrategia nacional o regional, con proyectos prioritarios y hoja de ruta.',
        description: md(
          'La elaboración de estrategias nacionales de comercio electrónico es uno de los servicios del programa de la UNCTAD sobre comercio electrónico y economía digital, normalmente tras una evaluación eT Ready o un examen de políticas de TIC. Ejemplos: el examen de la política de TIC y la estrategia de comercio electrónico de Botswana (octubre de 2021), la estrategia nacional de las Islas Salomón 2022-2027 (con el FNUDC), el apoyo al estudio y la estrategia del Togo 2022-2026 y, a nivel regional, el proyecto de estrategia de la CEDEAO iniciado en octubre de 2021.',
        ),
        eligibility:
          'Para gobiernos y comunidades económicas regionales de países en desarrollo, a petición a la UNCTAD; el trabajo suele financiarlo un asociado para el desarrollo. La solicitud puede hacerse a través del hub.',
      },
    },
    source: `UNCTAD E-commerce and Digital Economy Programme, Year in Review 2020 (section "Development of National E-commerce Strategies"); UNCTAD news on Botswana's strategy (29 October 2021); eTrade for all news on the Solomon Islands strategy; republicoftogo.com on Togo's study (December 2021); ECOWAS press release (September 2022) (${checked}). Link: UNCTAD's site.`,
  },
  {
    type: 'resource',
    slug: 'botswana-ict-policy-review-ecommerce-strategy',
    kind: 'report',
    organisations: ['unctad'],
    policyAreas: ['readiness-assessment', 'ict-infrastructure'],
    beneficiaries: ['governments', 'msmes'],
    coverage: ['BWA'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://unctad.org/news/botswana-launches-strategy-diversify-economy-through-e-commerce', viaHub: true },
    link: 'https://unctad.org/news/botswana-launches-strategy-diversify-economy-through-e-commerce',
    publishedOn: '2021-10',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'National ICT Policy Review and E-commerce Strategy for Botswana (2021)',
        summary:
          'Prepared by UNCTAD for Botswana\'s Ministry of Investment, Trade and Industry and launched in October 2021, the strategy sets five thrusts and flagship projects to diversify the economy.',
        description: md(
          'The review builds on Botswana\'s strengths, such as a well-developed legal environment for electronic payments, and addresses the bottlenecks to e-commerce. Its five strategic thrusts are: leveraging ICTs and e-commerce for business growth and private-sector development; citizen empowerment and rural development; powering the IT sector, including services; building a knowledge-based economy; and eliminating non-tariff barriers to e-commerce.',
          'It was launched at a virtual event on 21 October 2021 by the Minister of Investment, Trade and Industry, together with a national e-commerce portal; proposed flagship projects include an e-commerce hub, a national B2C platform and initiatives for tourism, rural e-commerce, youth and SMEs.',
        ),
        eligibility: 'Free to read. Partners wishing to support its implementation can contact the Government of Botswana or UNCTAD, or use the hub.',
      },
      fr: {
        title: "Examen de la politique nationale des TIC et stratégie de commerce électronique du Botswana (2021)",
        summary:
          "Préparée par la CNUCED pour le ministère de l'Investissement, du Commerce et de l'Industrie du Botswana et lancée en octobre 2021, la stratégie fixe cinq axes et des projets phares pour diversifier l'économie.",
        description: md(
          "L'examen s'appuie sur les atouts du Botswana, comme un cadre juridique développé pour les paiements électroniques, et traite les obstacles au commerce électronique. Ses cinq axes portent sur la croissance des entreprises, l'autonomisation des citoyens et le développement rural, le secteur informatique, l'économie du savoir et la suppression des obstacles non tarifaires. Il a été lancé le 21 octobre 2021.",
        ),
        eligibility:
          "Lecture gratuite. Les partenaires souhaitant soutenir sa mise en œuvre peuvent s'adresser au Gouvernement du Botswana ou à la CNUCED, ou passer par le hub.",
      },
      es: {
        title: 'Examen de la Política Nacional de TIC y Estrategia de Comercio Electrónico de Botswana (2021)',
        summary:
          'Preparada por la UNCTAD para el Ministerio de Inversión, Comercio e Industria de Botswana y presentada en octubre de 2021, la estrategia fija cinco ejes y proyectos emblemáticos para diversificar la economía.',
        description: md(
          'El examen se apoya en los puntos fuertes de Botswana, como un marco jurídico desarrollado para los pagos electrónicos, y aborda los obstáculos al comercio electrónico. Sus cinco ejes tratan del crecimiento empresarial, el empoderamiento ciudadano y el desarrollo rural, el sector de la informática, la economía del conocimiento y la eliminación de obstáculos no arancelarios. Se presentó el 21 de octubre de 2021.',
        ),
        eligibility:
          'Lectura gratuita. Los asociados que deseen apoyar su aplicación pueden dirigirse al Gobierno de Botswana o a la UNCTAD, o al hub.',
      },
    },
    source: `UNCTAD news "Botswana launches strategy to diversify economy through e-commerce" (29 October 2021); Digital Watch and ITWeb Africa reports; BW Tech Zone on the launch and flagship projects (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'solomon-islands-national-ecommerce-strategy-2022-2027',
    kind: 'report',
    organisations: ['unctad', 'uncdf'],
    policyAreas: ['readiness-assessment'],
    beneficiaries: ['governments', 'msmes'],
    coverage: ['SLB'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://etradeforall.org/news/solomon-islands-launches-national-e-commerce-strategy-2022-2027/', viaHub: true },
    link: 'https://etradeforall.org/news/solomon-islands-launches-national-e-commerce-strategy-2022-2027/',
    publishedOn: '2023',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Solomon Islands National E-commerce Strategy 2022–2027',
        summary:
          'The country\'s first national e-commerce strategy, prepared with technical support from UNCTAD and UNCDF and approved by the Cabinet in March 2023, with priority projects and a roadmap.',
        description: md(
          'The strategy was developed jointly by the Ministry of Commerce, Industry, Labour and Immigration and the Ministry of Communication and Aviation, funded by the Australian Government under the Solomon Islands–Australia Partnership, with technical support from UNCTAD and UNCDF. More than 160 stakeholders from government, the private sector, academia and community groups took part in its design.',
          'It identifies high-impact priority projects to improve the business, policy and regulatory environment for e-commerce and the digital economy, to help micro, small and medium enterprises spread across many islands reach customers and to create jobs. It follows the country\'s 2018 eTrade Readiness Assessment.',
        ),
        eligibility: 'Free to read. Development partners and businesses interested in its priority projects can contact the ministries, UNCTAD or UNCDF, or use the hub.',
      },
      fr: {
        title: 'Stratégie nationale de commerce électronique des Îles Salomon 2022-2027',
        summary:
          "Première stratégie nationale de commerce électronique du pays, préparée avec l'appui de la CNUCED et du FENU et approuvée en mars 2023, avec projets prioritaires et feuille de route.",
        description: md(
          "Élaborée conjointement par le ministère du Commerce, de l'Industrie, du Travail et de l'Immigration et le ministère des Communications et de l'Aviation, avec plus de 160 parties prenantes, la stratégie recense des projets prioritaires à fort impact pour améliorer l'environnement du commerce électronique et aider les MPME dispersées sur de nombreuses îles. Elle fait suite à l'évaluation eT Ready de 2018.",
        ),
        eligibility:
          "Lecture gratuite. Les partenaires et entreprises intéressés par ses projets prioritaires peuvent s'adresser aux ministères, à la CNUCED ou au FENU, ou passer par le hub.",
      },
      es: {
        title: 'Estrategia Nacional de Comercio Electrónico de las Islas Salomón 2022-2027',
        summary:
          'Primera estrategia nacional de comercio electrónico del país, preparada con el apoyo de la UNCTAD y el FNUDC y aprobada en marzo de 2023, con proyectos prioritarios y hoja de ruta.',
        description: md(
          'Elaborada conjuntamente por el Ministerio de Comercio, Industria, Trabajo e Inmigración y el Ministerio de Comunicaciones y Aviación, con más de 160 partes interesadas, la estrategia define proyectos prioritarios de alto impacto para mejorar el entorno del comercio electrónico y ayudar a las mipymes repartidas en muchas islas. Da seguimiento a la evaluación eT Ready de 2018.',
        ),
        eligibility:
          'Lectura gratuita. Los asociados y empresas interesados en sus proyectos prioritarios pueden dirigirse a los ministerios, a la UNCTAD o al FNUDC, o al hub.',
      },
    },
    source: `eTrade for all news "Solomon Islands launches National E-commerce Strategy 2022-2027" (approved by Cabinet in March 2023); EIN Presswire on the validation workshop in Honiara (${checked}).`,
  },

  // ——— Diagnostics and measurement ———
  {
    type: 'solution',
    slug: 'world-bank-de4a-country-diagnostics',
    kind: 'research',
    organisations: ['world-bank'],
    policyAreas: ['readiness-assessment', 'ict-infrastructure', 'payment-solutions', 'skills-development'],
    beneficiaries: ['governments'],
    coverage: ['002'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://www.worldbank.org/en/programs/all-africa-digital-transformation/strategy', viaHub: true },
    link: 'https://www.worldbank.org/en/programs/all-africa-digital-transformation/strategy',
    startsOn: '2019',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Digital Economy for Africa (DE4A) country diagnostics',
        summary:
          'World Bank diagnostics of a country\'s digital economy on five foundations (infrastructure, public platforms, financial services, businesses, skills), under the DE4A initiative launched in 2019.',
        description: md(
          'The Digital Economy for Africa initiative, launched by the World Bank Group in 2019 in support of the African Union\'s Digital Transformation Strategy, aims for every individual, business and government in Africa to be digitally enabled by 2030. Its country diagnostics, using a common diagnostic tool first issued in November 2018 and revised in 2020, give a snapshot of the state of a country\'s digital economy and of the levers to develop it, and inform World Bank operations and government policy.',
          'Diagnostics have been carried out for some 35 African countries; several, such as the one for Nigeria, are public.',
        ),
        eligibility: 'Carried out by the World Bank with the government of an African client country, free of charge to it; published diagnostics are free to read. A government interested can contact the World Bank country office or ask through the hub.',
      },
      fr: {
        title: "Diagnostics pays de l'Économie numérique pour l'Afrique (DE4A)",
        summary:
          "Diagnostics de la Banque mondiale sur l'économie numérique d'un pays selon cinq fondements (infrastructures, plateformes, services financiers, entreprises, compétences), initiative DE4A.",
        description: md(
          "Lancée en 2019 à l'appui de la Stratégie de transformation numérique pour l'Afrique de l'Union africaine, l'initiative DE4A vise à ce que chaque personne, entreprise et administration africaine soit connectée au numérique d'ici à 2030. Ses diagnostics pays, fondés sur un outil commun, dressent l'état de l'économie numérique et des leviers de son développement ; quelque 35 pays africains en ont bénéficié.",
        ),
        eligibility:
          "Réalisés gratuitement par la Banque mondiale avec le gouvernement d'un pays africain client ; les diagnostics publiés sont en accès libre. Un gouvernement intéressé peut contacter le bureau de la Banque mondiale ou passer par le hub.",
      },
      es: {
        title: 'Diagnósticos de país de la iniciativa Economía Digital para África (DE4A)',
        summary:
          'Diagnósticos del Banco Mundial sobre la economía digital de un país en cinco pilares (infraestructura, plataformas, servicios financieros, empresas, competencias), iniciativa DE4A.',
        description: md(
          'Iniciada en 2019 en apoyo de la Estrategia de Transformación Digital para África de la Unión Africana, la iniciativa DE4A aspira a que todas las personas, empresas y administraciones africanas estén habilitadas digitalmente en 2030. Sus diagnósticos de país, basados en una herramienta común, describen el estado de la economía digital y las palancas para desarrollarla; se han realizado para unos 35 países africanos.',
        ),
        eligibility:
          'Los realiza gratuitamente el Banco Mundial con el gobierno de un país africano cliente; los diagnósticos publicados son de libre acceso. Un gobierno interesado puede dirigirse a la oficina del Banco Mundial o al hub.',
      },
    },
    source: `World Bank, "The Digital Economy for Africa Initiative" strategy page and results story (June 2023); DE4A Diagnostic Tool v1.0 (November 2018) and v2 (September 2020), stored copies; World Bank blog on diagnostics for 35 countries (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'world-bank-digital-economy-lac-diagnostic-ecuador',
    kind: 'report',
    organisations: ['world-bank'],
    policyAreas: ['readiness-assessment'],
    beneficiaries: ['governments'],
    coverage: ['ECU'],
    languages: ['es'],
    cost: 'free',
    access: { applyUrl: 'https://www.worldbank.org', viaHub: true },
    link: 'https://www.worldbank.org',
    publishedOn: '2024-01',
    sourceLocale: 'es',
    text: {
      en: {
        title: 'Digital Economy for Latin America and the Caribbean – Country diagnostic: Ecuador (2024)',
        summary:
          'A World Bank diagnostic, in Spanish, of Ecuador\'s digital economy under its Digital Economy for Latin America and the Caribbean work, published in January 2024.',
        description: md(
          'Part of the World Bank\'s Digital Economy for Latin America and the Caribbean series of country diagnostics (report AUS0002748), it reviews the foundations of Ecuador\'s digital economy and recommends priorities for policy and investment. It is published in Spanish.',
        ),
        eligibility: 'Free to read (World Bank Documents and Reports).',
      },
      fr: {
        title: "Économie numérique pour l'Amérique latine et les Caraïbes – Diagnostic pays : Équateur (2024)",
        summary:
          "Diagnostic de la Banque mondiale, en espagnol, sur l'économie numérique de l'Équateur, publié en janvier 2024 dans la série Économie numérique pour l'Amérique latine et les Caraïbes.",
        description: '',
        eligibility: 'Lecture gratuite (Documents et rapports de la Banque mondiale).',
      },
      es: {
        title: 'Economía Digital para América Latina y el Caribe – Diagnóstico de país: Ecuador (2024)',
        summary:
          'Diagnóstico del Banco Mundial sobre la economía digital del Ecuador, publicado en enero de 2024 en la serie Economía Digital para América Latina y el Caribe.',
        description: md(
          'Forma parte de la serie de diagnósticos de país Economía Digital para América Latina y el Caribe del Banco Mundial (informe AUS0002748). Examina los fundamentos de la economía digital del Ecuador y recomienda prioridades de política e inversión.',
        ),
        eligibility: 'Lectura gratuita (Documentos e Informes del Banco Mundial).',
      },
    },
    source: `Stored text of the report on documents1.worldbank.org ("Economía Digital para América Latina y el Caribe – Diagnóstico de país: Ecuador", January 2024, report AUS0002748) (${checked}). Link: the World Bank's site; the document's landing page was not confirmed.`,
  },
  {
    type: 'resource',
    slug: 'handbook-measuring-digital-trade',
    kind: 'guide',
    organisations: ['unctad', 'oecd', 'wto'],
    policyAreas: ['readiness-assessment'],
    beneficiaries: ['statistical-offices', 'governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://unctad.org/publication/handbook-measuring-digital-trade' },
    link: 'https://unctad.org/publication/handbook-measuring-digital-trade',
    publishedOn: '2023-07-28',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Handbook on Measuring Digital Trade (second edition, 2023)',
        summary:
          'The joint IMF–OECD–UNCTAD–WTO framework for measuring digital trade, defined as all international trade that is digitally ordered and/or digitally delivered, with compilation guidance and a reporting template.',
        description: md(
          'The first edition (2019, OECD, WTO and IMF) formalised a statistical definition of digital trade based on the nature of the transaction. The second edition, published in July 2023 with UNCTAD joining, keeps the framework but clarifies concepts and definitions, adds extensive compilation guidance drawn from developed and developing economies (survey and non-survey sources, and the role of digital intermediation platforms), and proposes a reporting template that works even with partial information.',
        ),
        eligibility: 'Free to download; print copies are sold by the WTO online bookshop.',
      },
      fr: {
        title: 'Manuel sur la mesure du commerce numérique (deuxième édition, 2023)',
        summary:
          "Cadre commun du FMI, de l'OCDE, de la CNUCED et de l'OMC pour mesurer le commerce commandé et/ou livré numériquement, avec des orientations de compilation et un modèle de déclaration.",
        description: md(
          "La première édition (2019) a formalisé une définition statistique du commerce numérique fondée sur la nature de la transaction. La deuxième édition, publiée en juillet 2023 avec la participation de la CNUCED, précise les concepts, ajoute des orientations de compilation tirées d'économies développées et en développement et propose un modèle de déclaration utilisable même avec des informations partielles.",
        ),
        eligibility: "Téléchargement gratuit ; version imprimée vendue par la librairie en ligne de l'OMC.",
      },
      es: {
        title: 'Manual de Medición del Comercio Digital (segunda edición, 2023)',
        summary:
          'Marco común del FMI, la OCDE, la UNCTAD y la OMC para medir el comercio pedido y/o entregado digitalmente, con orientaciones de compilación y un modelo de presentación.',
        description: md(
          'La primera edición (2019) formalizó una definición estadística del comercio digital basada en la naturaleza de la transacción. La segunda edición, publicada en julio de 2023 con la participación de la UNCTAD, aclara conceptos, añade orientaciones de compilación de economías desarrolladas y en desarrollo y propone un modelo de presentación útil incluso con información parcial.',
        ),
        eligibility: 'Descarga gratuita; la versión impresa se vende en la librería en línea de la OMC.',
      },
    },
    source: `UNCTAD publication page "Handbook on Measuring Digital Trade [Second edition]"; OECD "Measuring digital trade" page; WTO online bookshop (published August 2023) and WTO news of 28 July 2023 (${checked}). The IMF, a co-author, is not among the hub's partners.`,
  },
  {
    type: 'resource',
    slug: 'unctad-b2c-ecommerce-index-2020',
    kind: 'report',
    organisations: ['unctad'],
    policyAreas: ['readiness-assessment'],
    beneficiaries: ['governments', 'researchers'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://unctad.org', viaHub: true },
    link: 'https://unctad.org',
    publishedOn: '2021-02',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'The UNCTAD B2C E-commerce Index 2020: Spotlight on Latin America and the Caribbean',
        summary:
          "The 2020 edition of UNCTAD's index of 152 economies' readiness to support online shopping, with a regional focus on Latin America and the Caribbean (UNCTAD Technical Notes on ICT for Development No. 17).",
        description: md(
          'The index combines four indicators closely linked to online shopping and available for most countries: Internet use, account ownership at a financial institution or mobile money provider, secure Internet servers and postal reliability. In the 2020 edition Switzerland replaced the Netherlands at the top; European economies dominate the top ten, and least developed countries take 18 of the 20 bottom positions.',
          'The spotlight chapter notes that Latin America and the Caribbean hold about 9% of the world population and 11% of Internet users but only 6% of online shoppers; Costa Rica and Chile score highest in the region. A useful starting point for a country comparing its e-commerce readiness with its neighbours; the 2016 edition is listed separately.',
        ),
        eligibility: 'Free to read and download.',
      },
      fr: {
        title: "L'indice CNUCED du commerce électronique B2C 2020 : gros plan sur l'Amérique latine et les Caraïbes",
        summary:
          "Édition 2020 de l'indice CNUCED de préparation de 152 économies aux achats en ligne, avec un gros plan sur l'Amérique latine et les Caraïbes (Note technique TIC4D n° 17).",
        description: md(
          "L'indice combine quatre indicateurs étroitement liés aux achats en ligne : l'usage d'Internet, la détention d'un compte auprès d'une institution financière ou d'un service de monnaie mobile, les serveurs Internet sécurisés et la fiabilité postale. En 2020, la Suisse a remplacé les Pays-Bas en tête ; les économies européennes dominent les dix premières places et les pays les moins avancés occupent 18 des 20 dernières.",
          "Le chapitre régional relève que l'Amérique latine et les Caraïbes comptent environ 9 % de la population mondiale et 11 % des internautes, mais seulement 6 % des acheteurs en ligne ; le Costa Rica et le Chili obtiennent les meilleurs scores de la région.",
        ),
        eligibility: 'Lecture et téléchargement gratuits.',
      },
      es: {
        title: 'El Índice de Comercio Electrónico B2C de la UNCTAD 2020: enfoque en América Latina y el Caribe',
        summary:
          'Edición 2020 del índice de la UNCTAD sobre la preparación de 152 economías para las compras en línea, con un enfoque en América Latina y el Caribe (Nota técnica TIC4D n.º 17).',
        description: md(
          'El índice combina cuatro indicadores estrechamente ligados a las compras en línea: uso de Internet, titularidad de una cuenta en una institución financiera o un servicio de dinero móvil, servidores seguros de Internet y fiabilidad postal. En la edición 2020 Suiza sustituyó a los Países Bajos en el primer puesto; las economías europeas dominan los diez primeros lugares y los países menos adelantados ocupan 18 de los 20 últimos.',
          'El capítulo regional señala que América Latina y el Caribe reúnen cerca del 9 % de la población mundial y el 11 % de los usuarios de Internet, pero solo el 6 % de los compradores en línea; Costa Rica y Chile obtienen las mejores puntuaciones de la región.',
        ),
        eligibility: 'Lectura y descarga gratuitas.',
      },
    },
    source: `Stored copies of "The UNCTAD B2C E-commerce Index 2020: Spotlight on Latin America and the Caribbean" (UNCTAD Technical Notes on ICT for Development No. 17); press coverage of its release on 17 February 2021 (dig.watch, The Costa Rica News) (${checked}). Link: UNCTAD's site; the publication page was not confirmed.`,
  },
  {
    type: 'resource',
    slug: 'regional-digital-trade-integration-index',
    kind: 'guide',
    organisations: ['unescap', 'uneca', 'uneclac'],
    policyAreas: ['readiness-assessment', 'legal-regulatory'],
    beneficiaries: ['governments', 'researchers'],
    coverage: ['142', '009', '002', '419'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.unescap.org/kp/2022/rdtii-version1' },
    link: 'https://www.unescap.org/kp/2022/rdtii-version1',
    publishedOn: '2022-10',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Regional Digital Trade Integration Index (RDTII), Version 1: A Guide',
        summary:
          "The UN regional commissions' index and database of the regulations that shape digital trade, with a guide to its indicators and to collecting the regulatory data.",
        description: md(
          'The RDTII was started at ESCAP in 2020, as part of a joint UN Development Account project on measuring regional integration led by ECA with ESCWA; it was pilot-tested in Asia and the Pacific and then extended to economies in the ECA and ECLAC regions. It maps a country\'s digital trade regulatory environment across several dimensions in one cross-economy index.',
          'The guide (ESCAP, ECA and ECLAC, October 2022, 92 pages) explains the structure and rationale of RDTII 1.0 and how to collect the regulatory data. It is meant for the analysts who gather the data and for policymakers who use the index to benchmark their rules, prepare reforms or negotiate digital trade provisions. In Asia and the Pacific the data are collected under the ESCAP–OECD Initiative on Digital Trade Regulatory Analysis, with government focal points checking the draft databases.',
        ),
        eligibility: 'Free to read; governments of covered economies may be asked to verify their data through a focal point.',
      },
      fr: {
        title: "Indice régional d'intégration du commerce numérique (RDTII), version 1 : guide",
        summary:
          'Indice et base de données des commissions régionales des Nations Unies sur les réglementations qui encadrent le commerce numérique, avec un guide de ses indicateurs et de la collecte des données réglementaires.',
        description: md(
          "Le RDTII a été lancé à la CESAP en 2020 dans le cadre d'un projet conjoint du Compte de l'ONU pour le développement sur la mesure de l'intégration régionale, dirigé par la CEA avec la CESAO ; testé en Asie-Pacifique, il a ensuite été étendu à des économies des régions de la CEA et de la CEPALC.",
          "Le guide (CESAP, CEA et CEPALC, octobre 2022) explique la structure et la logique du RDTII 1.0 et la manière de collecter les données. Il s'adresse aux analystes qui recueillent les données et aux décideurs qui utilisent l'indice pour comparer leurs règles, préparer des réformes ou négocier des dispositions sur le commerce numérique.",
        ),
        eligibility: "Lecture gratuite ; les gouvernements des économies couvertes peuvent être invités à vérifier leurs données par l'intermédiaire d'un point focal.",
      },
      es: {
        title: 'Índice Regional de Integración del Comercio Digital (RDTII), versión 1: guía',
        summary:
          'Índice y base de datos de las comisiones regionales de las Naciones Unidas sobre las normas que rigen el comercio digital, con una guía de sus indicadores y de la recopilación de datos regulatorios.',
        description: md(
          'El RDTII se inició en la CESPAP en 2020, dentro de un proyecto conjunto de la Cuenta de las Naciones Unidas para el Desarrollo sobre la medición de la integración regional dirigido por la CEPA con la CESPAO; tras una fase piloto en Asia y el Pacífico se extendió a economías de las regiones de la CEPA y la CEPAL.',
          'La guía (CESPAP, CEPA y CEPAL, octubre de 2022) explica la estructura y la lógica del RDTII 1.0 y cómo recopilar los datos. Está dirigida a los analistas que reúnen los datos y a los responsables de políticas que usan el índice para comparar sus normas, preparar reformas o negociar disposiciones sobre comercio digital.',
        ),
        eligibility: 'Lectura gratuita; los gobiernos de las economías cubiertas pueden ser invitados a verificar sus datos a través de un punto focal.',
      },
    },
    source: `ESCAP page "Regional Digital Trade Integration Index (Version 1): A Guide" (unescap.org/kp/2022/rdtii-version1); ECLAC catalogue record (LC/TS.2022/100, October 2022, 92 pages); ESCAP project page on the ESCAP–OECD Initiative on Digital Trade Regulatory Analysis (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'digital-economy-report-2024',
    kind: 'report',
    organisations: ['unctad'],
    policyAreas: ['readiness-assessment'],
    beneficiaries: ['governments', 'researchers'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'free',
    access: { applyUrl: 'https://www.un-ilibrary.org/content/books/9789213589779' },
    link: 'https://www.un-ilibrary.org/content/books/9789213589779',
    publishedOn: '2024-07-10',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Digital Economy Report 2024: Shaping an environmentally sustainable and inclusive digital future',
        summary:
          'UNCTAD\'s flagship report on the digital economy, whose 2024 edition looks at the environmental footprint of digitalization along the life cycle of devices and ICT infrastructure, with a chapter on e-commerce.',
        description: md(
          'The Digital Economy Report (formerly the Information Economy Report) is UNCTAD\'s main analysis of the digital economy and development. The 2024 edition, launched on 10 July 2024, examines the environmental impacts of digitalization: raw materials and transition minerals, energy and water use, greenhouse gas emissions and digital waste, and the indirect effects of digital services, including e-commerce.',
          'It finds that developing countries bear much of the environmental cost while capturing fewer benefits, and calls for a circular digital economy: durable products, responsible consumption, reuse and recycling, and sustainable business models. An overview is available in the UN official languages.',
        ),
        eligibility: 'Free to read online; print copies are sold by United Nations Publications.',
      },
      fr: {
        title: "Rapport sur l'économie numérique 2024 : Façonner un avenir numérique écologiquement durable et inclusif",
        summary:
          "Rapport phare de la CNUCED sur l'économie numérique ; l'édition 2024 examine l'empreinte environnementale de la numérisation, avec un chapitre sur le commerce électronique.",
        description: md(
          "Lancée le 10 juillet 2024, l'édition 2024 analyse les effets environnementaux de la numérisation (matières premières et minéraux critiques, énergie et eau, émissions, déchets numériques) et ses effets indirects, y compris ceux du commerce électronique. Elle constate que les pays en développement supportent une grande part des coûts environnementaux pour moins de bénéfices et appelle à une économie numérique circulaire.",
        ),
        eligibility: 'Lecture gratuite en ligne ; version imprimée vendue par les Publications des Nations Unies.',
      },
      es: {
        title: 'Informe sobre la Economía Digital 2024: Forjar un futuro digital ambientalmente sostenible e inclusivo',
        summary:
          'Informe emblemático de la UNCTAD sobre la economía digital; la edición de 2024 examina la huella ambiental de la digitalización, con un capítulo sobre el comercio electrónico.',
        description: md(
          'Presentada el 10 de julio de 2024, la edición de 2024 analiza los efectos ambientales de la digitalización (materias primas y minerales críticos, energía y agua, emisiones, residuos digitales) y sus efectos indirectos, incluidos los del comercio electrónico. Constata que los países en desarrollo soportan gran parte de los costos ambientales con menos beneficios y pide una economía digital circular.',
        ),
        eligibility: 'Lectura gratuita en línea; la versión impresa la venden las Publicaciones de las Naciones Unidas.',
      },
    },
    source: `UN iLibrary page of the report; UN Web TV press conference and UN daily briefing of 10 July 2024; stored copy of the overview (UNCTAD/DER/2024 (Overview)) (${checked}). Language versions: the overview; the full report's languages were not confirmed.`,
  },
  {
    type: 'solution',
    slug: 'undp-digital-development-compass',
    kind: 'tool',
    organisations: ['undp'],
    policyAreas: ['readiness-assessment'],
    beneficiaries: ['governments', 'researchers'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://digitaldevelopmentcompass.undp.org', viaHub: true },
    link: 'https://digitaldevelopmentcompass.undp.org',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UNDP Digital Development Compass',
        summary:
          'A UNDP online tool that gathers digital development indicators from over 180 public sources into country dashboards and scores each country\'s digital maturity.',
        description: md(
          'Built with GitHub, the Compass aggregates publicly available data sets into interactive dashboards organised by the pillars of UNDP\'s inclusive, whole-of-society digital transformation framework (such as infrastructure, government, regulation, business and people). Each country is placed on five stages of digital maturity, from basic to transformational, and can be compared with its region, sub-region and income group.',
          'UNDP presents it as a starting point for conversations between governments and UNDP country offices on digital transformation; deeper work can follow through UNDP\'s digital readiness and maturity assessments.',
        ),
        eligibility: 'Free and open to anyone online. Governments wanting a fuller assessment can contact their UNDP country office or ask through the hub.',
      },
      fr: {
        title: 'Boussole du développement numérique du PNUD (Digital Development Compass)',
        summary:
          "Outil en ligne du PNUD qui rassemble des indicateurs numériques de plus de 180 sources publiques dans des tableaux de bord par pays et évalue la maturité numérique de chacun.",
        description: md(
          "Conçue avec GitHub, la Boussole regroupe des données publiques dans des tableaux de bord interactifs organisés selon les piliers du cadre de transformation numérique inclusive du PNUD. Chaque pays est situé sur cinq stades de maturité, de « basique » à « transformationnel », et peut être comparé à sa région et à son groupe de revenu. Elle sert de point de départ au dialogue entre les gouvernements et les bureaux de pays du PNUD.",
        ),
        eligibility:
          "Gratuit et ouvert à tous en ligne. Les gouvernements souhaitant une évaluation plus complète peuvent contacter le bureau de pays du PNUD ou passer par le hub.",
      },
      es: {
        title: 'Brújula de Desarrollo Digital del PNUD (Digital Development Compass)',
        summary:
          'Herramienta en línea del PNUD que reúne indicadores de desarrollo digital de más de 180 fuentes públicas en paneles por país y evalúa la madurez digital de cada país según el marco de transformación digital del PNUD.',
        description: md(
          'Creada con GitHub, la Brújula agrupa datos públicos en paneles interactivos organizados según los pilares del marco de transformación digital inclusiva del PNUD. Cada país se sitúa en cinco etapas de madurez, de «básica» a «transformacional», y puede compararse con su región y su grupo de ingresos. Sirve de punto de partida para el diálogo entre los gobiernos y las oficinas del PNUD en los países.',
        ),
        eligibility:
          'Gratuito y abierto a todos en línea. Los gobiernos que deseen una evaluación más completa pueden dirigirse a la oficina del PNUD en el país o al hub.',
      },
    },
    source: `UNDP Digital Development Compass, "Methodology" and "About" pages; UNDP Regional Innovation Centre (Asia-Pacific) post on its Digital Maturity Assessment, which mentions UNDP's readiness assessments (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'oecd-going-digital-toolkit',
    kind: 'tool',
    organisations: ['oecd'],
    policyAreas: ['readiness-assessment'],
    beneficiaries: ['governments', 'researchers'],
    coverage: ['001'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://oecd.org/en/topics/digital-transformation.html' },
    link: 'https://oecd.org/en/topics/digital-transformation.html',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'OECD Going Digital Toolkit and Integrated Policy Framework',
        summary:
          'An OECD online toolkit comparing countries\' digital development across seven policy dimensions (access, use, innovation, jobs, society, trust, market openness) to guide digital strategies.',
        description: md(
          'The Going Digital Integrated Policy Framework helps countries develop a whole-of-government approach to digital transformation across seven interrelated dimensions: access, use, innovation, jobs, society, trust and market openness, with cross-cutting issues such as skills, gender, digital government and data governance. The Going Digital Toolkit offers interactive cross-country comparisons of indicators along each dimension, with analysis and policy guidance, to track a country\'s state of digital development and shape policy responses.',
          'The framework applies to OECD countries and partner economies.',
        ),
        eligibility: 'Free and open to anyone online.',
      },
      fr: {
        title: "Boîte à outils et Cadre d'action intégré « Vers le numérique » de l'OCDE (Going Digital)",
        summary:
          "Boîte à outils en ligne de l'OCDE qui compare le développement numérique des pays selon sept dimensions (accès, usages, innovation, emplois, société, confiance, ouverture des marchés).",
        description: md(
          "Le Cadre d'action intégré aide les pays à adopter une approche pangouvernementale de la transformation numérique selon sept dimensions interdépendantes. La boîte à outils propose des comparaisons internationales interactives des indicateurs pour chaque dimension, avec des analyses et des orientations. Il s'applique aux pays de l'OCDE et aux économies partenaires.",
        ),
        eligibility: 'Gratuit et ouvert à tous en ligne.',
      },
      es: {
        title: 'Herramientas y Marco Integrado de Políticas «Going Digital» de la OCDE',
        summary:
          'Herramientas en línea de la OCDE que comparan el desarrollo digital de los países en siete dimensiones (acceso, uso, innovación, empleo, sociedad, confianza, apertura de los mercados).',
        description: md(
          'El Marco Integrado de Políticas ayuda a los países a adoptar un enfoque de todo el gobierno para la transformación digital en siete dimensiones interrelacionadas. Las herramientas ofrecen comparaciones interactivas entre países de los indicadores de cada dimensión, con análisis y orientaciones. Se aplica a los países de la OCDE y a las economías asociadas.',
        ),
        eligibility: 'Gratuito y abierto a todos en línea.',
      },
    },
    source: `OECD topic page "Digital transformation" (Going Digital Integrated Policy Framework and Toolkit); OECD Digital Economy Outlook 2020, chapter 1 (${checked}). Link: the OECD's digital transformation page; the Toolkit's own address was not confirmed.`,
  },
  {
    type: 'solution',
    slug: 'readiness-assessment-guide-cross-border-paperless-trade',
    kind: 'tool',
    organisations: ['unescap', 'uncitral'],
    policyAreas: ['readiness-assessment', 'legal-regulatory', 'trade-logistics'],
    beneficiaries: ['governments', 'customs-border-agencies'],
    coverage: ['142', '009'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://readiness.digitalizetrade.org/', viaHub: true },
    link: 'https://readiness.digitalizetrade.org/',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Readiness Assessment Guide for Cross-Border Paperless Trade (legal and technical checklists)',
        summary:
          'An online guide by ESCAP, prepared with UNCITRAL for the legal part, with which a country assesses how far its laws and technical systems are ready for cross-border paperless trade and draws up an action plan.',
        description: md(
          'The legal and technical readiness checklists were developed under the Interim Intergovernmental Steering Group on Cross-border Paperless Trade Facilitation to support the Framework Agreement on Facilitation of Cross-border Paperless Trade in Asia and the Pacific (adopted in 2016). The legal checklist looks at electronic transactions and signatures law, laws on paperless trade systems and cross-border aspects; the technical checklist looks at national paperless trade systems and readiness for cross-border data exchange. The online guide explains each question with options, good practices and references.',
          'The checklists are not a test for joining the Framework Agreement; any country can use them for a self-assessment, ideally with a project leader, a legal assessor and a technical assessor.',
        ),
        eligibility: 'Free for any government or stakeholder to use online; ESCAP has at times funded country readiness studies through calls for proposals.',
      },
      fr: {
        title: "Guide d'évaluation de l'état de préparation au commerce transfrontière sans papier (listes de contrôle juridique et technique)",
        summary:
          "Guide en ligne de la CESAP, préparé avec la CNUDCI pour sa partie juridique, pour évaluer si les lois et systèmes d'un pays sont prêts pour le commerce sans papier et établir un plan d'action.",
        description: md(
          "Les listes de contrôle juridique et technique ont été élaborées à l'appui de l'Accord-cadre sur la facilitation du commerce transfrontière sans papier en Asie et dans le Pacifique (2016). La liste juridique porte sur le droit des transactions et signatures électroniques, les lois sur les systèmes de commerce sans papier et les aspects transfrontières ; la liste technique sur les systèmes nationaux et l'échange transfrontière de données. Tout pays peut s'en servir pour une auto-évaluation.",
        ),
        eligibility:
          "Utilisation en ligne gratuite pour tout gouvernement ou acteur ; la CESAP a parfois financé des études nationales par appel à propositions.",
      },
      es: {
        title: 'Guía de evaluación de la preparación para el comercio transfronterizo sin papel (listas de verificación jurídica y técnica)',
        summary:
          'Guía en línea de la CESPAP, preparada con la CNUDMI en su parte jurídica, para evaluar si las leyes y sistemas de un país están listos para el comercio sin papel y elaborar un plan de acción.',
        description: md(
          'Las listas de verificación jurídica y técnica se elaboraron en apoyo del Acuerdo Marco sobre la Facilitación del Comercio Transfronterizo sin Papel en Asia y el Pacífico (2016). La lista jurídica trata del derecho de las operaciones y firmas electrónicas, las leyes sobre sistemas de comercio sin papel y los aspectos transfronterizos; la técnica, de los sistemas nacionales y el intercambio transfronterizo de datos. Cualquier país puede usarlas para una autoevaluación.',
        ),
        eligibility:
          'Uso en línea gratuito para cualquier gobierno o actor; la CESPAP ha financiado en ocasiones estudios nacionales mediante convocatorias.',
      },
    },
    source: `Readiness Assessment Guide site (readiness.digitalizetrade.org: About, Plan the assessment, Legal and Technical guides, References); UNCITRAL "Electronic Commerce" page (joint work with ESCAP); UNNExT call for study proposals (2021) (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'unctad-ecommerce-digital-economy-programme-year-in-review-2020',
    kind: 'report',
    organisations: ['unctad'],
    policyAreas: ['readiness-assessment', 'legal-regulatory', 'skills-development'],
    beneficiaries: ['governments', 'researchers'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://unctad.org' },
    link: 'https://unctad.org',
    publishedOn: '2021-06',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'E-commerce and Digital Economy Programme: Year in Review 2020',
        summary:
          'UNCTAD\'s account of its e-commerce and digital economy work in 2020: research, eTrade Readiness Assessments, e-commerce strategies, law reform, measurement, eTrade for Women and dialogue.',
        description: md(
          'Published in June 2021 (UNCTAD/DTL/STICT/INF/2021/2) under the title "Facilitating inclusive digital economies in challenging times", the review describes the programme\'s results framework and activities in 2020: the Digital Economy Report and research on COVID-19 and e-commerce; E-commerce and Law Reform; eTrade Readiness Assessments; development of national e-commerce strategies; technical assistance on measuring e-commerce and the digital economy; eTrade for Women; and the Intergovernmental Group of Experts and the Working Group on Measuring E-commerce and the Digital Economy.',
          'It is a convenient overview of the UNCTAD services a government can request.',
        ),
        eligibility: 'Free to read.',
      },
      fr: {
        title: "Programme sur le commerce électronique et l'économie numérique : bilan de l'année 2020",
        summary:
          "Bilan annuel de la CNUCED sur ses travaux en 2020 : recherche, évaluations eT Ready, stratégies nationales, réforme du droit, mesure, eTrade for Women et dialogue intergouvernemental.",
        description: md(
          "Publié en juin 2021 (UNCTAD/DTL/STICT/INF/2021/2), le bilan décrit le cadre de résultats du programme et ses activités en 2020, et offre un aperçu pratique des services de la CNUCED qu'un gouvernement peut demander.",
        ),
        eligibility: 'Lecture gratuite.',
      },
      es: {
        title: 'Programa de Comercio Electrónico y Economía Digital: balance del año 2020',
        summary:
          'Balance anual de la UNCTAD sobre su labor en 2020: investigación, evaluaciones eT Ready, estrategias nacionales, reforma legislativa, medición, eTrade for Women y diálogo intergubernamental.',
        description: md(
          'Publicado en junio de 2021 (UNCTAD/DTL/STICT/INF/2021/2), el balance describe el marco de resultados del programa y sus actividades en 2020, y ofrece un resumen práctico de los servicios de la UNCTAD que un gobierno puede solicitar.',
        ),
        eligibility: 'Lectura gratuita.',
      },
    },
    source: `Stored copies of the Year in Review 2020 (June 2021, UNCTAD/DTL/STICT/INF/2021/2; table of contents) (${checked}). Link: UNCTAD's site; the publication page was not confirmed.`,
  },
];

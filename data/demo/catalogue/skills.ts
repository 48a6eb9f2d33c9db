import type { ItemSeed } from '../../../src/features/catalogue/types.js';
import { md } from './markdown.js';

/**
 * E-commerce skills development: courses, e-learning platforms and training programmes of UN
 * agencies, development banks and cooperation agencies. Each one was checked on the organisation's
 * own pages or in its announcements (see `source`). Programmes that have ended are described in the
 * past tense. Wording is ours; French and Spanish follow the UN's established terms.
 */

const checked = 'checked 2026-12-07';

export const skillsItems: ItemSeed[] = [
  // ——— UNCTAD ———
  {
    type: 'solution',
    slug: 'trainfortrade-legal-aspects-ecommerce-course',
    kind: 'training',
    organisations: ['unctad'],
    policyAreas: ['skills-development', 'legal-regulatory'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://tft.unctad.org/thematic-areas/e-commerce/legal-aspects-of-e-commerce/', viaHub: true },
    link: 'https://tft.unctad.org/thematic-areas/e-commerce/legal-aspects-of-e-commerce/',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'TrainForTrade course: Legal aspects of e-commerce',
        summary:
          'An UNCTAD TrainForTrade distance-learning course, with the E-Commerce and Law Reform Programme, that prepares lawmakers and officials to draft e-commerce laws, in eight modules.',
        description: md(
          'The course prepares lawmakers and government officials on everything to consider when drafting e-commerce laws. Its eight distance-learning modules cover regulating e-commerce, the legal validity of online communications, consumer protection, protecting intellectual property assets, content regulation, taxing e-commerce, privacy online and securing e-commerce; each has interactive assessments, links to the legal texts discussed and a short final test.',
          'It is delivered to groups of countries with local tutors: for example to eleven ECOWAS countries in English and French (2013 and 2014, with the ECOWAS Commission) and to small island developing States (2023). It is aimed at policymakers, lawyers working on e-commerce and providers of online services.',
        ),
        eligibility: 'Free for participants nominated by the beneficiary governments of each course session; sessions are organised with UNCTAD for groups of countries. A government can ask UNCTAD, or ask through the hub, for a session.',
      },
      fr: {
        title: 'Cours TrainForTrade : aspects juridiques du commerce électronique',
        summary:
          "Cours à distance TrainForTrade de la CNUCED, avec son programme de réforme du droit, qui prépare législateurs et fonctionnaires à rédiger les lois sur le commerce électronique.",
        description: md(
          "Le cours prépare les législateurs et fonctionnaires à tous les aspects de la rédaction de lois sur le commerce électronique. Ses huit modules portent sur la réglementation du commerce électronique, la validité juridique des communications en ligne, la protection du consommateur, la protection de la propriété intellectuelle, la réglementation des contenus, la fiscalité, la vie privée en ligne et la sécurité.",
          "Il est dispensé à des groupes de pays avec des tuteurs locaux, par exemple à onze pays de la CEDEAO en anglais et en français (2013 et 2014) et aux petits États insulaires en développement (2023).",
        ),
        eligibility:
          "Gratuit pour les participants désignés par les gouvernements bénéficiaires de chaque session, organisée avec la CNUCED pour un groupe de pays. Un gouvernement peut demander une session à la CNUCED ou par l'intermédiaire du hub.",
      },
      es: {
        title: 'Curso de TrainForTrade: aspectos jurídicos del comercio electrónico',
        summary:
          'Curso a distancia TrainForTrade de la UNCTAD, con su programa de reforma legislativa, que prepara a legisladores y funcionarios para redactar leyes de comercio electrónico.',
        description: md(
          'El curso prepara a legisladores y funcionarios en todos los aspectos de la redacción de leyes de comercio electrónico. Sus ocho módulos tratan de la regulación del comercio electrónico, la validez jurídica de las comunicaciones en línea, la protección del consumidor, la protección de la propiedad intelectual, la regulación de contenidos, la fiscalidad, la privacidad en línea y la seguridad.',
          'Se imparte a grupos de países con tutores locales, por ejemplo a once países de la CEDEAO en inglés y francés (2013 y 2014) y a los pequeños Estados insulares en desarrollo (2023).',
        ),
        eligibility:
          'Gratuito para los participantes designados por los gobiernos beneficiarios de cada sesión, organizada con la UNCTAD para un grupo de países. Un gobierno puede solicitar una sesión a la UNCTAD o a través del hub.',
      },
    },
    source: `TrainForTrade course page "Legal aspects of e-commerce" (tft.unctad.org); UNCTAD news on the ECOWAS distance-learning courses of 2013 and 2014; eTrade for all event page "Legal Aspect of e-Commerce for SIDS 2023" (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'trainfortrade-digital-economy-sids',
    kind: 'training',
    organisations: ['unctad', 'uncdf', 'undp'],
    policyAreas: ['skills-development', 'legal-regulatory', 'readiness-assessment'],
    beneficiaries: ['governments', 'statistical-offices'],
    coverage: ['sids'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://tft.unctad.org/projects/current-projects/digital-economy-in-small-island-developing-states', viaHub: true },
    link: 'https://tft.unctad.org/projects/current-projects/digital-economy-in-small-island-developing-states',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'TrainForTrade blended learning for the digital economy in small island developing States',
        summary:
          'An UNCTAD TrainForTrade project for small island developing States in Africa, the Caribbean and Asia-Pacific, with courses on the legal aspects of e-commerce, digital economy statistics and digital identity for trade.',
        description: md(
          'Financed by the United Nations Development Account, the project strengthens the capacity of small island developing States to adopt trade policies that foster the digital economy and respond to crises. It has three components: legal aspects of e-commerce, digital economy statistics, and digital identity for trade and development.',
          'It covered 38 SIDS in 2022 and 39 in 2023, and is implemented with ESCAP, ECLAC, ECA, UN DESA/UNSD, UNCITRAL, the UN Resident Coordinator system and the WTO. In the Pacific, courses are delivered with the Pacific Digital Economy Programme, a joint initiative of UNCDF, UNDP and UNCTAD funded by Australia.',
        ),
        eligibility: 'Free for officials of the small island developing States covered by the project, nominated by their governments.',
      },
      fr: {
        title: "Apprentissage mixte TrainForTrade pour l'économie numérique dans les petits États insulaires en développement",
        summary:
          "Projet TrainForTrade de la CNUCED pour les petits États insulaires en développement, avec des cours sur le droit du commerce électronique, les statistiques numériques et l'identité numérique.",
        description: md(
          "Financé par le Compte de l'ONU pour le développement, le projet renforce la capacité des PEID à adopter des politiques commerciales favorables à l'économie numérique. Il comporte trois volets : aspects juridiques du commerce électronique, statistiques de l'économie numérique et identité numérique pour le commerce et le développement. Il couvrait 38 PEID en 2022 et 39 en 2023.",
        ),
        eligibility: 'Gratuit pour les fonctionnaires des PEID couverts par le projet, désignés par leur gouvernement.',
      },
      es: {
        title: 'Aprendizaje mixto de TrainForTrade para la economía digital en los pequeños Estados insulares en desarrollo',
        summary:
          'Proyecto TrainForTrade de la UNCTAD para los pequeños Estados insulares en desarrollo, con cursos sobre derecho del comercio electrónico, estadísticas digitales e identidad digital.',
        description: md(
          'Financiado por la Cuenta de las Naciones Unidas para el Desarrollo, el proyecto refuerza la capacidad de los PEID para adoptar políticas comerciales que fomenten la economía digital. Tiene tres componentes: aspectos jurídicos del comercio electrónico, estadísticas de la economía digital e identidad digital para el comercio y el desarrollo. Abarcó 38 PEID en 2022 y 39 en 2023.',
        ),
        eligibility: 'Gratuito para los funcionarios de los PEID abarcados por el proyecto, designados por sus gobiernos.',
      },
    },
    source: `TrainForTrade project page "Digital economy in Small Island Developing States" (tft.unctad.org; UN Development Account tranche 14, project 2225F) (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'etrade-for-women',
    kind: 'training',
    organisations: ['unctad'],
    policyAreas: ['skills-development'],
    beneficiaries: ['women-entrepreneurs', 'msmes'],
    coverage: ['001'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://etradeforall.org/et4women/', viaHub: true },
    link: 'https://etradeforall.org/et4women/',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'eTrade for Women',
        summary:
          'An UNCTAD initiative that supports women digital entrepreneurs in developing countries, through regional eTrade for Women Advocates, capacity building, networking and policy dialogue.',
        description: md(
          'eTrade for Women is part of UNCTAD\'s E-commerce and Digital Economy Programme, alongside eTrade for all and the eTrade Readiness Assessments. It works through eTrade for Women Advocates, women who have built digital businesses in their region and who champion women\'s entrepreneurship in the digital economy, take part in policy discussions and mentor others; for instance, Patricia Yao, founder of the mobile payment platform QuickCash, is the Advocate for West Africa.',
          'Women entrepreneurs interested in its activities in their region can follow the eTrade for Women news on etradeforall.org or ask through the hub.',
        ),
        eligibility: 'For women digital entrepreneurs in developing countries; activities are free and announced by region. Ask UNCTAD or ask through the hub.',
      },
      fr: {
        title: 'eTrade for Women',
        summary:
          "Initiative de la CNUCED en faveur des femmes entrepreneurs du numérique des pays en développement : « Advocates » régionales, renforcement des capacités, réseaux et dialogue politique.",
        description: md(
          "eTrade for Women fait partie du programme de la CNUCED sur le commerce électronique et l'économie numérique, aux côtés d'eTrade for all et des évaluations eT Ready. Elle s'appuie sur des « eTrade for Women Advocates », femmes ayant créé des entreprises numériques dans leur région, qui défendent l'entrepreneuriat féminin, participent au dialogue politique et accompagnent d'autres entrepreneuses ; Patricia Yao, fondatrice de la plateforme de paiement mobile QuickCash, est ainsi l'Advocate pour l'Afrique de l'Ouest.",
        ),
        eligibility:
          "Pour les femmes entrepreneurs du numérique des pays en développement ; les activités sont gratuites et annoncées par région. S'adresser à la CNUCED ou passer par le hub.",
      },
      es: {
        title: 'eTrade for Women',
        summary:
          'Iniciativa de la UNCTAD que apoya a las empresarias digitales de países en desarrollo mediante «Advocates» regionales, fomento de la capacidad, redes y diálogo sobre políticas.',
        description: md(
          'eTrade for Women forma parte del programa de la UNCTAD sobre comercio electrónico y economía digital, junto con eTrade for all y las evaluaciones eT Ready. Se apoya en las «eTrade for Women Advocates», mujeres que han creado empresas digitales en su región y que promueven el emprendimiento femenino, participan en el diálogo sobre políticas y acompañan a otras empresarias; Patricia Yao, fundadora de la plataforma de pagos móviles QuickCash, es la Advocate para África Occidental.',
        ),
        eligibility:
          'Para mujeres empresarias digitales de países en desarrollo; las actividades son gratuitas y se anuncian por región. Dirigirse a la UNCTAD o a través del hub.',
      },
    },
    source: `eTrade for all, eTrade for Women news pages (etradeforall.org/et4women/...), including UNCTAD's April 2021 news naming Patricia Yao as eTrade for Women Advocate for West Africa; UNCTAD/Switzerland funding news listing eTrade for Women among the programme's activities (${checked}). Masterclasses are not described because no stored page confirming them was found. Link: the eTrade for Women section of etradeforall.org.`,
  },
  {
    type: 'solution',
    slug: 'unctad-measuring-ecommerce-digital-economy-support',
    kind: 'technical-assistance',
    organisations: ['unctad'],
    policyAreas: ['skills-development', 'readiness-assessment'],
    beneficiaries: ['statistical-offices', 'governments'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'free',
    access: { applyUrl: 'https://unctad.org', viaHub: true },
    link: 'https://unctad.org',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UNCTAD training and technical assistance on measuring e-commerce and the digital economy',
        summary:
          'UNCTAD helps national statistical offices produce comparable statistics on business ICT use, the ICT sector, e-commerce and digitally delivered trade, with courses based on its Manual.',
        description: md(
          'As a founding member of the Partnership on Measuring ICT for Development, UNCTAD supports developing countries in collecting and publishing official statistics on the digital economy. Its training and technical assistance use the Manual for the Production of Statistics on the Digital Economy (2020 revised edition) and cover survey design, model questionnaires, classifications and the core ICT indicators.',
          'Recent delivery has included a digital economy statistics component in TrainForTrade courses for small island developing States.',
        ),
        eligibility: 'Free for national statistical offices and ministries of developing countries, on request to UNCTAD; requests can also be made through the hub.',
      },
      fr: {
        title: "Formation et assistance technique de la CNUCED pour mesurer le commerce électronique et l'économie numérique",
        summary:
          "La CNUCED aide les instituts de statistique à produire des statistiques comparables sur l'usage des TIC, le secteur des TIC et le commerce électronique, avec des cours fondés sur son Manuel.",
        description: md(
          "Membre fondateur du Partenariat sur la mesure des TIC au service du développement, la CNUCED aide les pays en développement à produire des statistiques officielles sur l'économie numérique. Sa formation s'appuie sur le Manuel pour la production de statistiques sur l'économie numérique (édition révisée 2020).",
        ),
        eligibility:
          "Gratuit pour les instituts nationaux de statistique et ministères des pays en développement, sur demande à la CNUCED ; la demande peut aussi passer par le hub.",
      },
      es: {
        title: 'Formación y asistencia técnica de la UNCTAD para medir el comercio electrónico y la economía digital',
        summary:
          'La UNCTAD ayuda a las oficinas de estadística a producir estadísticas comparables sobre el uso de las TIC, el sector de las TIC y el comercio electrónico, con cursos basados en su Manual.',
        description: md(
          'Como miembro fundador de la Asociación para la Medición de las TIC para el Desarrollo, la UNCTAD ayuda a los países en desarrollo a producir estadísticas oficiales sobre la economía digital. Su formación se basa en el Manual para la Producción de Estadísticas sobre la Economía Digital (edición revisada de 2020).',
        ),
        eligibility:
          'Gratuito para las oficinas nacionales de estadística y los ministerios de países en desarrollo, a petición a la UNCTAD; la solicitud también puede hacerse a través del hub.',
      },
    },
    source: `UNCTAD E-commerce and Digital Economy Programme, Year in Review 2020 (section "Technical assistance on measuring e-commerce and the digital economy"); UNCTAD page of the Manual (2020 revised edition); TrainForTrade SIDS project page (${checked}). Link: UNCTAD's site; no stable page for the service was confirmed.`,
  },

  // ——— International Trade Centre ———
  {
    type: 'solution',
    slug: 'itc-sme-trade-academy',
    kind: 'training',
    organisations: ['itc'],
    policyAreas: ['skills-development'],
    beneficiaries: ['msmes', 'trade-support-institutions', 'women-entrepreneurs'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'free',
    access: { applyUrl: 'https://learning.intracen.org/' },
    link: 'https://learning.intracen.org/',
    startsOn: '2014-04',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'ITC SME Trade Academy (ITC Learning)',
        summary:
          'The International Trade Centre\'s online learning platform, running since 2014, with self-paced courses for small businesses and trade support institutions on exporting, marketing, standards, e-commerce and more.',
        description: md(
          'The SME Trade Academy started operating in April 2014 and passed its 10,000th enrolment in 2016. Its courses, many of them developed within ITC projects, cover topics such as export marketing strategies, standards and certification, trade procedures and selling online; participants who complete a course receive a certificate.',
          'Most courses are free after registration; some are delivered to cohorts within ITC projects for particular sectors or countries.',
        ),
        eligibility: 'Open to anyone after free registration; most courses are free, and project-based courses may be limited to the project\'s beneficiaries.',
      },
      fr: {
        title: "SME Trade Academy de l'ITC (ITC Learning)",
        summary:
          "Plateforme d'apprentissage en ligne de l'ITC, depuis 2014 : cours à suivre à son rythme pour les PME et institutions d'appui au commerce (exportation, marketing, normes, commerce électronique).",
        description: md(
          "La SME Trade Academy a commencé ses activités en avril 2014 et a franchi le cap des 10 000 inscriptions en 2016. Ses cours, souvent élaborés dans le cadre de projets de l'ITC, portent notamment sur les stratégies de marketing à l'exportation, les normes et la certification, les procédures commerciales et la vente en ligne ; un certificat est délivré à l'issue du cours.",
        ),
        eligibility:
          "Ouverte à tous après une inscription gratuite ; la plupart des cours sont gratuits, certains cours liés à des projets étant réservés à leurs bénéficiaires.",
      },
      es: {
        title: 'SME Trade Academy del ITC (ITC Learning)',
        summary:
          'Plataforma de aprendizaje en línea del ITC, desde 2014: cursos a ritmo propio para pymes e instituciones de apoyo al comercio (exportación, marketing, normas, comercio electrónico).',
        description: md(
          'La SME Trade Academy comenzó a funcionar en abril de 2014 y superó las 10.000 inscripciones en 2016. Sus cursos, muchos elaborados en proyectos del ITC, tratan de estrategias de marketing de exportación, normas y certificación, procedimientos comerciales y venta en línea; al terminar se entrega un certificado.',
        ),
        eligibility:
          'Abierta a todos previa inscripción gratuita; la mayoría de los cursos son gratuitos y algunos cursos de proyectos se reservan a sus beneficiarios.',
      },
    },
    source: `ITC news "Meet the SME Trade Academy's 10,000th participant" (7 July 2016; operations since April 2014); course pages on learning.intracen.org cited in public references (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'itc-shetrades',
    kind: 'platform',
    organisations: ['itc'],
    policyAreas: ['skills-development', 'access-to-financing'],
    beneficiaries: ['women-entrepreneurs', 'msmes', 'governments'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'free',
    access: { applyUrl: 'https://www.shetrades.com/', viaHub: true },
    link: 'https://www.shetrades.com/',
    startsOn: '2015',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'SheTrades (ITC)',
        summary:
          'ITC\'s flagship women and trade programme, launched in 2015, which connects women entrepreneurs to markets, finance and skills through an online platform, national SheTrades Hubs and country projects.',
        description: md(
          'The International Trade Centre created the SheTrades initiative in 2015 to help women entrepreneurs become more competitive and trade internationally. It combines research and policy tools (such as SheTrades Outlook, which helps governments make trade policy more gender-inclusive), training and mentoring for women-owned businesses, and connections to buyers and investors.',
          'SheTrades Hubs, hosted by national partners, organise workshops and capacity-building programmes locally; hubs have been launched, for example, in Mauritius (March 2023, hosted by the Economic Development Board), South Africa and India (2025). Country projects such as SheTrades Commonwealth (launched in 2018 with UK funding) have worked with women-owned businesses in Bangladesh, Ghana, Kenya and Nigeria.',
        ),
        eligibility: 'Free for women entrepreneurs and women-owned businesses to join; hub and project activities depend on the country. Governments can ask ITC, or ask through the hub, about policy support.',
      },
      fr: {
        title: "SheTrades (ITC)",
        summary:
          "Programme phare de l'ITC sur les femmes et le commerce (2015) qui relie les femmes entrepreneurs aux marchés, au financement et aux compétences : plateforme en ligne, Hubs et projets-pays.",
        description: md(
          "Le Centre du commerce international a créé l'initiative SheTrades en 2015 pour aider les femmes entrepreneurs à gagner en compétitivité et à exporter. Elle associe des outils d'analyse et de politique (comme SheTrades Outlook), de la formation et du mentorat pour les entreprises détenues par des femmes, et des mises en relation avec des acheteurs et des investisseurs. Des SheTrades Hubs, accueillis par des partenaires nationaux, organisent des ateliers, par exemple à Maurice depuis mars 2023.",
        ),
        eligibility:
          "Adhésion gratuite pour les femmes entrepreneurs et les entreprises détenues par des femmes ; les activités des hubs et projets varient selon les pays. Les gouvernements peuvent solliciter l'ITC ou passer par le hub pour un appui aux politiques.",
      },
      es: {
        title: 'SheTrades (ITC)',
        summary:
          'Programa emblemático del ITC sobre la mujer y el comercio (2015) que conecta a las empresarias con mercados, financiación y competencias: plataforma en línea, Hubs y proyectos por país.',
        description: md(
          'El Centro de Comercio Internacional creó la iniciativa SheTrades en 2015 para ayudar a las mujeres empresarias a ser más competitivas y a exportar. Combina herramientas de análisis y de políticas (como SheTrades Outlook), formación y mentoría para empresas de mujeres, y contactos con compradores e inversores. Los SheTrades Hubs, acogidos por asociados nacionales, organizan talleres locales, por ejemplo en Mauricio desde marzo de 2023.',
        ),
        eligibility:
          'Adhesión gratuita para mujeres empresarias y empresas de mujeres; las actividades de los hubs y proyectos dependen del país. Los gobiernos pueden dirigirse al ITC o al hub para obtener apoyo en materia de políticas.',
      },
    },
    source: `ITC news "SheTrades: Empowering women entrepreneurs in international markets" (2017; launched 2015) and "United Kingdom announces additional £3.5m support to ITC's SheTrades Commonwealth project" (January 2020); EDB Mauritius news on the SheTrades Hub (9 March 2023); Platform Africa interviews on the Mauritius and India hubs (April 2025) (${checked}). Link: shetrades.com, cited as ITC's SheTrades site in public references.`,
  },
  {
    type: 'solution',
    slug: 'itc-ecomconnect',
    kind: 'technical-assistance',
    organisations: ['itc'],
    policyAreas: ['skills-development', 'payment-solutions', 'trade-logistics'],
    beneficiaries: ['msmes', 'trade-support-institutions', 'governments'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'varies',
    access: { applyUrl: 'https://legacy.intracen.org/ecomConnect/Methodology-Curriculum/', viaHub: true },
    link: 'https://legacy.intracen.org/ecomConnect/Methodology-Curriculum/',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'ITC ecomConnect: e-commerce support for small businesses and institutions',
        summary:
          'ITC\'s e-commerce programme: 12- to 24-month country projects that assess the national e-commerce ecosystem and coach selected small businesses to sell online, from marketplaces to payments and logistics.',
        description: md(
          'ecomConnect combines work at institutional level (a national approach to e-commerce, and capacities of institutions that promote it) with work at enterprise level. A project has two phases:',
          [
            '- inception and ecosystem evaluation (4–6 months): raising awareness, assessing institutions, service providers and businesses, and selecting the enterprises and coaches;',
            '- capacity building for small businesses (12–18 months or more): coaches take the businesses through product and market analysis, content for their listings, listing on e-commerce platforms, putting payment and logistics solutions in place, and managing their online sales.',
          ].join('\n'),
          'ITC works with private partners such as marketplaces, payment providers and logistics firms.',
        ),
        eligibility: 'Delivered through ITC projects funded by donors or governments; businesses are selected in the countries where a project runs. Governments and trade support institutions can ask ITC, or ask through the hub, about a project.',
      },
      fr: {
        title: "ecomConnect de l'ITC : appui au commerce électronique pour les petites entreprises et les institutions",
        summary:
          "Programme de l'ITC : projets-pays de 12 à 24 mois qui évaluent l'écosystème du commerce électronique et accompagnent des petites entreprises jusqu'à la vente en ligne.",
        description: md(
          "ecomConnect associe un travail institutionnel (approche nationale du commerce électronique, capacités des institutions d'appui) et un accompagnement des entreprises. Un projet comprend une phase de lancement et d'évaluation de l'écosystème (4 à 6 mois) puis une phase de renforcement des capacités des PME (12 à 18 mois ou plus), au cours de laquelle des coachs guident les entreprises jusqu'à la gestion de leurs ventes en ligne.",
        ),
        eligibility:
          "Mis en œuvre dans le cadre de projets de l'ITC financés par des donateurs ou des gouvernements ; les entreprises sont sélectionnées dans les pays concernés. Les gouvernements et institutions peuvent s'adresser à l'ITC ou passer par le hub.",
      },
      es: {
        title: 'ecomConnect del ITC: apoyo al comercio electrónico para pequeñas empresas e instituciones',
        summary:
          'Programa del ITC: proyectos nacionales de 12 a 24 meses que evalúan el ecosistema del comercio electrónico y acompañan a pequeñas empresas seleccionadas hasta la venta en línea.',
        description: md(
          'ecomConnect combina un trabajo institucional (enfoque nacional del comercio electrónico y capacidades de las instituciones de apoyo) con el acompañamiento de empresas. Un proyecto tiene una fase inicial de evaluación del ecosistema (4 a 6 meses) y una fase de fomento de la capacidad de las pymes (12 a 18 meses o más), en la que unos coaches guían a las empresas hasta la gestión de sus ventas en línea.',
        ),
        eligibility:
          'Se ejecuta mediante proyectos del ITC financiados por donantes o gobiernos; las empresas se seleccionan en los países del proyecto. Los gobiernos e instituciones pueden dirigirse al ITC o al hub.',
      },
    },
    source: `ITC ecomConnect page "Methodology and Curriculum" (legacy.intracen.org/ecomConnect) (${checked}).`,
  },

  // ——— ITU and ESCAP ———
  {
    type: 'solution',
    slug: 'itu-academy',
    kind: 'training',
    organisations: ['itu'],
    policyAreas: ['skills-development', 'ict-infrastructure'],
    beneficiaries: ['governments', 'trade-support-institutions'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'varies',
    access: { applyUrl: 'https://academy.itu.int' },
    link: 'https://academy.itu.int',
    startsOn: '2012',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'ITU Academy',
        summary:
          'ITU\'s capacity development platform: online, face-to-face and blended courses on ICT policy and regulation, infrastructure, spectrum, cybersecurity, digital inclusion and digital transformation.',
        description: md(
          'Launched in 2012 as the lead channel for all ITU capacity building, the ITU Academy offers a training catalogue of more than 150 courses for professionals in the public and private sectors. Many are delivered by ITU Academy Training Centres, institutions selected from 2023 (succeeding the Centres of Excellence) to train intermediate and senior staff, particularly in developing countries, on priority topics such as policy and regulation, network infrastructure, spectrum management, cybersecurity, digital inclusion and digital services.',
          'Registration is online through the ITU Academy platform; learners who complete courses receive certificates.',
        ),
        eligibility: 'Open to professionals from the public and private sectors after registration; some courses are free and others charge fees, depending on the course and provider.',
      },
      fr: {
        title: "Académie de l'UIT",
        summary:
          "Plateforme de formation de l'UIT : cours en ligne, en présentiel et mixtes sur la politique et la réglementation des TIC, les infrastructures, le spectre, la cybersécurité et la transformation numérique.",
        description: md(
          "Lancée en 2012 pour regrouper toutes les activités de renforcement des capacités de l'UIT, l'Académie propose un catalogue de plus de 150 cours. Nombre d'entre eux sont dispensés par des centres de formation de l'Académie de l'UIT, sélectionnés à partir de 2023, qui forment des cadres intermédiaires et supérieurs, notamment des pays en développement.",
        ),
        eligibility:
          "Ouverte aux professionnels des secteurs public et privé après inscription ; certains cours sont gratuits, d'autres payants selon le cours et le prestataire.",
      },
      es: {
        title: 'Academia de la UIT',
        summary:
          'Plataforma de fomento de la capacidad de la UIT, con cursos en línea, presenciales y mixtos sobre políticas y regulación de las TIC, infraestructura, espectro, ciberseguridad, inclusión y transformación digitales.',
        description: md(
          'Creada en 2012 para reunir todas las actividades de fomento de la capacidad de la UIT, la Academia ofrece un catálogo de más de 150 cursos. Muchos los imparten los centros de formación de la Academia de la UIT, seleccionados a partir de 2023, que forman a personal de nivel intermedio y superior, en particular de países en desarrollo.',
        ),
        eligibility:
          'Abierta a profesionales de los sectores público y privado previa inscripción; algunos cursos son gratuitos y otros de pago, según el curso y el proveedor.',
      },
    },
    source: `ITU BDT news (ITU Academy launched in 2012); ITU Member Communiqué of 9 February 2023 on the ITU Academy Training Centres; ITU-D Year in Review 2025 capacity development page (161-course catalogue) (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'itu-digital-transformation-centres',
    kind: 'training',
    organisations: ['itu'],
    policyAreas: ['skills-development'],
    beneficiaries: ['msmes', 'youth', 'women-entrepreneurs'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://academy.itu.int/main-activities/digital-transformation-centres-initiative', email: 'hcbmail@itu.int', viaHub: true },
    link: 'https://academy.itu.int/main-activities/digital-transformation-centres-initiative',
    startsOn: '2019-09',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'ITU–Cisco Digital Transformation Centres Initiative',
        summary:
          'A network of local training institutions, launched by ITU and Cisco in 2019, offering free basic and intermediate digital skills training to underserved communities, entrepreneurs and small firms.',
        description: md(
          'Launched at ITU Telecom World in September 2019, the initiative works with national institutions (Digital Transformation Centres) that run digital skills programmes: basic skills to use digital tools and e-services, intermediate skills for students, job seekers and entrepreneurs, and support for policymakers designing digital skills policies. From nine initial centres it has grown to 14 centres in Africa, the Americas, the Arab States and Asia-Pacific.',
          'Training is free and includes internationally accredited courses; according to its 2020–2025 review, more than 500,000 people have taken part, over half of them women. Norway (through Norad) is among the funders.',
        ),
        eligibility: 'Training is free for people in the communities the centres serve. Institutions or partners interested in the network can contact ITU (hcbmail@itu.int) or ask through the hub.',
      },
      fr: {
        title: "Initiative UIT–Cisco des centres de transformation numérique",
        summary:
          "Réseau d'établissements de formation locaux, lancé par l'UIT et Cisco en 2019, qui forme gratuitement aux compétences numériques les populations mal desservies, entrepreneurs et petites entreprises.",
        description: md(
          "Lancée à ITU Telecom World en septembre 2019, l'initiative s'appuie sur des centres nationaux qui dispensent des programmes de compétences numériques. Partie de neuf centres, elle en compte 14 en Afrique, dans les Amériques, dans les États arabes et en Asie-Pacifique. La formation est gratuite et comprend des cours accrédités au niveau international ; plus de 500 000 personnes y ont participé, dont plus de la moitié de femmes, selon le bilan 2020-2025.",
        ),
        eligibility:
          "Formation gratuite pour les habitants des communautés desservies. Les institutions ou partenaires intéressés peuvent écrire à l'UIT (hcbmail@itu.int) ou passer par le hub.",
      },
      es: {
        title: 'Iniciativa de Centros de Transformación Digital de la UIT y Cisco',
        summary:
          'Red de instituciones de formación locales, creada por la UIT y Cisco en 2019, que forma gratis en competencias digitales a comunidades desatendidas, emprendedores y pequeñas empresas.',
        description: md(
          'Presentada en ITU Telecom World en septiembre de 2019, la iniciativa se apoya en centros nacionales que imparten programas de competencias digitales. De nueve centros iniciales ha pasado a 14 en África, las Américas, los Estados Árabes y Asia-Pacífico. La formación es gratuita e incluye cursos acreditados internacionalmente; según el balance 2020-2025, han participado más de 500.000 personas, más de la mitad mujeres.',
        ),
        eligibility:
          'Formación gratuita para las personas de las comunidades atendidas. Las instituciones o asociados interesados pueden escribir a la UIT (hcbmail@itu.int) o dirigirse al hub.',
      },
    },
    source: `ITU Academy news on the five-year review of the Digital Transformation Centres Initiative; ITU Hub article (October 2025) by the BDT Director and Cisco; ITU/Cisco launch announcement (September 2019); Bulgarian ministry page naming the contact address hcbmail@itu.int (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'apcict-academy-ict-essentials-government-leaders',
    kind: 'training',
    organisations: ['unescap'],
    policyAreas: ['skills-development', 'readiness-assessment'],
    beneficiaries: ['governments'],
    coverage: ['142', '009'],
    languages: ['en', 'ru'],
    cost: 'free',
    access: { applyUrl: 'http://www.unapcict.org/flagship-programmes/academy/background', viaHub: true },
    link: 'http://www.unapcict.org/flagship-programmes/academy/background',
    startsOn: '2008-06',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Academy of ICT Essentials for Government Leaders (ESCAP/APCICT)',
        summary:
          'The flagship programme of ESCAP\'s training centre APCICT: a modular curriculum that equips government officials to use ICT for development, from ICT policy to e-government and ICT for SMEs.',
        description: md(
          'Launched in June 2008, the Academy offers stand-alone but linked modules ranging from foundational to advanced topics in ICT for development, among them ICT for development policy, process and governance; e-government applications; Internet governance; network and information security and privacy; ICT project management; and options for funding ICT for development. A module on ICT and small and medium enterprises has also been developed.',
          'It is rolled out with national partner institutions through training-of-trainers workshops and the APCICT Virtual Academy; it has been adopted in 26 countries of the Asia-Pacific region and translated into ten languages, including Russian.',
        ),
        eligibility: 'Free for government officials and policymakers in Asia and the Pacific, through national partner institutions or APCICT\'s online platform; governments can ask APCICT, or ask through the hub, to run it nationally.',
      },
      fr: {
        title: "Académie des fondamentaux des TIC pour les dirigeants des administrations publiques (CESAP/APCICT)",
        summary:
          "Programme phare de l'APCICT, centre de formation de la CESAP : un cursus modulaire qui prépare les fonctionnaires à utiliser les TIC pour le développement, des politiques à l'administration en ligne.",
        description: md(
          "Lancée en juin 2008, l'Académie propose des modules indépendants mais liés, des notions de base aux sujets avancés : politiques et gouvernance des TIC pour le développement, administration en ligne, gouvernance d'Internet, sécurité de l'information et vie privée, gestion de projets TIC, financement. Elle a été adoptée dans 26 pays de la région Asie-Pacifique et traduite en dix langues.",
        ),
        eligibility:
          "Gratuite pour les fonctionnaires et décideurs d'Asie et du Pacifique, par l'intermédiaire des institutions partenaires nationales ou de la plateforme en ligne de l'APCICT ; les gouvernements peuvent demander une mise en œuvre nationale à l'APCICT ou par le hub.",
      },
      es: {
        title: 'Academia de Fundamentos de las TIC para Dirigentes Gubernamentales (CESPAP/APCICT)',
        summary:
          'Programa emblemático del APCICT, centro de capacitación de la CESPAP: un plan de estudios modular que prepara a los funcionarios para usar las TIC al servicio del desarrollo.',
        description: md(
          'Creada en junio de 2008, la Academia ofrece módulos independientes pero vinculados, desde conceptos básicos hasta temas avanzados: políticas y gobernanza de las TIC para el desarrollo, gobierno electrónico, gobernanza de Internet, seguridad de la información y privacidad, gestión de proyectos de TIC y financiación. Se ha adoptado en 26 países de Asia y el Pacífico y traducido a diez idiomas.',
        ),
        eligibility:
          'Gratuita para funcionarios y responsables de políticas de Asia y el Pacífico, a través de instituciones asociadas nacionales o de la plataforma en línea del APCICT; los gobiernos pueden solicitar su aplicación nacional al APCICT o a través del hub.',
      },
    },
    source: `UN-APCICT, "Academy of ICT Essentials for Government Leaders – background" (unapcict.org); ESCAP news on Academy partners' meetings (module on ICT and SMEs) (${checked}).`,
  },

  // ——— WTO, WCO, UPU, WIPO, ICC ———
  {
    type: 'solution',
    slug: 'wto-e-learning',
    kind: 'training',
    organisations: ['wto'],
    policyAreas: ['skills-development', 'legal-regulatory'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'free',
    access: { applyUrl: 'https://www.learning.wto.org/' },
    link: 'https://www.learning.wto.org/',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'WTO E-Learning',
        summary:
          'Free online courses from the WTO Secretariat on WTO agreements and trade topics, for government officials, in English, French and Spanish, organised along generalist and specialist tracks.',
        description: md(
          'WTO e-learning follows the WTO\'s Progressive Learning Strategy, with two tracks (generalists, for a broad knowledge of the WTO, and specialists, for in-depth knowledge of a trade area) at a basic and an intermediate level. Courses are self-paced or run as virtual classrooms, and lead to certificates or badges for eligible participants.',
          'Completing e-learning courses is a step towards the WTO\'s advanced and regional trade policy courses for officials of developing countries.',
        ),
        eligibility: 'Free. The courses are aimed at government officials, who can register and earn certificates; the Help Centre explains who is eligible for certification.',
      },
      fr: {
        title: "Formation en ligne de l'OMC",
        summary:
          "Cours en ligne gratuits du Secrétariat de l'OMC sur les accords de l'OMC et les questions commerciales, destinés aux fonctionnaires, en français, anglais et espagnol, selon des parcours généraliste et spécialiste.",
        description: md(
          "La formation en ligne de l'OMC suit sa stratégie d'apprentissage progressif, avec deux parcours (généralistes et spécialistes) à un niveau de base et un niveau intermédiaire. Les cours, à suivre à son rythme ou en classe virtuelle, donnent droit à des certificats ou badges pour les participants admissibles.",
        ),
        eligibility:
          "Gratuit. Les cours s'adressent aux fonctionnaires, qui peuvent s'inscrire et obtenir des certificats ; le centre d'aide précise les conditions d'admissibilité.",
      },
      es: {
        title: 'Aprendizaje en línea de la OMC',
        summary:
          'Cursos en línea gratuitos de la Secretaría de la OMC sobre los acuerdos de la OMC y temas comerciales, dirigidos a funcionarios, en español, francés e inglés, con itinerarios generalista y especialista.',
        description: md(
          'El aprendizaje en línea de la OMC sigue su estrategia de aprendizaje progresivo, con dos itinerarios (generalistas y especialistas) en un nivel básico y uno intermedio. Los cursos, a ritmo propio o en aulas virtuales, dan derecho a certificados o insignias para los participantes que reúnan los requisitos.',
        ),
        eligibility:
          'Gratuito. Los cursos están dirigidos a funcionarios públicos, que pueden inscribirse y obtener certificados; el centro de ayuda explica los requisitos.',
      },
    },
    source: `WTO e-Learning Help Centre (learning.wto.org: learning tracks, levels, languages, enrolment); WTO pages on trade policy courses (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'wco-clikc-e-learning',
    kind: 'training',
    organisations: ['wco'],
    policyAreas: ['skills-development', 'trade-logistics'],
    beneficiaries: ['customs-border-agencies'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es', 'ar', 'pt'],
    cost: 'free',
    access: { applyUrl: 'https://www.wcoomd.org', viaHub: true },
    link: 'https://www.wcoomd.org',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'WCO CLiKC! e-learning platform for customs',
        summary:
          'The World Customs Organization\'s Customs Learning and Knowledge Community: online courses for customs officers on trade facilitation, the Harmonized System, integrity and more.',
        description: md(
          'CLiKC! is the WCO\'s e-learning platform. It hosts e-learning courses on customs topics (a new version launched in 2019 offered 25 of them), the Virtual Customs Orientation Academy for officers with less than four years\' experience, and specialised modules such as the Time Release Study course, the Internal Affairs module and courses on environmentally sensitive goods.',
          'Each WCO member designates a CLiKC! National Coordinator (170 of 184 members had one in 2022) who gives officers of the administration access to the training.',
        ),
        eligibility: 'Free for officers of WCO member customs administrations, through their National Coordinator; some courses are open to the general public.',
      },
      fr: {
        title: "Plateforme de formation en ligne CLiKC! de l'OMD",
        summary:
          "Communauté d'apprentissage et de connaissances douanières de l'OMD : cours en ligne pour les agents des douanes sur la facilitation des échanges, le Système harmonisé, l'intégrité, etc.",
        description: md(
          "CLiKC! est la plateforme de formation en ligne de l'OMD. Elle propose des cours sur les sujets douaniers, l'Académie virtuelle d'orientation douanière pour les agents ayant moins de quatre ans d'expérience et des modules spécialisés. Chaque membre de l'OMD désigne un coordonnateur national qui donne accès aux formations aux agents de son administration.",
        ),
        eligibility:
          "Gratuit pour les agents des administrations douanières membres de l'OMD, par leur coordonnateur national ; certains cours sont ouverts au public.",
      },
      es: {
        title: 'Plataforma de aprendizaje en línea CLiKC! de la OMA',
        summary:
          'Comunidad de Aprendizaje y Conocimiento Aduanero de la OMA: cursos en línea para funcionarios de aduanas sobre facilitación del comercio, el Sistema Armonizado, integridad y otros temas.',
        description: md(
          'CLiKC! es la plataforma de aprendizaje en línea de la OMA. Ofrece cursos sobre temas aduaneros, la Academia Virtual de Orientación Aduanera para funcionarios con menos de cuatro años de experiencia y módulos especializados. Cada miembro de la OMA designa un coordinador nacional que da acceso a la formación a los funcionarios de su administración.',
        ),
        eligibility:
          'Gratuito para los funcionarios de las administraciones aduaneras miembros de la OMA, a través de su coordinador nacional; algunos cursos están abiertos al público.',
      },
    },
    source: `WCO newsroom: regional meetings with CLiKC! National Coordinators (June 2022), Virtual Customs Orientation Academy (July 2023), Internal Affairs module (January 2023); WCO News 90 (new CLiKC! version, 2019) (${checked}). Link: the WCO's site; the platform's own address was not confirmed.`,
  },
  {
    type: 'solution',
    slug: 'upu-trainpost',
    kind: 'training',
    organisations: ['upu'],
    policyAreas: ['skills-development', 'trade-logistics'],
    beneficiaries: ['postal-operators'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es', 'ar'],
    cost: 'free',
    access: { applyUrl: 'https://www.upu-trainpost.com/' },
    link: 'https://www.upu-trainpost.com/',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UPU TRAINPOST online training for postal staff',
        summary:
          'The Universal Postal Union\'s distance-learning programme: free online courses for postal staff of developing countries on operations, regulation, products, finance, management and e-services.',
        description: md(
          'TRAINPOST develops postal training guides and courses and delivers them on an online platform hosted by the Tunisian Post. Courses cover postal reform and regulation, postal products and operations (for example international physical postal services, addressing and postcodes, postal transport and the UPU remuneration systems), financial services, management and human resources, and postal technologies, and lead to certification.',
          'The programme grew from a few hundred participants in 2006 to several thousand; a course on e-services was added in 2010.',
        ),
        eligibility: 'Free for postal employees (designated operators and postal administrations), especially in developing countries; some courses set entry requirements on experience.',
      },
      fr: {
        title: "TRAINPOST de l'UPU : formation en ligne du personnel postal",
        summary:
          "Programme de formation à distance de l'UPU : cours en ligne gratuits pour le personnel postal des pays en développement (opérations, réglementation, produits, finances, services électroniques).",
        description: md(
          "TRAINPOST élabore des guides et cours de formation postale et les dispense sur une plateforme en ligne hébergée par la Poste tunisienne. Les cours portent sur la réforme et la réglementation postales, les produits et opérations, les services financiers, la gestion et les technologies postales, et donnent lieu à une certification.",
        ),
        eligibility:
          "Gratuit pour les employés postaux (opérateurs désignés et administrations postales), en particulier des pays en développement ; certains cours exigent une expérience préalable.",
      },
      es: {
        title: 'TRAINPOST de la UPU: formación en línea para el personal postal',
        summary:
          'Programa de formación a distancia de la UPU: cursos en línea gratuitos para el personal postal de países en desarrollo (operaciones, regulación, productos, finanzas, servicios electrónicos).',
        description: md(
          'TRAINPOST elabora guías y cursos de formación postal y los imparte en una plataforma en línea alojada por el Correo de Túnez. Los cursos tratan de la reforma y la regulación postales, los productos y las operaciones, los servicios financieros, la gestión y las tecnologías postales, y conducen a una certificación.',
        ),
        eligibility:
          'Gratuito para los empleados postales (operadores designados y administraciones postales), en particular de países en desarrollo; algunos cursos exigen experiencia previa.',
      },
    },
    source: `UPU, "About training" page (online courses free of charge for postal employees in English, Arabic, French and Spanish; platform hosted by the Tunisian Post); UPU news "E-learning gains popularity" (2010); course pages on upu-trainpost.com (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'wipo-academy',
    kind: 'training',
    organisations: ['wipo'],
    policyAreas: ['skills-development', 'legal-regulatory'],
    beneficiaries: ['msmes', 'governments', 'researchers'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es', 'ar', 'zh', 'ru', 'pt'],
    cost: 'varies',
    access: { applyUrl: 'https://www.wipo.int/academy/en/' },
    link: 'https://www.wipo.int/academy/en/',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'WIPO Academy: intellectual property training and distance learning',
        summary:
          'WIPO\'s centre for intellectual property education: distance learning in over ten languages since 1999, training for officials, summer schools and joint master\'s degrees, mainly for developing countries.',
        description: md(
          'The WIPO Academy provides intellectual property education and training, particularly for developing countries, least developed countries and economies in transition. Its IP eLearning courses, offered since 1999, include general courses on the full range of IP topics and advanced courses validating specific skills; other programmes offer face-to-face courses for government officials, summer schools and joint master\'s degrees with universities.',
          'For online sellers and digital entrepreneurs, the courses explain how to protect brands, designs and content. Registration goes through the WIPO eLearning Center with a WIPO account.',
        ),
        eligibility: 'Open to IP professionals, officials, entrepreneurs and students after registration; general distance-learning courses are free and some advanced courses charge fees, with scholarships for some participants.',
      },
      fr: {
        title: "Académie de l'OMPI : formation et enseignement à distance en propriété intellectuelle",
        summary:
          "Centre de formation à la propriété intellectuelle de l'OMPI : cours à distance en plus de dix langues, formations pour fonctionnaires, écoles d'été et masters conjoints.",
        description: md(
          "L'Académie de l'OMPI assure l'enseignement et la formation en propriété intellectuelle, en particulier pour les pays en développement, les pays les moins avancés et les pays en transition. Ses cours en ligne, proposés depuis 1999, comprennent des cours généraux et des cours avancés ; d'autres programmes offrent des formations en présentiel, des écoles d'été et des masters conjoints.",
        ),
        eligibility:
          "Ouverte aux professionnels, fonctionnaires, entrepreneurs et étudiants après inscription ; les cours généraux à distance sont gratuits, certains cours avancés sont payants, avec des bourses pour certains participants.",
      },
      es: {
        title: 'Academia de la OMPI: formación y enseñanza a distancia en propiedad intelectual',
        summary:
          'Centro de formación en propiedad intelectual de la OMPI: cursos a distancia en más de diez idiomas, formación para funcionarios, escuelas de verano y maestrías conjuntas.',
        description: md(
          'La Academia de la OMPI imparte enseñanza y formación en propiedad intelectual, en particular para países en desarrollo, países menos adelantados y países con economías en transición. Sus cursos en línea, ofrecidos desde 1999, incluyen cursos generales y avanzados; otros programas ofrecen formación presencial, escuelas de verano y maestrías conjuntas.',
        ),
        eligibility:
          'Abierta a profesionales, funcionarios, emprendedores y estudiantes previa inscripción; los cursos generales a distancia son gratuitos y algunos cursos avanzados son de pago, con becas para algunos participantes.',
      },
    },
    source: `WIPO Academy FAQ (wipo.int/academy/en/faq.html); WIPO Academy portfolios of education and training programmes (2017–2021, stored copies); UN evaluation page on the IP eLearning Section (courses since 1999 in over ten languages) (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'icc-academy',
    kind: 'training',
    organisations: ['icc'],
    policyAreas: ['skills-development', 'access-to-financing'],
    beneficiaries: ['msmes', 'trade-support-institutions'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'paid',
    access: { applyUrl: 'https://academy.iccwbo.org' },
    link: 'https://academy.iccwbo.org',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'ICC Academy: online training and certification in trade finance and international trade',
        summary:
          'The International Chamber of Commerce\'s e-learning platform, with paid online courses and certifications in banking, trade finance and international trade.',
        description: md(
          'ICC Academy provides online training and certification programmes in banking, trade finance and international trade to anyone with a bona fide interest in the field. Learning material includes e-books, case studies, videos, webinars and practice exams prepared by experts.',
        ),
        eligibility: 'Open to any individual who registers; courses and certificates are paid.',
      },
      fr: {
        title: "ICC Academy : formation en ligne et certification en financement du commerce et commerce international",
        summary:
          "Plateforme de formation en ligne de la Chambre de commerce internationale, avec des cours et certifications payants en banque, financement du commerce et commerce international.",
        description: md(
          "ICC Academy propose des formations en ligne et des certifications en banque, financement du commerce et commerce international, ouvertes à toute personne intéressée, avec des livres électroniques, études de cas, vidéos, webinaires et examens blancs préparés par des experts.",
        ),
        eligibility: 'Ouverte à toute personne qui s\'inscrit ; les cours et certificats sont payants.',
      },
      es: {
        title: 'ICC Academy: formación en línea y certificación en financiación del comercio y comercio internacional',
        summary:
          'Plataforma de aprendizaje en línea de la Cámara de Comercio Internacional, con cursos y certificaciones de pago en banca, financiación del comercio y comercio internacional.',
        description: md(
          'ICC Academy ofrece formación en línea y certificaciones en banca, financiación del comercio y comercio internacional, abiertas a cualquier persona interesada, con libros electrónicos, estudios de caso, vídeos, seminarios web y exámenes de práctica preparados por expertos.',
        ),
        eligibility: 'Abierta a cualquier persona que se inscriba; los cursos y certificados son de pago.',
      },
    },
    source: `ICC Academy, terms and conditions of registration and use (academy.iccwbo.org): mission, services and material (${checked}).`,
  },

  // ——— Francophonie, Germany, African Development Bank, UN Women ———
  {
    type: 'solution',
    slug: 'oif-d-clic-formez-vous-au-numerique',
    kind: 'training',
    organisations: ['oif'],
    policyAreas: ['skills-development'],
    beneficiaries: ['youth', 'women-entrepreneurs', 'governments'],
    coverage: ['BEN', 'BFA', 'DJI', 'CMR', 'COM', 'COG', 'COD', 'CIV', 'GAB', 'GIN', 'HTI', 'MDG', 'MLI', 'MRT', 'NER', 'SEN', 'TCD', 'TGO', 'TUN'],
    languages: ['fr'],
    cost: 'free',
    access: { applyUrl: 'https://www.francophonie.org/former-les-jeunes-aux-metiers-du-numerique-dclic-present-dans-quatre-nouveaux-pays-2851', viaHub: true },
    link: 'https://www.francophonie.org/former-les-jeunes-aux-metiers-du-numerique-dclic-present-dans-quatre-nouveaux-pays-2851',
    startsOn: '2021',
    sourceLocale: 'fr',
    text: {
      en: {
        title: 'D-CLIC, formez-vous au numérique (OIF)',
        summary:
          'The International Organisation of La Francophonie\'s programme that trains young people and women in French-speaking countries for digital jobs and helps them into work.',
        description: md(
          'Launched in 2021 under the Francophonie\'s digital strategy, D-CLIC offers certifying training in digital trades, delivered in French by selected local training operators, followed by support to find a job or start a business; it also trains public officials in digital governance. The pilot phase in 2022 trained 1,300 young people (51 per cent women) in ten countries; by 2025 training had been delivered in nineteen countries, in person, in hybrid form and online on the D-CLIC platform.',
          'Calls for applications and courses are published on the OIF website.',
        ),
        eligibility: 'Free for selected young people and women (pilot cohorts were aged 18 to 35) in the participating French-speaking countries, following calls for applications.',
      },
      fr: {
        title: "D-CLIC, formez-vous au numérique (OIF)",
        summary:
          "Programme de l'Organisation internationale de la Francophonie qui forme les jeunes et les femmes des pays francophones aux métiers du numérique et les accompagne vers l'emploi.",
        description: md(
          "Lancé en 2021 dans le cadre de la Stratégie de la Francophonie numérique, D-CLIC propose des formations certifiantes aux métiers du numérique, dispensées en français par des opérateurs locaux sélectionnés, suivies d'un accompagnement vers l'emploi ou l'entrepreneuriat ; il forme aussi des agents publics à la gouvernance du numérique. La phase pilote de 2022 a formé 1 300 jeunes (dont 51 % de femmes) dans dix pays ; en 2025, des formations avaient eu lieu dans dix-neuf pays, en présentiel, en format hybride et en ligne.",
          "Les appels à candidatures sont publiés sur le site de l'OIF.",
        ),
        eligibility:
          "Gratuit pour les jeunes et les femmes sélectionnés (18 à 35 ans lors de la phase pilote) dans les pays francophones participants, à la suite d'appels à candidatures.",
      },
      es: {
        title: 'D-CLIC, formez-vous au numérique (OIF)',
        summary:
          'Programa de la Organización Internacional de la Francofonía que forma a jóvenes y mujeres de países francófonos en oficios digitales y los acompaña hacia el empleo.',
        description: md(
          'Iniciado en 2021 en el marco de la estrategia digital de la Francofonía, D-CLIC ofrece formación certificada en oficios digitales, impartida en francés por operadores locales seleccionados, seguida de apoyo para encontrar empleo o emprender; también forma a funcionarios en gobernanza digital. La fase piloto de 2022 formó a 1.300 jóvenes (51 % mujeres) en diez países; en 2025 se habían impartido cursos en diecinueve países.',
        ),
        eligibility:
          'Gratuito para jóvenes y mujeres seleccionados (de 18 a 35 años en la fase piloto) en los países francófonos participantes, tras convocatorias.',
      },
    },
    source: `OIF news "Former les jeunes aux métiers du numérique : D-CLIC présent dans quatre nouveaux pays" (francophonie.org, July 2023); OIF call for training operators listing the nineteen countries (2025); press reports on the 2021–2022 pilot phase (${checked}). Link: the OIF news page on D-CLIC; no stable programme page was confirmed.`,
  },
  {
    type: 'solution',
    slug: 'giz-atingi-learning-platform',
    kind: 'platform',
    organisations: ['giz', 'smart-africa'],
    policyAreas: ['skills-development'],
    beneficiaries: ['youth', 'msmes'],
    coverage: ['002'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://www.atingi.org/' },
    link: 'https://www.atingi.org/',
    startsOn: '2019',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'atingi digital learning platform',
        summary:
          'A free e-learning platform of German development cooperation, implemented by GIZ with partners such as Smart Africa, that offers vocational and digital skills courses to young people in Africa, including in rural areas.',
        description: md(
          'atingi ("to achieve" in Esperanto) was developed by the BMZ-funded Africa Cloud project with GIZ and the Smart Africa Alliance and previewed at eLearning Africa in October 2019. It offers free, demand-oriented courses, from digital skills to vocational and business topics, developed with African and international partners (including the World Bank, UNESCO and UNICEF), with content that works in low-connectivity settings.',
          'In its first year it reached close to a million people in Africa, with Togo, Niger, Rwanda and Benin as pilot countries.',
        ),
        eligibility: 'Free for anyone with an Internet connection after registration.',
      },
      fr: {
        title: "Plateforme d'apprentissage numérique atingi",
        summary:
          "Plateforme d'apprentissage en ligne gratuite de la coopération allemande, mise en œuvre par la GIZ, qui propose aux jeunes d'Afrique des cours de formation professionnelle et numérique.",
        description: md(
          "atingi (« réussir » en espéranto) a été développée par le projet Africa Cloud financé par le BMZ, avec la GIZ et l'alliance Smart Africa, et présentée à eLearning Africa en octobre 2019. Elle propose des cours gratuits, des compétences numériques aux thèmes professionnels et entrepreneuriaux, conçus avec des partenaires africains et internationaux. Le Togo, le Niger, le Rwanda et le Bénin en ont été les pays pilotes.",
        ),
        eligibility: 'Gratuit pour toute personne disposant d\'une connexion Internet, après inscription.',
      },
      es: {
        title: 'Plataforma de aprendizaje digital atingi',
        summary:
          'Plataforma de aprendizaje en línea gratuita de la cooperación alemana, ejecutada por la GIZ, que ofrece a los jóvenes de África cursos de formación profesional y competencias digitales.',
        description: md(
          'atingi («lograr» en esperanto) fue desarrollada por el proyecto Africa Cloud, financiado por el BMZ, con la GIZ y la alianza Smart Africa, y se presentó en eLearning Africa en octubre de 2019. Ofrece cursos gratuitos, desde competencias digitales hasta temas profesionales y empresariales, elaborados con asociados africanos e internacionales. El Togo, el Níger, Rwanda y Benin fueron los países piloto.',
        ),
        eligibility: 'Gratuito para cualquier persona con conexión a Internet, previa inscripción.',
      },
    },
    source: `Press coverage of atingi's preview at eLearning Africa (November 2019), launch and first year (Punch, Tech Digest, ComMattersKenya, 2020–2021) (${checked}). Link: atingi.org, the platform's address cited in public references.`,
  },
  {
    type: 'solution',
    slug: 'afdb-coding-for-employment',
    kind: 'training',
    organisations: ['afdb'],
    policyAreas: ['skills-development'],
    beneficiaries: ['youth', 'women-entrepreneurs'],
    coverage: ['002'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://www.afdb.org', viaHub: true },
    link: 'https://www.afdb.org',
    startsOn: '2018-06',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Coding for Employment (African Development Bank)',
        summary:
          'The African Development Bank\'s programme, launched in 2018 with Microsoft and the Rockefeller Foundation, that trains African youth in demand-driven digital skills.',
        description: md(
          'Launched in June 2018 as part of the Bank\'s Jobs for Youth in Africa strategy, Coding for Employment trains young people in ICT skills that employers need and links graduates to jobs. It was piloted in Côte d\'Ivoire, Kenya, Nigeria, Rwanda and Senegal.',
          'In December 2019 the Bank and Microsoft launched an online training platform, accessible across Africa and on mobile devices in low-connectivity settings, with courses in web development, design, data science and digital marketing. A Digital Ambassadors pilot later trained 500 young people (45 per cent women) in four countries to pass on digital skills to their peers, especially in rural areas.',
        ),
        eligibility: 'Free for African youth; centre-based training and the Digital Ambassadors programme are limited to the countries where they run, while the online platform is open across the continent.',
      },
      fr: {
        title: 'Coding for Employment (Banque africaine de développement)',
        summary:
          "Programme de la Banque africaine de développement, lancé en 2018 avec Microsoft et la Fondation Rockefeller, qui forme les jeunes Africains aux compétences numériques recherchées.",
        description: md(
          "Lancé en juin 2018 dans le cadre de la stratégie « Des emplois pour les jeunes en Afrique », le programme forme les jeunes aux compétences TIC recherchées et les met en relation avec des employeurs. Il a été expérimenté en Côte d'Ivoire, au Kenya, au Nigéria, au Rwanda et au Sénégal. En décembre 2019, la Banque et Microsoft ont lancé une plateforme de formation en ligne accessible dans toute l'Afrique, y compris sur mobile.",
        ),
        eligibility:
          "Gratuit pour les jeunes Africains ; les formations en centre et le programme d'ambassadeurs numériques sont limités aux pays concernés, la plateforme en ligne est ouverte à tout le continent.",
      },
      es: {
        title: 'Coding for Employment (Banco Africano de Desarrollo)',
        summary:
          'Programa del Banco Africano de Desarrollo, iniciado en 2018 con Microsoft y la Fundación Rockefeller, que forma a jóvenes africanos en las competencias digitales que se demandan.',
        description: md(
          'Iniciado en junio de 2018 en el marco de la estrategia de Empleos para los Jóvenes en África, el programa forma a jóvenes en competencias de TIC demandadas y los pone en contacto con empleadores. Se probó en Côte d\'Ivoire, Kenya, Nigeria, Rwanda y el Senegal. En diciembre de 2019 el Banco y Microsoft lanzaron una plataforma de formación en línea accesible en toda África, también desde el móvil.',
        ),
        eligibility:
          'Gratuito para jóvenes africanos; la formación en centros y el programa de embajadores digitales se limitan a los países donde funcionan, y la plataforma en línea está abierta a todo el continente.',
      },
    },
    source: `Press coverage of the launch (June 2018, Kigali) and of the online platform launched with Microsoft at the African Economic Conference (December 2019); Innovation Village report on the Digital Ambassadors pilot (${checked}). Link: the AfDB's site; no stable programme page was confirmed.`,
  },
  {
    type: 'solution',
    slug: 'african-girls-can-code-initiative',
    kind: 'training',
    organisations: ['un-women', 'african-union', 'itu'],
    policyAreas: ['skills-development'],
    beneficiaries: ['youth', 'women-entrepreneurs'],
    coverage: ['002'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://www.itu.int', viaHub: true },
    link: 'https://www.itu.int',
    startsOn: '2018-08',
    endsOn: '2022',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'African Girls Can Code Initiative (2018–2022)',
        summary:
          'A four-year programme of UN Women, the African Union Commission and ITU that ran coding camps across Africa to train girls and young women in coding and encourage careers in ICT.',
        description: md(
          'The initiative was launched in August 2018 with a first coding camp in Addis Ababa for more than 80 girls from 34 African countries. Over 2018–2022 it planned a series of camps, the last timed with the 2022 African Union Summit, with the goal of reaching some 2,000 girls, and it encouraged countries to include ICT and coding in national curricula. Later camps, such as the continental coding camps of 2020 and 2021, were organised with UNECA and run online and in person.',
          'The initiative ran until 2022; the Government of Denmark supported it.',
        ),
        eligibility: 'The programme ran from 2018 to 2022 for girls and young women selected across Africa; it is listed for reference. Governments interested in similar training can ask through the hub.',
      },
      fr: {
        title: "Initiative « African Girls Can Code » (2018-2022)",
        summary:
          "Programme quadriennal d'ONU-Femmes, de la Commission de l'Union africaine et de l'UIT : des camps de codage dans toute l'Afrique pour former les filles et les orienter vers les TIC.",
        description: md(
          "Lancée en août 2018 avec un premier camp à Addis-Abeba réunissant plus de 80 filles de 34 pays africains, l'initiative a prévu une série de camps jusqu'au Sommet de l'Union africaine de 2022, avec l'objectif d'atteindre quelque 2 000 filles, et a encouragé l'intégration du codage dans les programmes scolaires. Elle a pris fin en 2022 ; le Danemark l'a soutenue.",
        ),
        eligibility:
          "Le programme a fonctionné de 2018 à 2022 pour des filles et jeunes femmes sélectionnées en Afrique ; il est mentionné pour mémoire. Les gouvernements intéressés par des formations similaires peuvent passer par le hub.",
      },
      es: {
        title: 'Iniciativa «African Girls Can Code» (2018-2022)',
        summary:
          'Programa cuatrienal de ONU-Mujeres, la Comisión de la Unión Africana y la UIT: campamentos de programación en toda África para formar a niñas y orientarlas hacia las TIC.',
        description: md(
          'Se inició en agosto de 2018 con un primer campamento en Addis Abeba para más de 80 niñas de 34 países africanos, previó una serie de campamentos hasta la Cumbre de la Unión Africana de 2022, con el objetivo de llegar a unas 2.000 niñas, y alentó la inclusión de la programación en los planes de estudio. Concluyó en 2022; Dinamarca la apoyó.',
        ),
        eligibility:
          'El programa funcionó de 2018 a 2022 para niñas y jóvenes seleccionadas en África; se menciona a título informativo. Los gobiernos interesados en formaciones similares pueden dirigirse al hub.',
      },
    },
    source: `ITU Digital Inclusion newslog "African Girls Can Code Initiative 2018–2022"; Technology Times (Nigeria) on the launch; Digital Watch on the meeting with the UN Secretary-General; UNECA announcements of the 2020 and 2021 camps (${checked}). Link: ITU's site; the programme ended in 2022.`,
  },
];

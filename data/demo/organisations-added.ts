import type { OrganisationSeed } from '../../src/features/organisations/types.js';

/**
 * Partner organisations added for issue 13 beyond those the E-Commerce Week 2017 report names: UN
 * bodies and regional commissions, development banks, payment and financial-inclusion networks,
 * African and other regional organisations, development agencies, foundations and companies that
 * offer e-commerce and digital-economy support to developing countries.
 *
 * Facts come from public pages checked on 2026-12-07 (stored copies; each `source` names them);
 * descriptions are our own wording. `activeIn` is the real coverage in the catalogue's vocabulary:
 * '001' only for a worldwide mandate, else M49 regions, UN groups ('ldc') or member countries (ISO3).
 * Sorted by slug.
 */
const checked = (what: string) => `${what} (stored copies checked 2026-12-07).`;

export const addedOrganisations: OrganisationSeed[] = [
  {
    slug: 'adb',
    acronym: 'ADB',
    type: 'development-bank',
    hqCountry: 'PHL',
    website: 'https://www.adb.org',
    policyAreas: ['access-to-financing', 'ict-infrastructure', 'trade-logistics'],
    activeIn: ['142', '009'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Asian Development Bank',
        description:
          'A regional development bank founded in 1966 and based in Metro Manila that lends to, and gives grants and technical assistance to, its developing members in Asia and the Pacific. Its Trade and Supply Chain Finance Program helps banks finance the trade of small and medium-sized firms, and it funds cross-border transport, energy and ICT projects for regional integration.',
      },
      fr: {
        name: 'Banque asiatique de développement',
        acronym: 'BAsD',
        description:
          "Banque régionale de développement créée en 1966 et établie dans l'agglomération de Manille, qui accorde des prêts, des dons et une assistance technique à ses membres en développement d'Asie et du Pacifique. Son programme de financement du commerce et des chaînes d'approvisionnement aide les banques à financer les échanges des petites et moyennes entreprises, et elle finance des projets transfrontières de transport, d'énergie et de TIC au service de l'intégration régionale.",
      },
      es: {
        name: 'Banco Asiático de Desarrollo',
        acronym: 'BAsD',
        description:
          'Banco regional de desarrollo fundado en 1966, con sede en el área metropolitana de Manila, que concede préstamos, donaciones y asistencia técnica a sus miembros en desarrollo de Asia y el Pacífico. Su programa de financiación del comercio y de las cadenas de suministro ayuda a los bancos a financiar el comercio de las pequeñas y medianas empresas, y financia proyectos transfronterizos de transporte, energía y TIC para la integración regional.',
      },
    },
    source: checked('ADB profile (founded 19 December 1966, Mandaluyong, Metro Manila); ADB news on the Trade and Supply Chain Finance Program (2020) and on the Asia Regional Trade and Connectivity Fund (2018)'),
  },
  {
    slug: 'afcfta-secretariat',
    acronym: 'AfCFTA',
    type: 'regional-organisation',
    hqCountry: 'GHA',
    website: 'https://au-afcfta.org',
    policyAreas: ['legal-regulatory', 'payment-solutions', 'trade-logistics'],
    activeIn: ['002'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'African Continental Free Trade Area Secretariat',
        description:
          "The Accra-based secretariat that supports the State Parties in implementing the African Continental Free Trade Area. Its Protocol on Digital Trade, adopted by the African Union in February 2024 with eight annexes added in February 2025, sets shared rules on electronic transactions, data flows, digital identities and cross-border digital payments; with Afreximbank it launched the Pan-African Payment and Settlement System, which settles intra-African payments in local currencies.",
      },
      fr: {
        name: 'Secrétariat de la Zone de libre-échange continentale africaine',
        acronym: 'ZLECAf',
        description:
          "Secrétariat établi à Accra qui appuie les États parties dans la mise en œuvre de la Zone de libre-échange continentale africaine. Son protocole sur le commerce numérique, adopté par l'Union africaine en février 2024 et complété de huit annexes en février 2025, fixe des règles communes sur les transactions électroniques, les flux de données, les identités numériques et les paiements numériques transfrontières ; avec Afreximbank, il a lancé le Système panafricain de paiement et de règlement (PAPSS), qui règle les paiements intra-africains en monnaies locales.",
      },
      es: {
        name: 'Secretaría de la Zona de Libre Comercio Continental Africana',
        description:
          'Secretaría con sede en Accra que apoya a los Estados partes en la aplicación de la Zona de Libre Comercio Continental Africana. Su Protocolo sobre Comercio Digital, adoptado por la Unión Africana en febrero de 2024 y completado con ocho anexos en febrero de 2025, establece normas comunes sobre transacciones electrónicas, flujos de datos, identidades digitales y pagos digitales transfronterizos; junto con Afreximbank puso en marcha el Sistema Panafricano de Pagos y Liquidación (PAPSS), que liquida los pagos intraafricanos en monedas locales.',
      },
    },
    source: checked('AfCFTA Secretariat, "Digital Trade" page; text of the Protocol on Digital Trade (AfricanLII, version of 18 February 2024); reports of the adoption of its annexes (16 February 2025); Afreximbank and AfCFTA Secretariat announcements of PAPSS (September 2021, commercial launch in Accra on 13 January 2022)'),
  },
  {
    slug: 'afdb',
    acronym: 'AfDB',
    type: 'development-bank',
    hqCountry: 'CIV',
    website: 'https://www.afdb.org',
    policyAreas: ['access-to-financing', 'skills-development', 'ict-infrastructure'],
    activeIn: ['002'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'African Development Bank Group',
        description:
          "Africa's multilateral development bank, headquartered in Abidjan, which finances public and private projects in its African member countries. Its Affirmative Finance Action for Women in Africa (AFAWA), launched in 2016, works with financial institutions to close the financing gap of women entrepreneurs, and its Coding for Employment programme trains young people, including all-women groups, in digital skills.",
      },
      fr: {
        name: 'Groupe de la Banque africaine de développement',
        acronym: 'BAD',
        description:
          "Banque multilatérale de développement de l'Afrique, dont le siège est à Abidjan, qui finance des projets publics et privés dans ses pays membres africains. Son initiative pour favoriser l'accès des femmes au financement en Afrique (AFAWA), lancée en 2016, travaille avec les institutions financières pour combler le déficit de financement des femmes entrepreneurs, et son programme Coding for Employment forme les jeunes, y compris des groupes entièrement féminins, aux compétences numériques.",
      },
      es: {
        name: 'Grupo del Banco Africano de Desarrollo',
        acronym: 'BAfD',
        description:
          'Banco multilateral de desarrollo de África, con sede en Abiyán, que financia proyectos públicos y privados en sus países miembros africanos. Su iniciativa de acción financiera afirmativa para las mujeres en África (AFAWA), lanzada en 2016, trabaja con las instituciones financieras para cerrar la brecha de financiación de las mujeres empresarias, y su programa Coding for Employment forma a jóvenes, incluidos grupos solo de mujeres, en competencias digitales.',
      },
    },
    source: checked('AfDB news on AFAWA and Coding for Employment (March 2019, March 2021); We-Fi page on the AfDB AFAWA grant; Le Quotidien on AFAWA (launched 2016)'),
  },
  {
    slug: 'afi',
    acronym: 'AFI',
    type: 'international-organisation',
    hqCountry: 'MYS',
    website: 'https://www.afi-global.org',
    policyAreas: ['payment-solutions', 'legal-regulatory', 'skills-development'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Alliance for Financial Inclusion',
        description:
          'A member-owned network of central banks and financial regulators from developing and emerging countries, based in Kuala Lumpur, that helps policymakers design and carry out financial inclusion policy through peer learning and capacity building. Its members set measurable commitments under the Maya Declaration and work together on digital financial services and fintech, consumer protection, SME finance and gender-inclusive finance; its working languages are English, French and Spanish.',
      },
      fr: {
        name: "Alliance pour l'inclusion financière",
        description:
          "Réseau appartenant à ses membres, banques centrales et autorités de réglementation financière de pays en développement et émergents, établi à Kuala Lumpur, qui aide les décideurs à concevoir et mettre en œuvre des politiques d'inclusion financière grâce à l'apprentissage entre pairs et au renforcement des capacités. Ses membres prennent des engagements mesurables au titre de la Déclaration Maya et travaillent ensemble sur les services financiers numériques et la technologie financière, la protection des consommateurs, le financement des PME et la finance inclusive pour les femmes ; ses langues de travail sont l'anglais, le français et l'espagnol.",
      },
      es: {
        name: 'Alianza para la Inclusión Financiera',
        description:
          'Red propiedad de sus miembros —bancos centrales y autoridades de regulación financiera de países en desarrollo y emergentes—, con sede en Kuala Lumpur, que ayuda a los responsables de políticas a diseñar y aplicar políticas de inclusión financiera mediante el aprendizaje entre pares y el fomento de la capacidad. Sus miembros asumen compromisos medibles en el marco de la Declaración Maya y trabajan juntos en servicios financieros digitales y tecnología financiera, protección del consumidor, financiación de las pymes y finanzas inclusivas para las mujeres; sus idiomas de trabajo son el español, el francés y el inglés.',
      },
    },
    source: checked('AFI press releases (2013 Global Policy Forum, 2014 Maya Declaration commitments); encyclopedia entries on AFI (founded 2008; independent international organisation under Malaysian law since 2016; 86 members from 82 countries as of November 2023; working languages)'),
  },
  {
    slug: 'afreximbank',
    acronym: 'Afreximbank',
    type: 'development-bank',
    hqCountry: 'EGY',
    website: 'https://www.afreximbank.com',
    policyAreas: ['access-to-financing', 'payment-solutions', 'trade-logistics'],
    activeIn: ['002'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'African Export-Import Bank',
        description:
          'A pan-African trade finance institution, headquartered in Cairo, that finances and promotes trade within Africa and between Africa and the rest of the world. It developed the Pan-African Payment and Settlement System (PAPSS) with the AfCFTA Secretariat and African central banks, acts as its settlement agent so that cross-border payments can be made in local currencies, and supports African trade through facilities such as the Fund for Export Development in Africa.',
      },
      fr: {
        name: "Banque africaine d'import-export",
        description:
          "Institution panafricaine de financement du commerce, dont le siège est au Caire, qui finance et promeut les échanges entre pays africains et entre l'Afrique et le reste du monde. Elle a mis au point le Système panafricain de paiement et de règlement (PAPSS) avec le Secrétariat de la ZLECAf et des banques centrales africaines, en est l'agent de règlement pour que les paiements transfrontières puissent se faire en monnaies locales, et soutient le commerce africain par des instruments comme le Fonds pour le développement des exportations en Afrique.",
      },
      es: {
        name: 'Banco Africano de Exportación e Importación',
        description:
          'Institución panafricana de financiación del comercio, con sede en El Cairo, que financia y promueve el comercio entre países africanos y entre África y el resto del mundo. Desarrolló el Sistema Panafricano de Pagos y Liquidación (PAPSS) con la Secretaría de la AfCFTA y bancos centrales africanos, actúa como su agente de liquidación para que los pagos transfronterizos puedan hacerse en monedas locales y apoya el comercio africano con instrumentos como el Fondo para el Desarrollo de las Exportaciones en África.',
      },
    },
    source: checked('Afreximbank statements on PAPSS (28 September 2021; commercial launch in Accra, 13 January 2022) as reported by Vanguard, TechTrends and Norvan Reports; New Telegraph (March 2021) on the Fund for Export Development in Africa. Cairo headquarters: general knowledge'),
  },
  {
    slug: 'african-union',
    acronym: 'AU',
    type: 'regional-organisation',
    hqCountry: 'ETH',
    website: 'https://au.int',
    policyAreas: ['legal-regulatory', 'readiness-assessment', 'ict-infrastructure'],
    activeIn: ['002'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'African Union',
        description:
          "The continental union of African states, with its Commission in Addis Ababa. Its Convention on Cyber Security and Personal Data Protection (the Malabo Convention), adopted in 2014 and in force since June 2023, sets common rules on electronic transactions, data protection and cybercrime, and its Digital Transformation Strategy for Africa 2020–2030 guides national digital and e-commerce policies.",
      },
      fr: {
        name: 'Union africaine',
        acronym: 'UA',
        description:
          "Union continentale des États africains, dont la Commission siège à Addis-Abeba. Sa Convention sur la cybersécurité et la protection des données à caractère personnel (Convention de Malabo), adoptée en 2014 et en vigueur depuis juin 2023, fixe des règles communes sur les transactions électroniques, la protection des données et la cybercriminalité, et sa Stratégie de transformation numérique pour l'Afrique 2020-2030 oriente les politiques nationales du numérique et du commerce électronique.",
      },
      es: {
        name: 'Unión Africana',
        acronym: 'UA',
        description:
          'Unión continental de los Estados africanos, cuya Comisión tiene su sede en Adís Abeba. Su Convención sobre Ciberseguridad y Protección de Datos Personales (Convención de Malabo), adoptada en 2014 y en vigor desde junio de 2023, establece normas comunes sobre transacciones electrónicas, protección de datos y ciberdelincuencia, y su Estrategia de Transformación Digital para África 2020-2030 orienta las políticas nacionales digitales y de comercio electrónico.',
      },
    },
    source: checked('ECA "DITE for Africa – Guiding frameworks" page; Digital Watch entry on the Malabo Convention; Global Africa (March 2024) and Afrivest on its entry into force in June 2023 after the 15th ratification (Mauritania)'),
  },
  {
    slug: 'apec',
    acronym: 'APEC',
    type: 'regional-organisation',
    hqCountry: 'SGP',
    website: 'https://www.apec.org',
    policyAreas: ['legal-regulatory', 'trade-logistics'],
    // The 21 member economies, Chinese Taipei and Hong Kong, China among them.
    activeIn: ['AUS', 'BRN', 'CAN', 'CHL', 'CHN', 'HKG', 'IDN', 'JPN', 'KOR', 'MYS', 'MEX', 'NZL', 'PNG', 'PER', 'PHL', 'RUS', 'SGP', 'TWN', 'THA', 'USA', 'VNM'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Asia-Pacific Economic Cooperation',
        description:
          'A forum of 21 Pacific Rim economies, with its secretariat in Singapore, that promotes trade and investment facilitation and economic cooperation in the region. Its members cooperate on the digital economy, notably privacy rules for cross-border data flows (the APEC Privacy Framework and Cross-Border Privacy Rules system) and paperless and faster trade procedures.',
      },
      fr: {
        name: "Coopération économique pour l'Asie-Pacifique",
        description:
          "Forum de 21 économies du pourtour du Pacifique, dont le secrétariat est à Singapour, qui promeut la facilitation des échanges et de l'investissement et la coopération économique dans la région. Ses membres coopèrent sur l'économie numérique, notamment sur les règles de protection de la vie privée applicables aux flux transfrontières de données (cadre de l'APEC sur la protection de la vie privée et système de règles transfrontières) et sur des procédures commerciales plus rapides et dématérialisées.",
      },
      es: {
        name: 'Foro de Cooperación Económica Asia-Pacífico',
        description:
          'Foro de 21 economías de la cuenca del Pacífico, con secretaría en Singapur, que promueve la facilitación del comercio y la inversión y la cooperación económica en la región. Sus miembros cooperan en la economía digital, en particular en las normas de privacidad para los flujos transfronterizos de datos (Marco de Privacidad de APEC y sistema de Normas Transfronterizas de Privacidad) y en procedimientos comerciales más rápidos y sin papel.',
      },
    },
    source: checked('The Law Reviews, "The Privacy, Data Protection and Cybersecurity Law Review: APEC Overview" (21 member economies as of August 2020; Electronic Commerce Steering Group, 1999); Hunton and NetMission (2019, 2023) on the APEC Privacy Framework, the Cross-Border Privacy Rules system and the APEC Internet and Digital Economy Roadmap. Singapore secretariat: general knowledge'),
  },
  {
    slug: 'better-than-cash-alliance',
    acronym: null,
    type: 'international-organisation',
    hqCountry: 'USA',
    website: 'https://www.betterthancash.org',
    policyAreas: ['payment-solutions', 'legal-regulatory'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Better Than Cash Alliance',
        description:
          'A partnership of governments, companies and international organisations, based at the United Nations in New York, that helps its members move from cash to responsible digital payments. It published the Responsible Digital Payments Guidelines (2016) and the UN Principles for Responsible Digital Payments (2021), and organises peer learning, for example on paying wages and social benefits digitally.',
      },
      fr: {
        name: 'Better Than Cash Alliance',
        description:
          "Partenariat de gouvernements, d'entreprises et d'organisations internationales, établi auprès de l'Organisation des Nations Unies à New York, qui aide ses membres à passer des espèces aux paiements numériques responsables. Il a publié des lignes directrices pour des paiements numériques responsables (2016) et les Principes des Nations Unies pour des paiements numériques responsables (2021), et organise des échanges entre pairs, par exemple sur le versement numérique des salaires et des prestations sociales.",
      },
      es: {
        name: 'Better Than Cash Alliance',
        description:
          'Alianza de gobiernos, empresas y organizaciones internacionales, con sede en las Naciones Unidas en Nueva York, que ayuda a sus miembros a pasar del efectivo a pagos digitales responsables. Publicó directrices para pagos digitales responsables (2016) y los Principios de las Naciones Unidas para Pagos Digitales Responsables (2021), y organiza intercambios entre pares, por ejemplo sobre el pago digital de salarios y prestaciones sociales.',
      },
    },
    source: checked('Better Than Cash Alliance home page ("Based at the United Nations…"); responsiblepayments.org (UN Principles for Responsible Digital Payments, 2021); Responsible Finance Forum page on the Responsible Digital Payments Guidelines (July 2016); Global Government Fintech (New York headquarters)'),
  },
  {
    slug: 'cgap',
    acronym: 'CGAP',
    type: 'international-organisation',
    hqCountry: 'USA',
    website: 'https://www.cgap.org',
    policyAreas: ['payment-solutions', 'legal-regulatory', 'readiness-assessment'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Consultative Group to Assist the Poor',
        description:
          'A global partnership of development agencies and foundations, founded in 1995 and housed at the World Bank in Washington, that works to advance financial inclusion. It produces open-access research and practical guidance on digital financial services, business models and policy and regulation for regulators, funders and providers serving poor people, especially women.',
      },
      fr: {
        name: "Groupe consultatif d'assistance aux pauvres",
        description:
          "Partenariat mondial d'organismes de développement et de fondations, créé en 1995 et hébergé par la Banque mondiale à Washington, qui œuvre pour l'inclusion financière. Il publie en libre accès des recherches et des orientations pratiques sur les services financiers numériques, les modèles économiques ainsi que les politiques et la réglementation, à l'intention des autorités de réglementation, des bailleurs de fonds et des prestataires qui servent les personnes pauvres, en particulier les femmes.",
      },
      es: {
        name: 'Grupo Consultivo de Ayuda a la Población más Pobre',
        description:
          'Alianza mundial de organismos de desarrollo y fundaciones, creada en 1995 y alojada en el Banco Mundial en Washington, que trabaja para promover la inclusión financiera. Publica en acceso abierto investigaciones y orientaciones prácticas sobre servicios financieros digitales, modelos de negocio y políticas y regulación, destinadas a reguladores, financiadores y proveedores que atienden a las personas pobres, en especial a las mujeres.',
      },
    },
    source: checked('CGAP Annual Report 2022 (cgap.org); CGAP strategy documents FY2019–2023 and CGAP VII (FY24–FY28); encyclopedia entries on CGAP (founded 1995, secretariat at the World Bank)'),
  },
  {
    slug: 'comesa',
    acronym: 'COMESA',
    type: 'regional-organisation',
    hqCountry: 'ZMB',
    website: 'https://www.comesa.int',
    policyAreas: ['trade-logistics', 'payment-solutions', 'legal-regulatory'],
    // The 21 member states since Tunisia and Somalia joined in 2018.
    activeIn: ['BDI', 'COM', 'COD', 'DJI', 'EGY', 'ERI', 'SWZ', 'ETH', 'KEN', 'LBY', 'MDG', 'MWI', 'MUS', 'RWA', 'SYC', 'SOM', 'SDN', 'TUN', 'UGA', 'ZMB', 'ZWE'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Common Market for Eastern and Southern Africa',
        description:
          "A regional economic community of 21 member states, with its secretariat in Lusaka, working towards a common market. Under its digital economic integration agenda it is building a Digital Free Trade Area (e-trade, e-logistics and e-legislation), offers electronic certificates of origin and online trade facilitation tools, and runs the Regional Payment and Settlement System (REPSS), which lets central banks settle intra-COMESA trade payments.",
      },
      fr: {
        name: "Marché commun de l'Afrique orientale et australe",
        description:
          "Communauté économique régionale de 21 États membres, dont le secrétariat est à Lusaka, qui œuvre à la création d'un marché commun. Dans le cadre de son programme d'intégration économique numérique, elle met en place une zone de libre-échange numérique (commerce, logistique et législation électroniques), propose des certificats d'origine électroniques et des outils de facilitation des échanges en ligne, et exploite le système régional de paiement et de règlement (REPSS), qui permet aux banques centrales de régler les paiements du commerce intra-COMESA.",
      },
      es: {
        name: 'Mercado Común de África Oriental y Meridional',
        description:
          'Comunidad económica regional de 21 Estados miembros, con secretaría en Lusaka, que trabaja para crear un mercado común. En el marco de su agenda de integración económica digital está creando una zona de libre comercio digital (comercio, logística y legislación electrónicos), ofrece certificados de origen electrónicos y herramientas de facilitación del comercio en línea, y gestiona el Sistema Regional de Pagos y Liquidación (REPSS), que permite a los bancos centrales liquidar los pagos del comercio intra-COMESA.',
      },
    },
    source: checked('COMESA news on REPSS (2022, November 2024) and on the digital economy (Council of Ministers, November 2017); Xinhua on the 20th COMESA Summit (July 2018: Tunisia and Somalia admitted, 21 members); Zimbabwe Metro on the Digital Free Trade Area'),
  },
  {
    slug: 'commonwealth-secretariat',
    acronym: null,
    type: 'international-organisation',
    hqCountry: 'GBR',
    website: 'https://thecommonwealth.org',
    policyAreas: ['legal-regulatory', 'trade-logistics', 'skills-development'],
    // The 56 member countries (Gabon and Togo, the latest, joined in June 2022).
    activeIn: [
      'BWA', 'CMR', 'SWZ', 'GAB', 'GMB', 'GHA', 'KEN', 'LSO', 'MWI', 'MUS', 'MOZ', 'NAM', 'NGA', 'RWA', 'SYC', 'SLE', 'ZAF', 'TGO', 'UGA', 'TZA', 'ZMB',
      'BGD', 'BRN', 'IND', 'MYS', 'MDV', 'PAK', 'SGP', 'LKA',
      'ATG', 'BHS', 'BRB', 'BLZ', 'CAN', 'DMA', 'GRD', 'GUY', 'JAM', 'LCA', 'KNA', 'VCT', 'TTO',
      'CYP', 'MLT', 'GBR',
      'AUS', 'FJI', 'KIR', 'NRU', 'NZL', 'PNG', 'WSM', 'SLB', 'TON', 'TUV', 'VUT',
    ],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Commonwealth Secretariat',
        description:
          "The intergovernmental organisation, based at Marlborough House in London, that carries out much of the work of the Commonwealth's 56 member countries, many of them small states and developing economies. It gives member governments technical assistance and advice, including on trade policy, the digital economy and legal reform.",
      },
      fr: {
        name: 'Secrétariat du Commonwealth',
        description:
          "Organisation intergouvernementale, établie à Marlborough House à Londres, qui conduit une grande partie des travaux des 56 pays membres du Commonwealth, dont beaucoup de petits États et d'économies en développement. Il apporte aux gouvernements membres une assistance technique et des conseils, notamment sur la politique commerciale, l'économie numérique et la réforme juridique.",
      },
      es: {
        name: 'Secretaría del Commonwealth',
        description:
          'Organización intergubernamental, con sede en Marlborough House (Londres), que lleva a cabo gran parte de la labor de los 56 países miembros del Commonwealth, muchos de ellos pequeños Estados y economías en desarrollo. Presta a los gobiernos miembros asistencia técnica y asesoramiento, entre otras cosas sobre política comercial, economía digital y reforma jurídica.',
      },
    },
    source: checked('Commonwealth Secretariat announcement of the admission of Gabon and Togo (CHOGM Kigali, 25 June 2022) as republished by The Independent (Uganda), IGIHE and Voice of Nigeria; the count (56) was checked; the names are the Commonwealth\'s published member list, not checked against a stored copy. Link: the organisation\'s site; no single page for its digital-economy assistance was checked'),
  },
  {
    slug: 'eac',
    acronym: 'EAC',
    type: 'regional-organisation',
    hqCountry: 'TZA',
    website: 'https://www.eac.int',
    policyAreas: ['legal-regulatory', 'trade-logistics'],
    activeIn: ['BDI', 'COD', 'KEN', 'RWA', 'SOM', 'SSD', 'TZA', 'UGA'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'East African Community',
        description:
          'The regional economic community of eight partner states, with its headquarters in Arusha. With UNCTAD it set up a Task Force on Cyberlaws in 2007 and became the first African region to adopt a harmonised framework for cyberlaws: the first phase, adopted in 2010, covers electronic transactions, electronic signatures, cybercrime and data protection, and a second phase covers intellectual property, competition, e-taxation and information security.',
      },
      fr: {
        name: "Communauté d'Afrique de l'Est",
        acronym: 'CAE',
        description:
          "Communauté économique régionale de huit États partenaires, dont le siège est à Arusha. Avec la CNUCED, elle a créé en 2007 un groupe de travail sur la cyberlégislation et est devenue la première région d'Afrique à adopter un cadre harmonisé de cyberlégislation : la première phase, adoptée en 2010, porte sur les transactions électroniques, les signatures électroniques, la cybercriminalité et la protection des données, et une seconde phase sur la propriété intellectuelle, la concurrence, la fiscalité électronique et la sécurité de l'information.",
      },
      es: {
        name: 'Comunidad de África Oriental',
        acronym: 'CAO',
        description:
          'Comunidad económica regional de ocho Estados asociados, con sede en Arusha. Con la UNCTAD creó en 2007 un grupo de trabajo sobre ciberlegislación y se convirtió en la primera región de África en adoptar un marco armonizado de ciberlegislación: la primera fase, adoptada en 2010, abarca las transacciones electrónicas, las firmas electrónicas, la ciberdelincuencia y la protección de datos, y una segunda fase, la propiedad intelectual, la competencia, la tributación electrónica y la seguridad de la información.',
      },
    },
    source: checked('UNCTAD, "Harmonizing Cyberlaws and Regulations: The Experience of the East African Community" (2012) and its EAC cyberlaw page; UNCTAD information note UNCTAD/PRESS/IN/2010/023; encyclopedia entries on the EAC (eight partner states, headquarters in Arusha)'),
  },
  {
    slug: 'ebrd',
    acronym: 'EBRD',
    type: 'development-bank',
    hqCountry: 'GBR',
    website: 'https://www.ebrd.com',
    policyAreas: ['access-to-financing', 'skills-development'],
    // Economies of operation: central and eastern Europe, the Western Balkans, the Caucasus, Central
    // Asia, the southern and eastern Mediterranean, Iraq and, since 2025, sub-Saharan Africa.
    activeIn: [
      'ALB', 'ARM', 'AZE', 'BIH', 'BGR', 'HRV', 'EST', 'GEO', 'GRC', 'HUN', 'KAZ', 'KGZ', 'LVA', 'LTU', 'MKD', 'MDA', 'MNG', 'MNE', 'POL', 'ROU', 'SRB', 'SVK', 'SVN', 'TJK', 'TKM', 'TUR', 'UKR', 'UZB',
      'EGY', 'IRQ', 'JOR', 'LBN', 'MAR', 'PSE', 'TUN',
      'BEN', 'CIV', 'KEN', 'NGA', 'SEN',
    ],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'European Bank for Reconstruction and Development',
        description:
          'A multilateral development bank founded in 1991 and based in London that invests mainly in private enterprise in its economies of operation, from central Europe and Central Asia to the southern and eastern Mediterranean, and since 2025 in sub-Saharan Africa. Besides loans and equity it gives advice to small businesses and supports policy reform.',
      },
      fr: {
        name: 'Banque européenne pour la reconstruction et le développement',
        acronym: 'BERD',
        description:
          "Banque multilatérale de développement créée en 1991 et établie à Londres, qui investit principalement dans l'entreprise privée de ses pays d'opération, de l'Europe centrale et de l'Asie centrale jusqu'à la Méditerranée méridionale et orientale, et depuis 2025 en Afrique subsaharienne. Outre ses prêts et prises de participation, elle conseille les petites entreprises et soutient les réformes des politiques.",
      },
      es: {
        name: 'Banco Europeo de Reconstrucción y Desarrollo',
        acronym: 'BERD',
        description:
          'Banco multilateral de desarrollo fundado en 1991 y con sede en Londres, que invierte principalmente en la empresa privada de sus economías de operación, desde Europa central y Asia central hasta el Mediterráneo meridional y oriental, y desde 2025 en el África subsahariana. Además de préstamos y participaciones de capital, asesora a pequeñas empresas y apoya reformas de políticas.',
      },
    },
    source: checked('EBRD news on the 2023 Samarkand decision (expansion to sub-Saharan Africa and Iraq), on the membership of Benin, Côte d\'Ivoire, Ghana, Senegal, Kenya and Nigeria and on Kenya and Senegal becoming recipient members (2025); The Banker (2018) on the southern and eastern Mediterranean; lists of recipient countries. Belarus and Russia, earlier recipients, are left out: the Bank has approved no new projects there since 2022'),
  },
  {
    slug: 'ecowas',
    acronym: 'ECOWAS',
    type: 'regional-organisation',
    hqCountry: 'NGA',
    website: 'https://www.ecowas.int',
    policyAreas: ['legal-regulatory', 'ict-infrastructure', 'trade-logistics'],
    // The 12 member states since Burkina Faso, Mali and Niger left on 29 January 2025.
    activeIn: ['BEN', 'CPV', 'CIV', 'GMB', 'GHA', 'GIN', 'GNB', 'LBR', 'NGA', 'SEN', 'SLE', 'TGO'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Economic Community of West African States',
        description:
          'The regional economic community of West Africa, founded in 1975, with its Commission in Abuja. It adopted community rules for the digital economy: Supplementary Acts on electronic transactions and on personal data protection (2010) and a Directive on fighting cybercrime (2011), followed by a regional cybersecurity strategy, and it works with partners such as UNCTAD to help member states bring these rules into national law.',
      },
      fr: {
        name: "Communauté économique des États de l'Afrique de l'Ouest",
        acronym: 'CEDEAO',
        description:
          "Communauté économique régionale de l'Afrique de l'Ouest, fondée en 1975, dont la Commission siège à Abuja. Elle a adopté des règles communautaires pour l'économie numérique : des actes additionnels sur les transactions électroniques et sur la protection des données à caractère personnel (2010) et une directive sur la lutte contre la cybercriminalité (2011), suivis d'une stratégie régionale de cybersécurité, et travaille avec des partenaires comme la CNUCED pour aider les États membres à les transposer dans leur droit national.",
      },
      es: {
        name: 'Comunidad Económica de los Estados de África Occidental',
        acronym: 'CEDEAO',
        description:
          'Comunidad económica regional de África Occidental, fundada en 1975, cuya Comisión tiene su sede en Abuya. Adoptó normas comunitarias para la economía digital: actas adicionales sobre transacciones electrónicas y sobre protección de datos personales (2010) y una directiva sobre la lucha contra la ciberdelincuencia (2011), seguidas de una estrategia regional de ciberseguridad, y trabaja con asociados como la UNCTAD para ayudar a los Estados miembros a incorporarlas a su derecho nacional.',
      },
    },
    source: checked('ECOWAS Official Journal vol. 56 (Supplementary Acts A/SA.1/01/10 and A/SA.2/01/10, 16 February 2010); CCDCOE and UNCTAD pages on ECOWAS cyber legislation (Directive 1/08/11) and UNCTAD assistance since 2013; ECOWAS statement of 29 January 2025 on the withdrawal of Burkina Faso, Mali and Niger (Reuters)'),
  },
  {
    slug: 'european-commission',
    acronym: null,
    type: 'regional-organisation',
    hqCountry: 'BEL',
    website: 'https://commission.europa.eu',
    policyAreas: ['access-to-financing', 'ict-infrastructure', 'legal-regulatory'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'European Commission',
        description:
          "The executive body of the European Union, based in Brussels, which manages the EU's development cooperation with partner countries in Africa, Asia, Latin America, the Caribbean and the Pacific. It funds digital connectivity, digital regulation and trade programmes, for instance funding TradeMark Africa's export programme in Kenya and the AU–EU Policy and Regulation Initiative for Digital Africa.",
      },
      fr: {
        name: 'Commission européenne',
        description:
          "Organe exécutif de l'Union européenne, établi à Bruxelles, qui gère la coopération au développement de l'UE avec les pays partenaires d'Afrique, d'Asie, d'Amérique latine, des Caraïbes et du Pacifique. Elle finance des programmes de connectivité numérique, de réglementation du numérique et de commerce, par exemple le programme d'exportation de TradeMark Africa au Kenya et l'initiative UA-UE pour la politique et la réglementation du numérique en Afrique (PRIDA).",
      },
      es: {
        name: 'Comisión Europea',
        description:
          'Órgano ejecutivo de la Unión Europea, con sede en Bruselas, que gestiona la cooperación para el desarrollo de la UE con países asociados de África, Asia, América Latina, el Caribe y el Pacífico. Financia programas de conectividad digital, regulación digital y comercio, por ejemplo el programa de exportación de TradeMark Africa en Kenia y la iniciativa UA-UE de políticas y regulación para el África digital (PRIDA).',
      },
    },
    source: checked('TradeMark Africa press release on the EU\'s EUR 25 million Business Environment and Export Enhancement Programme in Kenya; ECA and Africa DP Conclave pages on PRIDA (AU–EU). The regions of EU development cooperation are stated from general knowledge. Link: the Commission\'s home page'),
  },
  {
    slug: 'fcdo',
    acronym: 'FCDO',
    type: 'government-agency',
    hqCountry: 'GBR',
    website: 'https://www.gov.uk/government/organisations/foreign-commonwealth-development-office',
    policyAreas: ['ict-infrastructure', 'skills-development', 'access-to-financing'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Foreign, Commonwealth & Development Office (United Kingdom)',
        description:
          "The United Kingdom's ministry for foreign affairs and international development, formed in 2020 from the merger of DFID and the FCO. Its Digital Access Programme worked in Brazil, Indonesia, Kenya, Nigeria and South Africa on affordable and secure connectivity, digital skills and local digital content, and its Digital Development Strategy 2024–2030 sets its priorities; it also funds trade programmes such as the Global Alliance for Trade Facilitation.",
      },
      fr: {
        name: 'Ministère des Affaires étrangères, du Commonwealth et du Développement (Royaume-Uni)',
        description:
          "Ministère britannique des affaires étrangères et du développement international, issu en 2020 de la fusion du DFID et du FCO. Son programme d'accès au numérique (Digital Access Programme) a travaillé au Brésil, en Indonésie, au Kenya, au Nigéria et en Afrique du Sud sur une connectivité abordable et sûre, les compétences numériques et les contenus numériques locaux, et sa stratégie de développement numérique 2024-2030 fixe ses priorités ; il finance aussi des programmes commerciaux comme l'Alliance mondiale pour la facilitation des échanges.",
      },
      es: {
        name: 'Ministerio de Asuntos Exteriores, de la Commonwealth y de Desarrollo (Reino Unido)',
        description:
          'Ministerio británico de asuntos exteriores y desarrollo internacional, creado en 2020 a partir de la fusión del DFID y el FCO. Su programa de acceso digital (Digital Access Programme) trabajó en el Brasil, Indonesia, Kenia, Nigeria y Sudáfrica en conectividad asequible y segura, competencias digitales y contenidos digitales locales, y su estrategia de desarrollo digital 2024-2030 fija sus prioridades; también financia programas comerciales como la Alianza Mundial para la Facilitación del Comercio.',
      },
    },
    source: checked('OECD Development Co-operation Report 2021, case study on the UK Digital Access Programme; KPMG on the DAP cyber pillar; GOV.UK, "Digital development strategy 2024 to 2030" (18 March 2024); Global Alliance for Trade Facilitation launch statement (donors)'),
  },
  {
    slug: 'gfce',
    acronym: 'GFCE',
    type: 'international-organisation',
    hqCountry: 'NLD',
    website: 'https://thegfce.org',
    policyAreas: ['legal-regulatory', 'skills-development'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Global Forum on Cyber Expertise',
        description:
          'A multistakeholder platform for cyber capacity building, launched in The Hague in 2015, that brings together countries, international organisations and companies with partners from civil society, academia and the technical community. Its working groups cover cybersecurity strategy, incident management, cybercrime, skills and standards; its Cybil knowledge portal and clearing house help a country find expertise and support for its needs, and membership is free.',
      },
      fr: {
        name: 'Global Forum on Cyber Expertise',
        description:
          "Plateforme multipartite de renforcement des cybercapacités, lancée à La Haye en 2015, qui réunit des pays, des organisations internationales et des entreprises avec des partenaires de la société civile, du monde universitaire et de la communauté technique. Ses groupes de travail portent sur les stratégies de cybersécurité, la gestion des incidents, la cybercriminalité, les compétences et les normes ; son portail de connaissances Cybil et son mécanisme de centre d'échange aident un pays à trouver l'expertise et l'appui dont il a besoin, et l'adhésion est gratuite.",
      },
      es: {
        name: 'Global Forum on Cyber Expertise',
        description:
          'Plataforma de múltiples partes interesadas para el fomento de la capacidad cibernética, creada en La Haya en 2015, que reúne a países, organizaciones internacionales y empresas con asociados de la sociedad civil, el mundo académico y la comunidad técnica. Sus grupos de trabajo abordan las estrategias de ciberseguridad, la gestión de incidentes, la ciberdelincuencia, las competencias y las normas; su portal de conocimientos Cybil y su mecanismo de intermediación ayudan a un país a encontrar la experiencia y el apoyo que necesita, y la afiliación es gratuita.',
      },
    },
    source: checked('GFCE pages "About", "History", "What we do" and FAQ (thegfce.org); Internet Governance Radar (April 2019) on the GFCE Foundation'),
  },
  {
    slug: 'giz',
    acronym: 'GIZ',
    type: 'government-agency',
    hqCountry: 'DEU',
    website: 'https://www.giz.de',
    policyAreas: ['skills-development', 'trade-logistics', 'ict-infrastructure'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Deutsche Gesellschaft für Internationale Zusammenarbeit',
        description:
          "Germany's federal enterprise for international cooperation, headquartered in Bonn and Eschborn, which carries out development projects mainly for the German Federal Ministry for Economic Cooperation and Development (BMZ). It works with partners on digital skills, digital regulation and trade facilitation, for example with the Smart Africa Digital Academy and the Global Alliance for Trade Facilitation, and supported the founding of the Alliance for Financial Inclusion.",
      },
      fr: {
        name: 'Deutsche Gesellschaft für Internationale Zusammenarbeit',
        description:
          "Entreprise fédérale allemande de coopération internationale, dont le siège est à Bonn et à Eschborn, qui mène des projets de développement principalement pour le ministère fédéral allemand de la Coopération économique et du Développement (BMZ). Elle travaille avec des partenaires sur les compétences numériques, la réglementation du numérique et la facilitation des échanges, par exemple avec la Smart Africa Digital Academy et l'Alliance mondiale pour la facilitation des échanges, et a soutenu la création de l'Alliance pour l'inclusion financière.",
      },
      es: {
        name: 'Deutsche Gesellschaft für Internationale Zusammenarbeit',
        description:
          'Empresa federal alemana de cooperación internacional, con sede en Bonn y Eschborn, que ejecuta proyectos de desarrollo principalmente por encargo del Ministerio Federal de Cooperación Económica y Desarrollo de Alemania (BMZ). Trabaja con asociados en competencias digitales, regulación digital y facilitación del comercio, por ejemplo con la Smart Africa Digital Academy y la Alianza Mundial para la Facilitación del Comercio, y apoyó la creación de la Alianza para la Inclusión Financiera.',
      },
    },
    source: checked('Smart Africa Digital Academy launch reports (2022: partners GIZ, BMZ); Darden case on the Global Alliance for Trade Facilitation (Germany as a partner government); AFI history (founded 2008 with GIZ support). Headquarters (Bonn, Eschborn) and BMZ as its main commissioning ministry are stated from general knowledge. Link: the organisation\'s home page'),
  },
  {
    slug: 'global-alliance-for-trade-facilitation',
    acronym: null,
    type: 'international-organisation',
    hqCountry: null,
    website: 'https://www.tradefacilitation.org',
    policyAreas: ['trade-logistics'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Global Alliance for Trade Facilitation',
        description:
          "A public-private partnership launched in 2015, hosted by the Center for International Private Enterprise, the International Chamber of Commerce and the World Economic Forum and funded by several governments. It helps developing and least developed countries implement the WTO Trade Facilitation Agreement by bringing government and business together as equal partners on reforms that cut red tape and digitalise border procedures.",
      },
      fr: {
        name: 'Alliance mondiale pour la facilitation des échanges',
        description:
          "Partenariat public-privé lancé en 2015, hébergé par le Center for International Private Enterprise, la Chambre de commerce internationale et le Forum économique mondial et financé par plusieurs gouvernements. Il aide les pays en développement et les pays les moins avancés à mettre en œuvre l'Accord de l'OMC sur la facilitation des échanges en réunissant pouvoirs publics et entreprises, sur un pied d'égalité, autour de réformes qui allègent les formalités et dématérialisent les procédures aux frontières.",
      },
      es: {
        name: 'Alianza Mundial para la Facilitación del Comercio',
        description:
          'Alianza público-privada creada en 2015, acogida por el Center for International Private Enterprise, la Cámara de Comercio Internacional y el Foro Económico Mundial y financiada por varios gobiernos. Ayuda a los países en desarrollo y menos adelantados a aplicar el Acuerdo sobre Facilitación del Comercio de la OMC reuniendo a gobiernos y empresas, en pie de igualdad, en torno a reformas que reducen trámites y digitalizan los procedimientos en frontera.',
      },
    },
    source: checked('Global Alliance for Trade Facilitation launch statement (December 2015) and 2025 news on Sida-funded regional initiatives (tradefacilitation.org); 2020 Annual Report (mission); World Economic Forum article (May 2023). No headquarters country is given: the Alliance is hosted by its three host organisations'),
  },
  {
    slug: 'google',
    acronym: null,
    type: 'private-company',
    hqCountry: 'USA',
    website: 'https://about.google',
    policyAreas: ['skills-development', 'ict-infrastructure'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Google',
        description:
          'A United States technology company whose search, cloud and advertising services are used by businesses worldwide. In Africa it has run free digital skills training for young people and small businesses since 2016, an equity-free accelerator for start-ups and, with the AfCFTA Secretariat, a programme teaching SMEs cross-border digital trade; it is also a founding sponsor of the Mojaloop Foundation.',
      },
      fr: {
        name: 'Google',
        description:
          "Entreprise technologique des États-Unis dont les services de recherche, d'informatique en nuage et de publicité sont utilisés par des entreprises du monde entier. En Afrique, elle propose depuis 2016 des formations gratuites aux compétences numériques pour les jeunes et les petites entreprises, un programme d'accélération sans prise de participation pour les jeunes pousses et, avec le Secrétariat de la ZLECAf, un programme qui forme les PME au commerce numérique transfrontière ; elle est aussi l'un des membres fondateurs de la Mojaloop Foundation.",
      },
      es: {
        name: 'Google',
        description:
          'Empresa tecnológica de los Estados Unidos cuyos servicios de búsqueda, computación en la nube y publicidad utilizan empresas de todo el mundo. En África ofrece desde 2016 formación gratuita en competencias digitales para jóvenes y pequeñas empresas, un programa de aceleración sin toma de participación para empresas emergentes y, con la Secretaría de la AfCFTA, un programa que forma a las pymes en comercio digital transfronterizo; también es uno de los patrocinadores fundadores de la Mojaloop Foundation.',
      },
    },
    source: checked('Reports on Google\'s Digital Skills for Africa (launched 16 April 2016; one million trained by March 2017), on the Google for Startups Accelerator Africa, and on the Google–AfCFTA Secretariat SME programme (2025); Mojaloop Foundation launch announcement (May 2020)'),
  },
  {
    slug: 'gsma',
    acronym: 'GSMA',
    type: 'business-association',
    hqCountry: 'GBR',
    website: 'https://www.gsma.com',
    policyAreas: ['payment-solutions', 'ict-infrastructure', 'readiness-assessment'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'GSM Association',
        description:
          "The global association of mobile network operators and companies of the wider mobile ecosystem, headquartered in London. Its Mobile for Development team works on mobile money, digital identity and connectivity in developing markets: the Mobile Money programme publishes the annual State of the Industry Report on Mobile Money and supports providers and regulators building a sound mobile money ecosystem, and the Connected Society programme reports on mobile internet connectivity.",
      },
      fr: {
        name: 'GSM Association',
        description:
          "Association mondiale des opérateurs de réseaux mobiles et des entreprises de l'écosystème mobile, dont le siège est à Londres. Son équipe Mobile for Development travaille sur la monnaie mobile, l'identité numérique et la connectivité dans les marchés en développement : le programme Mobile Money publie chaque année le rapport sur l'état du secteur de la monnaie mobile (State of the Industry Report on Mobile Money) et accompagne les prestataires et les autorités de réglementation qui bâtissent l'écosystème des paiements mobiles, et le programme Connected Society rend compte de la connectivité à l'Internet mobile.",
      },
      es: {
        name: 'GSM Association',
        description:
          'Asociación mundial de operadores de redes móviles y empresas del ecosistema móvil, con sede en Londres. Su equipo Mobile for Development trabaja en dinero móvil, identidad digital y conectividad en los mercados en desarrollo: el programa Mobile Money publica cada año el informe sobre el estado del sector del dinero móvil (State of the Industry Report on Mobile Money) y apoya a proveedores y reguladores que construyen el ecosistema de pagos móviles, y el programa Connected Society informa sobre la conectividad a Internet móvil.',
      },
    },
    source: checked('GSMA Mobile Policy Handbook, "Mobile for Development"; GSMA Mobile Money programme pages (industry data since 2009; State of the Industry Report published since 2011); State of the Industry Report on Mobile Money, Decade Edition 2006–2016. London headquarters: general knowledge'),
  },
  {
    slug: 'icc',
    acronym: 'ICC',
    type: 'business-association',
    hqCountry: 'FRA',
    website: 'https://iccwbo.org',
    policyAreas: ['legal-regulatory', 'trade-logistics'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'International Chamber of Commerce',
        description:
          'The world business organisation, founded in 1919 and headquartered in Paris, which speaks for companies of all sizes and sets widely used voluntary rules for international trade such as Incoterms and the UCP 600 rules for documentary credits. Its Digital Standards Initiative, started in 2021, works towards a harmonised, paperless trade environment, and it co-hosts the Global Alliance for Trade Facilitation.',
      },
      fr: {
        name: 'Chambre de commerce internationale',
        description:
          "Organisation mondiale des entreprises, fondée en 1919 et dont le siège est à Paris, qui représente des entreprises de toutes tailles et établit des règles volontaires largement utilisées dans le commerce international, comme les Incoterms et les règles RUU 600 applicables aux crédits documentaires. Son initiative pour les normes numériques (Digital Standards Initiative), lancée en 2021, œuvre à un environnement commercial harmonisé et dématérialisé, et elle coorganise l'Alliance mondiale pour la facilitation des échanges.",
      },
      es: {
        name: 'Cámara de Comercio Internacional',
        description:
          'Organización empresarial mundial, fundada en 1919 y con sede en París, que representa a empresas de todos los tamaños y establece normas voluntarias muy utilizadas en el comercio internacional, como los Incoterms y las reglas UCP 600 sobre créditos documentarios. Su Iniciativa de Normas Digitales (Digital Standards Initiative), iniciada en 2021, trabaja por un entorno comercial armonizado y sin papel, y es una de las organizaciones anfitrionas de la Alianza Mundial para la Facilitación del Comercio.',
      },
    },
    source: checked('ICC Digital Standards Initiative developer pages (dsi.iccwbo.org); Trade for Prosperity on the DSI (2021) and the WTO–ICC Standards toolkit for cross-border paperless trade (2022); Deminor and other reference entries on ICC (founded 1919, Paris, Incoterms, UCP 600); GATF launch statement'),
  },
  {
    slug: 'icpen',
    acronym: 'ICPEN',
    type: 'international-organisation',
    hqCountry: null,
    website: 'https://icpen.org',
    policyAreas: ['legal-regulatory'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'International Consumer Protection and Enforcement Network',
        description:
          "A network of consumer protection authorities from more than 60 countries, chaired by a member authority in turn, that shares information on cross-border commercial practices and encourages cooperation in enforcing consumer protection law, including online. It runs econsumer.gov, where consumers can report a problem with a foreign online business in eight languages, and coordinated actions such as the International Internet Sweep.",
      },
      fr: {
        name: 'Réseau international de contrôle et de protection des consommateurs',
        acronym: 'RICPC',
        description:
          "Réseau d'autorités de protection du consommateur de plus de 60 pays, présidé à tour de rôle par l'une d'elles, qui échange des informations sur les pratiques commerciales transfrontières et encourage la coopération dans l'application du droit de la consommation, y compris en ligne. Il gère econsumer.gov, où les consommateurs peuvent signaler en huit langues un problème avec une entreprise en ligne étrangère, et des actions coordonnées comme le ratissage international de l'Internet (International Internet Sweep).",
      },
      es: {
        name: 'International Consumer Protection and Enforcement Network',
        description:
          'Red de autoridades de protección del consumidor de más de 60 países, presidida por turnos por una de ellas, que intercambia información sobre prácticas comerciales transfronterizas y fomenta la cooperación en la aplicación de la legislación de protección del consumidor, también en línea. Gestiona econsumer.gov, donde los consumidores pueden denunciar en ocho idiomas un problema con una empresa en línea extranjera, y acciones coordinadas como el International Internet Sweep.',
      },
    },
    source: checked('ICPEN, "What we do" (icpen.org); US FTC press releases on econsumer.gov (October 2015) and on the ICPEN website (June 2017); ACCC update (June 2017). The Spanish name is kept in English: no official Spanish name was found'),
  },
  {
    slug: 'idb',
    acronym: 'IDB',
    type: 'development-bank',
    hqCountry: 'USA',
    website: 'https://www.iadb.org',
    policyAreas: ['access-to-financing', 'ict-infrastructure', 'trade-logistics'],
    activeIn: ['419'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Inter-American Development Bank',
        description:
          'A regional development bank for Latin America and the Caribbean, founded in 1959 and based in Washington. It lends to governments for programmes such as the digital transformation of micro, small and medium-sized enterprises, runs ConnectAmericas, an online platform that helps SMEs in the region find trade and business partners, and maps connectivity gaps with its ConectaLAC data platform.',
      },
      fr: {
        name: 'Banque interaméricaine de développement',
        acronym: 'BID',
        description:
          "Banque régionale de développement de l'Amérique latine et des Caraïbes, fondée en 1959 et établie à Washington. Elle prête aux gouvernements pour des programmes comme la transformation numérique des micro, petites et moyennes entreprises, anime ConnectAmericas, une plateforme en ligne qui aide les PME de la région à trouver des partenaires commerciaux, et cartographie les lacunes de connectivité avec sa plateforme de données ConectaLAC.",
      },
      es: {
        name: 'Banco Interamericano de Desarrollo',
        acronym: 'BID',
        description:
          'Banco regional de desarrollo de América Latina y el Caribe, fundado en 1959 y con sede en Washington. Concede préstamos a los gobiernos para programas como la transformación digital de las mipymes, gestiona ConnectAmericas, una plataforma en línea que ayuda a las pymes de la región a encontrar socios comerciales, y mapea las brechas de conectividad con su plataforma de datos ConectaLAC.',
      },
    },
    source: checked('MicroCapital brief on the IDB loan for Uruguay\'s MSME Digital Transformation Program (ANDE); La Tercera on the launch of ConnectAmericas; IDB announcement of ConectaLAC (2023); IDB news archive (iadb.org). Washington headquarters: general knowledge'),
  },
  {
    slug: 'ifc',
    acronym: 'IFC',
    type: 'development-bank',
    hqCountry: 'USA',
    website: 'https://www.ifc.org',
    policyAreas: ['access-to-financing', 'ict-infrastructure', 'payment-solutions'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'International Finance Corporation',
        description:
          'The member of the World Bank Group that invests in and advises private companies in developing countries, based in Washington. It provides loans, equity and advice to businesses and financial institutions, including digital infrastructure, fintech and financial services for small firms, and publishes market research such as the e-Conomy Africa 2020 report on the internet economy prepared with Google.',
      },
      fr: {
        name: 'Société financière internationale',
        acronym: 'SFI',
        description:
          "Institution du Groupe de la Banque mondiale qui investit dans les entreprises privées des pays en développement et les conseille, établie à Washington. Elle accorde des prêts, prend des participations et conseille des entreprises et des institutions financières, notamment dans les infrastructures numériques, la technologie financière et les services financiers destinés aux petites entreprises, et publie des études de marché comme le rapport e-Conomy Africa 2020 sur l'économie de l'Internet, préparé avec Google.",
      },
      es: {
        name: 'Corporación Financiera Internacional',
        description:
          'Institución del Grupo Banco Mundial que invierte en empresas privadas de los países en desarrollo y las asesora, con sede en Washington. Concede préstamos, toma participaciones de capital y asesora a empresas e instituciones financieras, también en infraestructura digital, tecnología financiera y servicios financieros para pequeñas empresas, y publica estudios de mercado como el informe e-Conomy Africa 2020 sobre la economía de Internet, preparado con Google.',
      },
    },
    source: checked('Reports of the Google–IFC "e-Conomy Africa 2020" study (Africa\'s internet economy); the IFC\'s place in the World Bank Group and its Washington headquarters are stated from general knowledge. Link: the organisation\'s home page'),
  },
  {
    slug: 'jica',
    acronym: 'JICA',
    type: 'government-agency',
    hqCountry: 'JPN',
    website: 'https://www.jica.go.jp/english/',
    policyAreas: ['ict-infrastructure', 'skills-development', 'access-to-financing'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Japan International Cooperation Agency',
        description:
          "Japan's government agency for official development assistance, based in Tokyo. It delivers technical cooperation, concessional loans and grants to developing countries, including for infrastructure and digital transformation, and trains officials and professionals from partner countries.",
      },
      fr: {
        name: 'Agence japonaise de coopération internationale',
        description:
          "Agence publique japonaise chargée de l'aide publique au développement, établie à Tokyo. Elle fournit aux pays en développement une coopération technique, des prêts concessionnels et des dons, notamment pour les infrastructures et la transformation numérique, et forme des fonctionnaires et des professionnels des pays partenaires.",
      },
      es: {
        name: 'Agencia de Cooperación Internacional del Japón',
        description:
          'Organismo público japonés encargado de la asistencia oficial para el desarrollo, con sede en Tokio. Ofrece a los países en desarrollo cooperación técnica, préstamos en condiciones favorables y donaciones, también para infraestructura y transformación digital, y forma a funcionarios y profesionales de los países asociados.',
      },
    },
    source: 'No stored page (2026-12-07) about JICA was found: described at the level of its well-known mandate only (Japan\'s ODA agency: technical cooperation, ODA loans, grants); no programme is named. Link: the organisation\'s English home page.',
  },
  {
    slug: 'mastercard-foundation',
    acronym: null,
    type: 'civil-society',
    hqCountry: 'CAN',
    website: 'https://mastercardfdn.org',
    policyAreas: ['skills-development', 'access-to-financing', 'payment-solutions'],
    activeIn: ['002', 'CAN'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Mastercard Foundation',
        description:
          'A Canadian private foundation, created in 2006 by Mastercard and independent of it, based in Toronto, whose mission is to advance learning and financial inclusion for people living in poverty. Its Young Africa Works strategy aims to enable 30 million young Africans, especially young women, to find dignified work by 2030 through better training, technology that connects job seekers and employers, and access to financial services for entrepreneurs and small businesses; in Canada its EleV programme works with Indigenous youth.',
      },
      fr: {
        name: 'Fondation Mastercard',
        description:
          "Fondation privée canadienne, créée en 2006 par Mastercard et indépendante de celle-ci, établie à Toronto, dont la mission est de promouvoir l'apprentissage et l'inclusion financière des personnes vivant dans la pauvreté. Sa stratégie Young Africa Works vise à permettre à 30 millions de jeunes Africains, en particulier des jeunes femmes, de trouver un emploi digne d'ici à 2030 grâce à une meilleure formation, à des technologies qui mettent en relation demandeurs d'emploi et employeurs et à l'accès aux services financiers pour les entrepreneurs et les petites entreprises ; au Canada, son programme EleV travaille avec les jeunes autochtones.",
      },
      es: {
        name: 'Fundación Mastercard',
        description:
          'Fundación privada canadiense, creada en 2006 por Mastercard e independiente de ella, con sede en Toronto, cuya misión es promover el aprendizaje y la inclusión financiera de las personas que viven en la pobreza. Su estrategia Young Africa Works busca que 30 millones de jóvenes africanos, especialmente mujeres jóvenes, encuentren un trabajo digno para 2030 mediante una mejor formación, tecnologías que conecten a quienes buscan empleo con los empleadores y acceso a servicios financieros para emprendedores y pequeñas empresas; en el Canadá, su programa EleV trabaja con jóvenes indígenas.',
      },
    },
    source: checked('Mastercard Foundation profile on Afrobarometer (mission, Young Africa Works, Toronto); The Philanthropist interview (May 2024); Mastercard Foundation EleV pages and announcement (October 2022)'),
  },
  {
    slug: 'mojaloop-foundation',
    acronym: null,
    type: 'civil-society',
    hqCountry: 'USA',
    website: 'https://mojaloop.io',
    policyAreas: ['payment-solutions'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Mojaloop Foundation',
        description:
          'A non-profit foundation, launched in 2020 by Google, the Bill & Melinda Gates Foundation and other sponsors, that maintains Mojaloop: free, open-source software that serves as a blueprint for interoperable instant payment systems connecting banks, mobile money providers and other financial services. It supports countries and providers that deploy it and informs regulators and policymakers on inclusive payment systems.',
      },
      fr: {
        name: 'Mojaloop Foundation',
        description:
          "Fondation à but non lucratif, lancée en 2020 par Google, la Fondation Bill & Melinda Gates et d'autres parrains, qui entretient Mojaloop : un logiciel libre et gratuit servant de modèle pour des systèmes de paiement instantané interopérables reliant banques, fournisseurs de monnaie mobile et autres services financiers. Elle accompagne les pays et les prestataires qui le déploient et informe les autorités de réglementation et les décideurs sur les systèmes de paiement inclusifs.",
      },
      es: {
        name: 'Mojaloop Foundation',
        description:
          'Fundación sin fines de lucro, creada en 2020 por Google, la Fundación Bill y Melinda Gates y otros patrocinadores, que mantiene Mojaloop: un software libre y gratuito que sirve de modelo para sistemas de pago instantáneo interoperables que conectan bancos, proveedores de dinero móvil y otros servicios financieros. Apoya a los países y proveedores que lo implantan e informa a reguladores y responsables de políticas sobre sistemas de pago inclusivos.',
      },
    },
    source: checked('Mojaloop Foundation launch announcement (Level One Project, 2020) and press coverage (Telecompaper, IBS Intelligence, May 2020); Omidyar Network grant page ("Mojaloop Foundation, Inc." purposes); The Paypers on the software created in 2017. Headquarters country inferred from its incorporation as "Mojaloop Foundation, Inc."'),
  },
  {
    slug: 'oif',
    acronym: 'OIF',
    type: 'international-organisation',
    hqCountry: 'FRA',
    website: 'https://www.francophonie.org',
    policyAreas: ['skills-development', 'legal-regulatory'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'International Organisation of La Francophonie',
        description:
          "The intergovernmental organisation of French-speaking states and governments on every continent, headquartered in Paris. Under its digital strategy it runs D-CLIC, a programme started in 2021 that trains young people and women for digital jobs through local training providers in some twenty French-speaking countries, mostly in Africa, and trains public officials in digital governance.",
      },
      fr: {
        name: 'Organisation internationale de la Francophonie',
        description:
          "Organisation intergouvernementale des États et gouvernements francophones de tous les continents, dont le siège est à Paris. Dans le cadre de sa stratégie numérique, elle met en œuvre D-CLIC, formez-vous au numérique, un projet lancé en 2021 qui forme les jeunes et les femmes aux métiers du numérique avec des opérateurs de formation locaux dans une vingtaine de pays francophones, surtout en Afrique, et forme les agents publics à la gouvernance du numérique.",
      },
      es: {
        name: 'Organización Internacional de la Francofonía',
        description:
          'Organización intergubernamental de los Estados y gobiernos francófonos de todos los continentes, con sede en París. En el marco de su estrategia digital ejecuta D-CLIC, un proyecto iniciado en 2021 que forma a jóvenes y mujeres para empleos digitales con proveedores de formación locales en una veintena de países francófonos, sobre todo de África, y capacita a funcionarios públicos en gobernanza digital.',
      },
    },
    source: checked('OIF pages on D-CLIC (francophonie.org, April and July 2023); Actualite.cd (February 2022, pilot in ten countries); OIF call for training providers (programming 2024–2027: 19 countries)'),
  },
  {
    slug: 'smart-africa',
    acronym: null,
    type: 'regional-organisation',
    hqCountry: 'RWA',
    website: 'https://smartafrica.org',
    policyAreas: ['ict-infrastructure', 'skills-development', 'readiness-assessment'],
    activeIn: ['002'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Smart Africa Alliance',
        description:
          'An alliance of African governments, companies, international organisations and academia, founded in 2013 with its secretariat in Kigali, that works for affordable broadband and a single digital market in Africa. Its Smart Africa Digital Academy trains policymakers in topics such as data protection, rural broadband, digital identity and e-payments and sets up national digital academies with member countries.',
      },
      fr: {
        name: 'Alliance Smart Africa',
        description:
          "Alliance de gouvernements africains, d'entreprises, d'organisations internationales et d'universités, fondée en 2013 et dont le secrétariat est à Kigali, qui œuvre pour un haut débit abordable et un marché numérique unique en Afrique. Sa Smart Africa Digital Academy forme les décideurs à des sujets comme la protection des données, le haut débit en zone rurale, l'identité numérique et les paiements électroniques, et crée des académies numériques nationales avec les pays membres.",
      },
      es: {
        name: 'Alianza Smart Africa',
        description:
          'Alianza de gobiernos africanos, empresas, organizaciones internacionales y universidades, fundada en 2013 y con secretaría en Kigali, que trabaja por una banda ancha asequible y un mercado digital único en África. Su Smart Africa Digital Academy forma a responsables de políticas en temas como la protección de datos, la banda ancha rural, la identidad digital y los pagos electrónicos, y crea academias digitales nacionales con los países miembros.',
      },
    },
    source: checked('ITWeb Africa on Smart Africa (established 2013); Smart Africa 9th Board Meeting release (December 2020); reports on the Smart Africa Digital Academy launch (Brazzaville, February 2022) and the Rwanda national digital academy (March 2022). Secretariat in Kigali: general knowledge'),
  },
  {
    slug: 'trademark-africa',
    acronym: 'TMA',
    type: 'civil-society',
    hqCountry: 'KEN',
    website: 'https://www.trademarkafrica.com',
    policyAreas: ['trade-logistics', 'skills-development'],
    // The fourteen countries of operation announced in January 2023 (Somaliland office: SOM).
    activeIn: ['KEN', 'UGA', 'TZA', 'RWA', 'BDI', 'COD', 'SSD', 'ETH', 'SOM', 'DJI', 'MWI', 'ZMB', 'MOZ', 'GHA'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'TradeMark Africa',
        description:
          'A not-for-profit aid-for-trade organisation, founded in Nairobi in 2010 as TradeMark East Africa and renamed in 2023 when it extended its work to West and Southern Africa. Funded by several donor governments and foundations, it works with governments, regional communities and the AfCFTA Secretariat to cut the time and cost of trading across borders, for example through one-stop border posts and digital trade systems, and promotes more inclusive trade.',
      },
      fr: {
        name: 'TradeMark Africa',
        description:
          "Organisation à but non lucratif d'aide pour le commerce, fondée à Nairobi en 2010 sous le nom de TradeMark East Africa et rebaptisée en 2023 lorsqu'elle a étendu ses activités à l'Afrique de l'Ouest et à l'Afrique australe. Financée par plusieurs gouvernements donateurs et fondations, elle travaille avec les gouvernements, les communautés régionales et le Secrétariat de la ZLECAf pour réduire le temps et le coût des échanges transfrontières, par exemple grâce aux postes frontières à guichet unique et aux systèmes numériques de commerce, et promeut un commerce plus inclusif.",
      },
      es: {
        name: 'TradeMark Africa',
        description:
          'Organización sin fines de lucro de ayuda para el comercio, fundada en Nairobi en 2010 como TradeMark East Africa y rebautizada en 2023 cuando extendió su trabajo a África Occidental y Meridional. Financiada por varios gobiernos donantes y fundaciones, trabaja con gobiernos, comunidades regionales y la Secretaría de la AfCFTA para reducir el tiempo y el costo del comercio transfronterizo, por ejemplo mediante puestos fronterizos de ventanilla única y sistemas digitales de comercio, y promueve un comercio más inclusivo.',
      },
    },
    source: checked('TradeMark Africa, "Who we are" (trademarkafrica.com); rebranding and West Africa launch announcement (30 January 2023, fourteen countries of operation); TMA press releases on the Trade Logistics Information Pipeline (February 2024)'),
  },
  {
    slug: 'uncdf',
    acronym: 'UNCDF',
    type: 'un-body',
    hqCountry: 'USA',
    website: 'https://www.uncdf.org',
    policyAreas: ['payment-solutions', 'access-to-financing', 'readiness-assessment'],
    activeIn: ['ldc'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'United Nations Capital Development Fund',
        description:
          "The UN's capital investment agency for the least developed countries, based in New York, which offers grants, loans and guarantees and helps build inclusive digital economies and financial systems. Its Inclusive Digital Economy Scorecard (IDES) is a policy tool that governments in some thirty countries of Africa, Asia and the Pacific use to measure their digital economy (policy and regulation, infrastructure including digital payments, innovation and skills) and set priorities.",
      },
      fr: {
        name: "Fonds d'équipement des Nations Unies",
        acronym: 'FENU',
        description:
          "Organisme d'investissement en capital des Nations Unies pour les pays les moins avancés, établi à New York, qui accorde des dons, des prêts et des garanties et aide à bâtir des économies numériques et des systèmes financiers inclusifs. Son tableau de bord de l'économie numérique inclusive (IDES) est un outil d'aide à la décision que les gouvernements d'une trentaine de pays d'Afrique, d'Asie et du Pacifique utilisent pour mesurer leur économie numérique (politiques et réglementation, infrastructures y compris paiements numériques, innovation et compétences) et fixer leurs priorités.",
      },
      es: {
        name: 'Fondo de las Naciones Unidas para el Desarrollo de la Capitalización',
        acronym: 'FNUDC',
        description:
          'Organismo de inversión de capital de las Naciones Unidas para los países menos adelantados, con sede en Nueva York, que concede donaciones, préstamos y garantías y ayuda a construir economías digitales y sistemas financieros inclusivos. Su cuadro de mando de la economía digital inclusiva (IDES) es una herramienta de políticas que los gobiernos de una treintena de países de África, Asia y el Pacífico utilizan para medir su economía digital (políticas y regulación, infraestructura —incluidos los pagos digitales—, innovación y competencias) y fijar prioridades.',
      },
    },
    source: checked('UN LDC Portal page on UNCDF; UNCDF, "UNCDF launches digital economy strategy" (June 2019); IDES home and methodology pages (ides.uncdf.org); UNCDF, "From insights to impact: evaluating 4 years of progress with the IDES" (33 countries)'),
  },
  {
    slug: 'uncitral',
    acronym: 'UNCITRAL',
    type: 'un-body',
    hqCountry: 'AUT',
    website: 'https://uncitral.un.org',
    policyAreas: ['legal-regulatory'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'United Nations Commission on International Trade Law',
        description:
          'The core legal body of the UN system for international trade law, with its secretariat in Vienna, which prepares model laws, conventions and guides that countries can adopt. Its e-commerce texts, enacted in over 100 States, include the Model Laws on Electronic Commerce (1996), Electronic Signatures (2001), Electronic Transferable Records (2017) and Identity Management and Trust Services (2022) and the Electronic Communications Convention (2005); its secretariat also assists law reform.',
      },
      fr: {
        name: 'Commission des Nations Unies pour le droit commercial international',
        acronym: 'CNUDCI',
        description:
          "Principal organe juridique du système des Nations Unies dans le domaine du droit commercial international, dont le secrétariat est à Vienne, qui élabore des lois types, des conventions et des guides que les pays peuvent adopter. Ses textes sur le commerce électronique, adoptés dans plus de 100 États, comprennent les lois types sur le commerce électronique (1996), les signatures électroniques (2001), les documents transférables électroniques (2017) et la gestion de l'identité et les services de confiance (2022), ainsi que la Convention sur l'utilisation de communications électroniques (2005) ; son secrétariat apporte aussi une assistance aux réformes législatives.",
      },
      es: {
        name: 'Comisión de las Naciones Unidas para el Derecho Mercantil Internacional',
        acronym: 'CNUDMI',
        description:
          'Principal órgano jurídico del sistema de las Naciones Unidas en el ámbito del derecho mercantil internacional, con secretaría en Viena, que prepara leyes modelo, convenciones y guías que los países pueden adoptar. Sus textos sobre comercio electrónico, adoptados en más de 100 Estados, incluyen las leyes modelo sobre comercio electrónico (1996), firmas electrónicas (2001), documentos transmisibles electrónicos (2017) y gestión de la identidad y servicios de confianza (2022), y la Convención sobre las comunicaciones electrónicas (2005); su secretaría también presta asistencia en reformas legislativas.',
      },
    },
    source: checked('UNCITRAL, "Electronic Commerce" texts page (uncitral.un.org/texts/ecommerce); DiploFoundation actor page (secretariat in Vienna, technical assistance in law reform); list of UNCITRAL model laws including the 2022 Model Law on the Use and Cross-border Recognition of Identity Management and Trust Services'),
  },
  {
    slug: 'undp',
    acronym: 'UNDP',
    type: 'un-body',
    hqCountry: 'USA',
    website: 'https://www.undp.org',
    policyAreas: ['readiness-assessment', 'skills-development'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'United Nations Development Programme',
        description:
          "The UN's global development network, based in New York, with country offices in most developing countries. It helps governments develop and carry out inclusive digital transformation strategies, using tools such as digital readiness and maturity assessments and the Digital Development Compass, which rates a country's digital development from public data and serves as an entry point for support from UNDP country offices.",
      },
      fr: {
        name: 'Programme des Nations Unies pour le développement',
        acronym: 'PNUD',
        description:
          "Réseau mondial de développement des Nations Unies, établi à New York, présent par ses bureaux de pays dans la plupart des pays en développement. Il aide les gouvernements à élaborer et mettre en œuvre des stratégies de transformation numérique inclusive à l'aide d'outils comme les évaluations de l'état de préparation et de la maturité numériques et la Digital Development Compass, qui note le développement numérique d'un pays à partir de données publiques et sert de porte d'entrée vers l'appui des bureaux de pays du PNUD.",
      },
      es: {
        name: 'Programa de las Naciones Unidas para el Desarrollo',
        acronym: 'PNUD',
        description:
          'Red mundial de desarrollo de las Naciones Unidas, con sede en Nueva York, presente mediante oficinas en la mayoría de los países en desarrollo. Ayuda a los gobiernos a elaborar y aplicar estrategias de transformación digital inclusiva con herramientas como las evaluaciones de preparación y madurez digitales y la Digital Development Compass, que califica el desarrollo digital de un país a partir de datos públicos y sirve de punto de entrada al apoyo de las oficinas del PNUD en los países.',
      },
    },
    source: checked('UNDP Digital Development Compass methodology page (digitaldevelopmentcompass.undp.org); UNDP Regional Innovation Centre (Asia-Pacific) post on its Digital Maturity Assessment and the UNDP digital readiness assessment'),
  },
  {
    slug: 'uneca',
    acronym: 'ECA',
    type: 'un-body',
    hqCountry: 'ETH',
    website: 'https://www.uneca.org',
    policyAreas: ['readiness-assessment', 'legal-regulatory', 'trade-logistics'],
    activeIn: ['002'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'United Nations Economic Commission for Africa',
        description:
          "The UN regional commission for Africa, based in Addis Ababa. It helped the African Union Commission prepare the Digital Transformation Strategy for Africa, advises member States on digital identity, digital trade and the digital economy through its Centre of Excellence for Digital Identity, Trade and Economy, and, with its African Trade Policy Centre, helps countries use digital tools to trade under the AfCFTA.",
      },
      fr: {
        name: "Commission économique des Nations Unies pour l'Afrique",
        acronym: 'CEA',
        description:
          "Commission régionale des Nations Unies pour l'Afrique, établie à Addis-Abeba. Elle a aidé la Commission de l'Union africaine à préparer la Stratégie de transformation numérique pour l'Afrique, conseille les États membres sur l'identité numérique, le commerce numérique et l'économie numérique par l'intermédiaire de son centre d'excellence pour l'identité, le commerce et l'économie numériques, et, avec son Centre africain pour les politiques commerciales, aide les pays à utiliser les outils numériques pour commercer dans le cadre de la ZLECAf.",
      },
      es: {
        name: 'Comisión Económica de las Naciones Unidas para África',
        acronym: 'CEPA',
        description:
          'Comisión regional de las Naciones Unidas para África, con sede en Adís Abeba. Ayudó a la Comisión de la Unión Africana a preparar la Estrategia de Transformación Digital para África, asesora a los Estados miembros sobre identidad digital, comercio digital y economía digital a través de su centro de excelencia para la identidad, el comercio y la economía digitales y, con su Centro Africano de Política Comercial, ayuda a los países a utilizar herramientas digitales para comerciar en el marco de la AfCFTA.',
      },
    },
    source: checked('ECA stories "COM2021: African countries need to leverage AfCFTA to drive digital trade" (March 2021) and on the Advisory Board of the Centre of Excellence for Digital Identity, Trade and Economy (September 2019); Ecofin Agency on the Japan-funded digital trade programme delivered through the African Trade Policy Centre (November 2025)'),
  },
  {
    slug: 'uneclac',
    acronym: 'ECLAC',
    type: 'un-body',
    hqCountry: 'CHL',
    website: 'https://www.cepal.org/en',
    policyAreas: ['readiness-assessment', 'ict-infrastructure'],
    activeIn: ['419'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Economic Commission for Latin America and the Caribbean',
        description:
          'The UN regional commission for Latin America and the Caribbean, founded in 1948 and based in Santiago, Chile. It serves as technical secretariat of the Digital Agenda for Latin America and the Caribbean (eLAC) and its ministerial conferences, and its Digital Development Observatory, launched in 2024, offers more than 100 indicators on connectivity, digital skills, e-commerce and digital services and national digital agendas.',
      },
      fr: {
        name: "Commission économique pour l'Amérique latine et les Caraïbes",
        acronym: 'CEPALC',
        description:
          "Commission régionale des Nations Unies pour l'Amérique latine et les Caraïbes, fondée en 1948 et établie à Santiago du Chili. Elle assure le secrétariat technique de l'Agenda numérique pour l'Amérique latine et les Caraïbes (eLAC) et de ses conférences ministérielles, et son Observatoire du développement numérique, lancé en 2024, propose plus de 100 indicateurs sur la connectivité, les compétences numériques, le commerce électronique et les services numériques ainsi que sur les stratégies numériques nationales.",
      },
      es: {
        name: 'Comisión Económica para América Latina y el Caribe',
        acronym: 'CEPAL',
        description:
          'Comisión regional de las Naciones Unidas para América Latina y el Caribe, fundada en 1948 y con sede en Santiago de Chile. Ejerce la secretaría técnica de la Agenda Digital para América Latina y el Caribe (eLAC) y de sus conferencias ministeriales, y su Observatorio de Desarrollo Digital, lanzado en 2024, ofrece más de 100 indicadores sobre conectividad, competencias digitales, comercio electrónico y servicios digitales, así como sobre las agendas digitales nacionales.',
      },
    },
    source: checked('ECLAC, "Digital Agenda for Latin America and the Caribbean (eLAC)" (desarrollodigital.cepal.org); eTrade for all partner page on ECLAC (Digital Development Observatory, February 2024); press reports on the eLAC ministerial conferences and the Regional Broadband Observatory'),
  },
  {
    slug: 'unescap',
    acronym: 'ESCAP',
    type: 'un-body',
    hqCountry: 'THA',
    website: 'https://www.unescap.org',
    policyAreas: ['trade-logistics', 'legal-regulatory', 'ict-infrastructure'],
    activeIn: ['142', '009'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'United Nations Economic and Social Commission for Asia and the Pacific',
        description:
          "The UN regional commission for Asia and the Pacific, based in Bangkok. It developed the Framework Agreement on Facilitation of Cross-border Paperless Trade in Asia and the Pacific, a UN treaty adopted in 2016 and in force since 2021 that helps its parties exchange trade data and documents electronically, and gives priority technical assistance to parties; with UNCITRAL it prepared an online readiness assessment guide for cross-border paperless trade.",
      },
      fr: {
        name: "Commission économique et sociale des Nations Unies pour l'Asie et le Pacifique",
        acronym: 'CESAP',
        description:
          "Commission régionale des Nations Unies pour l'Asie et le Pacifique, établie à Bangkok. Elle a élaboré l'Accord-cadre sur la facilitation du commerce transfrontière sans papier en Asie et dans le Pacifique, traité des Nations Unies adopté en 2016 et en vigueur depuis 2021, qui aide ses parties à échanger électroniquement données et documents commerciaux, et apporte en priorité une assistance technique aux parties ; avec la CNUDCI, elle a préparé un guide en ligne d'évaluation de l'état de préparation au commerce transfrontière sans papier.",
      },
      es: {
        name: 'Comisión Económica y Social de las Naciones Unidas para Asia y el Pacífico',
        acronym: 'CESPAP',
        description:
          'Comisión regional de las Naciones Unidas para Asia y el Pacífico, con sede en Bangkok. Elaboró el Acuerdo Marco sobre la Facilitación del Comercio Transfronterizo sin Papel en Asia y el Pacífico, un tratado de las Naciones Unidas adoptado en 2016 y en vigor desde 2021 que ayuda a sus partes a intercambiar datos y documentos comerciales por vía electrónica, y presta asistencia técnica prioritaria a las partes; con la CNUDMI preparó una guía en línea para evaluar la preparación para el comercio transfronterizo sin papel.',
      },
    },
    source: checked('ESCAP pages on the Framework Agreement on Facilitation of Cross-border Paperless Trade in Asia and the Pacific (adopted 19 May 2016; in force 20 February 2021); eTrade for all page on the Framework Agreement; UNCITRAL e-commerce page (joint Readiness Assessment Guide)'),
  },
  {
    slug: 'unescwa',
    acronym: 'ESCWA',
    type: 'un-body',
    hqCountry: 'LBN',
    website: 'https://www.unescwa.org',
    policyAreas: ['legal-regulatory', 'readiness-assessment', 'skills-development'],
    // The 20 Arab member States (Algeria and Somalia joined in 2020; Comoros and Djibouti are not members).
    activeIn: ['DZA', 'BHR', 'EGY', 'IRQ', 'JOR', 'KWT', 'LBN', 'LBY', 'MRT', 'MAR', 'OMN', 'PSE', 'QAT', 'SAU', 'SOM', 'SDN', 'SYR', 'TUN', 'ARE', 'YEM'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'United Nations Economic and Social Commission for Western Asia',
        description:
          'The UN regional commission for the Arab States, based in Beirut. Since 2007 it has helped its member States build cyber legislation: its Cyber Legislation Directives (2012) give model provisions on electronic transactions and signatures, e-commerce and consumer protection, personal data protection, cybercrime and intellectual property online, and it has reviewed national laws and trained legislators and officials.',
      },
      fr: {
        name: "Commission économique et sociale des Nations Unies pour l'Asie occidentale",
        acronym: 'CESAO',
        description:
          "Commission régionale des Nations Unies pour les États arabes, établie à Beyrouth. Depuis 2007, elle aide ses États membres à se doter d'une cyberlégislation : ses directives sur la cyberlégislation (2012) proposent des dispositions types sur les transactions et signatures électroniques, le commerce électronique et la protection du consommateur, la protection des données à caractère personnel, la cybercriminalité et la propriété intellectuelle en ligne, et elle a examiné des législations nationales et formé des législateurs et des fonctionnaires.",
      },
      es: {
        name: 'Comisión Económica y Social de las Naciones Unidas para Asia Occidental',
        acronym: 'CESPAO',
        description:
          'Comisión regional de las Naciones Unidas para los Estados árabes, con sede en Beirut. Desde 2007 ayuda a sus Estados miembros a dotarse de ciberlegislación: sus directivas sobre ciberlegislación (2012) proponen disposiciones modelo sobre transacciones y firmas electrónicas, comercio electrónico y protección del consumidor, protección de datos personales, ciberdelincuencia y propiedad intelectual en línea, y ha examinado legislaciones nacionales y formado a legisladores y funcionarios.',
      },
    },
    source: checked('ESCWA press release "ESCWA launches Cyber Legislation Directives" (2012) and events on regional harmonisation of cyber legislation; UN Development Account page on the project (2009–2012, eleven member countries assisted); eTrade for all page "Cyber Legislation in the Arab region"; Cepei infographic on ESCWA (April 2021: 20 member States)'),
  },
  {
    slug: 'unodc',
    acronym: 'UNODC',
    type: 'un-body',
    hqCountry: 'AUT',
    website: 'https://www.unodc.org',
    policyAreas: ['legal-regulatory', 'skills-development'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'United Nations Office on Drugs and Crime',
        description:
          "The UN office for crime prevention and criminal justice, based in Vienna. Its Global Programme on Cybercrime, set up in 2013, helps Member States, above all in the global South, prevent and counter cybercrime through capacity building for investigators, prosecutors and judges, support for legal frameworks, international cooperation and prevention.",
      },
      fr: {
        name: 'Office des Nations Unies contre la drogue et le crime',
        acronym: 'ONUDC',
        description:
          "Office des Nations Unies chargé de la prévention du crime et de la justice pénale, établi à Vienne. Son programme mondial sur la cybercriminalité, créé en 2013, aide les États Membres, surtout ceux du Sud, à prévenir et combattre la cybercriminalité par le renforcement des capacités des enquêteurs, procureurs et juges, l'appui aux cadres juridiques, la coopération internationale et la prévention.",
      },
      es: {
        name: 'Oficina de las Naciones Unidas contra la Droga y el Delito',
        description:
          'Oficina de las Naciones Unidas encargada de la prevención del delito y la justicia penal, con sede en Viena. Su Programa Mundial contra el Delito Cibernético, creado en 2013, ayuda a los Estados Miembros, sobre todo a los del Sur global, a prevenir y combatir la ciberdelincuencia mediante el fomento de la capacidad de investigadores, fiscales y jueces, el apoyo a los marcos jurídicos, la cooperación internacional y la prevención.',
      },
    },
    source: checked('UNODC Global Programme on Cybercrime pages ("Our mandate", "Our approach", Spanish programme page); UNODC Doha Declaration news (focus on the global South). Vienna headquarters: general knowledge'),
  },
  {
    slug: 'wipo',
    acronym: 'WIPO',
    type: 'un-body',
    hqCountry: 'CHE',
    website: 'https://www.wipo.int',
    policyAreas: ['legal-regulatory', 'skills-development'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'World Intellectual Property Organization',
        description:
          'The UN specialized agency for intellectual property, based in Geneva, which runs the international systems for patents, trademarks and designs, helps countries develop their IP laws and trains officials and businesses. Its Arbitration and Mediation Center is the leading provider of domain name dispute resolution under the UDRP, which gives trademark owners a quick way to act against abusive registrations of online names.',
      },
      fr: {
        name: 'Organisation Mondiale de la Propriété Intellectuelle',
        acronym: 'OMPI',
        description:
          "Institution spécialisée des Nations Unies pour la propriété intellectuelle, établie à Genève, qui gère les systèmes internationaux des brevets, des marques et des dessins et modèles, aide les pays à développer leur législation de propriété intellectuelle et forme fonctionnaires et entreprises. Son Centre d'arbitrage et de médiation est le principal prestataire de règlement des litiges relatifs aux noms de domaine selon les principes UDRP, qui donnent aux titulaires de marques un moyen rapide d'agir contre l'enregistrement abusif de noms en ligne.",
      },
      es: {
        name: 'Organización Mundial de la Propiedad Intelectual',
        acronym: 'OMPI',
        description:
          'Organismo especializado de las Naciones Unidas para la propiedad intelectual, con sede en Ginebra, que gestiona los sistemas internacionales de patentes, marcas y diseños, ayuda a los países a desarrollar su legislación de propiedad intelectual y forma a funcionarios y empresas. Su Centro de Arbitraje y Mediación es el principal proveedor de solución de controversias sobre nombres de dominio conforme a la Política Uniforme (UDRP), que ofrece a los titulares de marcas una vía rápida contra el registro abusivo de nombres en línea.',
      },
    },
    source: checked('WIPO Arbitration and Mediation Center pages (history; domain name dispute resolution workshops, 2022–2023); WIPO website (wipo.int)'),
  },
];

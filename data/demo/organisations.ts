import type { OrganisationSeed } from '../../src/features/organisations/types.js';

/**
 * Demo partner directory: every organisation that the UNCTAD E-Commerce Week 2017 report
 * (UNCTAD/DTL/STICT/2017/7) names as a partner, co-organiser or contributor, plus the few it cites
 * in passing (Council of Europe, Islamic Development Bank), described only as the report does.
 * Coverage (`activeIn`) is each one's real reach, in the catalogue's vocabulary ('001' only for a
 * worldwide remit, else M49 regions, UN groups or ISO3 countries); where the report does not give
 * it, `source` says where it comes from. More partners are in organisations-added.ts.
 * Descriptions are our own wording; French and Spanish follow the established UN terminology.
 * Sorted by slug.
 */
const report = 'UNCTAD, E-Commerce Week 2017 report (UNCTAD/DTL/STICT/2017/7)';

export const demoOrganisations: OrganisationSeed[] = [
  {
    slug: 'aaec',
    acronym: 'AAEC',
    type: 'regional-organisation',
    hqCountry: null,
    website: null,
    policyAreas: ['trade-logistics'],
    activeIn: ['002'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'African Alliance for E-Commerce',
        description:
          'A pan-African association that brings together the bodies running national single windows for foreign trade in African countries. At UNCTAD E-Commerce Week 2017 it co-organised the sessions of the closing day and, in the session on single windows as enablers of e-commerce, launched the updated edition of its practical guide to implementing a single window, which builds on UN/CEFACT recommendations.',
      },
      fr: {
        name: 'Alliance africaine pour le commerce électronique',
        description:
          "Association panafricaine qui réunit les organismes chargés des guichets uniques nationaux du commerce extérieur des pays africains. Lors de la Semaine du commerce électronique 2017 de la CNUCED, elle a coorganisé les séances de la dernière journée et, pendant la séance consacrée au guichet unique comme catalyseur du commerce électronique, a lancé la nouvelle édition de son guide pratique de mise en place d'un guichet unique, fondé sur les recommandations du CEFACT-ONU.",
      },
      es: {
        name: 'Alianza Africana para el Comercio Electrónico',
        description:
          'Asociación panafricana que agrupa a los organismos encargados de las ventanillas únicas nacionales de comercio exterior de los países africanos. En la Semana del Comercio Electrónico 2017 de la UNCTAD coorganizó las sesiones de la última jornada y, en la sesión dedicada a la ventanilla única como motor del comercio electrónico, presentó la edición actualizada de su guía práctica para implantar una ventanilla única, basada en las recomendaciones del CEFACT-ONU.',
      },
    },
    source: `${report}: co-organised the sessions of 28 April 2017; launched its updated Single Window guide in the session "Single Window as an enabler for e-commerce development" (28 April).`,
  },
  {
    slug: 'alibaba-group',
    acronym: null,
    type: 'private-company',
    hqCountry: 'CHN',
    website: 'https://www.alibabagroup.com',
    policyAreas: ['ict-infrastructure', 'payment-solutions', 'legal-regulatory', 'skills-development'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Alibaba Group',
        description:
          "A Chinese e-commerce and technology group whose founder and chairman, Jack Ma, was at the time UNCTAD's Special Adviser for young entrepreneurs and small business. Jack Ma took part in the high-level dialogue on digital transformation for entrepreneurs and small business on 25 April 2017, and the cybersecurity session of 24 April heard how Alibaba Security protects its platforms and is building a security alliance with other e-commerce players.",
      },
      fr: {
        name: 'Alibaba Group',
        description:
          "Groupe chinois de commerce électronique et de technologie dont le fondateur et président, Jack Ma, était alors Conseiller spécial de la CNUCED pour les jeunes entrepreneurs et les petites entreprises. Jack Ma a participé au dialogue de haut niveau du 25 avril 2017 sur la transformation numérique au service des entrepreneurs et des petites entreprises, et la séance du 24 avril sur la cybersécurité a présenté les mesures prises par Alibaba Security pour protéger ses plateformes ainsi que l'alliance pour la sécurité qu'Alibaba Security met en place avec d'autres acteurs du commerce électronique.",
      },
      es: {
        name: 'Alibaba Group',
        description:
          'Grupo chino de comercio electrónico y tecnología cuyo fundador y presidente, Jack Ma, era entonces Asesor Especial de la UNCTAD para los jóvenes emprendedores y las pequeñas empresas. Jack Ma participó en el diálogo de alto nivel del 25 de abril de 2017 sobre la transformación digital al servicio de los emprendedores y las pequeñas empresas, y en la sesión del 24 de abril sobre ciberseguridad se expusieron las medidas de Alibaba Security para proteger sus plataformas y la alianza de seguridad que está creando con otros actores del comercio electrónico.',
      },
    },
    source: `${report}: Alibaba Security in the session "Cybersecurity and Cybercrime" (24 April 2017); Jack Ma in the High-Level Event "Digital Transformation for All" (25 April 2017).`,
  },
  {
    slug: 'aliresearch',
    acronym: null,
    type: 'academia',
    hqCountry: 'CHN',
    website: null,
    policyAreas: ['readiness-assessment'],
    activeIn: ['CHN'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'AliResearch',
        description:
          "The research institute of Alibaba Group, which studies e-commerce and the digital economy, above all in China. It was one of UNCTAD's partners on the first day of E-Commerce Week 2017 and released, in the session on inclusive development and e-commerce in China, a study offering guidance for policymakers, good practices for MSMEs and empirical evidence of inclusive growth.",
      },
      fr: {
        name: 'AliResearch',
        description:
          "Institut de recherche d'Alibaba Group, qui étudie le commerce électronique et l'économie numérique, principalement en Chine. Partenaire de la CNUCED lors de la première journée de la Semaine du commerce électronique 2017, il a publié, pendant la séance consacrée au développement inclusif et au commerce électronique en Chine, une étude qui propose des orientations aux décideurs, des bonnes pratiques pour les micro, petites et moyennes entreprises (MPME) et des données empiriques sur la croissance inclusive.",
      },
      es: {
        name: 'AliResearch',
        description:
          'Instituto de investigación de Alibaba Group que estudia el comercio electrónico y la economía digital, sobre todo en China. Fue asociado de la UNCTAD en la primera jornada de la Semana del Comercio Electrónico 2017 y, en la sesión dedicada al desarrollo inclusivo y el comercio electrónico en China, publicó un estudio que ofrece orientaciones a los responsables de políticas, buenas prácticas para las microempresas y pequeñas y medianas empresas (mipymes) y datos empíricos sobre el crecimiento inclusivo.',
      },
    },
    source: `${report}: partner of the sessions of 24 April 2017; study released in the session "Inclusive Development and E-Commerce: Case of China" (24 April).`,
  },
  {
    slug: 'asean',
    acronym: 'ASEAN',
    type: 'regional-organisation',
    hqCountry: 'IDN',
    website: 'https://asean.org',
    policyAreas: ['legal-regulatory', 'skills-development'],
    activeIn: ['035'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Association of Southeast Asian Nations',
        description:
          'The regional intergovernmental organisation of South-East Asian countries, with its secretariat in Jakarta. It was one of the co-organisers of the fourth day of UNCTAD E-Commerce Week 2017 (27 April), whose sessions were devoted to micro, small and medium-sized enterprises (MSMEs) and to women in e-commerce.',
      },
      fr: {
        name: "Association des nations de l'Asie du Sud-Est",
        description:
          "Organisation intergouvernementale régionale des pays de l'Asie du Sud-Est, dont le secrétariat se trouve à Jakarta. Elle a coorganisé la quatrième journée de la Semaine du commerce électronique 2017 de la CNUCED (27 avril), dont les séances étaient consacrées aux micro, petites et moyennes entreprises (MPME) et aux femmes dans le commerce électronique.",
      },
      es: {
        name: 'Asociación de Naciones del Asia Sudoriental',
        description:
          'Organización intergubernamental regional de los países del Asia Sudoriental, con secretaría en Yakarta. Fue una de las entidades coorganizadoras de la cuarta jornada de la Semana del Comercio Electrónico 2017 de la UNCTAD (27 de abril), cuyas sesiones se dedicaron a las microempresas y pequeñas y medianas empresas (mipymes) y a las mujeres en el comercio electrónico.',
      },
    },
    source: `${report}: co-organised the sessions of 27 April 2017.`,
  },
  {
    slug: 'business-for-etrade-development',
    acronym: null,
    type: 'business-association',
    hqCountry: null,
    website: null,
    policyAreas: ['readiness-assessment', 'skills-development'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Business for eTrade Development',
        description:
          'A private-sector-led advisory council to the eTrade for all initiative, made up of large corporations and small businesses from developed and developing countries. It held its first board meeting during UNCTAD E-Commerce Week 2017, and the report presents it as working with eTrade for all to promote the uptake of e-commerce for inclusive development.',
      },
      fr: {
        name: 'Business for eTrade Development',
        description:
          "Conseil consultatif de l'initiative eTrade for all piloté par le secteur privé (Entreprises pour le développement du commerce électronique), qui réunit de grandes sociétés et de petites entreprises de pays développés et de pays en développement. Il a tenu la première réunion de son conseil d'administration pendant la Semaine du commerce électronique 2017 de la CNUCED, et le rapport le présente comme le partenaire d'eTrade for all pour promouvoir l'adoption du commerce électronique au service d'un développement inclusif.",
      },
      es: {
        name: 'Empresas en pro del Desarrollo del Comercio Electrónico',
        description:
          'Consejo consultivo de la iniciativa eTrade for all dirigido por el sector privado (Business for eTrade Development), integrado por grandes empresas y pequeños negocios de países desarrollados y en desarrollo. Celebró la primera reunión de su junta durante la Semana del Comercio Electrónico 2017 de la UNCTAD, y el informe lo presenta como asociado de eTrade for all para promover la adopción del comercio electrónico en favor de un desarrollo inclusivo.',
      },
    },
    source: `${report}: first board meeting held during the Week (overview); described at the launch of the eTrade for all online platform (25 April 2017). Type: a private-sector council (the report calls it a private sector-led advisory council).`,
  },
  {
    slug: 'cigi',
    acronym: 'CIGI',
    type: 'academia',
    hqCountry: 'CAN',
    website: 'https://www.cigionline.org',
    policyAreas: ['readiness-assessment', 'legal-regulatory'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Centre for International Governance Innovation',
        description:
          "An independent think tank based in Waterloo, Canada, that works on global governance, including the governance of the Internet and the digital economy. It was one of UNCTAD's partners on 24 April 2017, when the findings of the 2017 CIGI-Ipsos-UNCTAD-Internet Society global survey on public attitudes to the Internet and e-commerce in 24 countries were presented.",
      },
      fr: {
        name: "Centre pour l'innovation dans la gouvernance internationale",
        description:
          "Groupe de réflexion indépendant établi à Waterloo (Canada), qui travaille sur la gouvernance mondiale, notamment celle d'Internet et de l'économie numérique. Partenaire de la CNUCED le 24 avril 2017, il a présenté ce jour-là les résultats de l'enquête mondiale CIGI-Ipsos-CNUCED-Internet Society de 2017 sur la perception d'Internet et du commerce électronique par le public dans 24 pays.",
      },
      es: {
        name: 'Centro para la Innovación en la Gobernanza Internacional',
        description:
          'Centro de estudios independiente con sede en Waterloo (Canadá) que trabaja sobre la gobernanza mundial, en particular la de Internet y la economía digital. Fue asociado de la UNCTAD el 24 de abril de 2017, fecha en que se presentaron los resultados de la encuesta mundial CIGI-Ipsos-UNCTAD-Internet Society de 2017 sobre las actitudes del público ante Internet y el comercio electrónico en 24 países.',
      },
    },
    source: `${report}: partner of the sessions of 24 April 2017; co-author of the survey presented in the session "Global Survey of Internet User Perceptions" (24 April).`,
  },
  {
    slug: 'consumers-international',
    acronym: null,
    type: 'civil-society',
    hqCountry: 'GBR',
    website: 'https://www.consumersinternational.org',
    policyAreas: ['legal-regulatory'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Consumers International',
        description:
          'The London-based global federation of consumer organisations. Its Director-General, Amanda Long, took part in the high-level dialogue of 25 April 2017 and in the session on e-commerce and consumer protection on 26 April, where she stressed that consumer trust is what the digital economy depends on.',
      },
      fr: {
        name: 'Consumers International',
        description:
          "Fédération mondiale des organisations de consommateurs, établie à Londres. Sa directrice générale, Amanda Long, a participé au dialogue de haut niveau du 25 avril 2017 et à la séance du 26 avril sur le commerce électronique et la protection du consommateur, où elle a souligné que l'économie numérique repose sur la confiance des consommateurs.",
      },
      es: {
        name: 'Consumers International',
        description:
          'Federación mundial de organizaciones de consumidores con sede en Londres. Su Directora General, Amanda Long, participó en el diálogo de alto nivel del 25 de abril de 2017 y en la sesión del 26 de abril sobre comercio electrónico y protección del consumidor, en la que subrayó que la economía digital depende de la confianza de los consumidores.',
      },
    },
    source: `${report}: Director-General in the High-Level Event "Digital Transformation for All" (25 April 2017) and in the session "E-commerce and Consumer Protection" (26 April 2017).`,
  },
  {
    slug: 'council-of-europe',
    acronym: null,
    type: 'regional-organisation',
    hqCountry: 'FRA',
    website: 'https://www.coe.int',
    policyAreas: ['legal-regulatory'],
    activeIn: ['150'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Council of Europe',
        description:
          "The Strasbourg-based intergovernmental organisation for human rights, democracy and the rule of law in Europe, under whose auspices the Convention on Cybercrime (the Budapest Convention) was adopted. The report does not list it among the Week's co-organisers: it refers to the Budapest Convention in the 24 April 2017 session on cybersecurity and cybercrime, as a basis for harmonising criminal justice systems.",
      },
      fr: {
        name: "Conseil de l'Europe",
        description:
          "Organisation intergouvernementale établie à Strasbourg qui œuvre pour les droits de l'homme, la démocratie et l'état de droit en Europe, et dans le cadre de laquelle a été adoptée la Convention sur la cybercriminalité (Convention de Budapest). Le rapport ne le cite pas parmi les coorganisateurs de la Semaine : il mentionne la Convention de Budapest lors de la séance du 24 avril 2017 sur la cybersécurité et la cybercriminalité, comme base d'harmonisation des systèmes de justice pénale.",
      },
      es: {
        name: 'Consejo de Europa',
        description:
          'Organización intergubernamental con sede en Estrasburgo que promueve los derechos humanos, la democracia y el estado de derecho en Europa, y en cuyo marco se aprobó el Convenio sobre la Ciberdelincuencia (Convenio de Budapest). El informe no lo menciona entre las entidades coorganizadoras de la Semana: cita el Convenio de Budapest en la sesión del 24 de abril de 2017 sobre ciberseguridad y ciberdelincuencia, como base para armonizar los sistemas de justicia penal.',
      },
    },
    source: `${report}: Budapest Convention cited in the session "Cybersecurity and Cybercrime" (24 April 2017); not listed as a co-organiser.`,
  },
  {
    slug: 'cuts-international',
    acronym: 'CUTS',
    type: 'civil-society',
    hqCountry: 'IND',
    website: 'https://cuts-international.org',
    policyAreas: ['skills-development', 'legal-regulatory'],
    // Worldwide advocacy, with centres of its own in these countries.
    activeIn: ['001', 'IND', 'KEN', 'ZMB', 'GHA', 'VNM'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'CUTS International',
        description:
          'Consumer Unity & Trust Society, a non-governmental research and advocacy organisation founded in India that works on consumer protection, trade and economic governance. It co-organised sessions on the third day of UNCTAD E-Commerce Week 2017 (26 April) and was a partner in the Digital Commerce course of the Geneva Internet Platform, which was launched that day.',
      },
      fr: {
        name: 'CUTS International',
        description:
          "Consumer Unity & Trust Society, organisation non gouvernementale de recherche et de plaidoyer fondée en Inde, qui travaille sur la protection du consommateur, le commerce et la gouvernance économique. Elle a coorganisé des séances de la troisième journée de la Semaine du commerce électronique 2017 de la CNUCED (26 avril) et était partenaire du cours sur le commerce numérique de la Plateforme Internet de Genève, lancé ce jour-là.",
      },
      es: {
        name: 'CUTS International',
        description:
          'Consumer Unity & Trust Society, organización no gubernamental de investigación y promoción fundada en la India que trabaja en la protección del consumidor, el comercio y la gobernanza económica. Coorganizó sesiones de la tercera jornada de la Semana del Comercio Electrónico 2017 de la UNCTAD (26 de abril) y fue asociada del curso de comercio digital de la Plataforma de Internet de Ginebra, que se inauguró ese día.',
      },
    },
    source: `${report}: co-organised sessions on 26 April 2017; partner in the Digital Commerce course kicked off on 26 April. Coverage: CUTS International Geneva (its sister centres in India, Kenya, Zambia, Viet Nam, Ghana and Washington), in IISD/CUTS (2021), stored copy checked 2026-12-07.`,
  },
  {
    slug: 'diplofoundation',
    acronym: null,
    type: 'civil-society',
    hqCountry: 'MLT',
    website: 'https://www.diplomacy.edu',
    policyAreas: ['skills-development', 'legal-regulatory'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'DiploFoundation',
        description:
          'A non-profit foundation set up by Malta and Switzerland that helps small and developing countries take part in international policy-making, notably on Internet governance and digital policy. Its capacity development initiatives were presented in the 24 April 2017 session on cybersecurity and cybercrime, and it co-organised sessions on 26 April, including the launch of the Digital Commerce course with the Geneva Internet Platform.',
      },
      fr: {
        name: 'DiploFoundation',
        description:
          "Fondation à but non lucratif créée par Malte et la Suisse, qui aide les petits pays et les pays en développement à participer à l'élaboration des politiques internationales, notamment en matière de gouvernance d'Internet et de politique numérique. Ses initiatives de renforcement des capacités ont été présentées lors de la séance du 24 avril 2017 sur la cybersécurité et la cybercriminalité, et elle a coorganisé des séances le 26 avril, dont le lancement du cours sur le commerce numérique avec la Plateforme Internet de Genève.",
      },
      es: {
        name: 'DiploFoundation',
        description:
          'Fundación sin fines de lucro creada por Malta y Suiza que ayuda a los países pequeños y en desarrollo a participar en la formulación de políticas internacionales, en particular sobre gobernanza de Internet y política digital. Sus iniciativas de fomento de la capacidad se presentaron en la sesión del 24 de abril de 2017 sobre ciberseguridad y ciberdelincuencia, y coorganizó sesiones el 26 de abril, entre ellas la inauguración del curso de comercio digital con la Plataforma de Internet de Ginebra.',
      },
    },
    source: `${report}: capacity development initiatives presented in the session "Cybersecurity and Cybercrime" (24 April 2017); co-organised sessions on 26 April 2017, including the kickstart of the Digital Commerce course.`,
  },
  {
    slug: 'e-residency-estonia',
    acronym: null,
    type: 'government-agency',
    hqCountry: 'EST',
    website: 'https://www.e-resident.gov.ee',
    policyAreas: ['legal-regulatory'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'e-Residency of Estonia',
        description:
          'A programme of the Government of Estonia that gives people around the world a government-issued digital identity, so that they can set up and run an Estonian company online. It co-organised sessions on 27 April 2017, and the session on SMEs in e-commerce cited e-Residency as a way for entrepreneurs to run a business from abroad with a digital identity.',
      },
      fr: {
        name: "e-Residency de l'Estonie",
        description:
          "Programme du Gouvernement estonien qui attribue à des personnes du monde entier une identité numérique délivrée par l'État, afin qu'elles puissent créer et gérer en ligne une société estonienne. Il a coorganisé des séances le 27 avril 2017, et la séance consacrée aux PME dans le commerce électronique l'a cité comme moyen, pour les entrepreneurs, de gérer une entreprise depuis l'étranger grâce à une identité numérique.",
      },
      es: {
        name: 'e-Residency de Estonia',
        description:
          'Programa del Gobierno de Estonia que otorga a personas de todo el mundo una identidad digital expedida por el Estado para que puedan crear y gestionar en línea una empresa estonia. Coorganizó sesiones el 27 de abril de 2017, y en la sesión dedicada a las pymes en el comercio electrónico se citó la e-Residency como una forma de que los emprendedores dirijan una empresa desde el extranjero con una identidad digital.',
      },
    },
    source: `${report}: co-organised sessions on 27 April 2017; cited in the session "Supporting the Involvement of Small and Medium-Sized Enterprises in E-commerce" (27 April).`,
  },
  {
    slug: 'ebay',
    acronym: null,
    type: 'private-company',
    hqCountry: 'USA',
    website: 'https://www.ebay.com',
    policyAreas: ['ict-infrastructure'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'eBay',
        description:
          'A US-based online marketplace on which businesses and individuals, including small sellers, trade goods across borders. eBay co-organised sessions on the third day of UNCTAD E-Commerce Week 2017 (26 April), and the 27 April session on SMEs pointed to platforms such as eBay as a way of connecting small businesses that are not yet online to markets and information.',
      },
      fr: {
        name: 'eBay',
        description:
          "Place de marché en ligne basée aux États-Unis, sur laquelle des entreprises et des particuliers, y compris de petits vendeurs, échangent des biens par-delà les frontières. eBay a coorganisé des séances de la troisième journée de la Semaine du commerce électronique 2017 de la CNUCED (26 avril), et la séance du 27 avril consacrée aux PME a cité des plateformes telles qu'eBay comme moyen de relier aux marchés et à l'information les petites entreprises encore non connectées.",
      },
      es: {
        name: 'eBay',
        description:
          'Mercado en línea con sede en los Estados Unidos en el que empresas y particulares, incluidos pequeños vendedores, comercian bienes a través de las fronteras. eBay coorganizó sesiones de la tercera jornada de la Semana del Comercio Electrónico 2017 de la UNCTAD (26 de abril), y en la sesión del 27 de abril sobre las pymes se señalaron plataformas como eBay como una forma de conectar con los mercados y la información a las pequeñas empresas que aún no están en línea.',
      },
    },
    source: `${report}: co-organised sessions on 26 April 2017; cited in the session "Supporting the Involvement of Small and Medium-Sized Enterprises in E-commerce" (27 April).`,
  },
  {
    slug: 'eif',
    acronym: 'EIF',
    type: 'international-organisation',
    hqCountry: 'CHE',
    website: 'https://www.enhancedif.org',
    policyAreas: ['readiness-assessment', 'access-to-financing'],
    activeIn: ['ldc'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Enhanced Integrated Framework',
        description:
          'A multilateral partnership, hosted at the WTO in Geneva, that helps least developed countries (LDCs) use trade for development. With UNCTAD it co-organised the 26 April 2017 special session on assessing the e-trade readiness of LDCs, where it restated its support through its Diagnostic Trade Integration Studies and offered to help design projects, reach out to new donors and sponsor further assessments. Together with Germany, it pledged new funding for more LDC e-commerce readiness assessments, including for Liberia and Samoa.',
      },
      fr: {
        name: 'Cadre intégré renforcé',
        acronym: 'CIR',
        description:
          "Partenariat multilatéral, hébergé par l'OMC à Genève, qui aide les pays les moins avancés (PMA) à mettre le commerce au service du développement. Avec la CNUCED, il a coorganisé le 26 avril 2017 la séance spéciale sur l'évaluation de l'état de préparation des PMA au commerce électronique, où il a réaffirmé son soutien au moyen de ses études diagnostiques sur l'intégration du commerce (EDIC) et proposé d'aider à concevoir des projets, de solliciter de nouveaux donateurs et de financer d'autres évaluations. Avec l'Allemagne, il a annoncé de nouveaux financements pour d'autres évaluations de l'état de préparation au commerce électronique dans les PMA, notamment au Libéria et au Samoa.",
      },
      es: {
        name: 'Marco Integrado Mejorado',
        acronym: 'MIM',
        description:
          'Asociación multilateral, acogida por la OMC en Ginebra, que ayuda a los países menos adelantados (PMA) a aprovechar el comercio para el desarrollo. Junto con la UNCTAD coorganizó el 26 de abril de 2017 la sesión especial sobre la evaluación del estado de preparación de los PMA para el comercio electrónico, en la que reiteró su apoyo mediante sus estudios de diagnóstico sobre la integración comercial (EDIC) y se ofreció a ayudar a formular proyectos, recurrir a nuevos donantes y financiar nuevas evaluaciones. Junto con Alemania, anunció nuevos fondos para más evaluaciones del estado de preparación para el comercio electrónico en los PMA, entre ellos Liberia y Samoa.',
      },
    },
    source: `${report}: co-organised sessions on 26 April 2017, including the "Special session on Assessing E-trade Readiness of the Least Developed Countries"; funding pledge with Germany reported there. Coverage: UN LDC Portal page on the EIF (a programme for the least developed countries), stored copy checked 2026-12-07.`,
  },
  {
    slug: 'friends-of-e-commerce-for-development',
    acronym: 'FED',
    type: 'country-group',
    hqCountry: null,
    website: null,
    policyAreas: ['legal-regulatory', 'readiness-assessment'],
    // Its members in April 2017 (Third World Network, SUNS #8451); the group offers no services of its own.
    activeIn: ['ARG', 'CHL', 'COL', 'CRI', 'KEN', 'MEX', 'NGA', 'PAK', 'LKA', 'URY'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Group of Friends of E-Commerce for Development',
        description:
          "An informal group of countries, formed in Geneva, that champions e-commerce as a driver of development. It held its first Ministerial Meeting on 25 April 2017 during UNCTAD E-Commerce Week, where ministers proposed a roadmap of seven priority issues matching the eTrade for all policy areas, seen as a contribution to the WTO's Eleventh Ministerial Conference in Buenos Aires.",
      },
      fr: {
        name: 'Groupe des Amis du commerce électronique pour le développement',
        description:
          "Groupe informel de pays, constitué à Genève, qui promeut le commerce électronique comme moteur du développement. Il a tenu sa première réunion ministérielle le 25 avril 2017, pendant la Semaine du commerce électronique de la CNUCED ; les ministres y ont proposé une feuille de route de sept questions prioritaires correspondant aux domaines d'action de l'initiative eTrade for all, conçue comme une contribution à la onzième Conférence ministérielle de l'OMC à Buenos Aires.",
      },
      es: {
        name: 'Grupo de Amigos del Comercio Electrónico para el Desarrollo',
        description:
          'Grupo informal de países, constituido en Ginebra, que promueve el comercio electrónico como motor del desarrollo. Celebró su primera reunión ministerial el 25 de abril de 2017, durante la Semana del Comercio Electrónico de la UNCTAD, en la que los ministros propusieron una hoja de ruta con siete cuestiones prioritarias que coinciden con las esferas de política de la iniciativa eTrade for all, concebida como una contribución a la Undécima Conferencia Ministerial de la OMC en Buenos Aires.',
      },
    },
    source: `${report}: "E-Commerce for Development Ministerial by the Friends of E-Commerce for Development" (25 April 2017). Members (coverage): Third World Network, TWN Info Service on WTO and Trade Issues (May17/01), SUNS #8451 of 27 April 2017, stored copy checked 2026-12-07.`,
  },
  {
    slug: 'geneva-internet-platform',
    acronym: 'GIP',
    type: 'civil-society',
    hqCountry: 'CHE',
    website: 'https://www.giplatform.org',
    policyAreas: ['skills-development'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Geneva Internet Platform',
        description:
          'An initiative of the Swiss authorities, operated by DiploFoundation, that provides a neutral space in Geneva for digital policy discussion, monitoring and capacity development. On 26 April 2017 it co-organised the session that kicked off its Digital Commerce course, delivered with ITC, CUTS International, UNCTAD and DiploFoundation, starting with a module on how the Internet works and on online business models.',
      },
      fr: {
        name: 'Plateforme Internet de Genève',
        description:
          "Initiative des autorités suisses, gérée par DiploFoundation, qui offre à Genève un espace neutre de débat, de veille et de renforcement des capacités sur les politiques numériques. Le 26 avril 2017, elle a coorganisé la séance de lancement de son cours sur le commerce numérique, dispensé avec le CCI, CUTS International, la CNUCED et DiploFoundation, qui commence par un module sur le fonctionnement d'Internet et les modèles d'affaires en ligne.",
      },
      es: {
        name: 'Plataforma de Internet de Ginebra',
        description:
          'Iniciativa de las autoridades suizas, gestionada por DiploFoundation, que ofrece en Ginebra un espacio neutral de debate, seguimiento y fomento de la capacidad en materia de políticas digitales. El 26 de abril de 2017 coorganizó la sesión inaugural de su curso de comercio digital, impartido con el ITC, CUTS International, la UNCTAD y DiploFoundation, que comienza con un módulo sobre el funcionamiento de Internet y los modelos de negocio en línea.',
      },
    },
    source: `${report}: co-organised sessions on 26 April 2017; session "Kickstart of the Digital Commerce course: Internet functionality and business models" (26 April).`,
  },
  {
    slug: 'huawei',
    acronym: null,
    type: 'private-company',
    hqCountry: 'CHN',
    website: 'https://www.huawei.com',
    policyAreas: ['ict-infrastructure'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Huawei',
        description:
          'A Chinese multinational supplier of information and communications technology (ICT) infrastructure and devices. Huawei co-organised sessions on 26 April 2017, and one of its vice-presidents spoke in the 28 April session on broadband connectivity for e-commerce, warning that the gap between connected and unconnected people will grow unless action is taken.',
      },
      fr: {
        name: 'Huawei',
        description:
          "Fournisseur multinational chinois d'infrastructures et d'appareils de technologies de l'information et des communications (TIC). Huawei a coorganisé des séances le 26 avril 2017, et l'un de ses vice-présidents est intervenu lors de la séance du 28 avril sur la connectivité à haut débit pour le commerce électronique, en avertissant que l'écart entre personnes connectées et non connectées se creusera faute de mesures.",
      },
      es: {
        name: 'Huawei',
        description:
          'Proveedor multinacional chino de infraestructura y dispositivos de tecnologías de la información y las comunicaciones (TIC). Huawei coorganizó sesiones el 26 de abril de 2017, y uno de sus vicepresidentes intervino en la sesión del 28 de abril sobre conectividad de banda ancha para el comercio electrónico, advirtiendo que la brecha entre las personas conectadas y las no conectadas se ampliará si no se adoptan medidas.',
      },
    },
    source: `${report}: co-organised sessions on 26 April 2017; Vice President quoted in the session "Broadband Connectivity for E-commerce" (28 April 2017).`,
  },
  {
    slug: 'ipsos',
    acronym: null,
    type: 'private-company',
    hqCountry: 'FRA',
    website: 'https://www.ipsos.com',
    policyAreas: ['readiness-assessment'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Ipsos',
        description:
          "A global market research and polling company headquartered in Paris. It was one of UNCTAD's partners on 24 April 2017 and carried out, with CIGI, UNCTAD and the Internet Society, the 2017 global survey of public attitudes to the Internet and e-commerce in 24 countries, presented that day.",
      },
      fr: {
        name: 'Ipsos',
        description:
          "Société mondiale d'études de marché et de sondages dont le siège est à Paris. Partenaire de la CNUCED le 24 avril 2017, elle a réalisé avec le CIGI, la CNUCED et l'Internet Society l'enquête mondiale de 2017 sur la perception d'Internet et du commerce électronique par le public dans 24 pays, présentée ce jour-là.",
      },
      es: {
        name: 'Ipsos',
        description:
          'Empresa mundial de estudios de mercado y encuestas con sede en París. Fue asociada de la UNCTAD el 24 de abril de 2017 y realizó, junto con el CIGI, la UNCTAD y la Internet Society, la encuesta mundial de 2017 sobre las actitudes del público ante Internet y el comercio electrónico en 24 países, presentada ese día.',
      },
    },
    source: `${report}: partner of the sessions of 24 April 2017; co-author of the survey presented in the session "Global Survey of Internet User Perceptions" (24 April).`,
  },
  {
    slug: 'isdb',
    acronym: 'IsDB',
    type: 'development-bank',
    hqCountry: 'SAU',
    website: 'https://www.isdb.org',
    policyAreas: ['access-to-financing'],
    // The 57 member countries (membership requires OIC membership; Guyana is the latest).
    activeIn: ['AFG', 'ALB', 'ARE', 'AZE', 'BEN', 'BFA', 'BGD', 'BHR', 'BRN', 'CIV', 'CMR', 'COM', 'DJI', 'DZA', 'EGY', 'GAB', 'GIN', 'GMB', 'GNB', 'GUY', 'IDN', 'IRN', 'IRQ', 'JOR', 'KAZ', 'KGZ', 'KWT', 'LBN', 'LBY', 'MAR', 'MDV', 'MLI', 'MOZ', 'MRT', 'MYS', 'NER', 'NGA', 'OMN', 'PAK', 'PSE', 'QAT', 'SAU', 'SDN', 'SEN', 'SLE', 'SOM', 'SUR', 'SYR', 'TCD', 'TGO', 'TJK', 'TKM', 'TUN', 'TUR', 'UGA', 'UZB', 'YEM'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Islamic Development Bank',
        description:
          'A multilateral development bank based in Jeddah that finances development in its member countries. The report does not list it among the co-organisers of the Week: it mentions the Bank in the 26 April 2017 session on the e-trade readiness of LDCs, where the Enhanced Integrated Framework named it as an example of the new, non-traditional donors for e-trade it would approach to raise additional resources.',
      },
      fr: {
        name: 'Banque islamique de développement',
        acronym: 'BIsD',
        description:
          "Banque multilatérale de développement établie à Djeddah, qui finance le développement de ses pays membres. Le rapport ne la cite pas parmi les coorganisateurs de la Semaine : il la mentionne lors de la séance du 26 avril 2017 sur l'état de préparation des PMA au commerce électronique, où le Cadre intégré renforcé l'a citée comme exemple des donateurs nouveaux et non traditionnels du commerce électronique qu'il entendait solliciter pour mobiliser des ressources supplémentaires.",
      },
      es: {
        name: 'Banco Islámico de Desarrollo',
        acronym: 'BIsD',
        description:
          'Banco multilateral de desarrollo con sede en Yeda que financia el desarrollo de sus países miembros. El informe no lo menciona entre las entidades coorganizadoras de la Semana: lo cita en la sesión del 26 de abril de 2017 sobre el estado de preparación de los PMA para el comercio electrónico, en la que el Marco Integrado Mejorado lo señaló como ejemplo de los donantes nuevos y no tradicionales del comercio electrónico a los que recurriría para movilizar recursos adicionales.',
      },
    },
    source: `${report}: named by the EIF in the "Special session on Assessing E-trade Readiness of the Least Developed Countries" (26 April 2017); not listed as a co-organiser. Coverage: IsDB, "IsDB Member Countries" (57 members; OIC membership required), stored copy checked 2026-12-07.`,
  },
  {
    slug: 'isoc',
    acronym: 'ISOC',
    type: 'civil-society',
    hqCountry: 'USA',
    website: 'https://www.internetsociety.org',
    policyAreas: ['ict-infrastructure', 'readiness-assessment'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Internet Society',
        description:
          'A global non-profit organisation that promotes the open development and use of the Internet. At UNCTAD E-Commerce Week 2017 it co-authored the global survey of Internet users presented on 24 April, presented its Internet Futures project on 27 April ahead of its 2017 Global Internet Report, and co-organised sessions on 24, 27 and 28 April.',
      },
      fr: {
        name: 'Internet Society',
        description:
          "Organisation mondiale à but non lucratif qui promeut le développement et l'utilisation ouverts d'Internet. Lors de la Semaine du commerce électronique 2017 de la CNUCED, elle a cosigné l'enquête mondiale sur les utilisateurs d'Internet présentée le 24 avril, présenté le 27 avril son projet Internet Futures, en amont de son Global Internet Report 2017, et coorganisé des séances les 24, 27 et 28 avril.",
      },
      es: {
        name: 'Internet Society',
        description:
          'Organización mundial sin fines de lucro que promueve el desarrollo y el uso abiertos de Internet. En la Semana del Comercio Electrónico 2017 de la UNCTAD fue coautora de la encuesta mundial sobre los usuarios de Internet presentada el 24 de abril, presentó el 27 de abril su proyecto Internet Futures, como anticipo de su Global Internet Report 2017, y coorganizó sesiones los días 24, 27 y 28 de abril.',
      },
    },
    source: `${report}: co-organised sessions on 24, 27 and 28 April 2017; survey in the session "Global Survey of Internet User Perceptions" (24 April); session "Internet Futures (ISOC)" (27 April).`,
  },
  {
    slug: 'itc',
    acronym: 'ITC',
    type: 'un-body',
    hqCountry: 'CHE',
    website: 'https://www.intracen.org',
    policyAreas: ['skills-development', 'trade-logistics'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'International Trade Centre',
        description:
          'The joint agency of the United Nations and the WTO that helps small businesses in developing countries compete in international markets. It co-organised sessions on 24, 26, 27 and 28 April 2017, including the 28 April session on trade logistics with UNECE, UNCTAD and the WCO, and was a partner in the Digital Commerce course launched on 26 April. Its Executive Director spoke in the 27 April session on the gender dimension of e-commerce, calling for women to gain the skills they need to trade online.',
      },
      fr: {
        name: 'Centre du commerce international',
        description:
          "Organisme commun de l'Organisation des Nations Unies et de l'OMC qui aide les petites entreprises des pays en développement à être compétitives sur les marchés internationaux. Il a coorganisé des séances les 24, 26, 27 et 28 avril 2017, dont celle du 28 avril sur la logistique commerciale avec la CEE, la CNUCED et l'OMD, et était partenaire du cours sur le commerce numérique lancé le 26 avril. Sa directrice exécutive est intervenue lors de la séance du 27 avril sur la dimension de genre du commerce électronique, pour demander que les femmes acquièrent les compétences nécessaires au commerce en ligne.",
      },
      es: {
        name: 'Centro de Comercio Internacional',
        description:
          'Organismo conjunto de las Naciones Unidas y la OMC que ayuda a las pequeñas empresas de los países en desarrollo a competir en los mercados internacionales. Coorganizó sesiones los días 24, 26, 27 y 28 de abril de 2017, entre ellas la del 28 de abril sobre logística comercial con la CEPE, la UNCTAD y la OMA, y fue asociado del curso de comercio digital inaugurado el 26 de abril. Su Directora Ejecutiva intervino en la sesión del 27 de abril sobre la dimensión de género del comercio electrónico para pedir que las mujeres adquieran las competencias necesarias para comerciar en línea.',
      },
    },
    source: `${report}: co-organised sessions on 24, 26, 27 and 28 April 2017; session "E-Commerce and Trade Logistics: New Solutions in International Transport and Trade Facilitation" (28 April); Digital Commerce course (26 April); Executive Director in the session "Gender Dimension of E-commerce" (27 April).`,
  },
  {
    slug: 'iti',
    acronym: 'ITI',
    type: 'business-association',
    hqCountry: 'USA',
    website: 'https://www.itic.org',
    policyAreas: ['legal-regulatory'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Information Technology Industry Council',
        description:
          "A Washington-based global association representing companies of the information and communications technology industry. It was one of the partners with which UNCTAD organised the ten parallel sessions of the first day of E-Commerce Week 2017 (24 April), which ranged from data protection and cross-border data flows to fintech and the private sector's priorities for e-commerce.",
      },
      fr: {
        name: 'Information Technology Industry Council',
        description:
          "Association mondiale établie à Washington qui représente les entreprises du secteur des technologies de l'information et des communications. Elle faisait partie des partenaires avec lesquels la CNUCED a organisé les dix séances parallèles de la première journée de la Semaine du commerce électronique 2017 (24 avril), consacrées notamment à la protection des données, aux flux transfrontières de données, aux technologies financières et aux priorités du secteur privé en matière de commerce électronique.",
      },
      es: {
        name: 'Information Technology Industry Council',
        description:
          'Asociación mundial con sede en Washington que representa a las empresas del sector de las tecnologías de la información y las comunicaciones. Fue uno de los asociados con los que la UNCTAD organizó las diez sesiones paralelas de la primera jornada de la Semana del Comercio Electrónico 2017 (24 de abril), que abarcaron desde la protección de datos y los flujos transfronterizos de datos hasta las tecnologías financieras y las prioridades del sector privado en materia de comercio electrónico.',
      },
    },
    source: `${report}: partner of the parallel sessions of 24 April 2017 (the report does not say which session).`,
  },
  {
    slug: 'itu',
    acronym: 'ITU',
    type: 'un-body',
    hqCountry: 'CHE',
    website: 'https://www.itu.int',
    policyAreas: ['ict-infrastructure', 'legal-regulatory'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'International Telecommunication Union',
        description:
          'The United Nations specialized agency for information and communication technologies. At UNCTAD E-Commerce Week 2017 it presented the National Cybersecurity Strategy Guide it was leading, then being finalised, in the 24 April session on cybersecurity and cybercrime; its Secretary-General, Houlin Zhao, took part in the high-level dialogue of 25 April; and it co-organised sessions on 27 and 28 April.',
      },
      fr: {
        name: 'Union internationale des télécommunications',
        acronym: 'UIT',
        description:
          "Institution spécialisée des Nations Unies pour les technologies de l'information et de la communication. Lors de la Semaine du commerce électronique 2017 de la CNUCED, elle a présenté, à la séance du 24 avril sur la cybersécurité et la cybercriminalité, le guide sur les stratégies nationales de cybersécurité qu'elle pilotait et qui était en cours de finalisation ; son Secrétaire général, Houlin Zhao, a participé au dialogue de haut niveau du 25 avril ; elle a aussi coorganisé des séances les 27 et 28 avril.",
      },
      es: {
        name: 'Unión Internacional de Telecomunicaciones',
        acronym: 'UIT',
        description:
          'Organismo especializado de las Naciones Unidas para las tecnologías de la información y las comunicaciones. En la Semana del Comercio Electrónico 2017 de la UNCTAD presentó, en la sesión del 24 de abril sobre ciberseguridad y ciberdelincuencia, la guía sobre estrategias nacionales de ciberseguridad que dirigía y que estaba ultimando; su Secretario General, Houlin Zhao, participó en el diálogo de alto nivel del 25 de abril; y coorganizó sesiones los días 27 y 28 de abril.',
      },
    },
    source: `${report}: National Cybersecurity Strategy Guide presented in the session "Cybersecurity and Cybercrime" (24 April 2017); Secretary-General in the High-Level Event (25 April); co-organised sessions on 27 and 28 April 2017.`,
  },
  {
    slug: 'nftc',
    acronym: 'NFTC',
    type: 'business-association',
    hqCountry: 'USA',
    website: 'https://www.nftc.org',
    policyAreas: ['legal-regulatory'],
    activeIn: ['USA'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'National Foreign Trade Council',
        description:
          'A United States business association that advocates open, rules-based international trade on behalf of its member companies. It was among the partners of the first day of UNCTAD E-Commerce Week 2017 (24 April), whose sessions included a panel of private-sector leaders on e-commerce priorities in the developing world and a discussion of cross-border data flows.',
      },
      fr: {
        name: 'National Foreign Trade Council',
        description:
          "Association d'entreprises des États-Unis qui défend, au nom de ses membres, un commerce international ouvert et fondé sur des règles. Elle figurait parmi les partenaires de la première journée de la Semaine du commerce électronique 2017 de la CNUCED (24 avril), dont les séances comprenaient un débat entre dirigeants du secteur privé sur les priorités du commerce électronique dans les pays en développement et une discussion sur les flux transfrontières de données.",
      },
      es: {
        name: 'National Foreign Trade Council',
        description:
          'Asociación empresarial de los Estados Unidos que defiende, en nombre de sus empresas miembros, un comercio internacional abierto y basado en normas. Fue uno de los asociados de la primera jornada de la Semana del Comercio Electrónico 2017 de la UNCTAD (24 de abril), cuyas sesiones incluyeron un panel de dirigentes del sector privado sobre las prioridades del comercio electrónico en el mundo en desarrollo y un debate sobre los flujos transfronterizos de datos.',
      },
    },
    source: `${report}: partner of the parallel sessions of 24 April 2017 (the report does not say which session).`,
  },
  {
    slug: 'oecd',
    acronym: 'OECD',
    type: 'international-organisation',
    hqCountry: 'FRA',
    website: 'https://www.oecd.org',
    policyAreas: ['readiness-assessment', 'legal-regulatory'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Organisation for Economic Co-operation and Development',
        description:
          'The Paris-based intergovernmental organisation that produces economic and social policy analysis, standards and statistics with its member countries and partners. It co-organised sessions on 27 April 2017, a day devoted to MSMEs and women whose programme included sessions on the gender dimension of e-commerce and on better measurement of e-commerce.',
      },
      fr: {
        name: 'Organisation de coopération et de développement économiques',
        acronym: 'OCDE',
        description:
          "Organisation intergouvernementale établie à Paris qui produit, avec ses pays membres et ses partenaires, des analyses de politique économique et sociale, des normes et des statistiques. Elle a coorganisé des séances le 27 avril 2017, journée consacrée aux MPME et aux femmes, dont le programme comprenait des séances sur la dimension de genre du commerce électronique et sur l'amélioration de la mesure du commerce électronique.",
      },
      es: {
        name: 'Organización para la Cooperación y el Desarrollo Económicos',
        acronym: 'OCDE',
        description:
          'Organización intergubernamental con sede en París que elabora, con sus países miembros y asociados, análisis de política económica y social, normas y estadísticas. Coorganizó sesiones el 27 de abril de 2017, jornada dedicada a las mipymes y las mujeres cuyo programa incluyó sesiones sobre la dimensión de género del comercio electrónico y sobre la mejora de la medición del comercio electrónico.',
      },
    },
    source: `${report}: co-organised sessions on 27 April 2017.`,
  },
  {
    slug: 'un-women',
    acronym: 'UN Women',
    type: 'un-body',
    hqCountry: 'USA',
    website: 'https://www.unwomen.org',
    policyAreas: ['skills-development'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'United Nations Entity for Gender Equality and the Empowerment of Women',
        description:
          'Known as UN Women, it is the United Nations entity dedicated to gender equality and the empowerment of women. It co-organised sessions on 27 April 2017, a day devoted to MSMEs and women that included a session on the gender dimension of e-commerce, which proposed a network of women entrepreneurs in e-commerce, the sharing of role models and good practices, and better gender-disaggregated data.',
      },
      fr: {
        name: "Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes",
        acronym: 'ONU Femmes',
        description:
          "Connue sous le nom d'ONU-Femmes, c'est l'entité des Nations Unies consacrée à l'égalité des sexes et à l'autonomisation des femmes. Elle a coorganisé des séances le 27 avril 2017, journée consacrée aux MPME et aux femmes qui comprenait une séance sur la dimension de genre du commerce électronique ; celle-ci a proposé un réseau de femmes entrepreneurs du commerce électronique, la diffusion de modèles et de bonnes pratiques et de meilleures données ventilées par sexe.",
      },
      es: {
        name: 'Entidad de las Naciones Unidas para la Igualdad de Género y el Empoderamiento de las Mujeres',
        acronym: 'ONU Mujeres',
        description:
          'Conocida como ONU-Mujeres, es la entidad de las Naciones Unidas dedicada a la igualdad de género y el empoderamiento de las mujeres. Coorganizó sesiones el 27 de abril de 2017, jornada dedicada a las mipymes y las mujeres que incluyó una sesión sobre la dimensión de género del comercio electrónico, en la que se propuso una red de mujeres empresarias del comercio electrónico, la difusión de modelos a seguir y buenas prácticas, y mejores datos desglosados por sexo.',
      },
    },
    source: `${report}: co-organised sessions on 27 April 2017 (day including the session "Gender Dimension of E-commerce").`,
  },
  {
    slug: 'unctad',
    acronym: 'UNCTAD',
    type: 'un-body',
    hqCountry: 'CHE',
    website: 'https://unctad.org',
    policyAreas: ['readiness-assessment', 'legal-regulatory', 'trade-logistics', 'skills-development'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'United Nations Conference on Trade and Development',
        description:
          'The United Nations body that deals with trade, investment and development, and the lead agency of the eTrade for all initiative. UNCTAD organised E-Commerce Week 2017 (24-28 April) with some 30 partners: during the Week it launched the etradeforall.org platform, released its latest figures on the adoption of data protection laws, discussed its eTrade Readiness Assessments of LDCs such as Cambodia and Bhutan, and presented its TrainForTrade skills programme.',
      },
      fr: {
        name: 'Conférence des Nations Unies sur le commerce et le développement',
        acronym: 'CNUCED',
        description:
          "Organe des Nations Unies chargé du commerce, de l'investissement et du développement, et chef de file de l'initiative eTrade for all. La CNUCED a organisé la Semaine du commerce électronique 2017 (24-28 avril) avec une trentaine de partenaires : elle y a lancé la plateforme etradeforall.org, publié ses derniers chiffres sur l'adoption des lois de protection des données, débattu de ses évaluations de l'état de préparation au commerce électronique (eT Ready) de PMA comme le Cambodge et le Bhoutan, et présenté son programme TrainForTrade de développement des compétences.",
      },
      es: {
        name: 'Conferencia de las Naciones Unidas sobre Comercio y Desarrollo',
        description:
          'Órgano de las Naciones Unidas que se ocupa del comercio, la inversión y el desarrollo, y entidad rectora de la iniciativa eTrade for all. La UNCTAD organizó la Semana del Comercio Electrónico 2017 (24 a 28 de abril) con una treintena de asociados: durante la Semana presentó la plataforma etradeforall.org, publicó sus cifras más recientes sobre la adopción de leyes de protección de datos, debatió sus evaluaciones sobre el estado de preparación para el comercio electrónico (eT Ready) de PMA como Camboya y Bhután, y presentó su programa TrainForTrade de desarrollo de competencias.',
      },
    },
    source: `${report}: organiser of the Week (24-28 April 2017); launch of the eTrade for all online platform (25 April); data protection figures (24 April); eTrade Readiness Assessments (26 April); TrainForTrade in the session "E-Commerce in Africa" (24 April).`,
  },
  {
    slug: 'unece',
    acronym: 'UNECE',
    type: 'un-body',
    hqCountry: 'CHE',
    website: 'https://unece.org',
    policyAreas: ['trade-logistics'],
    activeIn: ['150', '021', '143'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'United Nations Economic Commission for Europe',
        description:
          'One of the five regional commissions of the United Nations, covering Europe, North America and Central Asia, and home of the UN Centre for Trade Facilitation and Electronic Business (UN/CEFACT). It was a partner on 24 April 2017 and co-organised the 28 April session on trade logistics with ITC, UNCTAD and the WCO, where it promoted its recommendations on electronic trade documents and single windows.',
      },
      fr: {
        name: "Commission économique des Nations Unies pour l'Europe",
        acronym: 'CEE-ONU',
        description:
          "L'une des cinq commissions régionales des Nations Unies, qui couvre l'Europe, l'Amérique du Nord et l'Asie centrale, et dont relève le Centre des Nations Unies pour la facilitation du commerce et les transactions électroniques (CEFACT-ONU). Partenaire le 24 avril 2017, elle a coorganisé le 28 avril, avec le CCI, la CNUCED et l'OMD, la séance sur la logistique commerciale, où elle a promu ses recommandations sur les documents commerciaux électroniques et les guichets uniques.",
      },
      es: {
        name: 'Comisión Económica de las Naciones Unidas para Europa',
        acronym: 'CEPE',
        description:
          'Una de las cinco comisiones regionales de las Naciones Unidas, que abarca Europa, América del Norte y Asia Central, y de la que depende el Centro de las Naciones Unidas de Facilitación del Comercio y las Transacciones Electrónicas (CEFACT-ONU). Fue asociada el 24 de abril de 2017 y coorganizó el 28 de abril, con el ITC, la UNCTAD y la OMA, la sesión sobre logística comercial, en la que promovió sus recomendaciones sobre documentos comerciales electrónicos y ventanillas únicas.',
      },
    },
    source: `${report}: partner of the sessions of 24 April 2017; co-organised the session "E-Commerce and Trade Logistics: New Solutions in International Transport and Trade Facilitation" (28 April 2017).`,
  },
  {
    slug: 'upu',
    acronym: 'UPU',
    type: 'un-body',
    hqCountry: 'CHE',
    website: 'https://www.upu.int',
    policyAreas: ['trade-logistics', 'skills-development'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'Universal Postal Union',
        description:
          'The United Nations specialized agency for the postal sector, based in Bern. In the 24 April 2017 session on e-commerce in Africa it presented a capacity-building programme that helps countries take part in e-commerce and an e-commerce guide for postal operators; it also co-organised sessions on 27 April.',
      },
      fr: {
        name: 'Union postale universelle',
        description:
          "Institution spécialisée des Nations Unies pour le secteur postal, établie à Berne. Lors de la séance du 24 avril 2017 sur le commerce électronique en Afrique, elle a présenté un programme de renforcement des capacités qui aide les pays à participer au commerce électronique ainsi qu'un guide du commerce électronique destiné aux opérateurs postaux ; elle a aussi coorganisé des séances le 27 avril.",
      },
      es: {
        name: 'Unión Postal Universal',
        description:
          'Organismo especializado de las Naciones Unidas para el sector postal, con sede en Berna. En la sesión del 24 de abril de 2017 sobre el comercio electrónico en África presentó un programa de fomento de la capacidad que ayuda a los países a participar en el comercio electrónico y una guía de comercio electrónico para los operadores postales; también coorganizó sesiones el 27 de abril.',
      },
    },
    source: `${report}: partner of the sessions of 24 April 2017, presenting in the session "E-Commerce in Africa"; co-organised sessions on 27 April 2017.`,
  },
  {
    slug: 'us-ftc',
    acronym: 'FTC',
    type: 'government-agency',
    hqCountry: 'USA',
    website: 'https://www.ftc.gov',
    policyAreas: ['legal-regulatory', 'payment-solutions'],
    activeIn: ['USA'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'United States Federal Trade Commission',
        description:
          "The United States federal agency responsible for consumer protection and competition. It was one of UNCTAD's partners for the first day of E-Commerce Week 2017 (24 April), whose sessions included a panel on how financial technology affects consumers and competition.",
      },
      fr: {
        name: 'Commission fédérale du commerce des États-Unis',
        description:
          "Agence fédérale des États-Unis chargée de la protection du consommateur et de la concurrence. Elle faisait partie des partenaires de la CNUCED pour la première journée de la Semaine du commerce électronique 2017 (24 avril), dont les séances comprenaient un débat sur les effets des technologies financières sur les consommateurs et la concurrence.",
      },
      es: {
        name: 'Comisión Federal de Comercio de los Estados Unidos',
        description:
          'Organismo federal de los Estados Unidos encargado de la protección del consumidor y de la competencia. Fue uno de los asociados de la UNCTAD en la primera jornada de la Semana del Comercio Electrónico 2017 (24 de abril), cuyas sesiones incluyeron un panel sobre los efectos de las tecnologías financieras en los consumidores y la competencia.',
      },
    },
    source: `${report}: partner of the parallel sessions of 24 April 2017 (the report does not say which session).`,
  },
  {
    slug: 'wco',
    acronym: 'WCO',
    type: 'international-organisation',
    hqCountry: 'BEL',
    website: 'https://www.wcoomd.org',
    policyAreas: ['trade-logistics'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'World Customs Organization',
        description:
          'The intergovernmental organisation of customs administrations, based in Brussels. It partnered with UNCTAD on 24 April 2017 and co-organised the 28 April session on new solutions in international transport and trade facilitation with ITC, UNECE and UNCTAD, which examined how customs and border agencies can cope with the surge of small e-commerce parcels.',
      },
      fr: {
        name: 'Organisation mondiale des douanes',
        acronym: 'OMD',
        description:
          "Organisation intergouvernementale des administrations douanières, établie à Bruxelles. Partenaire de la CNUCED le 24 avril 2017, elle a coorganisé le 28 avril, avec le CCI, la CEE et la CNUCED, la séance sur les nouvelles solutions en matière de transport international et de facilitation des échanges, qui a examiné comment les douanes et les autres services aux frontières peuvent faire face à l'afflux de petits colis liés au commerce électronique.",
      },
      es: {
        name: 'Organización Mundial de Aduanas',
        acronym: 'OMA',
        description:
          'Organización intergubernamental de las administraciones de aduanas, con sede en Bruselas. Fue asociada de la UNCTAD el 24 de abril de 2017 y coorganizó el 28 de abril, con el ITC, la CEPE y la UNCTAD, la sesión sobre nuevas soluciones en materia de transporte internacional y facilitación del comercio, que examinó cómo las aduanas y demás organismos de frontera pueden hacer frente al aluvión de pequeños paquetes del comercio electrónico.',
      },
    },
    source: `${report}: partner of the sessions of 24 April 2017; co-organised the session "E-Commerce and Trade Logistics: New Solutions in International Transport and Trade Facilitation" (28 April 2017).`,
  },
  {
    slug: 'world-bank',
    acronym: null,
    type: 'development-bank',
    hqCountry: 'USA',
    website: 'https://www.worldbank.org',
    policyAreas: ['readiness-assessment', 'legal-regulatory', 'payment-solutions', 'access-to-financing'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'World Bank',
        description:
          'An international financial institution that provides financing, policy advice and technical assistance to developing countries. On 24 April 2017 it presented the Cybercrime Assessment Toolkit it led and its regional report for Europe and Central Asia on reaping digital dividends, with a focus on digital trade and online work; it also co-organised sessions on 27 April.',
      },
      fr: {
        name: 'Banque mondiale',
        description:
          "Institution financière internationale qui apporte aux pays en développement des financements, des conseils en matière de politiques et une assistance technique. Le 24 avril 2017, elle a présenté l'outil d'évaluation de la cybercriminalité qu'elle a piloté ainsi que son rapport régional pour l'Europe et l'Asie centrale sur les dividendes du numérique, axé sur le commerce numérique et le travail en ligne ; elle a aussi coorganisé des séances le 27 avril.",
      },
      es: {
        name: 'Banco Mundial',
        description:
          'Institución financiera internacional que ofrece a los países en desarrollo financiación, asesoramiento en materia de políticas y asistencia técnica. El 24 de abril de 2017 presentó el instrumento de evaluación de la ciberdelincuencia que dirigió y su informe regional para Europa y Asia Central sobre los dividendos digitales, centrado en el comercio digital y el trabajo en línea; también coorganizó sesiones el 27 de abril.',
      },
    },
    source: `${report}: sessions "Cybersecurity and Cybercrime" and "Digital Trade and Online Work in Europe and Central Asia" (24 April 2017); co-organised sessions on 27 April 2017.`,
  },
  {
    slug: 'world-economic-forum',
    acronym: 'WEF',
    type: 'civil-society',
    hqCountry: 'CHE',
    website: 'https://www.weforum.org',
    policyAreas: ['legal-regulatory'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'World Economic Forum',
        description:
          "A Geneva-based not-for-profit foundation that brings business, government and civil society together for public-private cooperation. It co-organised sessions on the third day of UNCTAD E-Commerce Week 2017 (26 April), a day whose programme covered trade policy for e-commerce ahead of the WTO's Eleventh Ministerial Conference (MC11), consumer protection and payment solutions.",
      },
      fr: {
        name: 'Forum économique mondial',
        description:
          "Fondation à but non lucratif établie à Genève qui réunit entreprises, gouvernements et société civile au service de la coopération public-privé. Il a coorganisé des séances de la troisième journée de la Semaine du commerce électronique 2017 de la CNUCED (26 avril), dont le programme portait notamment sur la politique commerciale en matière de commerce électronique en vue de la onzième Conférence ministérielle de l'OMC (CM11), sur la protection du consommateur et sur les solutions de paiement.",
      },
      es: {
        name: 'Foro Económico Mundial',
        description:
          'Fundación sin fines de lucro con sede en Ginebra que reúne a empresas, gobiernos y sociedad civil en favor de la cooperación público-privada. Coorganizó sesiones de la tercera jornada de la Semana del Comercio Electrónico 2017 de la UNCTAD (26 de abril), cuyo programa abarcó la política comercial relativa al comercio electrónico con miras a la Undécima Conferencia Ministerial de la OMC (CM11), la protección del consumidor y las soluciones de pago.',
      },
    },
    source: `${report}: co-organised sessions on 26 April 2017 (the report does not say which session).`,
  },
  {
    slug: 'wto',
    acronym: 'WTO',
    type: 'international-organisation',
    hqCountry: 'CHE',
    website: 'https://www.wto.org',
    policyAreas: ['legal-regulatory', 'trade-logistics'],
    activeIn: ['001'],
    sourceLocale: 'en',
    text: {
      en: {
        name: 'World Trade Organization',
        description:
          'The intergovernmental organisation that administers the global rules of trade between nations. Its Director-General, Roberto Azevêdo, took part in the high-level dialogue of 25 April 2017, and the WTO co-organised sessions on 27 April, a day that included a discussion of how e-commerce trade rules can help MSMEs in developing countries.',
      },
      fr: {
        name: 'Organisation mondiale du commerce',
        acronym: 'OMC',
        description:
          "Organisation intergouvernementale qui administre les règles mondiales régissant le commerce entre les nations. Son Directeur général, Roberto Azevêdo, a participé au dialogue de haut niveau du 25 avril 2017, et l'OMC a coorganisé des séances le 27 avril, journée qui comprenait un débat sur la manière dont les règles commerciales relatives au commerce électronique peuvent aider les MPME des pays en développement.",
      },
      es: {
        name: 'Organización Mundial del Comercio',
        acronym: 'OMC',
        description:
          'Organización intergubernamental que administra las normas mundiales que rigen el comercio entre las naciones. Su Director General, Roberto Azevêdo, participó en el diálogo de alto nivel del 25 de abril de 2017, y la OMC coorganizó sesiones el 27 de abril, jornada que incluyó un debate sobre cómo las normas comerciales relativas al comercio electrónico pueden ayudar a las mipymes de los países en desarrollo.',
      },
    },
    source: `${report}: Director-General in the High-Level Event "Digital Transformation for All" (25 April 2017); co-organised sessions on 27 April 2017.`,
  },
];

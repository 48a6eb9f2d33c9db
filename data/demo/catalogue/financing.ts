import type { ItemSeed } from '../../../src/features/catalogue/types.js';
import { md } from './markdown.js';

/**
 * Demo catalogue, access to financing: trade finance guarantees and credit lines of development banks,
 * funds and guarantee schemes for SMEs and women entrepreneurs, grants, challenge funds and start-up
 * programmes, digital finance facilities, investment facilitation, and studies of the financing gaps.
 * Every item was checked against public pages on 2026-12-07 (see each `source`); texts are our own
 * wording. Programmes that work through banks say so: a firm reaches them through its own bank.
 */
const checked = 'checked 2026-12-07';

export const financingItems: ItemSeed[] = [
  // ——— Trade finance: guarantees and credit lines through banks ———
  {
    type: 'solution',
    slug: 'ifc-global-trade-finance-program',
    kind: 'financing',
    organisations: ['ifc'],
    policyAreas: ['access-to-financing'],
    beneficiaries: ['msmes'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'paid',
    access: { applyUrl: 'https://www.ifc.org/en/what-we-do/sector-expertise/financial-institutions/global-trade/global-trade-finance', viaHub: true },
    link: 'https://www.ifc.org/en/what-we-do/sector-expertise/financial-institutions/global-trade/global-trade-finance',
    startsOn: '2005-10',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'IFC Global Trade Finance Program (GTFP)',
        summary:
          'IFC guarantees, since 2005, that cover the payment risk of banks in emerging markets on trade transactions, so that importers and exporters, many of them SMEs, can get letters of credit confirmed.',
        description: md(
          'Under the GTFP, IFC gives international confirming banks partial or full guarantees on the payment risk of issuing banks in emerging markets, transaction by transaction. The guarantees can back letters of credit, trade-related promissory notes, bills of exchange, bid and performance bonds and advance payment guarantees, for any private-sector trade transaction that meets IFC’s criteria.',
          'Local banks that join gain access to a network of several hundred international banks, which broadens their customers’ access to trade finance and lowers cash collateral requirements. The programme has a training and advisory component for bankers, and incentives for trade with climate benefits.',
        ),
        eligibility:
          'Banks apply to IFC to join as issuing or confirming banks; guarantees are priced per transaction. Importers and exporters, including SMEs, benefit through a participating bank.',
      },
      fr: {
        title: 'Programme mondial de financement du commerce de la SFI (GTFP)',
        summary:
          'Garanties de la SFI, depuis 2005, couvrant le risque de paiement des banques des marchés émergents, pour que importateurs et exportateurs, souvent des PME, obtiennent des lettres de crédit confirmées.',
        description: md(
          'Dans le cadre du GTFP, la Société financière internationale (SFI) garantit, en tout ou en partie et opération par opération, le risque de paiement des banques émettrices des marchés émergents envers les banques confirmatrices internationales : lettres de crédit, billets à ordre, lettres de change, cautions de soumission et de bonne exécution, garanties de restitution d’acompte.',
          'Les banques locales participantes accèdent à un réseau de plusieurs centaines de banques internationales, ce qui élargit l’accès de leurs clients au financement du commerce et réduit les garanties en espèces exigées. Un volet de formation est prévu pour les banquiers.',
        ),
        eligibility:
          'Les banques demandent à la SFI à rejoindre le programme comme banques émettrices ou confirmatrices ; les garanties sont tarifées par opération. Les entreprises, y compris les PME, en bénéficient par une banque participante.',
      },
      es: {
        title: 'Programa Mundial de Financiamiento para el Comercio de IFC (GTFP)',
        summary:
          'Garantías de IFC, desde 2005, que cubren el riesgo de pago de bancos de mercados emergentes en operaciones comerciales, para que importadores y exportadores, muchos de ellos pymes, obtengan cartas de crédito confirmadas.',
        description: md(
          'En el marco del GTFP, la Corporación Financiera Internacional (IFC) garantiza, total o parcialmente y operación por operación, el riesgo de pago de los bancos emisores de mercados emergentes ante bancos confirmadores internacionales: cartas de crédito, pagarés, letras de cambio, garantías de licitación y de cumplimiento y de anticipos.',
          'Los bancos locales participantes acceden a una red de varios cientos de bancos internacionales, lo que amplía el acceso de sus clientes a la financiación del comercio y reduce las garantías en efectivo exigidas. Incluye formación para banqueros.',
        ),
        eligibility:
          'Los bancos solicitan a IFC incorporarse como bancos emisores o confirmadores; las garantías se cobran por operación. Las empresas, incluidas las pymes, se benefician a través de un banco participante.',
      },
    },
    source: `IFC GTFP programme page (as stored in a mirror copy of ifc.org), IFC press releases of 2009 and 2013 (launch October 2005), ICC DC Insight article on the GTFP (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'afdb-trade-finance-program',
    kind: 'financing',
    organisations: ['afdb'],
    policyAreas: ['access-to-financing', 'trade-logistics'],
    beneficiaries: ['msmes'],
    coverage: ['002'],
    languages: ['en', 'fr'],
    cost: 'paid',
    access: { applyUrl: 'https://www.afdb.org/en/topics-and-sectors/initiatives-partnerships/trade-finance-program/', viaHub: true },
    link: 'https://www.afdb.org/en/topics-and-sectors/initiatives-partnerships/trade-finance-program/',
    startsOn: '2013-02',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'African Development Bank Trade Finance Program',
        summary:
          'The AfDB’s programme, set up in 2013, that shares risk with banks and lends to African financial institutions so they can finance more trade, with a focus on SMEs and intra-African trade.',
        description: md(
          'The Trade Finance Program succeeded the Trade Finance Initiative launched during the 2009 financial crisis. It works wholesale through banks with three main products: risk participation agreements, under which the AfDB typically takes 50 % of the default risk on a portfolio of trade transactions confirmed by international or regional banks; trade finance lines of credit to African financial institutions, which on-lend to importing and exporting SMEs; and a soft commodity finance facility for commodity aggregators.',
          'Recent agreements, for example with the Trade and Development Bank for COMESA countries, raise cover to 75 % for transactions in low-income countries and transition states and target local firms and SMEs in agriculture, manufacturing and energy.',
        ),
        eligibility:
          'Open to African local and regional banks and to international confirming banks active in Africa, selected by the AfDB; terms are agreed per facility. Firms benefit through a participating bank.',
      },
      fr: {
        title: 'Programme de financement du commerce de la Banque africaine de développement',
        summary:
          'Programme de la BAD, créé en 2013, qui partage le risque avec les banques et prête aux institutions financières africaines pour financer davantage d’échanges, en priorité pour les PME et le commerce intra-africain.',
        description: md(
          'Le programme a succédé à l’Initiative de financement du commerce lancée pendant la crise de 2009. Il passe par les banques avec trois produits : des accords de participation au risque (la BAD prenant en général 50 % du risque d’un portefeuille d’opérations), des lignes de crédit aux institutions financières africaines, qui prêtent aux PME importatrices et exportatrices, et une facilité de financement des produits agricoles.',
          'Des accords récents portent la couverture à 75 % pour les pays à faible revenu et en transition.',
        ),
        eligibility:
          'Ouvert aux banques africaines locales et régionales et aux banques confirmatrices internationales actives en Afrique, choisies par la BAD ; conditions fixées par facilité. Les entreprises en bénéficient par une banque participante.',
      },
      es: {
        title: 'Programa de Financiación del Comercio del Banco Africano de Desarrollo',
        summary:
          'Programa del BAfD, creado en 2013, que comparte riesgos con bancos y presta a instituciones financieras africanas para que financien más comercio, con prioridad a las pymes y al comercio intraafricano.',
        description: md(
          'El programa sucedió a la Iniciativa de Financiación del Comercio lanzada en la crisis de 2009. Funciona a través de bancos con tres productos: acuerdos de participación en el riesgo (el BAfD suele asumir el 50 % del riesgo de una cartera de operaciones), líneas de crédito a instituciones financieras africanas que prestan a pymes importadoras y exportadoras, y un mecanismo de financiación de productos agrícolas.',
          'Acuerdos recientes elevan la cobertura al 75 % para países de ingreso bajo y en transición.',
        ),
        eligibility:
          'Abierto a bancos africanos locales y regionales y a bancos confirmadores internacionales activos en África, seleccionados por el BAfD; condiciones por mecanismo. Las empresas se benefician a través de un banco participante.',
      },
    },
    source: `AfDB Trade Finance Program page (established February 2013, three products), AfDB approvals reported by GTR, ICC and The Enterprise (RPAs with TDB, SMBC Europe) (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'adb-trade-supply-chain-finance-program',
    kind: 'financing',
    organisations: ['adb'],
    policyAreas: ['access-to-financing', 'trade-logistics'],
    beneficiaries: ['msmes'],
    coverage: ['142'],
    languages: ['en'],
    cost: 'paid',
    access: { applyUrl: 'https://www.adb.org/what-we-do/trade-supply-chain-finance-program/tf', viaHub: true },
    link: 'https://www.adb.org/what-we-do/trade-supply-chain-finance-program/tf',
    startsOn: '2009',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'ADB Trade and Supply Chain Finance Program (TSCFP)',
        summary:
          'The Asian Development Bank’s guarantees and loans to partner banks, and supply chain finance for SME suppliers, that fill trade finance gaps in Asia’s most challenging markets.',
        description: md(
          'The programme works exclusively through banks. Its trade finance products include credit guarantees to confirming banks covering up to 100 % of an issuing bank’s risk, issued within 24 hours of a request; risk participation agreements; and revolving credit facilities that lend directly to issuing banks for pre- and post-shipment finance. It works with more than 240 banks in some 20 countries, among the most active Armenia, Bangladesh, Pakistan, Sri Lanka and Viet Nam, and a large share of the transactions it supports involve SMEs.',
          'Its supply chain finance business shares risk with partner financial institutions so that SME suppliers of established buyers can be paid early, before or after shipment.',
        ),
        eligibility:
          'Banks in ADB’s developing member countries and international confirming banks apply to become partner banks; terms are set per facility. SMEs benefit through a partner bank or a buyer’s supply chain finance programme.',
      },
      fr: {
        title: 'Programme de financement du commerce et des chaînes d’approvisionnement de la BAsD (TSCFP)',
        summary:
          'Garanties et prêts de la Banque asiatique de développement aux banques partenaires, et financement de la chaîne d’approvisionnement pour les PME fournisseurs, sur les marchés les plus difficiles d’Asie.',
        description: md(
          'Le programme passe exclusivement par les banques : garanties de crédit aux banques confirmatrices couvrant jusqu’à 100 % du risque de la banque émettrice, délivrées sous 24 heures ; accords de participation au risque ; facilités de crédit renouvelables aux banques émettrices pour le préfinancement et le post-financement. Il travaille avec plus de 240 banques dans une vingtaine de pays.',
          'Son volet chaîne d’approvisionnement partage le risque avec des institutions financières pour que les PME fournisseurs de grands acheteurs soient payées plus tôt.',
        ),
        eligibility:
          'Les banques des pays membres en développement de la BAsD et les banques confirmatrices internationales demandent à devenir partenaires. Les PME en bénéficient par une banque partenaire ou le programme d’un acheteur.',
      },
      es: {
        title: 'Programa de Financiación del Comercio y las Cadenas de Suministro del BAsD (TSCFP)',
        summary:
          'Garantías y préstamos del Banco Asiático de Desarrollo a bancos asociados, y financiación de la cadena de suministro para pymes proveedoras, en los mercados más difíciles de Asia.',
        description: md(
          'El programa opera exclusivamente a través de bancos: garantías de crédito a bancos confirmadores que cubren hasta el 100 % del riesgo del banco emisor, emitidas en 24 horas; acuerdos de participación en el riesgo; y líneas de crédito rotatorias a bancos emisores para prefinanciación y posfinanciación. Trabaja con más de 240 bancos en una veintena de países.',
          'Su línea de cadena de suministro comparte riesgos con instituciones financieras para que las pymes proveedoras de grandes compradores cobren antes.',
        ),
        eligibility:
          'Los bancos de los países miembros en desarrollo del BAsD y los bancos confirmadores internacionales solicitan ser asociados. Las pymes se benefician a través de un banco asociado o del programa de un comprador.',
      },
    },
    source: `ADB TSCFP trade finance and supply chain finance pages, ADB Trade Finance Program brochure (2018), GTR on the Citi–ADB agreement (programme launched 2009) (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'idb-invest-trade-finance-facilitation-program',
    kind: 'financing',
    organisations: ['idb'],
    policyAreas: ['access-to-financing', 'trade-logistics'],
    beneficiaries: ['msmes'],
    coverage: ['419'],
    languages: ['en', 'es'],
    cost: 'paid',
    access: { applyUrl: 'https://www.idbinvest.org', viaHub: true },
    link: 'https://www.idbinvest.org',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'IDB Invest Trade Finance Facilitation Program (TFFP)',
        summary:
          'Guarantees and short-term loans from IDB Invest, the private-sector arm of the IDB Group, to banks in Latin America and the Caribbean so that their clients can finance imports and exports.',
        description: md(
          'Modelled on the trade facilitation programmes of other development banks, the TFFP guarantees the payment obligations of Latin American and Caribbean issuing banks, mainly on letters of credit, and lends to them for trade transactions. Participating banks gain access to a network of international confirming banks, which keeps trade credit flowing in times of volatility.',
          'In a framework proposed with MIGA, the World Bank Group’s guarantee agency, IDB Invest sought up to USD 500 million of cover so that the TFFP could also support trade through state-owned banks.',
        ),
        eligibility:
          'For banks in IDB Invest member countries of the region, which apply to join; fees are set per guarantee or loan. Exporters and importers benefit through a participating bank.',
      },
      fr: {
        title: 'Programme de facilitation du financement du commerce de BID Invest (TFFP)',
        summary:
          'Garanties et prêts à court terme de BID Invest, branche privée du Groupe de la BID, aux banques d’Amérique latine et des Caraïbes pour que leurs clients financent importations et exportations.',
        description: md(
          'Sur le modèle des programmes d’autres banques de développement, le TFFP garantit les engagements de paiement des banques émettrices de la région, surtout sur les lettres de crédit, et leur prête pour des opérations commerciales. Les banques participantes accèdent à un réseau de banques confirmatrices internationales.',
          'Un dispositif proposé avec la MIGA devait couvrir jusqu’à 500 millions de dollars pour étendre le programme aux banques publiques.',
        ),
        eligibility:
          'Pour les banques des pays membres de la région, qui demandent à participer ; frais fixés par garantie ou prêt. Les entreprises en bénéficient par une banque participante.',
      },
      es: {
        title: 'Programa de Facilitación del Financiamiento al Comercio Exterior de BID Invest (TFFP)',
        summary:
          'Garantías y préstamos a corto plazo de BID Invest, brazo privado del Grupo BID, a bancos de América Latina y el Caribe para que sus clientes financien importaciones y exportaciones.',
        description: md(
          'Inspirado en los programas de otros bancos de desarrollo, el TFFP garantiza las obligaciones de pago de bancos emisores de la región, sobre todo en cartas de crédito, y les presta para operaciones de comercio. Los bancos participantes acceden a una red de bancos confirmadores internacionales.',
          'Un marco propuesto con el MIGA buscaba una cobertura de hasta 500 millones de dólares para que el programa apoyara también a bancos estatales.',
        ),
        eligibility:
          'Para bancos de los países miembros de la región, que solicitan participar; comisiones por garantía o préstamo. Las empresas se benefician a través de un banco participante.',
      },
    },
    source: `ICC DC World News on the IDB TFFP (2006), MIGA project summary "MIGA-IDB Invest Trade Finance Guarantee Facility" (${checked}). Link: IDB Invest’s site; no stable TFFP page was found.`,
  },
  {
    type: 'solution',
    slug: 'ebrd-trade-facilitation-programme',
    kind: 'financing',
    organisations: ['ebrd'],
    policyAreas: ['access-to-financing', 'trade-logistics', 'skills-development'],
    beneficiaries: ['msmes'],
    coverage: ['151', '039', '143', '145', '015'],
    languages: ['en'],
    cost: 'paid',
    access: { applyUrl: 'https://www.ebrd.com/work-with-us/trade-facilitation-programme/faq.html', viaHub: true },
    link: 'https://www.ebrd.com/work-with-us/trade-facilitation-programme/faq.html',
    startsOn: '1999',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'EBRD Trade Facilitation Programme (TFP)',
        summary:
          'EBRD guarantees to international banks and short-term loans to local banks that support foreign trade to, from and within the EBRD economies, with trade finance training for bankers.',
        description: md(
          'The TFP takes the political and commercial payment risk of trade transactions issued by participating banks in the EBRD’s economies of operation, in central and eastern Europe, Central Asia, the Caucasus and the southern and eastern Mediterranean. Its guarantees can cover documentary letters of credit, standby letters of credit, bid, performance and advance payment bonds and other trade instruments; it also makes short-term revolving loans to banks for on-lending to exporters and importers.',
          'In 2012, 102 issuing banks in 20 countries and more than 800 confirming banks took part. Alongside the finance, the programme offers trade finance training and e-learning for partner banks.',
        ),
        eligibility:
          'Issuing banks in EBRD economies sign an agreement to join; either the issuing or the confirming bank applies for cover per transaction. The EBRD does not guarantee exporters directly: firms use a participating bank.',
      },
      fr: {
        title: 'Programme de facilitation des échanges de la BERD (TFP)',
        summary:
          'Garanties de la BERD aux banques internationales et prêts à court terme aux banques locales pour le commerce extérieur des économies d’intervention de la BERD, avec des formations pour les banquiers.',
        description: md(
          'Le TFP couvre le risque politique et commercial de paiement des opérations émises par les banques participantes des pays d’intervention de la BERD (Europe centrale et orientale, Asie centrale, Caucase, Méditerranée méridionale et orientale) : lettres de crédit, lettres de crédit stand-by, cautions et autres instruments. Il accorde aussi des prêts renouvelables à court terme aux banques.',
          'En 2012, 102 banques émettrices et plus de 800 banques confirmatrices y participaient ; des formations au financement du commerce sont proposées.',
        ),
        eligibility:
          'Les banques émettrices signent un accord d’adhésion ; la banque émettrice ou confirmatrice demande la couverture par opération. La BERD ne garantit pas directement les exportateurs.',
      },
      es: {
        title: 'Programa de Facilitación del Comercio del BERD (TFP)',
        summary:
          'Garantías del BERD a bancos internacionales y préstamos a corto plazo a bancos locales que apoyan el comercio exterior de las economías donde opera el BERD, con formación para banqueros.',
        description: md(
          'El TFP asume el riesgo político y comercial de pago de las operaciones emitidas por bancos participantes en las economías donde opera el BERD (Europa central y oriental, Asia central, el Cáucaso y el Mediterráneo meridional y oriental): cartas de crédito, cartas de crédito contingente, garantías y otros instrumentos. También concede préstamos rotatorios a corto plazo a bancos.',
          'En 2012 participaban 102 bancos emisores y más de 800 bancos confirmadores; se ofrece formación en financiación del comercio.',
        ),
        eligibility:
          'Los bancos emisores firman un acuerdo de adhesión; el banco emisor o el confirmador solicita la cobertura por operación. El BERD no garantiza directamente a los exportadores.',
      },
    },
    source: `EBRD TFP FAQ page, EBRD TFP fact sheet (January 2012) and EBRD e-learning presentation (guarantee facility operational since 1999) (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'adb-trade-finance-gaps-survey-2023',
    kind: 'report',
    organisations: ['adb'],
    policyAreas: ['access-to-financing', 'trade-logistics'],
    beneficiaries: ['governments', 'researchers', 'msmes'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.adb.org', viaHub: false },
    link: 'https://www.adb.org',
    documentUrl: null,
    publishedOn: '2023-09-05',
    sourceLocale: 'en',
    text: {
      en: {
        title: '2023 Trade Finance Gaps, Growth, and Jobs Survey',
        summary:
          'ADB’s survey of banks and firms that estimates the global trade finance gap, the difference between requests and approvals, at a record USD 2.5 trillion in 2022, with SMEs hit hardest.',
        description: md(
          'The survey, drawing on 137 banks and 185 companies in around 50 economies, finds that the gap grew from USD 1.7 trillion in 2020 as rising interest rates, inflation, economic uncertainty and geopolitical tensions reduced banks’ capacity to lend for trade. Firms named insufficient financing as their top supply chain challenge.',
          'For the first time, the 2023 edition also examines environmental, social and governance (ESG) standards and digitalisation; most banks and firms think both could help narrow the gap. Earlier editions go back to 2013.',
        ),
        eligibility: 'Free to download from the ADB site.',
      },
      fr: {
        title: 'Enquête 2023 sur les déficits de financement du commerce, la croissance et l’emploi',
        summary:
          'Enquête de la BAsD auprès de banques et d’entreprises qui estime le déficit mondial de financement du commerce à un record de 2 500 milliards de dollars en 2022, au détriment surtout des PME.',
        description: md(
          'Fondée sur 137 banques et 185 entreprises d’une cinquantaine d’économies, l’enquête montre que le déficit est passé de 1 700 milliards de dollars en 2020 à 2 500 milliards en 2022, sous l’effet de la hausse des taux, de l’inflation et des tensions géopolitiques. Les entreprises citent le manque de financement comme premier obstacle dans leurs chaînes d’approvisionnement.',
          'L’édition 2023 examine aussi les normes ESG et la numérisation.',
        ),
        eligibility: 'Téléchargement gratuit sur le site de la BAsD.',
      },
      es: {
        title: 'Encuesta 2023 sobre las brechas de financiación del comercio, el crecimiento y el empleo',
        summary:
          'Encuesta del BAsD a bancos y empresas que estima la brecha mundial de financiación del comercio en un récord de 2,5 billones de dólares en 2022, que afecta sobre todo a las pymes.',
        description: md(
          'Basada en 137 bancos y 185 empresas de unas 50 economías, la encuesta muestra que la brecha pasó de 1,7 billones de dólares en 2020 a 2,5 billones en 2022, por la subida de los tipos de interés, la inflación y las tensiones geopolíticas. Las empresas señalan la falta de financiación como su principal problema en las cadenas de suministro.',
          'La edición de 2023 examina también las normas ambientales, sociales y de gobernanza y la digitalización.',
        ),
        eligibility: 'Descarga gratuita en el sitio del BAsD.',
      },
    },
    source: `Coverage of the ADB release of 5 September 2023 (Xinhua, Republic World, The Haulage News) and the 2013 ADB brief on the first survey (${checked}). Link: ADB’s site; the report page address was not confirmed.`,
  },
  {
    type: 'resource',
    slug: 'wto-ifc-trade-finance-west-africa',
    kind: 'report',
    organisations: ['ifc', 'wto'],
    policyAreas: ['access-to-financing', 'trade-logistics'],
    beneficiaries: ['governments', 'msmes', 'researchers'],
    coverage: ['CIV', 'GHA', 'NGA', 'SEN'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://ifc.org/en/insights-reports/2022/trade-finance-in-west-africa', viaHub: false },
    link: 'https://ifc.org/en/insights-reports/2022/trade-finance-in-west-africa',
    documentUrl: null,
    publishedOn: '2022-10',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Trade Finance in West Africa',
        summary:
          'An IFC–WTO study of Côte d’Ivoire, Ghana, Nigeria and Senegal, where only about a quarter of goods trade is backed by trade finance and SMEs face high costs and rejection rates.',
        description: md(
          'Based on a survey of nearly all the financial institutions that provide trade finance in the four largest ECOWAS economies and on firm-level trade data, the study estimates a trade finance shortage of up to USD 14 billion a year. Trade finance supports about 25 % of merchandise trade in these countries, against some 40 % for Africa and up to 80 % worldwide, mainly because offers are expensive and banks reject many applications, especially from SMEs.',
          'It estimates that cheaper and more available trade finance could raise the four countries’ trade by up to USD 26 billion a year, mostly within ECOWAS and with the rest of Africa, and calls for building local banks’ capacity and coordinated action by governments, the private sector and multilaterals.',
        ),
        eligibility: 'Free to download from the IFC site.',
      },
      fr: {
        title: 'Le financement du commerce en Afrique de l’Ouest',
        summary:
          'Étude SFI–OMC sur la Côte d’Ivoire, le Ghana, le Nigéria et le Sénégal, où environ un quart seulement du commerce de marchandises est financé et où les PME subissent des coûts et des refus élevés.',
        description: md(
          'Fondée sur une enquête auprès de presque toutes les institutions qui financent le commerce dans les quatre plus grandes économies de la CEDEAO, l’étude estime le déficit de financement jusqu’à 14 milliards de dollars par an. Le financement couvre environ 25 % du commerce de marchandises, contre quelque 40 % en Afrique et jusqu’à 80 % dans le monde.',
          'Un financement moins cher et plus disponible pourrait accroître les échanges de ces pays de 26 milliards de dollars par an, surtout au sein de la CEDEAO et avec le reste de l’Afrique.',
        ),
        eligibility: 'Téléchargement gratuit sur le site de la SFI.',
      },
      es: {
        title: 'La financiación del comercio en África Occidental',
        summary:
          'Estudio de IFC y la OMC sobre Côte d’Ivoire, Ghana, Nigeria y el Senegal, donde solo una cuarta parte del comercio de mercancías cuenta con financiación y las pymes afrontan costos y rechazos altos.',
        description: md(
          'Basado en una encuesta a casi todas las instituciones que financian el comercio en las cuatro mayores economías de la CEDEAO, el estudio estima un déficit de financiación de hasta 14.000 millones de dólares al año. La financiación cubre alrededor del 25 % del comercio de mercancías, frente a cerca del 40 % en África y hasta el 80 % en el mundo.',
          'Una financiación más barata y disponible podría aumentar el comercio de estos países en hasta 26.000 millones de dólares al año, sobre todo dentro de la CEDEAO y con el resto de África.',
        ),
        eligibility: 'Descarga gratuita en el sitio de IFC.',
      },
    },
    source: `IFC report page "Trade Finance in West Africa" (October 2022), IFC–WTO press coverage (Business Trumpet, Ghanaweb, Anadolu) and FERDI summary in French (${checked}).`,
  },

  // ——— African funds, guarantees and digital finance facilities ———
  {
    type: 'solution',
    slug: 'afreximbank-fund-for-export-development-in-africa',
    kind: 'financing',
    organisations: ['afreximbank'],
    policyAreas: ['access-to-financing'],
    beneficiaries: ['msmes'],
    coverage: ['002'],
    languages: ['en', 'fr'],
    cost: 'varies',
    access: { applyUrl: 'https://www.afreximbank.com', viaHub: true },
    link: 'https://www.afreximbank.com',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Fund for Export Development in Africa (FEDA)',
        summary:
          'Afreximbank’s impact investment subsidiary, headquartered in Kigali, which provides equity, quasi-equity and debt to African companies in trade and export sectors, with a focus on SMEs.',
        description: md(
          'FEDA was created by the African Export-Import Bank to fill the equity gap that holds back intra-African trade, value-added exports and industrialisation, and to draw foreign direct investment into these sectors. It invests in agribusiness, manufacturing, consumer and retail goods, financial services, technology, travel and tourism, transport and logistics, and trade-enabling infrastructure such as industrial parks.',
          'Its establishment agreement and headquarters agreement with Rwanda were signed in November 2020, and its Kigali office opened in March 2024. Since 2023 FEDA also manages the AfCFTA Adjustment Fund.',
        ),
        eligibility:
          'Companies operating in Africa’s tradable and trade-support sectors, with emphasis on SMEs, intra-African trade and value-added exports; investments are negotiated case by case. Approach FEDA or Afreximbank with a proposal.',
      },
      fr: {
        title: 'Fonds pour le développement des exportations en Afrique (FEDA)',
        summary:
          'Filiale d’investissement d’impact d’Afreximbank, basée à Kigali, qui apporte fonds propres, quasi-fonds propres et dette aux entreprises africaines des secteurs d’exportation, en priorité les PME.',
        description: md(
          'Le FEDA a été créé par la Banque africaine d’import-export pour combler le manque de fonds propres qui freine le commerce intra-africain, les exportations à valeur ajoutée et l’industrialisation, et pour attirer l’investissement étranger direct. Il investit dans l’agro-industrie, l’industrie manufacturière, la distribution, les services financiers, la technologie, le tourisme, le transport et la logistique, et les parcs industriels.',
          'L’accord de siège avec le Rwanda a été signé en novembre 2020 et le bureau de Kigali ouvert en mars 2024. Depuis 2023, le FEDA gère aussi le Fonds d’ajustement de la ZLECAf.',
        ),
        eligibility:
          'Entreprises des secteurs échangeables et d’appui au commerce en Afrique, en priorité PME et commerce intra-africain ; investissements négociés au cas par cas.',
      },
      es: {
        title: 'Fondo para el Desarrollo de las Exportaciones en África (FEDA)',
        summary:
          'Filial de inversión de impacto de Afreximbank, con sede en Kigali, que aporta capital, cuasicapital y deuda a empresas africanas de sectores exportadores, con prioridad a las pymes.',
        description: md(
          'El FEDA fue creado por el Banco Africano de Exportación e Importación para cubrir la falta de capital que frena el comercio intraafricano, las exportaciones de valor añadido y la industrialización, y para atraer inversión extranjera directa. Invierte en agroindustria, manufactura, comercio minorista, servicios financieros, tecnología, turismo, transporte y logística, y parques industriales.',
          'El acuerdo de sede con Rwanda se firmó en noviembre de 2020 y la oficina de Kigali abrió en marzo de 2024. Desde 2023, el FEDA gestiona también el Fondo de Ajuste de la AfCFTA.',
        ),
        eligibility:
          'Empresas de sectores comerciables y de apoyo al comercio en África, con prioridad a pymes y comercio intraafricano; inversiones negociadas caso por caso.',
      },
    },
    source: `Afreximbank announcements on FEDA reported by The Sun, Investors King and Pan African Visions (2019–2020), and on the Kigali office (March 2024) (${checked}). Link: Afreximbank’s site; no stable FEDA page was found.`,
  },
  {
    type: 'solution',
    slug: 'afcfta-adjustment-fund',
    kind: 'financing',
    organisations: ['afreximbank', 'afcfta-secretariat', 'african-union'],
    policyAreas: ['access-to-financing', 'trade-logistics'],
    beneficiaries: ['governments', 'msmes', 'women-entrepreneurs', 'youth'],
    coverage: ['002'],
    languages: ['en', 'fr'],
    cost: 'varies',
    access: { applyUrl: 'https://au-afcfta.org', viaHub: true },
    link: 'https://au-afcfta.org',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'AfCFTA Adjustment Fund',
        summary:
          'A fund set up by the AfCFTA Secretariat and Afreximbank to help AfCFTA State Parties and their firms adjust to free trade: grants for tariff losses, concessional and commercial finance.',
        description: md(
          'Mandated by the African Union summit and the AfCFTA Council of Ministers, the fund has three windows. The Base Fund uses contributions from State Parties, grants and technical assistance to offset tariff revenue losses as tariffs fall and to help countries implement the Agreement and its protocols. The General Fund mobilises concessional finance, including for trade-enabling infrastructure, and the Credit Fund mobilises commercial finance for public and private borrowers, including SMEs, women and young entrepreneurs.',
          'Afreximbank committed USD 1 billion and a USD 10 million grant to seed the Base Fund; the fund is headquartered in Rwanda and managed by FEDA, Afreximbank’s investment arm. Its board first met in September 2023, with operations planned from 2024.',
        ),
        eligibility:
          'For AfCFTA State Parties, public institutions and private firms affected by or seeking to use the AfCFTA. Eligibility criteria are set by the AfCFTA trade ministers and the fund’s board; ask the AfCFTA Secretariat or Afreximbank.',
      },
      fr: {
        title: 'Fonds d’ajustement de la ZLECAf',
        summary:
          'Fonds créé par le Secrétariat de la ZLECAf et Afreximbank pour aider les États parties et leurs entreprises à s’adapter au libre-échange : dons pour pertes tarifaires, financements concessionnels et commerciaux.',
        description: md(
          'Mandaté par le sommet de l’Union africaine et le Conseil des ministres de la ZLECAf, le fonds comporte trois guichets : le Fonds de base (contributions, dons et assistance technique pour compenser les pertes de recettes douanières et appliquer l’Accord), le Fonds général (financements concessionnels, notamment pour les infrastructures) et le Fonds de crédit (financements commerciaux pour les secteurs public et privé, y compris les PME, les femmes et les jeunes).',
          'Afreximbank s’est engagée à hauteur d’un milliard de dollars et d’un don de 10 millions ; le fonds, basé au Rwanda, est géré par le FEDA.',
        ),
        eligibility:
          'Pour les États parties, institutions publiques et entreprises concernés par la ZLECAf ; critères fixés par les ministres du commerce et le conseil du fonds.',
      },
      es: {
        title: 'Fondo de Ajuste de la AfCFTA',
        summary:
          'Fondo creado por la Secretaría de la AfCFTA y Afreximbank para ayudar a los Estados partes y sus empresas a adaptarse al libre comercio: donaciones por pérdidas arancelarias y financiación concesional y comercial.',
        description: md(
          'Por mandato de la cumbre de la Unión Africana y del Consejo de Ministros de la AfCFTA, el fondo tiene tres ventanillas: el Fondo Base (contribuciones, donaciones y asistencia técnica para compensar la pérdida de ingresos arancelarios y aplicar el Acuerdo), el Fondo General (financiación concesional, también para infraestructuras) y el Fondo de Crédito (financiación comercial para los sectores público y privado, incluidas pymes, mujeres y jóvenes).',
          'Afreximbank comprometió 1.000 millones de dólares y una donación de 10 millones; el fondo, con sede en Rwanda, lo gestiona el FEDA.',
        ),
        eligibility:
          'Para Estados partes, instituciones públicas y empresas afectadas por la AfCFTA; criterios fijados por los ministros de comercio y la junta del fondo.',
      },
    },
    source: `AfCFTA Secretariat news (first board meeting, September 2023), Afreximbank statements reported by NAN, The Chronicle and Ghana Business News (2022), New Times (Kigali) on first disbursements (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'afdb-affirmative-finance-action-for-women-in-africa',
    kind: 'financing',
    organisations: ['afdb'],
    policyAreas: ['access-to-financing', 'skills-development'],
    beneficiaries: ['women-entrepreneurs', 'msmes'],
    coverage: ['002'],
    languages: ['en', 'fr'],
    cost: 'varies',
    access: { applyUrl: 'https://www.afdb.org', viaHub: true },
    link: 'https://www.afdb.org',
    startsOn: '2016',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Affirmative Finance Action for Women in Africa (AFAWA)',
        summary:
          'The AfDB’s pan-African initiative to close the financing gap of women entrepreneurs: risk-sharing guarantees for banks that lend to women-led SMEs, technical assistance and policy reform.',
        description: md(
          'Launched at the AfDB’s 2016 Annual Meetings, AFAWA works on three pillars. Access to finance: the Guarantee for Growth programme, run with the African Guarantee Fund since 2021, shares the risk of loans to women-led SMEs so that banks and microfinance institutions lend more, and a rating system rewards institutions that lend well to women. Technical assistance: advice to financial institutions on products for women and training for women entrepreneurs. Enabling environment: dialogue with governments and central banks on legal and regulatory barriers.',
          'AFAWA is backed by the G7 and the Women Entrepreneurs Finance Initiative (We-Fi); the AfDB aims to mobilise USD 5 billion for African women-led businesses.',
        ),
        eligibility:
          'Women entrepreneurs reach AFAWA finance through partner banks and microfinance institutions in participating countries, on those lenders’ terms. Financial institutions apply to the AfDB to become partners.',
      },
      fr: {
        title: 'Action positive en faveur du financement des femmes en Afrique (AFAWA)',
        summary:
          'Initiative panafricaine de la BAD pour combler le déficit de financement des femmes entrepreneurs : garanties de partage des risques pour les prêts aux PME dirigées par des femmes, assistance technique, réformes.',
        description: md(
          'Lancée aux Assemblées annuelles 2016 de la BAD, l’initiative AFAWA repose sur trois piliers : l’accès au financement (programme de garantie « Guarantee for Growth » avec le Fonds africain de garantie depuis 2021 et système de notation des institutions qui prêtent aux femmes), l’assistance technique (conseil aux institutions financières et formation des femmes entrepreneurs) et l’environnement favorable (dialogue avec les gouvernements et banques centrales).',
          'Elle est soutenue par le G7 et la Women Entrepreneurs Finance Initiative (We-Fi) ; la BAD vise 5 milliards de dollars pour les entreprises dirigées par des femmes.',
        ),
        eligibility:
          'Les femmes entrepreneurs y accèdent par les banques et institutions de microfinance partenaires, à leurs conditions. Les institutions financières demandent à la BAD à devenir partenaires.',
      },
      es: {
        title: 'Acción Afirmativa para la Financiación de las Mujeres en África (AFAWA)',
        summary:
          'Iniciativa panafricana del BAfD para cerrar la brecha de financiación de las mujeres empresarias: garantías de riesgo compartido para préstamos a pymes dirigidas por mujeres, asistencia técnica y reformas.',
        description: md(
          'Lanzada en las Reuniones Anuales de 2016 del BAfD, AFAWA tiene tres pilares: acceso a la financiación (programa de garantías Guarantee for Growth con el Fondo Africano de Garantía desde 2021 y calificación de las instituciones que prestan a mujeres), asistencia técnica (asesoramiento a instituciones financieras y formación de mujeres empresarias) y entorno propicio (diálogo con gobiernos y bancos centrales).',
          'Cuenta con el apoyo del G7 y de la Women Entrepreneurs Finance Initiative (We-Fi); el BAfD aspira a movilizar 5.000 millones de dólares.',
        ),
        eligibility:
          'Las mujeres empresarias acceden a través de bancos e instituciones de microfinanciación asociados, en sus condiciones. Las instituciones financieras solicitan al BAfD ser asociadas.',
      },
    },
    source: `NDC Partnership climate funds explorer entry on AFAWA, We-Fi implementing partner page (AfDB), AfDB and African Guarantee Fund announcements (Guarantee for Growth, March 2021), GTR on G7 support (2019) (${checked}). Link: the AfDB’s site; the AFAWA page address was not confirmed.`,
  },
  {
    type: 'solution',
    slug: 'boost-africa',
    kind: 'financing',
    organisations: ['afdb', 'european-commission'],
    policyAreas: ['access-to-financing'],
    beneficiaries: ['msmes', 'youth'],
    coverage: ['002'],
    languages: ['en', 'fr'],
    cost: 'varies',
    access: { applyUrl: 'https://www.afdb.org', viaHub: false },
    link: 'https://www.afdb.org',
    startsOn: '2016-11',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Boost Africa',
        summary:
          'A joint initiative of the African Development Bank and the European Investment Bank, with the European Commission, that invests in seed and venture funds backing African start-ups and young SMEs.',
        description: md(
          'Launched in Abidjan in November 2016, Boost Africa supports the earliest and riskiest stages of the venture value chain. Its investment programme takes stakes in seed funds, business-angel co-investment funds, accelerators’ follow-on funds and venture capital funds that invest in innovative start-ups and high-growth SMEs, notably in ICT, financial services and financial inclusion, agribusiness, health, education and renewable energy. A technical assistance facility builds the capacity of fund managers and investee companies, and an innovation and information lab shares practice.',
          'With an initial combined commitment of up to EUR 150 million, it aimed to leverage EUR 1 billion and support some 1,500 start-ups and SMEs. In 2021 the European Union and the Organisation of African, Caribbean and Pacific States added EUR 60 million.',
        ),
        eligibility:
          'Fund managers investing in African start-ups apply to the AfDB and EIB for investment. Entrepreneurs reach Boost Africa money through the funds in its portfolio, on those funds’ terms.',
      },
      fr: {
        title: 'Boost Africa',
        summary:
          'Initiative de la Banque africaine de développement et de la Banque européenne d’investissement, avec la Commission européenne, qui investit dans des fonds d’amorçage et de capital-risque africains.',
        description: md(
          'Lancée à Abidjan en novembre 2016, Boost Africa soutient les premiers stades, les plus risqués, du capital-risque : participations dans des fonds d’amorçage, de co-investissement avec des investisseurs providentiels et de capital-risque qui financent des jeunes pousses innovantes et des PME à forte croissance (TIC, services financiers et inclusion financière, agro-industrie, santé, éducation, énergies renouvelables). Une facilité d’assistance technique renforce les gestionnaires et les entreprises.',
          'Avec un engagement initial allant jusqu’à 150 millions d’euros, elle visait à mobiliser un milliard d’euros pour 1 500 jeunes pousses et PME.',
        ),
        eligibility:
          'Les gestionnaires de fonds présentent leur demande à la BAD et à la BEI ; les entrepreneurs accèdent aux fonds du portefeuille, aux conditions de ces fonds.',
      },
      es: {
        title: 'Boost Africa',
        summary:
          'Iniciativa conjunta del Banco Africano de Desarrollo y el Banco Europeo de Inversiones, con la Comisión Europea, que invierte en fondos semilla y de capital riesgo para empresas emergentes africanas.',
        description: md(
          'Lanzada en Abiyán en noviembre de 2016, Boost Africa apoya las fases más tempranas y arriesgadas del capital riesgo: participaciones en fondos semilla, de coinversión con inversores ángeles y de capital riesgo que financian empresas emergentes innovadoras y pymes de alto crecimiento (TIC, servicios financieros e inclusión financiera, agroindustria, salud, educación, energías renovables). Un mecanismo de asistencia técnica fortalece a gestores y empresas.',
          'Con un compromiso inicial de hasta 150 millones de euros, aspiraba a movilizar 1.000 millones y apoyar a unas 1.500 empresas emergentes y pymes.',
        ),
        eligibility:
          'Los gestores de fondos presentan su solicitud al BAfD y al BEI; los emprendedores acceden a través de los fondos de la cartera, en sus condiciones.',
      },
    },
    source: `EIB press releases of November 2016 (launch) and April 2021 (EUR 60 million from the EU and OACPS), Disrupt Africa and TechMoran coverage (${checked}). Link: the AfDB’s site; the European Investment Bank is not yet a hub partner.`,
  },
  {
    type: 'solution',
    slug: 'africa-digital-financial-inclusion-facility',
    kind: 'financing',
    organisations: ['afdb'],
    policyAreas: ['payment-solutions', 'access-to-financing'],
    beneficiaries: ['governments', 'consumers', 'women-entrepreneurs'],
    coverage: ['002'],
    languages: ['en', 'fr'],
    cost: 'varies',
    access: { applyUrl: 'https://www.afdb.org', viaHub: true },
    link: 'https://www.afdb.org',
    startsOn: '2019-06',
    endsOn: '2030',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Africa Digital Financial Inclusion Facility (ADFI)',
        summary:
          'An AfDB-hosted facility, launched in 2019 with the Gates Foundation, France and Luxembourg, that funds interoperable digital payment systems, digital financial products and regulation across Africa.',
        description: md(
          'ADFI aims to bring digital financial services, including mobile money and interoperable digital payments, to at least 320 million more Africans, about 60 % of them women, by 2030. It plans to deploy USD 100 million in grants and USD 300 million in AfDB loans along four pillars: infrastructure (digital and interoperable payment systems), digital products and innovation, policy and regulatory reform and harmonisation, and capacity building.',
          'Its first project, a grant with the Central Bank of West African States (BCEAO), supports an interoperable payment system letting customers send money between mobile wallets and to bank accounts across the West African Economic and Monetary Union. ADFI works with banks and non-banks, mobile operators, remittance and payment providers, fintechs, ministries, regulators and regional economic communities.',
        ),
        eligibility:
          'Governments, central banks, regional bodies and financial service providers in Africa can seek grants or loans; projects are selected and structured by the AfDB with ADFI’s contributors.',
      },
      fr: {
        title: 'Facilité pour l’inclusion financière numérique en Afrique (ADFI)',
        summary:
          'Facilité hébergée par la BAD, lancée en 2019 avec la Fondation Gates, la France et le Luxembourg, qui finance des systèmes de paiement numérique interopérables, des produits financiers numériques et des réformes.',
        description: md(
          'L’ADFI vise à donner accès aux services financiers numériques, dont la monnaie mobile et les paiements mobiles interopérables, à au moins 320 millions d’Africains supplémentaires, dont environ 60 % de femmes, d’ici à 2030. Elle prévoit 100 millions de dollars de dons et 300 millions de prêts de la BAD autour de quatre piliers : infrastructures de paiement interopérables, produits et innovation, réformes réglementaires et harmonisation, renforcement des capacités.',
          'Son premier projet, avec la Banque centrale des États de l’Afrique de l’Ouest (BCEAO), appuie un système interopérable permettant d’envoyer de l’argent entre portefeuilles de monnaie mobile et vers des comptes bancaires dans l’UEMOA.',
        ),
        eligibility:
          'Gouvernements, banques centrales, organismes régionaux et prestataires de services financiers africains peuvent solliciter dons ou prêts ; la BAD sélectionne et structure les projets.',
      },
      es: {
        title: 'Mecanismo para la Inclusión Financiera Digital en África (ADFI)',
        summary:
          'Mecanismo del BAfD, lanzado en 2019 con la Fundación Gates, Francia y Luxemburgo, que financia sistemas de pagos digitales interoperables, productos financieros digitales y reformas regulatorias en África.',
        description: md(
          'El ADFI aspira a llevar servicios financieros digitales, incluidos el dinero móvil y los pagos interoperables, a al menos 320 millones más de africanos, cerca del 60 % mujeres, para 2030. Prevé 100 millones de dólares en donaciones y 300 millones en préstamos del BAfD en cuatro pilares: infraestructura de pagos interoperable, productos e innovación, reforma y armonización regulatoria, y fomento de la capacidad.',
          'Su primer proyecto, con el Banco Central de los Estados de África Occidental (BCEAO), apoya un sistema interoperable para enviar dinero entre billeteras de dinero móvil y a cuentas bancarias en la UEMOA.',
        ),
        eligibility:
          'Gobiernos, bancos centrales, organismos regionales y proveedores de servicios financieros de África pueden solicitar donaciones o préstamos; el BAfD selecciona y estructura los proyectos.',
      },
    },
    source: `AfDB launch announcement of ADFI at its 2019 Annual Meetings in Malabo, as reported by CEO Business Africa, FinTech Futures, Ventureburn and Verdant Capital (${checked}). Link: the AfDB’s site; no stable ADFI page was found.`,
  },

  // ——— SME and women’s finance: global facilities, networks and data ———
  {
    type: 'solution',
    slug: 'women-entrepreneurs-finance-initiative',
    kind: 'financing',
    organisations: ['world-bank', 'ifc', 'afdb', 'adb', 'isdb'],
    policyAreas: ['access-to-financing'],
    beneficiaries: ['women-entrepreneurs', 'msmes'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'varies',
    access: { applyUrl: 'https://we-fi.org', viaHub: true },
    link: 'https://we-fi.org',
    startsOn: '2017-07',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Women Entrepreneurs Finance Initiative (We-Fi)',
        summary:
          'A fund hosted by the World Bank, launched at the 2017 G20 summit, that gives grants to multilateral development banks for programmes that finance and support women-led SMEs in developing countries.',
        description: md(
          'We-Fi was set up with contributions from 14 governments to tackle the financial and non-financial barriers faced by women-owned and women-led small and medium enterprises: access to capital, markets, networks and skills, and legal and regulatory obstacles. It takes an ecosystem approach, combining finance with technical assistance and policy reform, and devotes at least half of its portfolio to the poorest and fragile countries.',
          'It accepts proposals only from its partner multilateral development banks. Allocations have gone, for example, to the Islamic Development Bank (Yemen, Mali, Nigeria), the Asian Development Bank (Sri Lanka), the World Bank Group and the AfDB’s AFAWA initiative. We-Fi does not fund microfinance or micro-entrepreneurs.',
        ),
        eligibility:
          'Women entrepreneurs benefit through the programmes of We-Fi’s partner development banks and the banks and funds they work with; only those partner banks submit proposals to We-Fi.',
      },
      fr: {
        title: 'Initiative de financement en faveur des femmes entrepreneurs (We-Fi)',
        summary:
          'Fonds hébergé par la Banque mondiale, lancé au sommet du G20 de 2017, qui accorde des dons aux banques multilatérales de développement pour financer et accompagner les PME dirigées par des femmes.',
        description: md(
          'Créée avec les contributions de 14 gouvernements, We-Fi s’attaque aux obstacles que rencontrent les PME détenues ou dirigées par des femmes : accès au capital, aux marchés, aux réseaux et aux compétences, obstacles juridiques. Elle associe financement, assistance technique et réformes et consacre au moins la moitié de son portefeuille aux pays les plus pauvres et fragiles.',
          'Seules les banques multilatérales partenaires lui soumettent des propositions (par exemple la BIsD pour le Yémen, le Mali et le Nigéria, la BAsD pour Sri Lanka, le Groupe de la Banque mondiale, l’initiative AFAWA de la BAD).',
        ),
        eligibility:
          'Les femmes entrepreneurs en bénéficient par les programmes des banques de développement partenaires et des banques et fonds avec lesquels elles travaillent.',
      },
      es: {
        title: 'Iniciativa de Financiamiento para Mujeres Emprendedoras (We-Fi)',
        summary:
          'Fondo acogido por el Banco Mundial, lanzado en la cumbre del G20 de 2017, que da donaciones a bancos multilaterales de desarrollo para financiar y apoyar pymes dirigidas por mujeres.',
        description: md(
          'Creada con contribuciones de 14 gobiernos, We-Fi aborda los obstáculos de las pymes propiedad de mujeres o dirigidas por ellas: acceso al capital, los mercados, las redes y las competencias, y barreras jurídicas. Combina financiación, asistencia técnica y reformas, y dedica al menos la mitad de su cartera a los países más pobres y frágiles.',
          'Solo los bancos multilaterales asociados le presentan propuestas (por ejemplo el BIsD para el Yemen, Malí y Nigeria, el BAsD para Sri Lanka, el Grupo Banco Mundial y la iniciativa AFAWA del BAfD).',
        ),
        eligibility:
          'Las mujeres empresarias se benefician a través de los programas de los bancos de desarrollo asociados y de los bancos y fondos con que trabajan.',
      },
    },
    source: `World Bank programme page on We-Fi, We-Fi implementing partner page (AfDB), Devex interview with the head of the We-Fi secretariat (April 2019), announcements of the first allocations (April 2018) (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'ifc-banking-on-women',
    kind: 'financing',
    organisations: ['ifc'],
    policyAreas: ['access-to-financing'],
    beneficiaries: ['women-entrepreneurs', 'msmes'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'varies',
    access: { applyUrl: 'https://www.ifc.org', viaHub: true },
    link: 'https://www.ifc.org',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'IFC Banking on Women',
        summary:
          'IFC investment and advice for banks that build lending to women-owned small businesses, including credit lines and risk sharing under the Women Entrepreneurs Opportunity Facility.',
        description: md(
          'Through Banking on Women, IFC invests in financial institutions in developing countries and advises them on serving women entrepreneurs profitably: understanding the market, designing loans and non-financial services, and training staff. In 2014 IFC launched the USD 600 million Women Entrepreneurs Opportunity Facility, which extends lines of credit to local banks and shares their risk to support lending to women-run SMEs, aiming to reach up to 100,000 women.',
          'IFC also works with the Women Entrepreneurs Finance Initiative (We-Fi), for instance with performance-based incentives for lenders that meet targets for women-led MSMEs.',
        ),
        eligibility:
          'Banks and other financial institutions in developing countries work with IFC on commercial terms. Women entrepreneurs borrow from a participating bank on that bank’s terms.',
      },
      fr: {
        title: 'Banking on Women de la SFI',
        summary:
          'Investissements et conseils de la SFI pour les banques qui développent leurs prêts aux petites entreprises détenues par des femmes, avec lignes de crédit et partage des risques.',
        description: md(
          'Par Banking on Women, la SFI investit dans des institutions financières des pays en développement et les conseille pour servir de manière rentable les femmes entrepreneurs. En 2014, elle a lancé la facilité Women Entrepreneurs Opportunity Facility (600 millions de dollars), qui ouvre des lignes de crédit aux banques locales et partage leur risque pour soutenir les prêts aux PME dirigées par des femmes.',
          'La SFI travaille aussi avec We-Fi, par exemple avec des incitations liées aux résultats pour les prêteurs.',
        ),
        eligibility:
          'Les banques des pays en développement travaillent avec la SFI aux conditions du marché ; les femmes entrepreneurs empruntent auprès d’une banque participante.',
      },
      es: {
        title: 'Banking on Women de IFC',
        summary:
          'Inversión y asesoramiento de IFC para bancos que amplían sus préstamos a pequeñas empresas propiedad de mujeres, con líneas de crédito y riesgo compartido.',
        description: md(
          'Con Banking on Women, IFC invierte en instituciones financieras de países en desarrollo y las asesora para atender de forma rentable a las mujeres empresarias. En 2014 lanzó el Women Entrepreneurs Opportunity Facility (600 millones de dólares), que abre líneas de crédito a bancos locales y comparte su riesgo para apoyar préstamos a pymes dirigidas por mujeres.',
          'IFC colabora también con We-Fi, por ejemplo con incentivos según resultados para los prestamistas.',
        ),
        eligibility:
          'Los bancos de países en desarrollo trabajan con IFC en condiciones comerciales; las mujeres empresarias piden préstamos a un banco participante.',
      },
    },
    source: `IFC pages "Bridging the Gender Gap" and "Gender Focus Benefits Women, Banks, Communities", Thomson Reuters Foundation on the Women Entrepreneurs Opportunity Facility (March 2014), Inquirer on IFC–We-Fi lending in the Philippines (${checked}). Link: IFC’s site; no stable programme page was found.`,
  },
  {
    type: 'solution',
    slug: 'ifc-startup-catalyst',
    kind: 'financing',
    organisations: ['ifc'],
    policyAreas: ['access-to-financing'],
    beneficiaries: ['msmes', 'youth'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'varies',
    access: { applyUrl: 'https://www.ifc.org', viaHub: false },
    link: 'https://www.ifc.org',
    startsOn: '2016',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'IFC Startup Catalyst',
        summary:
          'IFC’s programme, since 2016, of investing in incubators, accelerators and seed funds in emerging markets, to close early-stage funding gaps for tech start-ups.',
        description: md(
          'Startup Catalyst was set up to build venture capital ecosystems where they are thin. Since 2016 it has invested some USD 60 million in around twenty accelerators and seed funds, which in turn supported more than 1,180 start-ups in 24 emerging markets that went on to raise follow-on funding. In 2022 IFC announced a further USD 60 million pool as part of a venture capital platform for Africa, the Middle East, Central Asia and Pakistan.',
          'Promising start-ups from these portfolios can later receive direct investment from IFC’s venture capital team. IFC also runs a Venture Finance Program for early-stage fund managers.',
        ),
        eligibility:
          'Incubators, accelerators and seed fund managers in emerging markets seek investment from IFC. Start-ups reach the money through the funds and accelerators in the portfolio.',
      },
      fr: {
        title: 'IFC Startup Catalyst',
        summary:
          'Programme de la SFI qui investit depuis 2016 dans des incubateurs, accélérateurs et fonds d’amorçage des marchés émergents pour combler le manque de financement des jeunes pousses technologiques.',
        description: md(
          'Depuis 2016, Startup Catalyst a investi quelque 60 millions de dollars dans une vingtaine d’accélérateurs et de fonds d’amorçage, qui ont soutenu plus de 1 180 jeunes pousses dans 24 marchés émergents. En 2022, la SFI a annoncé une nouvelle enveloppe de 60 millions de dollars.',
          'Les meilleures jeunes pousses peuvent ensuite recevoir un investissement direct de la SFI.',
        ),
        eligibility:
          'Incubateurs, accélérateurs et fonds d’amorçage sollicitent la SFI ; les jeunes pousses accèdent aux fonds par leur intermédiaire.',
      },
      es: {
        title: 'IFC Startup Catalyst',
        summary:
          'Programa de IFC que desde 2016 invierte en incubadoras, aceleradoras y fondos semilla de mercados emergentes para cubrir la falta de financiación temprana de las empresas emergentes tecnológicas.',
        description: md(
          'Desde 2016, Startup Catalyst ha invertido unos 60 millones de dólares en una veintena de aceleradoras y fondos semilla, que apoyaron a más de 1.180 empresas emergentes en 24 mercados emergentes. En 2022, IFC anunció otros 60 millones de dólares.',
          'Las empresas emergentes más prometedoras pueden recibir después inversión directa de IFC.',
        ),
        eligibility:
          'Incubadoras, aceleradoras y fondos semilla solicitan inversión a IFC; las empresas emergentes acceden a través de ellos.',
      },
    },
    source: `IFC statements on Startup Catalyst reported by The Nation (Nigeria) in 2022 and Launch Base Africa (June 2025) (${checked}). Link: IFC’s site; no stable programme page was found.`,
  },
  {
    type: 'solution',
    slug: 'sme-finance-forum',
    kind: 'platform',
    organisations: ['ifc'],
    policyAreas: ['access-to-financing'],
    beneficiaries: ['msmes', 'governments', 'researchers'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'varies',
    access: { applyUrl: 'https://www.smefinanceforum.org', viaHub: false },
    link: 'https://www.smefinanceforum.org',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'SME Finance Forum',
        summary:
          'A global membership network, set up at the G20’s request and managed by IFC, where banks, fintechs and development finance institutions share knowledge to expand finance for small businesses.',
        description: md(
          'The G20 called for a global SME Finance Forum in 2011, through its Global Partnership for Financial Inclusion, as a platform to share experience on SME finance. Managed by IFC, it brings together financial institutions, technology companies and development finance institutions (more than 140 members by 2018), runs events and working groups, and publishes data and research.',
          'Its data sites host the IFC estimates of the MSME finance gap by country.',
        ),
        eligibility: 'Knowledge and data are free online. Membership is open to financial institutions, fintechs and development organisations on the Forum’s terms.',
      },
      fr: {
        title: 'SME Finance Forum',
        summary:
          'Réseau mondial de membres, créé à la demande du G20 et géré par la SFI, où banques, fintechs et institutions de financement du développement partagent leur savoir pour mieux financer les PME.',
        description: md(
          'Le G20 a appelé en 2011, par son Partenariat mondial pour l’inclusion financière, à créer ce forum. Géré par la SFI, il réunit institutions financières, entreprises technologiques et institutions de financement du développement, organise des rencontres et publie données et études, dont les estimations du déficit de financement des MPME par pays.',
        ),
        eligibility: 'Données et publications gratuites en ligne ; adhésion ouverte aux institutions financières, fintechs et organismes de développement selon les conditions du forum.',
      },
      es: {
        title: 'SME Finance Forum',
        summary:
          'Red mundial de miembros, creada a petición del G20 y gestionada por IFC, donde bancos, fintechs e instituciones de financiación del desarrollo comparten conocimientos para financiar mejor a las pymes.',
        description: md(
          'El G20 pidió en 2011, a través de su Alianza Mundial para la Inclusión Financiera, crear este foro. Gestionado por IFC, reúne a instituciones financieras, empresas tecnológicas e instituciones de financiación del desarrollo, organiza encuentros y publica datos y estudios, como las estimaciones de la brecha de financiación de las mipymes por país.',
        ),
        eligibility: 'Datos y publicaciones gratuitos en línea; afiliación abierta a instituciones financieras, fintechs y organismos de desarrollo según las condiciones del foro.',
      },
    },
    source: `GPFI report to the G20 Leaders (Cannes, November 2011), SME Finance Forum news (Development Bank of Nigeria joining 140 members, October 2018) and data sites (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'msme-finance-gap',
    kind: 'report',
    organisations: ['ifc', 'world-bank'],
    policyAreas: ['access-to-financing', 'readiness-assessment'],
    beneficiaries: ['governments', 'researchers'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://smefinanceforum.org/data-sites/ifc-enterprise-finance-gap', viaHub: false },
    link: 'https://smefinanceforum.org/data-sites/ifc-enterprise-finance-gap',
    documentUrl: null,
    publishedOn: '2017',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'MSME Finance Gap: assessment of the shortfalls and opportunities in financing small businesses',
        summary:
          'IFC’s country-level estimates of how much finance micro, small and medium enterprises in emerging markets need but cannot get, first published in 2017 and updated in 2024.',
        description: md(
          'The 2017 report, prepared by IFC with the World Bank’s research unit, estimated potential demand for MSME finance in emerging markets at USD 8.9 trillion against a supply of USD 3.7 trillion, a gap of USD 5.2 trillion, using a new method that gives comparable estimates for each country.',
          'The September 2024 update finds that the gap grew from USD 4.4 trillion in 2015 to USD 5.7 trillion in 2019, about 19 % of GDP, and that women-owned businesses account for about a third of it (USD 1.9 trillion). Data for each country are on the SME Finance Forum site.',
        ),
        eligibility: 'Free to consult and download.',
      },
      fr: {
        title: 'Le déficit de financement des MPME (MSME Finance Gap)',
        summary:
          'Estimations par pays de la SFI des financements dont les micro, petites et moyennes entreprises des marchés émergents ont besoin sans les obtenir, publiées en 2017 et actualisées en 2024.',
        description: md(
          'Le rapport de 2017, préparé par la SFI avec le service de recherche de la Banque mondiale, estimait la demande potentielle de financement des MPME à 8 900 milliards de dollars pour une offre de 3 700 milliards, soit un déficit de 5 200 milliards, avec des estimations comparables par pays.',
          'L’actualisation de septembre 2024 montre un déficit passé de 4 400 milliards de dollars en 2015 à 5 700 milliards en 2019 (environ 19 % du PIB), dont un tiers pour les entreprises détenues par des femmes.',
        ),
        eligibility: 'Consultation et téléchargement gratuits.',
      },
      es: {
        title: 'La brecha de financiación de las mipymes (MSME Finance Gap)',
        summary:
          'Estimaciones por país de IFC de la financiación que necesitan y no obtienen las micro, pequeñas y medianas empresas de mercados emergentes, publicadas en 2017 y actualizadas en 2024.',
        description: md(
          'El informe de 2017, preparado por IFC con el área de investigación del Banco Mundial, estimaba la demanda potencial de financiación de las mipymes en 8,9 billones de dólares frente a una oferta de 3,7 billones: una brecha de 5,2 billones, con estimaciones comparables por país.',
          'La actualización de septiembre de 2024 muestra que la brecha pasó de 4,4 billones de dólares en 2015 a 5,7 billones en 2019 (cerca del 19 % del PIB), un tercio de ella en empresas propiedad de mujeres.',
        ),
        eligibility: 'Consulta y descarga gratuitas.',
      },
    },
    source: `IFC, "MSME Finance Gap" (2017, World Bank documents text), BIIA summary of the USD 5.2 trillion gap, SME Finance Forum data site "An Updated Estimation and Evolution of the MSME Finance Gap" (September 2024) (${checked}).`,
  },

  // ——— Innovation funds, grants, challenge funds and start-up programmes ———
  {
    type: 'solution',
    slug: 'idb-lab',
    kind: 'financing',
    organisations: ['idb'],
    policyAreas: ['access-to-financing'],
    beneficiaries: ['msmes', 'youth', 'women-entrepreneurs'],
    coverage: ['419'],
    languages: ['en', 'es'],
    cost: 'varies',
    access: { applyUrl: 'https://bidlab.org/en/financing/origination-how-apply', viaHub: true },
    link: 'https://bidlab.org/en',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'IDB Lab',
        summary:
          'The innovation laboratory of the Inter-American Development Bank Group, which finances and connects start-ups, companies and organisations with solutions for vulnerable people in Latin America and the Caribbean.',
        description: md(
          'IDB Lab mobilises financing (grants, loans and equity), knowledge and connections to co-create solutions for people affected by economic, social or environmental vulnerability. It also runs thematic calls for proposals and challenges, for example on the digital transformation of tourism or on technology for the creative industries.',
          'Projects start with origination: the proposing entity contacts an IDB Lab specialist at the IDB country office or headquarters, discusses its idea and fills in a short concept note ("pitch") describing the problem, the innovative solution, the business model and the people who would benefit.',
        ),
        eligibility:
          'Private companies, start-ups, NGOs, academic institutions and public innovation bodies in the IDB’s borrowing member countries, with a financially sustainable, innovative model that serves vulnerable populations; terms depend on the instrument.',
      },
      fr: {
        title: 'BID Lab',
        summary:
          'Laboratoire d’innovation du Groupe de la Banque interaméricaine de développement, qui finance et met en relation jeunes pousses, entreprises et organisations porteuses de solutions pour les populations vulnérables.',
        description: md(
          'BID Lab mobilise financements (dons, prêts, fonds propres), savoirs et réseaux pour co-créer des solutions pour les populations vulnérables d’Amérique latine et des Caraïbes. Il lance aussi des appels à propositions thématiques.',
          'Un projet commence par une prise de contact avec un spécialiste de BID Lab au bureau de pays de la BID, puis une courte note de concept décrivant le problème, la solution, le modèle économique et les bénéficiaires.',
        ),
        eligibility:
          'Entreprises, jeunes pousses, ONG, établissements universitaires et organismes publics d’innovation des pays membres emprunteurs de la BID, avec un modèle innovant et viable ; conditions selon l’instrument.',
      },
      es: {
        title: 'BID Lab',
        summary:
          'Laboratorio de innovación del Grupo Banco Interamericano de Desarrollo, que financia y conecta a empresas emergentes, compañías y organizaciones con soluciones para poblaciones vulnerables de América Latina y el Caribe.',
        description: md(
          'BID Lab moviliza financiación (donaciones, préstamos y capital), conocimiento y conexiones para cocrear soluciones para personas afectadas por vulnerabilidad económica, social o ambiental. También lanza convocatorias y desafíos temáticos.',
          'Un proyecto empieza con la originación: la entidad contacta a un especialista de BID Lab en la representación del BID en su país, conversa su idea y completa un borrador de concepto (pitch) con el problema, la solución, el modelo de negocio y los beneficiarios.',
        ),
        eligibility:
          'Empresas, emprendimientos, ONG, instituciones académicas y entidades públicas de innovación de los países miembros prestatarios del BID, con un modelo innovador y sostenible; condiciones según el instrumento.',
      },
    },
    source: `IDB Lab pages "Origination – How to apply" (English and Spanish), IDB calls for proposals FAQs (Beyond Tourism, Orange Innovation), IDB news on the IDB Lab replenishment (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'isdb-transform-fund',
    kind: 'financing',
    organisations: ['isdb'],
    policyAreas: ['access-to-financing'],
    beneficiaries: ['msmes', 'youth', 'researchers'],
    coverage: ['002', '142'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.isdb-engage.org', viaHub: true },
    link: 'https://www.isdb-engage.org',
    startsOn: '2018-04',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'IsDB Transform Fund (Science, Technology and Innovation Fund)',
        summary:
          'A USD 500 million Islamic Development Bank fund that awards grants, through open calls for innovation, to innovators, start-ups and SMEs in member countries with solutions for the SDGs.',
        description: md(
          'The Transform Fund was established in 2017 and launched at the IsDB Group Annual Meetings in Tunis in April 2018, with the Bank contributing USD 100 million of its USD 500 million target. It works with ENGAGE, the IsDB’s online platform that connects innovators with funding and market opportunities. Calls for innovation are thematic; the fourth, in 2021, focused on building resilience after COVID-19.',
          'Selected "Transformers" receive funding and a mentoring programme, the Transformers Academy, to turn innovations into commercially viable, IP-protected solutions. An investment arm launched in 2020 adds investment in the most promising innovations.',
        ),
        eligibility:
          'Innovators, scientists, start-ups, SMEs, private companies, NGOs, academic institutions and governments in IsDB member countries (and Muslim communities in non-member countries) apply online through ENGAGE during a call.',
      },
      fr: {
        title: 'Fonds Transform de la BIsD (Fonds pour la science, la technologie et l’innovation)',
        summary:
          'Fonds de 500 millions de dollars de la Banque islamique de développement qui accorde, par appels à l’innovation, des dons aux innovateurs, jeunes pousses et PME des pays membres porteurs de solutions pour les ODD.',
        description: md(
          'Le Fonds Transform, créé en 2017, a été lancé aux Assemblées annuelles du Groupe de la BIsD à Tunis en avril 2018. Il fonctionne avec ENGAGE, la plateforme en ligne de la BIsD qui relie les innovateurs aux financements et aux marchés. Les appels sont thématiques ; le quatrième (2021) portait sur la résilience face à la COVID-19.',
          'Les lauréats reçoivent un financement et un accompagnement (Transformers Academy).',
        ),
        eligibility:
          'Innovateurs, scientifiques, jeunes pousses, PME, entreprises, ONG, universités et gouvernements des pays membres de la BIsD postulent en ligne sur ENGAGE pendant un appel.',
      },
      es: {
        title: 'Fondo Transform del BIsD (Fondo de Ciencia, Tecnología e Innovación)',
        summary:
          'Fondo de 500 millones de dólares del Banco Islámico de Desarrollo que concede donaciones, por convocatorias, a innovadores, empresas emergentes y pymes de los países miembros con soluciones para los ODS.',
        description: md(
          'El Fondo Transform, creado en 2017, se lanzó en las Reuniones Anuales del Grupo BIsD en Túnez en abril de 2018. Funciona con ENGAGE, la plataforma en línea del BIsD que conecta a los innovadores con financiación y mercados. Las convocatorias son temáticas; la cuarta (2021) se centró en la resiliencia ante la COVID-19.',
          'Los seleccionados reciben financiación y un programa de mentoría (Transformers Academy).',
        ),
        eligibility:
          'Innovadores, científicos, empresas emergentes, pymes, empresas, ONG, universidades y gobiernos de los países miembros del BIsD se postulan en línea en ENGAGE durante una convocatoria.',
      },
    },
    source: `IsDB guidelines for the Science, Technology and Innovation Transform Fund (established July 2017), PR Newswire releases on the launch (April 2018), IsDB ENGAGE news on the 4th call and the Transformers Academy 2020 (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'gsma-innovation-fund',
    kind: 'financing',
    organisations: ['gsma', 'fcdo'],
    policyAreas: ['access-to-financing', 'ict-infrastructure'],
    beneficiaries: ['msmes'],
    coverage: ['202', '142'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://gsma.com/solutions-and-impact/connectivity-for-good/mobile-for-development/gsma-innovation-fund/frequently-asked-questions', viaHub: true },
    link: 'https://gsma.com/solutions-and-impact/connectivity-for-good/mobile-for-development/gsma-innovation-fund/frequently-asked-questions',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'GSMA Innovation Fund',
        summary:
          'Grants and hands-on support from the GSMA, in themed funding rounds backed by the UK government and other donors, for start-ups and small enterprises in low- and middle-income countries using mobile technology.',
        description: md(
          'Each funding round has a theme, for example mobile internet adoption and digital inclusion, digital urban services (energy, water, sanitation, waste), climate resilience and adaptation, anticipatory humanitarian action, or impactful AI. Grants test innovative use cases, partnerships and business models and help them scale; grantees also receive advisory support.',
          'A round takes about 11 to 12 months: a pitch stage, a proposal stage with due diligence ending in a panel of independent experts, and contracting. Each round receives 300 to 600 applications, of which some 10 to 15 are funded. The eligible countries and organisations are set in each round’s terms and conditions; some rounds have excluded governments, mobile network operators, universities and accelerators as lead applicants.',
        ),
        eligibility:
          'For-profit start-ups and small and growing enterprises with users and revenue in eligible low- and middle-income countries (often in Sub-Saharan Africa and Asia) apply during an open round, under its terms and conditions.',
      },
      fr: {
        title: 'Fonds d’innovation de la GSMA (GSMA Innovation Fund)',
        summary:
          'Dons et accompagnement de la GSMA, par appels thématiques financés par le Royaume-Uni et d’autres donateurs, pour jeunes pousses et petites entreprises des pays à revenu faible et intermédiaire.',
        description: md(
          'Chaque appel a un thème : adoption de l’Internet mobile et inclusion numérique, services urbains numériques, résilience climatique, action humanitaire anticipée ou intelligence artificielle utile. Les dons servent à tester des usages, partenariats et modèles économiques et à les étendre.',
          'Un appel dure 11 à 12 mois (présélection, proposition avec vérifications et jury d’experts indépendants, contractualisation) ; il reçoit 300 à 600 candidatures et finance 10 à 15 projets.',
        ),
        eligibility:
          'Jeunes pousses et petites entreprises à but lucratif ayant des usagers et des revenus dans les pays éligibles postulent pendant un appel ouvert, selon son règlement.',
      },
      es: {
        title: 'Fondo de Innovación de la GSMA (GSMA Innovation Fund)',
        summary:
          'Donaciones y apoyo de la GSMA, en convocatorias temáticas financiadas por el Reino Unido y otros donantes, para empresas emergentes y pequeñas empresas de países de ingreso bajo y mediano que usan tecnología móvil.',
        description: md(
          'Cada convocatoria tiene un tema: adopción de Internet móvil e inclusión digital, servicios urbanos digitales, resiliencia climática, acción humanitaria anticipatoria o inteligencia artificial con impacto. Las donaciones sirven para probar usos, alianzas y modelos de negocio y ampliarlos.',
          'Una convocatoria dura de 11 a 12 meses (fase de pitch, propuesta con diligencia debida y panel de expertos independientes, contratación); recibe de 300 a 600 solicitudes y financia de 10 a 15 proyectos.',
        ),
        eligibility:
          'Empresas emergentes y pequeñas empresas con fines de lucro, con usuarios e ingresos en países elegibles, se postulan durante una convocatoria abierta, según sus bases.',
      },
    },
    source: `GSMA Innovation Fund FAQs (general, Impactful AI, Digital Urban Services, Climate Resilience, Humanitarian rounds) and SpaceWatch Global on the 2020 round (supported by the UK’s DFID, now FCDO, and Germany’s BMZ) (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'developpp',
    kind: 'financing',
    organisations: ['giz'],
    policyAreas: ['access-to-financing'],
    beneficiaries: ['msmes'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'varies',
    access: { applyUrl: 'https://www.developpp.de', viaHub: true },
    link: 'https://www.developpp.de',
    startsOn: '1999',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'develoPPP: development partnerships with the private sector',
        summary:
          'A German government programme, implemented by GIZ and DEG, that co-funds companies’ projects in developing and emerging countries; develoPPP Ventures gives EUR 100,000 to local start-ups.',
        description: md(
          'Run since 1999 for the Federal Ministry for Economic Cooperation and Development (BMZ), develoPPP supports companies that invest sustainably in developing and emerging countries where there is also a development benefit, such as training local staff, piloting new technologies, or improving environmental and social standards in supply chains. More than 2,700 partnerships have been carried out in over 60 countries.',
          'Under develoPPP Classic, public funding of EUR 100,000 to EUR 2 million covers up to half of a project lasting up to three years, and the company contributes at least as much. develoPPP Ventures, launched in 2021, gives start-ups registered in selected African countries (first Kenya, then also Nigeria, Ghana and Tanzania) EUR 100,000 of growth support. Companies apply in ideas competitions held in funding rounds.',
        ),
        eligibility:
          'German, European and local companies with a long-term business interest in the country and, for local firms, a minimum turnover and staff size; start-ups registered in eligible countries for Ventures. The company funds at least 50 % of the project.',
      },
      fr: {
        title: 'develoPPP : partenariats de développement avec le secteur privé',
        summary:
          'Programme allemand, mis en œuvre par la GIZ et la DEG, qui cofinance des projets d’entreprises dans les pays en développement et émergents ; develoPPP Ventures accorde 100 000 euros à des jeunes pousses.',
        description: md(
          'Mené depuis 1999 pour le ministère fédéral allemand de la Coopération économique et du Développement (BMZ), develoPPP appuie les entreprises qui investissent durablement dans les pays en développement et émergents avec un bénéfice pour le développement (formation, nouvelles technologies, normes sociales et environnementales).',
          'Avec develoPPP Classic, un financement public de 100 000 à 2 millions d’euros couvre jusqu’à la moitié d’un projet de trois ans au plus ; develoPPP Ventures (depuis 2021) accorde 100 000 euros à des jeunes pousses de pays africains sélectionnés.',
        ),
        eligibility:
          'Entreprises allemandes, européennes et locales ayant un intérêt économique durable dans le pays ; jeunes pousses des pays éligibles pour Ventures. L’entreprise finance au moins 50 % du projet.',
      },
      es: {
        title: 'develoPPP: alianzas para el desarrollo con el sector privado',
        summary:
          'Programa del Gobierno alemán, ejecutado por la GIZ y la DEG, que cofinancia proyectos de empresas en países en desarrollo y emergentes; develoPPP Ventures otorga 100.000 euros a empresas emergentes locales.',
        description: md(
          'Gestionado desde 1999 para el Ministerio Federal de Cooperación Económica y Desarrollo de Alemania (BMZ), develoPPP apoya a empresas que invierten de forma sostenible en países en desarrollo y emergentes con un beneficio para el desarrollo (formación, nuevas tecnologías, normas sociales y ambientales).',
          'Con develoPPP Classic, la financiación pública de 100.000 a 2 millones de euros cubre hasta la mitad de un proyecto de hasta tres años; develoPPP Ventures (desde 2021) otorga 100.000 euros a empresas emergentes de países africanos seleccionados.',
        ),
        eligibility:
          'Empresas alemanas, europeas y locales con un interés comercial duradero en el país; empresas emergentes de países elegibles para Ventures. La empresa financia al menos el 50 % del proyecto.',
      },
    },
    source: `BMZ develoPPP page, DEG news on 25 years of develoPPP (October 2024), IHK Rhein-Neckar programme summary, Africa Business Guide on develoPPP Ventures countries, Daily Mirror (Sri Lanka) on criteria for local firms (${checked}). The DEG, co-implementer, is not yet a hub partner.`,
  },
  {
    type: 'solution',
    slug: 'jica-project-ninja',
    kind: 'financing',
    organisations: ['jica'],
    policyAreas: ['access-to-financing', 'skills-development'],
    beneficiaries: ['msmes', 'youth'],
    coverage: ['002'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://www.jica.go.jp', viaHub: true },
    link: 'https://www.jica.go.jp',
    startsOn: '2020',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'JICA Project NINJA (Next Innovation with Japan)',
        summary:
          'JICA’s support for start-up ecosystems, launched in 2020, whose business plan competitions give winning African start-ups proof-of-concept funding and months of coaching.',
        description: md(
          'Project NINJA is the umbrella for JICA’s work on entrepreneurship and start-up ecosystems. Its first business plan competition, in 2020, targeted start-ups in 19 African countries with innovations for the COVID-19 and post-COVID economy, in health, education, finance, agriculture, logistics and other fields. It drew 2,713 applications; national winners carried out proof-of-concept projects worth up to USD 30,000 each with JICA, received about six months of capacity-building support, and competed in a final pitch event.',
          'Later national editions followed, such as the JICA NINJA Cup in Madagascar in 2023, run with a local incubator and a foundation that funded the best start-ups.',
        ),
        eligibility:
          'Registered start-ups and organisations (profit or non-profit, not individuals) with at least two managers and an innovative product or business plan, in the countries named in each call; no repayment.',
      },
      fr: {
        title: 'Projet NINJA de la JICA (Next Innovation with Japan)',
        summary:
          'Appui de la JICA aux écosystèmes de jeunes pousses, lancé en 2020, dont les concours de plans d’affaires offrent aux lauréats africains un financement de validation de concept et un accompagnement.',
        description: md(
          'Le projet NINJA regroupe l’action de la JICA en faveur de l’entrepreneuriat. Son premier concours (2020) visait les jeunes pousses de 19 pays africains ; il a reçu 2 713 candidatures. Les lauréats nationaux ont mené avec la JICA des projets de validation de concept d’au plus 30 000 dollars et bénéficié d’environ six mois d’accompagnement.',
          'D’autres éditions nationales ont suivi, comme la JICA NINJA Cup à Madagascar en 2023.',
        ),
        eligibility:
          'Jeunes pousses et organisations enregistrées (pas les particuliers), avec au moins deux dirigeants et un produit ou plan innovant, dans les pays de chaque appel ; sans remboursement.',
      },
      es: {
        title: 'Proyecto NINJA de la JICA (Next Innovation with Japan)',
        summary:
          'Apoyo de la JICA a los ecosistemas de empresas emergentes, iniciado en 2020, cuyos concursos de planes de negocio dan a las empresas emergentes africanas ganadoras financiación para pruebas de concepto y acompañamiento.',
        description: md(
          'El proyecto NINJA agrupa la labor de la JICA en emprendimiento. Su primer concurso (2020) se dirigió a empresas emergentes de 19 países africanos y recibió 2.713 solicitudes. Los ganadores nacionales realizaron con la JICA pruebas de concepto de hasta 30.000 dólares y recibieron unos seis meses de acompañamiento.',
          'Siguieron otras ediciones nacionales, como la JICA NINJA Cup en Madagascar en 2023.',
        ),
        eligibility:
          'Empresas emergentes y organizaciones registradas (no personas físicas), con al menos dos directivos y un producto o plan innovador, en los países de cada convocatoria; sin reembolso.',
      },
    },
    source: `JICA article on Project NINJA (6 January 2021, 2,713 applications), announcements of the 2020 competition (19 countries, USD 30,000) and winners in Nigeria and Tanzania, NINJA Cup Madagascar coverage (April 2023) (${checked}). Link: JICA’s site; no stable NINJA page was found.`,
  },
  {
    type: 'solution',
    slug: 'google-for-startups-accelerator-africa',
    kind: 'training',
    organisations: ['google'],
    policyAreas: ['access-to-financing', 'skills-development'],
    beneficiaries: ['msmes', 'youth', 'women-entrepreneurs'],
    coverage: ['002'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://g.co/acceleratorafrica', viaHub: false },
    link: 'https://g.co/acceleratorafrica',
    startsOn: '2018',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Google for Startups Accelerator: Africa',
        summary:
          'Google’s three-month accelerator for African tech start-ups, equity-free, with mentoring, training and product support; related Black Founders Fund rounds gave cash awards without taking equity.',
        description: md(
          'The accelerator started in 2018 as Launchpad Accelerator Africa in Lagos and has since run cohorts online and in hybrid form, with bootcamps, mentoring by Google staff and industry experts, product and cloud support, and links to investors. Google does not take equity. Dedicated cohorts have been run for women founders (2023) and for Black founders in South Africa (2024–2025).',
          'Alongside it, the Google for Startups Black Founders Fund Africa gave equity-free cash awards and support to Black-led start-ups, starting with USD 3 million for 50 start-ups in 2021 in countries such as Ghana, Kenya, Nigeria, Rwanda, Senegal, South Africa and Uganda, and Google Cloud credits in later rounds.',
        ),
        eligibility:
          'Tech start-ups based in eligible African countries with a working product, a team and growth potential apply during an open call; criteria (country, stage, founder profile) vary by cohort.',
      },
      fr: {
        title: 'Google for Startups Accelerator : Afrique',
        summary:
          'Accélérateur de trois mois de Google pour les jeunes pousses technologiques africaines, sans prise de participation, avec mentorat, formation et appui produit ; le Black Founders Fund a versé des prix en espèces.',
        description: md(
          'Lancé en 2018 à Lagos sous le nom de Launchpad Accelerator Africa, le programme fonctionne par promotions, en ligne ou en format hybride : ateliers, mentorat, appui sur les produits et le cloud, mise en relation avec des investisseurs. Google ne prend pas de participation. Des promotions dédiées ont visé les fondatrices (2023) et les fondateurs noirs en Afrique du Sud (2024–2025).',
          'Le Black Founders Fund Africa a accordé, à partir de 2021, des prix en espèces sans prise de participation à des jeunes pousses dirigées par des personnes noires.',
        ),
        eligibility:
          'Jeunes pousses technologiques des pays africains éligibles, avec un produit opérationnel, une équipe et un potentiel de croissance, postulent lors d’un appel ouvert ; critères variables selon la promotion.',
      },
      es: {
        title: 'Google for Startups Accelerator: África',
        summary:
          'Aceleradora de tres meses de Google para empresas emergentes tecnológicas africanas, sin tomar participación, con mentoría, formación y apoyo de producto; el Black Founders Fund dio premios en efectivo.',
        description: md(
          'Iniciada en 2018 en Lagos como Launchpad Accelerator Africa, funciona por cohortes en línea o híbridas: talleres, mentoría, apoyo de producto y nube y contactos con inversores. Google no toma participación. Hubo cohortes para fundadoras (2023) y para fundadores negros en Sudáfrica (2024–2025).',
          'El Black Founders Fund Africa otorgó desde 2021 premios en efectivo sin participación a empresas emergentes dirigidas por personas negras.',
        ),
        eligibility:
          'Empresas emergentes tecnológicas de países africanos elegibles, con producto en funcionamiento, equipo y potencial de crecimiento, se postulan durante una convocatoria; los criterios varían según la cohorte.',
      },
    },
    source: `Ventureburn on the first Launchpad Africa cohort (November 2017), Vanguard and The Sun (June 2021) on the sixth class and the Black Founders Fund Africa, Tribune (February 2023) on the Women Founders programme and its address g.co/acceleratorafrica, HTXT (October 2024) (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'european-fund-for-sustainable-development-plus',
    kind: 'financing',
    organisations: ['european-commission'],
    policyAreas: ['access-to-financing', 'ict-infrastructure'],
    beneficiaries: ['msmes', 'governments'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es', 'pt'],
    cost: 'varies',
    access: { applyUrl: 'https://international-partnerships.ec.europa.eu/funding-and-technical-assistance/funding-instruments/european-fund-sustainable-development-plus-efsd_en', viaHub: false },
    link: 'https://international-partnerships.ec.europa.eu/funding-and-technical-assistance/funding-instruments/european-fund-sustainable-development-plus-efsd_en',
    startsOn: '2021',
    endsOn: '2027',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'European Fund for Sustainable Development Plus (EFSD+)',
        summary:
          'The EU’s 2021–2027 instrument of guarantees and blended grants, implemented with development banks, that mobilises investment in partner countries, including in MSMEs and the digital economy.',
        description: md(
          'EFSD+ is part of the EU’s external action budget (Global Europe – NDICI) and its main financial tool for the Global Gateway strategy. It combines budgetary guarantees, grants blended with loans from development finance institutions, and technical assistance to prepare projects and reforms, with worldwide coverage. Its priorities include decent job creation, public and private infrastructure, renewable energy, sustainable agriculture and the digital economy, and access to finance for micro, small and medium enterprises in higher-risk markets.',
          'The Commission awards guarantee capacity to European and multilateral development banks through calls; these banks then lend to, guarantee or invest in businesses and projects. Its predecessor, the EFSD launched in 2016, covered Sub-Saharan Africa and the EU Neighbourhood.',
        ),
        eligibility:
          'Development finance institutions apply to the Commission for guarantees or blending. Businesses and public bodies in partner countries benefit through the banks and funds that use them, on their terms.',
      },
      fr: {
        title: 'Fonds européen pour le développement durable Plus (FEDD+)',
        summary:
          'Instrument de l’UE pour 2021–2027 (garanties et dons mixés aux prêts), mis en œuvre avec les banques de développement, qui mobilise l’investissement dans les pays partenaires, dont les MPME et l’économie numérique.',
        description: md(
          'Le FEDD+ relève du budget d’action extérieure de l’UE (Europe dans le monde – NDICI) et est le principal outil financier de la stratégie Global Gateway. Il combine garanties budgétaires, dons associés à des prêts d’institutions de financement du développement et assistance technique, avec une couverture mondiale. Ses priorités comprennent l’emploi, les infrastructures, les énergies renouvelables, l’agriculture durable, l’économie numérique et l’accès des MPME au financement.',
          'La Commission attribue des capacités de garantie aux banques de développement par appels ; celles-ci prêtent, garantissent ou investissent ensuite.',
        ),
        eligibility:
          'Les institutions de financement du développement présentent leurs demandes à la Commission ; entreprises et organismes publics des pays partenaires en bénéficient par leur intermédiaire.',
      },
      es: {
        title: 'Fondo Europeo de Desarrollo Sostenible Plus (FEDS+)',
        summary:
          'Instrumento de la UE para 2021–2027 (garantías y donaciones combinadas con préstamos), aplicado con bancos de desarrollo, que moviliza inversión en países socios, incluidas las mipymes y la economía digital.',
        description: md(
          'El FEDS+ forma parte del presupuesto de acción exterior de la UE (Europa Global – IVCDCI) y es la principal herramienta financiera de la estrategia Global Gateway. Combina garantías presupuestarias, donaciones combinadas con préstamos de instituciones de financiación del desarrollo y asistencia técnica, con cobertura mundial. Sus prioridades incluyen el empleo, las infraestructuras, la energía renovable, la agricultura sostenible, la economía digital y el acceso de las mipymes a la financiación.',
          'La Comisión asigna capacidad de garantía a bancos de desarrollo mediante convocatorias; estos prestan, garantizan o invierten después.',
        ),
        eligibility:
          'Las instituciones de financiación del desarrollo presentan sus solicitudes a la Comisión; empresas y organismos públicos de los países socios se benefician a través de ellas.',
      },
    },
    source: `European Commission International Partnerships page on EFSD+, FASI article on the EFSD+ approach, IFR/Refinitiv on the first call for guarantees, EIB release of 28 February 2023 (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'uncdf-last-mile-finance-ldcs',
    kind: 'financing',
    organisations: ['uncdf'],
    policyAreas: ['access-to-financing'],
    beneficiaries: ['msmes', 'governments'],
    coverage: ['ldc'],
    languages: ['en', 'fr'],
    cost: 'varies',
    access: { applyUrl: 'https://www.uncdf.org', viaHub: true },
    link: 'https://www.uncdf.org',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UNCDF loans, guarantees and blended finance for the least developed countries',
        summary:
          'The UN Capital Development Fund’s risk-tolerant loans and guarantees, the BUILD Fund and the BRIDGE facility, which de-risk early-stage SMEs and projects in LDCs so they can raise further capital.',
        description: md(
          'UNCDF is the UN’s capital investment agency for the least developed countries. It manages a portfolio of catalytic loans and guarantees on its own balance sheet to finance the "missing middle": enterprises and projects too large for microfinance but seen as too risky by commercial lenders. It has also set up the BUILD Fund and the BRIDGE facility, its finance facility dedicated to LDCs; Luxembourg made the first investment in each (2019 and 2021).',
          'Its Last Mile Finance Trust Fund pools flexible donor money for grants and pilots; in Zambia, for example, it funded small grants to MSMEs and digital finance expertise that led to an agency-banking strategy and a guarantee. UNCDF and the OECD publish joint research on blended finance in LDCs.',
        ),
        eligibility:
          'Enterprises, financial service providers and sub-national projects in least developed countries, proposed to or identified by UNCDF country teams; terms are negotiated per investment. Governments can ask UNCDF for support.',
      },
      fr: {
        title: 'Prêts, garanties et financement mixte du FENU pour les pays les moins avancés',
        summary:
          'Prêts et garanties à risque du Fonds d’équipement des Nations Unies, fonds BUILD et facilité BRIDGE, qui réduisent le risque des PME et projets des PMA pour leur permettre de lever d’autres capitaux.',
        description: md(
          'Le FENU est l’organisme d’investissement des Nations Unies pour les pays les moins avancés. Il gère sur son propre bilan un portefeuille de prêts et garanties catalytiques pour financer le « chaînon manquant » : entreprises et projets trop grands pour la microfinance mais jugés trop risqués par les banques. Il a aussi créé le fonds BUILD et la facilité BRIDGE, dédiée aux PMA ; le Luxembourg a été le premier investisseur de chacun (2019 et 2021).',
          'Son fonds d’affectation spéciale Last Mile Finance finance dons et projets pilotes, par exemple auprès de MPME en Zambie.',
        ),
        eligibility:
          'Entreprises, prestataires de services financiers et projets locaux des PMA, proposés aux équipes de pays du FENU ; conditions négociées par investissement.',
      },
      es: {
        title: 'Préstamos, garantías y financiación combinada del FNUDC para los países menos adelantados',
        summary:
          'Préstamos y garantías de riesgo del Fondo de las Naciones Unidas para el Desarrollo de la Capitalización, el fondo BUILD y el mecanismo BRIDGE, que reducen el riesgo de pymes y proyectos en los PMA.',
        description: md(
          'El FNUDC es el organismo de inversión de capital de las Naciones Unidas para los países menos adelantados. Gestiona en su propio balance una cartera de préstamos y garantías catalizadores para financiar el «eslabón perdido»: empresas y proyectos demasiado grandes para las microfinanzas pero que los bancos consideran arriesgados. También creó el fondo BUILD y el mecanismo BRIDGE, dedicado a los PMA; Luxemburgo fue el primer inversor en cada uno (2019 y 2021).',
          'Su fondo fiduciario Last Mile Finance financia donaciones y proyectos piloto, por ejemplo con mipymes en Zambia.',
        ),
        eligibility:
          'Empresas, proveedores de servicios financieros y proyectos locales de los PMA, propuestos a los equipos de país del FNUDC; condiciones negociadas por inversión.',
      },
    },
    source: `UNCDF articles "How to Catalyze Finance in the Last Mile" (March 2021), "Luxembourg Becomes Ninth Contributor to UNCDF’s Last-Mile Finance Trust Fund" (December 2021), "Blended Finance in the LDCs 2020"; UN LDC Portal entry on UNCDF (${checked}). Link: UNCDF’s site; no stable page for these facilities was found.`,
  },
  {
    type: 'resource',
    slug: 'blended-finance-least-developed-countries-2020',
    kind: 'report',
    organisations: ['uncdf', 'oecd'],
    policyAreas: ['access-to-financing'],
    beneficiaries: ['governments', 'researchers'],
    coverage: ['ldc'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://doi.org/10.1787/57620d04-en', viaHub: false },
    link: 'https://doi.org/10.1787/57620d04-en',
    documentUrl: null,
    publishedOn: '2020',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Blended Finance in the Least Developed Countries 2020',
        summary:
          'The second joint UNCDF–OECD report on how blended finance can draw private investment into LDCs, with a focus on a resilient recovery from COVID-19 and on SMEs’ "missing middle".',
        description: md(
          'The report combines OECD data on blended finance flows with UNCDF research and experience and guest contributions from LDC governments, donors, development banks and investors. It looks at the role blended finance can play in the response to COVID-19, in which sectors it could help most, and at country ownership, transparency, additionality, local capital markets, digitalisation and the financing of small and medium enterprises.',
          'It was informed by consultations in 2020 with blended finance practitioners, anglophone and francophone LDCs and UN missions.',
        ),
        eligibility: 'Free to read online and download from the OECD library.',
      },
      fr: {
        title: 'Le financement mixte dans les pays les moins avancés 2020',
        summary:
          'Deuxième rapport conjoint FENU–OCDE sur la façon dont le financement mixte peut attirer l’investissement privé dans les PMA, pour une reprise résiliente après la COVID-19 et le financement des PME.',
        description: md(
          'Le rapport associe les données de l’OCDE, les recherches du FENU et des contributions de gouvernements de PMA, de donateurs, de banques de développement et d’investisseurs. Il examine le rôle du financement mixte face à la COVID-19, les secteurs prioritaires, l’appropriation par les pays, la transparence, l’additionnalité, les marchés de capitaux locaux, le numérique et le financement des PME.',
        ),
        eligibility: 'Lecture en ligne et téléchargement gratuits sur la bibliothèque de l’OCDE.',
      },
      es: {
        title: 'La financiación combinada en los países menos adelantados 2020',
        summary:
          'Segundo informe conjunto FNUDC–OCDE sobre cómo la financiación combinada puede atraer inversión privada a los PMA, para una recuperación resiliente tras la COVID-19 y la financiación de las pymes.',
        description: md(
          'El informe combina datos de la OCDE, investigación del FNUDC y contribuciones de gobiernos de PMA, donantes, bancos de desarrollo e inversores. Examina el papel de la financiación combinada ante la COVID-19, los sectores prioritarios, la apropiación nacional, la transparencia, la adicionalidad, los mercados de capitales locales, la digitalización y la financiación de las pymes.',
        ),
        eligibility: 'Lectura en línea y descarga gratuitas en la biblioteca de la OCDE.',
      },
    },
    source: `OECD iLibrary pages of "Blended Finance in the Least Developed Countries 2020: Supporting a Resilient COVID-19 Recovery" (doi 10.1787/57620d04-en) and UNCDF article presenting it (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'pacific-digital-economy-programme',
    kind: 'technical-assistance',
    organisations: ['uncdf', 'undp', 'unctad'],
    policyAreas: ['payment-solutions', 'access-to-financing', 'skills-development'],
    beneficiaries: ['governments', 'msmes', 'women-entrepreneurs', 'consumers'],
    coverage: ['FJI', 'WSM', 'TON', 'VUT', 'SLB', 'COK'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.undp.org/pacific/projects/pacific-digital-economy-programme', viaHub: true },
    link: 'https://www.undp.org/pacific/projects/pacific-digital-economy-programme',
    startsOn: '2021-11',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Pacific Digital Economy Programme (PDEP)',
        summary:
          'A joint UNCDF, UNDP and UNCTAD programme that helps Pacific island countries move from cash to digital payments, widen access to banking and finance, and build inclusive digital economies.',
        description: md(
          'Launched in Fiji in November 2021, the programme builds on the earlier Pacific Financial Inclusion Programme. It works with governments, central banks and the private sector in Fiji, Samoa, Tonga, Vanuatu, Solomon Islands and the Cook Islands, and with New Zealand funding announced in 2024 is expanding to Kiribati, Papua New Guinea, Timor-Leste, the Marshall Islands and the Federated States of Micronesia.',
          'Its work covers digital payments (including for labour mobility workers), access to banking services and finance, digital and financial literacy (with a digital financial literacy survey portal), and market access for MSMEs, with a focus on women, rural communities and young people. UNCTAD contributes e-commerce policy support, such as the Digital Economy Report: Pacific Edition.',
        ),
        eligibility:
          'For governments, regulators and private-sector partners in participating Pacific countries; people and MSMEs benefit from the services and policies it supports. Ask UNDP or UNCDF in the Pacific.',
      },
      fr: {
        title: 'Programme pour l’économie numérique dans le Pacifique (PDEP)',
        summary:
          'Programme conjoint du FENU, du PNUD et de la CNUCED qui aide les pays insulaires du Pacifique à passer aux paiements numériques, à élargir l’accès à la finance et à bâtir des économies numériques inclusives.',
        description: md(
          'Lancé aux Fidji en novembre 2021, dans le prolongement du Programme d’inclusion financière du Pacifique, il travaille aux Fidji, au Samoa, aux Tonga, à Vanuatu, aux Îles Salomon et aux Îles Cook, et s’étend, grâce à un financement néo-zélandais annoncé en 2024, à Kiribati, à la Papouasie-Nouvelle-Guinée, au Timor-Leste, aux Îles Marshall et aux États fédérés de Micronésie.',
          'Il couvre les paiements numériques (notamment pour les travailleurs en mobilité de main-d’œuvre), l’accès au financement, l’éducation numérique et financière et l’accès des MPME aux marchés ; la CNUCED appuie les politiques de commerce électronique.',
        ),
        eligibility:
          'Pour les gouvernements, régulateurs et partenaires privés des pays participants ; la population et les MPME bénéficient des services et politiques soutenus.',
      },
      es: {
        title: 'Programa de Economía Digital del Pacífico (PDEP)',
        summary:
          'Programa conjunto del FNUDC, el PNUD y la UNCTAD que ayuda a los países insulares del Pacífico a pasar a los pagos digitales, ampliar el acceso a la financiación y construir economías digitales inclusivas.',
        description: md(
          'Lanzado en Fiji en noviembre de 2021, como continuación del Programa de Inclusión Financiera del Pacífico, trabaja en Fiji, Samoa, Tonga, Vanuatu, las Islas Salomón y las Islas Cook, y se amplía, con financiación de Nueva Zelandia anunciada en 2024, a Kiribati, Papua Nueva Guinea, Timor-Leste, las Islas Marshall y los Estados Federados de Micronesia.',
          'Abarca los pagos digitales (también para los trabajadores en movilidad laboral), el acceso a la financiación, la alfabetización digital y financiera y el acceso de las mipymes a los mercados; la UNCTAD apoya las políticas de comercio electrónico.',
        ),
        eligibility:
          'Para gobiernos, reguladores y socios privados de los países participantes; la población y las mipymes se benefician de los servicios y políticas que apoya.',
      },
    },
    source: `UNDP Pacific project page on PDEP, UNDP launch speech (25 November 2021), eTrade for all news on New Zealand’s pledge to PDEP, UNCTAD statement on the Digital Economy Report: Pacific Edition 2022 (${checked}).`,
  },

  // ——— Investment facilitation ———
  {
    type: 'resource',
    slug: 'unctad-global-action-menu-investment-facilitation',
    kind: 'guide',
    organisations: ['unctad'],
    policyAreas: ['access-to-financing', 'legal-regulatory'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://unctad.org', viaHub: true },
    link: 'https://unctad.org',
    documentUrl: null,
    publishedOn: '2016',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Global Action Menu for Investment Facilitation',
        summary:
          'UNCTAD’s menu of practical measures, launched in 2016 and updated in 2017, that help countries make it easier to invest: transparency, one-stop shops, simpler procedures and investor aftercare.',
        description: md(
          'The Action Menu draws on UNCTAD’s long experience with investment promotion agencies and on its Investment Policy Framework for Sustainable Development. It sets out action lines that governments can pick from: making investment rules and procedures transparent and accessible, simplifying and speeding up administrative procedures (for example through online single windows and one-stop shops), improving the reliability of the investment climate, preventing disputes, and cooperating internationally, with attention to the needs of developing and least developed countries.',
          'It was discussed at the World Investment Forum during UNCTAD XIV in July 2016; the May 2017 version adds a review of investment facilitation practices in national laws and investment agreements. UNCTAD offers technical assistance to apply it.',
        ),
        eligibility: 'Free to download. Governments and investment promotion agencies can ask UNCTAD for technical assistance.',
      },
      fr: {
        title: 'Menu d’action mondial pour la facilitation de l’investissement',
        summary:
          'Ensemble de mesures pratiques de la CNUCED, lancé en 2016 et actualisé en 2017, pour faciliter l’investissement : transparence, guichets uniques, procédures simplifiées, suivi des investisseurs.',
        description: md(
          'Le Menu d’action s’appuie sur l’expérience de la CNUCED auprès des agences de promotion des investissements et sur son Cadre de politique de l’investissement pour un développement durable. Il propose des lignes d’action : transparence des règles, simplification des procédures (guichets uniques en ligne), fiabilité du climat d’investissement, prévention des différends, coopération internationale, en tenant compte des besoins des pays en développement et des PMA.',
          'La version de mai 2017 ajoute un examen des pratiques nationales et des accords d’investissement.',
        ),
        eligibility: 'Téléchargement gratuit ; les gouvernements peuvent demander une assistance technique à la CNUCED.',
      },
      es: {
        title: 'Menú Mundial de Acción para la Facilitación de las Inversiones',
        summary:
          'Conjunto de medidas prácticas de la UNCTAD, presentado en 2016 y actualizado en 2017, para facilitar la inversión: transparencia, ventanillas únicas, trámites más simples y atención posterior al inversor.',
        description: md(
          'El Menú de Acción se basa en la experiencia de la UNCTAD con organismos de promoción de inversiones y en su Marco de Políticas de Inversión para el Desarrollo Sostenible. Propone líneas de acción: transparencia de las normas, simplificación de trámites (ventanillas únicas en línea), fiabilidad del clima de inversión, prevención de controversias y cooperación internacional, atendiendo a las necesidades de los países en desarrollo y los PMA.',
          'La versión de mayo de 2017 añade un examen de las prácticas nacionales y de los acuerdos de inversión.',
        ),
        eligibility: 'Descarga gratuita; los gobiernos pueden pedir asistencia técnica a la UNCTAD.',
      },
    },
    source: `UNCTAD, "Global Action Menu for Investment Facilitation" (May 2017 version) and research note "Investment Facilitation: A Review of Policy Practices" (February 2017), as stored in public copies; article by A. Ghouri (2018) (${checked}). Link: UNCTAD’s site; the Investment Policy Hub page was not confirmed.`,
  },
  {
    type: 'resource',
    slug: 'wto-investment-facilitation-for-development-agreement',
    kind: 'publication',
    organisations: ['wto'],
    policyAreas: ['access-to-financing', 'legal-regulatory'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'free',
    access: { applyUrl: 'https://www.wto.org/english/thewto_e/minist_e/mc13_e/briefing_notes_e/investment_facilitation_e.htm', viaHub: true },
    link: 'https://www.wto.org/english/thewto_e/minist_e/mc13_e/briefing_notes_e/investment_facilitation_e.htm',
    documentUrl: null,
    publishedOn: '2024-02-25',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'WTO Investment Facilitation for Development (IFD) Agreement',
        summary:
          'An agreement finalised in 2024 by more than 120 WTO members to make investment procedures transparent, simpler and faster, with technical assistance for developing countries and LDCs.',
        description: md(
          'Launched by developing and least developed WTO members, the IFD negotiations concluded on the text in July 2023 among more than 110 members; on 25 February 2024 ministers of 123 members finalised the Agreement and asked the 13th Ministerial Conference to add it to the WTO rulebook (Annex 4 of the Marrakesh Agreement), which requires consensus of all WTO members.',
          'The Agreement covers the transparency of investment measures, streamlined administrative procedures, responsible business conduct and measures against corruption, and a special and differential treatment section tying developing and LDC members’ commitments to technical assistance and capacity building. It excludes market access, investment protection and investor–state dispute settlement.',
        ),
        eligibility: 'The text and briefing notes are free on the WTO site. Developing and LDC members can seek implementation support under the Agreement’s assistance provisions.',
      },
      fr: {
        title: 'Accord de l’OMC sur la facilitation de l’investissement en faveur du développement (IFD)',
        summary:
          'Accord finalisé en 2024 par plus de 120 Membres de l’OMC pour rendre les procédures d’investissement transparentes, plus simples et plus rapides, avec une assistance technique pour les pays en développement et les PMA.',
        description: md(
          'Lancées par des Membres en développement et des PMA, les négociations ont abouti sur le texte en juillet 2023 ; le 25 février 2024, les ministres de 123 Membres ont finalisé l’Accord et demandé à la 13e Conférence ministérielle de l’intégrer aux règles de l’OMC, ce qui requiert le consensus de tous les Membres.',
          'L’Accord porte sur la transparence, la simplification des procédures, la conduite responsable des entreprises et la lutte contre la corruption, et lie les engagements des pays en développement et PMA à l’assistance technique. Il exclut l’accès aux marchés, la protection des investissements et le règlement des différends investisseur-État.',
        ),
        eligibility: 'Texte et notes d’information gratuits sur le site de l’OMC.',
      },
      es: {
        title: 'Acuerdo de la OMC sobre Facilitación de las Inversiones para el Desarrollo (IFD)',
        summary:
          'Acuerdo ultimado en 2024 por más de 120 Miembros de la OMC para que los procedimientos de inversión sean transparentes, más simples y rápidos, con asistencia técnica para países en desarrollo y PMA.',
        description: md(
          'Impulsadas por Miembros en desarrollo y PMA, las negociaciones concluyeron el texto en julio de 2023; el 25 de febrero de 2024, ministros de 123 Miembros ultimaron el Acuerdo y pidieron a la 13ª Conferencia Ministerial incorporarlo a las normas de la OMC, lo que requiere el consenso de todos los Miembros.',
          'El Acuerdo trata la transparencia, la simplificación de procedimientos, la conducta empresarial responsable y la lucha contra la corrupción, y vincula los compromisos de países en desarrollo y PMA a la asistencia técnica. Excluye el acceso a los mercados, la protección de las inversiones y la solución de diferencias entre inversores y Estados.',
        ),
        eligibility: 'Texto y notas informativas gratuitos en el sitio de la OMC.',
      },
    },
    source: `WTO MC13 briefing note on investment facilitation for development, IISD Investment Treaty News (September 2023), Cowater and AFP coverage of the Joint Ministerial Declaration of 25 February 2024, WTI text of the Agreement (${checked}). Whether it has since been incorporated was not confirmed.`,
  },
];

import type { ItemSeed } from '../../../src/features/catalogue/types.js';
import { md } from './markdown.js';

/**
 * Demo catalogue, payment solutions: mobile money, payments interoperability and regional switches,
 * remittances, merchant payments and QR codes, digital financial inclusion (policy networks,
 * principles, toolkits and data). Programmes that also finance are in financing.ts. Every item was
 * checked against public pages on 2026-12-07 (see each `source`); texts are our own wording.
 */
const checked = 'checked 2026-12-07';

export const paymentItems: ItemSeed[] = [
  // ——— Mobile money ———
  {
    type: 'solution',
    slug: 'gsma-mobile-money-programme',
    kind: 'technical-assistance',
    organisations: ['gsma'],
    policyAreas: ['payment-solutions'],
    beneficiaries: ['governments', 'consumers', 'msmes'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.gsma.com/mobilemoney', email: 'mobilemoney@gsma.com', viaHub: true },
    link: 'https://www.gsma.com/mobilemoney',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'GSMA Mobile Money programme',
        summary:
          'The mobile industry association’s programme that helps mobile money providers and regulators grow safe mobile money services for people without a bank account, with data, tools and policy advice.',
        description: md(
          'The GSMA Mobile Money programme works with mobile money providers, their partners and regulators to develop mobile money services for the underserved. It publishes the yearly State of the Industry Report on Mobile Money, maintains the Mobile Money Regulatory Index and the harmonised Mobile Money API, and runs the Mobile Money Certification for providers.',
          'Its policy and regulation team supports regulators who want enabling rules for mobile money: authorisation of non-bank providers, agent networks, proportionate customer due diligence, consumer protection and interoperability. Governments preparing a payments or financial inclusion strategy can draw on its country data and regulatory analysis.',
        ),
        eligibility:
          'Publications and tools are free to everyone. Regulators, ministries and mobile money providers can contact the programme for policy dialogue; GSMA membership is not needed to use its public material.',
      },
      fr: {
        title: 'Programme Mobile Money de la GSMA',
        summary:
          'Programme de l’association mondiale des opérateurs mobiles qui aide les fournisseurs de monnaie mobile et les régulateurs à développer des paiements mobiles sûrs pour les personnes sans compte bancaire.',
        description: md(
          'Le programme Mobile Money de la GSMA travaille avec les fournisseurs de monnaie mobile, leurs partenaires et les autorités de régulation pour étendre les services de monnaie mobile aux populations mal desservies. Il publie chaque année le rapport sur l’état du secteur de la monnaie mobile (State of the Industry Report on Mobile Money), tient l’indice de la réglementation de la monnaie mobile, l’API harmonisée Mobile Money et la certification des fournisseurs.',
          'Son équipe politique et réglementation accompagne les régulateurs qui souhaitent des règles favorables aux paiements mobiles : agrément des fournisseurs non bancaires, réseaux d’agents, vigilance proportionnée à l’égard de la clientèle, protection des consommateurs et interopérabilité.',
        ),
        eligibility:
          'Publications et outils gratuits pour tous. Les régulateurs, ministères et fournisseurs de monnaie mobile peuvent contacter le programme pour un dialogue sur les politiques ; l’adhésion à la GSMA n’est pas requise.',
      },
      es: {
        title: 'Programa Mobile Money de la GSMA',
        summary:
          'Programa de la asociación mundial de operadores móviles que ayuda a proveedores de dinero móvil y reguladores a desarrollar servicios de dinero móvil seguros para personas sin cuenta bancaria.',
        description: md(
          'El programa Mobile Money de la GSMA trabaja con proveedores de dinero móvil, sus asociados y las autoridades reguladoras para ampliar los servicios de dinero móvil a la población desatendida. Publica cada año el informe sobre el estado del sector del dinero móvil (State of the Industry Report on Mobile Money), mantiene el índice de regulación del dinero móvil, la API armonizada Mobile Money y la certificación de proveedores.',
          'Su equipo de políticas y regulación apoya a los reguladores que buscan normas propicias: autorización de proveedores no bancarios, redes de agentes, diligencia debida proporcionada, protección del consumidor e interoperabilidad.',
        ),
        eligibility:
          'Publicaciones y herramientas gratuitas para todos. Los reguladores, ministerios y proveedores de dinero móvil pueden contactar al programa para el diálogo sobre políticas; no es necesario ser miembro de la GSMA.',
      },
    },
    source: `GSMA Mobile Money programme pages and State of the Industry reports (programme description, contact mobilemoney@gsma.com) (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'gsma-mobile-money-regulatory-index',
    kind: 'data',
    organisations: ['gsma'],
    policyAreas: ['payment-solutions', 'legal-regulatory'],
    beneficiaries: ['governments', 'researchers'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.gsma.com/mobilefordevelopment/the-mobile-money-regulatory-index/', viaHub: false },
    link: 'https://www.gsma.com/mobilefordevelopment/the-mobile-money-regulatory-index/',
    startsOn: '2018-09',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Mobile Money Regulatory Index',
        summary:
          'A GSMA index, launched in 2018, that scores how far each country’s rules enable mobile money, across authorisation, consumer protection, transaction limits, KYC, agents and infrastructure.',
        description: md(
          'The Mobile Money Regulatory Index measures how enabling a country’s regulatory framework is for mobile money. It covers some 90 countries and scores them from 0 to 100 on six dimensions: authorisation, consumer protection, transaction limits, know-your-customer (KYC) rules, agent networks, and the investment and infrastructure environment (including interoperability and access to settlement).',
          'Regulators and ministries use the country profiles to see which rules hold back mobile money adoption and where targeted changes would help. The GSMA revised the index in 2023 to capture how regulation is applied in practice as well as what the texts say.',
        ),
        eligibility: 'Free and open to all: the index, country profiles and methodology can be consulted on the GSMA site.',
      },
      fr: {
        title: 'Indice de la réglementation de la monnaie mobile (Mobile Money Regulatory Index)',
        summary:
          'Indice de la GSMA, lancé en 2018, qui note dans quelle mesure la réglementation de chaque pays favorise la monnaie mobile : agrément, protection des consommateurs, plafonds, KYC, agents, infrastructures.',
        description: md(
          'L’indice mesure à quel point le cadre réglementaire d’un pays est favorable à la monnaie mobile. Il couvre quelque 90 pays, notés de 0 à 100 selon six dimensions : agrément, protection des consommateurs, plafonds de transaction, règles de connaissance du client (KYC), réseaux d’agents, environnement d’investissement et d’infrastructure (dont l’interopérabilité et l’accès au règlement).',
          'Les régulateurs et ministères s’appuient sur les profils de pays pour repérer les règles qui freinent l’adoption des paiements mobiles. La GSMA a révisé l’indice en 2023 pour tenir compte de l’application effective des textes.',
        ),
        eligibility: 'Gratuit et ouvert à tous : l’indice, les profils de pays et la méthodologie sont consultables sur le site de la GSMA.',
      },
      es: {
        title: 'Índice de regulación del dinero móvil (Mobile Money Regulatory Index)',
        summary:
          'Índice de la GSMA, creado en 2018, que puntúa cuánto favorece la regulación de cada país al dinero móvil: autorización, protección del consumidor, límites, KYC, agentes e infraestructura.',
        description: md(
          'El índice mide en qué medida el marco regulatorio de un país es propicio para el dinero móvil. Abarca unos 90 países, puntuados de 0 a 100 en seis dimensiones: autorización, protección del consumidor, límites de las transacciones, normas de conocimiento del cliente (KYC), redes de agentes y entorno de inversión e infraestructura (incluidas la interoperabilidad y el acceso a la liquidación).',
          'Los reguladores y ministerios usan los perfiles de país para detectar las normas que frenan la adopción del dinero móvil. La GSMA revisó el índice en 2023 para reflejar también la aplicación práctica de las normas.',
        ),
        eligibility: 'Gratuito y abierto a todos: el índice, los perfiles de país y la metodología se consultan en el sitio de la GSMA.',
      },
    },
    source: `GSMA, Mobile Money Regulatory Index pages (launch September 2018, six dimensions, 2023 revision) and FinDev Gateway summary of the 2019 report (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'gsma-mobile-money-api',
    kind: 'tool',
    organisations: ['gsma'],
    policyAreas: ['payment-solutions'],
    beneficiaries: ['msmes', 'governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.gsma.com/solutions-and-impact/connectivity-for-good/mobile-for-development/mobile-money/mobile-money-api-2/', viaHub: false },
    link: 'https://www.gsma.com/solutions-and-impact/connectivity-for-good/mobile-for-development/mobile-money/mobile-money-api-2/',
    startsOn: '2016',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'GSMA Mobile Money API',
        summary:
          'A harmonised, openly published API specification that lets merchants, billers, banks and fintechs connect once to any mobile money platform that implements it.',
        description: md(
          'The GSMA Mobile Money API is a common technical language for mobile money, designed with providers, platform vendors and third parties. Version 1.0 was published in 2016; later versions (1.1, 1.2) added use-case views and more functions. It follows REST principles with JSON messages and includes security recommendations.',
          'It covers the core mobile money use cases: merchant payments (online and in shops), bill payments, disbursements, peer-to-peer and international transfers, interoperability between providers and with banks, account linking, and agent cash-in and cash-out. An e-commerce business or a payment aggregator that builds to the specification can reach every platform that supports it instead of building one integration per provider.',
        ),
        eligibility: 'The specification and developer material are free to use by any provider, vendor, merchant or developer.',
      },
      fr: {
        title: 'API Mobile Money de la GSMA',
        summary:
          'Spécification d’API harmonisée et publique qui permet aux commerçants, facturiers, banques et fintechs de se connecter une seule fois à toute plateforme de monnaie mobile qui l’applique.',
        description: md(
          'L’API Mobile Money de la GSMA est un langage technique commun pour la monnaie mobile, conçu avec les fournisseurs, les éditeurs de plateformes et les tiers. La version 1.0 a été publiée en 2016, les versions suivantes (1.1, 1.2) ont ajouté des vues par cas d’usage et de nouvelles fonctions.',
          'Elle couvre les principaux usages des paiements mobiles : paiements marchands (en ligne et en boutique), paiement de factures, versements groupés, transferts entre particuliers et internationaux, interopérabilité entre fournisseurs et avec les banques, liaison de comptes, dépôts et retraits chez les agents. Un site de commerce électronique peut ainsi se connecter à toutes les plateformes compatibles en une seule intégration.',
        ),
        eligibility: 'Spécification et documentation gratuites pour tout fournisseur, éditeur, commerçant ou développeur.',
      },
      es: {
        title: 'API Mobile Money de la GSMA',
        summary:
          'Especificación de API armonizada y pública que permite a comercios, emisores de facturas, bancos y fintechs conectarse una sola vez a cualquier plataforma de dinero móvil que la aplique.',
        description: md(
          'La API Mobile Money de la GSMA es un lenguaje técnico común para el dinero móvil, diseñado con proveedores, fabricantes de plataformas y terceros. La versión 1.0 se publicó en 2016; las versiones posteriores (1.1 y 1.2) añadieron vistas por caso de uso y nuevas funciones.',
          'Cubre los usos principales del dinero móvil: pagos a comercios (en línea y en tienda), pago de facturas, desembolsos, transferencias entre personas e internacionales, interoperabilidad entre proveedores y con bancos, vinculación de cuentas y depósitos y retiros en agentes. Un comercio electrónico puede así llegar a todas las plataformas compatibles con una sola integración.',
        ),
        eligibility: 'La especificación y la documentación son gratuitas para cualquier proveedor, fabricante, comercio o desarrollador.',
      },
    },
    source: `GSMA Mobile Money API pages and release blogs for versions 1.1 and 1.2 (use cases, design principles, 2016 first version) (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'gsma-mobile-money-certification',
    kind: 'tool',
    organisations: ['gsma'],
    policyAreas: ['payment-solutions', 'legal-regulatory'],
    beneficiaries: ['consumers', 'governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'varies',
    access: { applyUrl: 'https://gsmamobilemoneycertification.com/about-the-certification', viaHub: false },
    link: 'https://gsmamobilemoneycertification.com',
    startsOn: '2018-04',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'GSMA Mobile Money Certification',
        summary:
          'A global certification, launched in 2018, that independently assesses mobile money providers against some 300 criteria on safeguarding funds, AML/CFT, reliability, transparency and data protection.',
        description: md(
          'The certification grew out of the GSMA Code of Conduct for Mobile Money Providers (2014). Providers are assessed independently against almost 300 criteria. They must show that they safeguard customer funds, combat money laundering, terrorist financing and fraud, manage staff, agents and third parties, run a reliable and secure service, disclose fees and terms clearly, handle complaints and protect personal data.',
          'For regulators it is a public benchmark that can support proportionate rules; for banks, merchants and cross-border partners it signals that a provider’s controls are sound, which eases interoperability and partnerships.',
        ),
        eligibility:
          'Open to mobile money providers, which apply to the scheme and undergo an independent assessment on the terms set by the scheme manager.',
      },
      fr: {
        title: 'Certification Mobile Money de la GSMA',
        summary:
          'Certification mondiale, lancée en 2018, qui évalue de façon indépendante les fournisseurs de monnaie mobile sur quelque 300 critères : protection des fonds, LBC/FT, fiabilité, transparence, données.',
        description: md(
          'La certification prolonge le code de conduite des fournisseurs de monnaie mobile de la GSMA (2014). Les fournisseurs sont évalués de manière indépendante sur près de 300 critères : protection des fonds de la clientèle, lutte contre le blanchiment, le financement du terrorisme et la fraude, gestion du personnel, des agents et des tiers, fiabilité et sécurité du service, transparence des frais, traitement des réclamations et protection des données personnelles.',
          'Pour les régulateurs, c’est une référence publique ; pour les banques, commerçants et partenaires transfrontaliers, elle atteste la solidité des contrôles, ce qui facilite l’interopérabilité des paiements mobiles.',
        ),
        eligibility:
          'Ouverte aux fournisseurs de monnaie mobile, qui posent leur candidature et se soumettent à une évaluation indépendante aux conditions fixées par le gestionnaire du dispositif.',
      },
      es: {
        title: 'Certificación Mobile Money de la GSMA',
        summary:
          'Certificación mundial, creada en 2018, que evalúa de forma independiente a los proveedores de dinero móvil según unos 300 criterios: protección de fondos, ALD/CFT, fiabilidad, transparencia y datos.',
        description: md(
          'La certificación parte del código de conducta de la GSMA para proveedores de dinero móvil (2014). Los proveedores se evalúan de forma independiente según casi 300 criterios: protección de los fondos de los clientes, lucha contra el blanqueo de dinero, la financiación del terrorismo y el fraude, gestión del personal, los agentes y terceros, fiabilidad y seguridad del servicio, transparencia de las comisiones, atención de reclamaciones y protección de datos personales.',
          'Para los reguladores es una referencia pública; para bancos, comercios y socios transfronterizos indica que los controles del proveedor son sólidos, lo que facilita la interoperabilidad del dinero móvil.',
        ),
        eligibility:
          'Abierta a los proveedores de dinero móvil, que se postulan y se someten a una evaluación independiente en las condiciones fijadas por el gestor del sistema.',
      },
    },
    source: `GSMA Mobile Money Certification site ("About the certification", "History") and GSMA Code of Conduct page (launch April 2018) (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'gsma-state-of-the-industry-mobile-money',
    kind: 'report',
    organisations: ['gsma'],
    policyAreas: ['payment-solutions'],
    beneficiaries: ['governments', 'researchers'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.gsma.com/mobilemoney', viaHub: false },
    link: 'https://www.gsma.com/mobilemoney',
    documentUrl: null,
    sourceLocale: 'en',
    text: {
      en: {
        title: 'State of the Industry Report on Mobile Money',
        summary:
          'The GSMA’s yearly report on mobile money worldwide: registered and active accounts, agents, transaction values by use case and region, revenues and policy trends.',
        description: md(
          'Prepared each year by the data team of the GSMA Mobile Money programme from its Global Adoption Survey of providers, the report tracks the availability, adoption and use of mobile money around the world. It follows registered and active accounts, agent networks, the value of transactions by type (person-to-person, merchant and bill payments, international remittances, bulk disbursements) and the regions where mobile money grows fastest.',
          'It also reviews regulation and policy trends and the role of mobile money in financial inclusion. Editions since the mid-2010s are on the GSMA site; the decade edition (2006–2016) gives a long view of the industry.',
        ),
        eligibility: 'Free to download from the GSMA site.',
      },
      fr: {
        title: 'Rapport sur l’état du secteur de la monnaie mobile (State of the Industry Report on Mobile Money)',
        summary:
          'Rapport annuel de la GSMA sur la monnaie mobile dans le monde : comptes enregistrés et actifs, agents, valeur des transactions par usage et par région, revenus et tendances réglementaires.',
        description: md(
          'Établi chaque année par l’équipe de données du programme Mobile Money de la GSMA à partir de son enquête mondiale auprès des fournisseurs, le rapport suit la disponibilité, l’adoption et l’usage de la monnaie mobile : comptes enregistrés et actifs, réseaux d’agents, valeur des transactions par type (transferts entre particuliers, paiements marchands et de factures, envois de fonds internationaux, versements groupés) et régions de plus forte croissance des paiements mobiles.',
          'Il examine aussi les tendances réglementaires et le rôle de la monnaie mobile dans l’inclusion financière.',
        ),
        eligibility: 'Téléchargement gratuit sur le site de la GSMA.',
      },
      es: {
        title: 'Informe sobre el estado del sector del dinero móvil (State of the Industry Report on Mobile Money)',
        summary:
          'Informe anual de la GSMA sobre el dinero móvil en el mundo: cuentas registradas y activas, agentes, valor de las transacciones por uso y región, ingresos y tendencias regulatorias.',
        description: md(
          'Elaborado cada año por el equipo de datos del programa Mobile Money de la GSMA a partir de su encuesta mundial a proveedores, el informe sigue la disponibilidad, adopción y uso del dinero móvil: cuentas registradas y activas, redes de agentes, valor de las transacciones por tipo (transferencias entre personas, pagos a comercios y de facturas, remesas internacionales, desembolsos masivos) y las regiones donde más crece el dinero móvil.',
          'También analiza las tendencias regulatorias y el papel del dinero móvil en la inclusión financiera.',
        ),
        eligibility: 'Descarga gratuita en el sitio de la GSMA.',
      },
    },
    source: `GSMA State of the Industry Reports on Mobile Money (2015 to 2021 editions and the 2006–2016 decade edition) as summarised on public pages (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'gsma-qr-code-merchant-payments',
    kind: 'publication',
    organisations: ['gsma'],
    policyAreas: ['payment-solutions'],
    beneficiaries: ['msmes', 'governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.gsma.com/mobilefordevelopment/blog/qr-code-merchant-payments-a-growth-opportunity-for-mobile-money-providers/', viaHub: false },
    link: 'https://www.gsma.com/mobilefordevelopment/blog/qr-code-merchant-payments-a-growth-opportunity-for-mobile-money-providers/',
    documentUrl: null,
    sourceLocale: 'en',
    text: {
      en: {
        title: 'QR Code Merchant Payments: A growth opportunity for mobile money providers',
        summary:
          'A GSMA study of QR code payments at merchants: how QR solutions are built, the specifications in use around the world, and a path to interoperable QR codes for mobile money.',
        description: md(
          'Commissioned by the GSMA Inclusive Tech Lab and written with payments consultancies, the study looks at QR code merchant payments as a way for mobile money providers to serve small shops cheaply. It breaks a QR solution into nine interdependent elements, compares the QR specifications used in different markets, and explains why fragmented, provider-specific codes hold back merchant acceptance.',
          'It argues for harmonised technical specifications so that a customer of any mobile money service can pay at any merchant, and discusses how QR codes can work where most transactions still use USSD on basic phones.',
        ),
        eligibility: 'Free to download from the GSMA site.',
      },
      fr: {
        title: 'Paiements marchands par code QR : une occasion de croissance pour les fournisseurs de monnaie mobile',
        summary:
          'Étude de la GSMA sur le paiement par code QR chez les commerçants : composantes d’une solution QR, spécifications en usage dans le monde et voie vers des codes QR interopérables pour la monnaie mobile.',
        description: md(
          'Commandée par l’Inclusive Tech Lab de la GSMA, l’étude examine le paiement par code QR comme moyen peu coûteux pour les fournisseurs de monnaie mobile de servir les petits commerces. Elle décompose une solution QR en neuf éléments, compare les spécifications utilisées sur différents marchés et montre comment des codes propres à chaque fournisseur freinent l’acceptation des paiements mobiles.',
          'Elle plaide pour des spécifications techniques harmonisées, afin que le client de tout service de monnaie mobile puisse payer chez tout commerçant.',
        ),
        eligibility: 'Téléchargement gratuit sur le site de la GSMA.',
      },
      es: {
        title: 'Pagos a comercios con código QR: una oportunidad de crecimiento para los proveedores de dinero móvil',
        summary:
          'Estudio de la GSMA sobre los pagos con código QR en comercios: componentes de una solución QR, especificaciones usadas en el mundo y camino hacia códigos QR interoperables para el dinero móvil.',
        description: md(
          'Encargado por el Inclusive Tech Lab de la GSMA, el estudio analiza los pagos con código QR como una forma barata de que los proveedores de dinero móvil atiendan a pequeños comercios. Divide una solución QR en nueve elementos, compara las especificaciones usadas en distintos mercados y explica cómo los códigos propios de cada proveedor frenan la aceptación del dinero móvil.',
          'Aboga por especificaciones técnicas armonizadas para que el cliente de cualquier servicio de dinero móvil pueda pagar en cualquier comercio.',
        ),
        eligibility: 'Descarga gratuita en el sitio de la GSMA.',
      },
    },
    source: `GSMA Mobile for Development blog presenting the study, and GSMA merchant payments workstream page (${checked}). Publication date not recorded: the GSMA page gives none.`,
  },
  {
    type: 'resource',
    slug: 'unctad-mobile-money-east-african-community',
    kind: 'publication',
    organisations: ['unctad'],
    policyAreas: ['payment-solutions', 'legal-regulatory'],
    beneficiaries: ['governments', 'msmes'],
    coverage: ['KEN', 'UGA', 'TZA', 'RWA', 'BDI'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://unctad.org/en/pages/PublicationWebflyer.aspx?publicationid=139', viaHub: false },
    link: 'https://unctad.org/en/pages/PublicationWebflyer.aspx?publicationid=139',
    documentUrl: null,
    publishedOn: '2012-06',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Mobile Money for Business Development in the East African Community',
        summary:
          'UNCTAD’s 2012 comparative study of mobile money platforms and regulations in Burundi, Kenya, Rwanda, Uganda and Tanzania, with recommendations for harmonised rules that help small businesses.',
        description: md(
          'The study surveys the mobile money services then offered across the East African Community, compares their fees, channels, security, registration and transaction limits, agent networks and customer support, and reviews how each Partner State regulates them. It was prepared under UNCTAD’s technical assistance to the EAC on harmonised cyberlaws.',
          'Its recommendations call for closer cooperation between telecommunications, banking and e-commerce regulators, attention to consumer protection and trust, proportionate registration and transaction limits, and interoperability, so that mobile money serves small businesses and regional trade.',
        ),
        eligibility: 'Free to download from the UNCTAD site.',
      },
      fr: {
        title: 'La monnaie mobile au service du développement des entreprises dans la Communauté d’Afrique de l’Est',
        summary:
          'Étude comparative de la CNUCED (2012) des plateformes et réglementations de monnaie mobile au Burundi, au Kenya, en Ouganda, au Rwanda et en Tanzanie, avec des recommandations d’harmonisation.',
        description: md(
          'L’étude recense les services de monnaie mobile alors offerts dans la Communauté d’Afrique de l’Est, compare leurs frais, canaux, sécurité, plafonds, réseaux d’agents et assistance, et examine la réglementation de chaque État partenaire. Elle s’inscrit dans l’assistance technique de la CNUCED à la CAE sur l’harmonisation des cyberlégislations.',
          'Elle recommande une coopération plus étroite entre régulateurs des télécommunications, de la banque et du commerce électronique, la protection des consommateurs, des plafonds proportionnés et l’interopérabilité, pour que les paiements mobiles servent les petites entreprises.',
        ),
        eligibility: 'Téléchargement gratuit sur le site de la CNUCED.',
      },
      es: {
        title: 'El dinero móvil para el desarrollo empresarial en la Comunidad de África Oriental',
        summary:
          'Estudio comparativo de la UNCTAD (2012) sobre plataformas y regulación del dinero móvil en Burundi, Kenya, Rwanda, Uganda y Tanzanía, con recomendaciones de armonización.',
        description: md(
          'El estudio examina los servicios de dinero móvil que se ofrecían entonces en la Comunidad de África Oriental, compara sus comisiones, canales, seguridad, límites, redes de agentes y atención al cliente, y revisa la regulación de cada Estado asociado. Se elaboró en el marco de la asistencia técnica de la UNCTAD a la CAO sobre ciberlegislación armonizada.',
          'Recomienda una cooperación más estrecha entre los reguladores de telecomunicaciones, banca y comercio electrónico, la protección del consumidor, límites proporcionados e interoperabilidad, para que el dinero móvil sirva a las pequeñas empresas.',
        ),
        eligibility: 'Descarga gratuita en el sitio de la UNCTAD.',
      },
    },
    source: `UNCTAD publication page (publication id 139) and UN News, "East Africa could benefit from regional ‘mobile money’ rules – UN study", June 2012 (${checked}).`,
  },

  // ——— Interoperability, instant payments and regional switches ———
  {
    type: 'solution',
    slug: 'mojaloop',
    kind: 'platform',
    organisations: ['mojaloop-foundation'],
    policyAreas: ['payment-solutions'],
    beneficiaries: ['governments', 'consumers', 'msmes'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://mojaloop.io', viaHub: true },
    link: 'https://mojaloop.io',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Mojaloop: open-source software for interoperable instant payments',
        summary:
          'Open-source software with which central banks and payment hub operators build national or regional instant payment systems that connect banks, mobile money wallets and merchants.',
        description: md(
          'Mojaloop was designed from 2016 with support from the Bill & Melinda Gates Foundation and industry partners and is now maintained by the Mojaloop Foundation. It works as a switchboard between providers: an interoperability layer connecting bank accounts, mobile money wallets and merchants in an open loop; a directory (account lookup) that finds the provider behind a phone number or other alias; and a settlement layer that makes payments instant and final, with fraud controls.',
          'Central banks, payment associations and hub operators can adopt the software to run an inclusive instant payment scheme, for example to let a customer of one mobile money provider pay a merchant served by another. The code, specifications (including the open API for financial service provider interoperability) and documentation are public.',
        ),
        eligibility:
          'Free to download, use and adapt. Deploying a national switch is usually led by a central bank or hub operator; technical help comes from the community and commercial implementers.',
      },
      fr: {
        title: 'Mojaloop : logiciel libre pour des paiements instantanés interopérables',
        summary:
          'Logiciel libre avec lequel banques centrales et opérateurs de plateformes bâtissent des systèmes nationaux ou régionaux de paiement instantané reliant banques, portefeuilles de monnaie mobile et commerçants.',
        description: md(
          'Conçu à partir de 2016 avec le soutien de la Fondation Bill & Melinda Gates et de partenaires du secteur, Mojaloop est aujourd’hui maintenu par la Mojaloop Foundation. Il fait office d’aiguillage entre fournisseurs : une couche d’interopérabilité reliant comptes bancaires, portefeuilles de monnaie mobile et commerçants ; un annuaire qui retrouve le fournisseur derrière un numéro de téléphone ; une couche de règlement qui rend les paiements instantanés et définitifs, avec des contrôles contre la fraude.',
          'Banques centrales et opérateurs peuvent l’adopter pour un système de paiement instantané inclusif, par exemple pour que le client d’un fournisseur de paiements mobiles paie un commerçant servi par un autre.',
        ),
        eligibility:
          'Téléchargement, usage et adaptation gratuits. Le déploiement d’un commutateur national est en général piloté par une banque centrale ou un opérateur ; l’aide technique vient de la communauté et d’intégrateurs.',
      },
      es: {
        title: 'Mojaloop: software libre para pagos instantáneos interoperables',
        summary:
          'Software libre con el que bancos centrales y operadores construyen sistemas nacionales o regionales de pagos instantáneos que conectan bancos, billeteras de dinero móvil y comercios.',
        description: md(
          'Diseñado desde 2016 con el apoyo de la Fundación Bill y Melinda Gates y socios del sector, Mojaloop lo mantiene hoy la Mojaloop Foundation. Funciona como una central de conmutación entre proveedores: una capa de interoperabilidad que conecta cuentas bancarias, billeteras de dinero móvil y comercios; un directorio que localiza al proveedor detrás de un número de teléfono; y una capa de liquidación que hace los pagos instantáneos y definitivos, con controles contra el fraude.',
          'Los bancos centrales y operadores pueden adoptarlo para un sistema de pagos instantáneos inclusivo, por ejemplo para que el cliente de un proveedor de dinero móvil pague a un comercio atendido por otro.',
        ),
        eligibility:
          'Descarga, uso y adaptación gratuitos. El despliegue de un conmutador nacional suele dirigirlo un banco central u operador; la ayuda técnica viene de la comunidad y de integradores.',
      },
    },
    source: `Mojaloop site (history of the project, hub operators) and the Mojaloop FAQ in its public repository (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'pan-african-payment-settlement-system',
    kind: 'platform',
    organisations: ['afreximbank', 'afcfta-secretariat', 'african-union'],
    policyAreas: ['payment-solutions', 'trade-logistics'],
    beneficiaries: ['msmes', 'consumers', 'governments'],
    coverage: ['002'],
    languages: ['en'],
    cost: 'paid',
    access: { applyUrl: 'https://papss.com/get-connected/', viaHub: true },
    link: 'https://papss.com',
    startsOn: '2022-01-13',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Pan-African Payment and Settlement System (PAPSS)',
        summary:
          'A continental instant payment and settlement system, launched in January 2022, that lets businesses and people across Africa pay each other in their own currencies without going through overseas correspondent banks.',
        description: md(
          'PAPSS was adopted by African Union Heads of State in July 2019 as the payment infrastructure for the African Continental Free Trade Area (AfCFTA). It was developed by the African Export-Import Bank (Afreximbank), which operates it, with the AfCFTA Secretariat, the African Union Commission and African central banks. After a pilot among the central banks of the West African Monetary Zone from October 2021, it was launched in Accra on 13 January 2022.',
          'Payments are initiated and received in local currencies and settled through participating central banks, which cuts the cost and delay of routing intra-African trade payments through Europe or the United States. Commercial banks, payment service providers and fintechs connect as direct or indirect participants; an SME or person uses it through a participating bank.',
        ),
        eligibility:
          'Businesses and individuals use PAPSS through a participating bank or payment provider, at that institution’s fees. Banks, PSPs and fintechs apply to connect and must meet the entry requirements set with their central bank.',
      },
      fr: {
        title: 'Système panafricain de paiement et de règlement (PAPSS)',
        summary:
          'Système continental de paiement instantané, lancé en janvier 2022, qui permet aux entreprises et particuliers africains de se payer dans leur monnaie sans banques correspondantes hors d’Afrique.',
        description: md(
          'Le PAPSS a été adopté par les chefs d’État de l’Union africaine en juillet 2019 comme infrastructure de paiement de la Zone de libre-échange continentale africaine (ZLECAf). Il a été développé par la Banque africaine d’import-export (Afreximbank), qui l’exploite, avec le Secrétariat de la ZLECAf, la Commission de l’Union africaine et les banques centrales africaines. Après un pilote entre les banques centrales de la Zone monétaire ouest-africaine, il a été lancé à Accra le 13 janvier 2022.',
          'Les paiements sont émis et reçus en monnaie locale et réglés par les banques centrales participantes. Banques, prestataires de services de paiement et fintechs s’y connectent comme participants directs ou indirects.',
        ),
        eligibility:
          'Entreprises et particuliers l’utilisent par l’intermédiaire d’une banque ou d’un prestataire participant, aux tarifs de celui-ci. Les banques, PSP et fintechs demandent leur connexion et doivent remplir les conditions fixées avec leur banque centrale.',
      },
      es: {
        title: 'Sistema Panafricano de Pagos y Liquidación (PAPSS)',
        summary:
          'Sistema continental de pagos instantáneos y liquidación, lanzado en enero de 2022, que permite a empresas y personas de África pagarse en su propia moneda sin pasar por bancos corresponsales fuera del continente.',
        description: md(
          'El PAPSS fue adoptado por los Jefes de Estado de la Unión Africana en julio de 2019 como infraestructura de pagos de la Zona de Libre Comercio Continental Africana (AfCFTA). Lo desarrolló el Banco Africano de Exportación e Importación (Afreximbank), que lo opera, con la Secretaría de la AfCFTA, la Comisión de la Unión Africana y los bancos centrales africanos. Tras un piloto entre los bancos centrales de la Zona Monetaria de África Occidental, se lanzó en Accra el 13 de enero de 2022.',
          'Los pagos se emiten y reciben en moneda local y se liquidan a través de los bancos centrales participantes. Bancos, proveedores de servicios de pago y fintechs se conectan como participantes directos o indirectos.',
        ),
        eligibility:
          'Empresas y personas lo usan a través de un banco o proveedor participante, con las comisiones de este. Los bancos, proveedores de pago y fintechs solicitan la conexión y deben cumplir los requisitos fijados con su banco central.',
      },
    },
    source: `PAPSS site ("Get connected"), AfCFTA Secretariat page on PAPSS, UBA PAPSS FAQ (launch 13 January 2022, Accra) and interviews with the PAPSS chief executive (adoption July 2019, WAMZ pilot from October 2021) (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'comesa-regional-payment-settlement-system',
    kind: 'platform',
    organisations: ['comesa'],
    policyAreas: ['payment-solutions', 'trade-logistics'],
    beneficiaries: ['msmes', 'governments'],
    coverage: ['COD', 'EGY', 'KEN', 'MWI', 'MUS', 'RWA', 'SWZ', 'UGA', 'ZMB'],
    languages: ['en', 'fr'],
    cost: 'paid',
    access: { applyUrl: 'https://www.comesa.int', viaHub: true },
    link: 'https://www.comesa.int',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'COMESA Regional Payment and Settlement System (REPSS)',
        summary:
          'COMESA’s regional system through which importers and exporters pay and get paid for intra-COMESA trade via their central banks, in local currencies, with settlement at the end of the day.',
        description: md(
          'REPSS is run by the COMESA Clearing House, with the Bank of Mauritius as settlement bank. It is a multilateral netting system with end-of-day settlement in a single currency: each participating central bank acts as correspondent for its country’s commercial banks, so a trader pays through the local bank and the funds reach the seller in another member State the same day, at lower cost than through correspondent banks overseas.',
          'Nine central banks were live on the system in 2020 (DR Congo, Egypt, Eswatini, Kenya, Malawi, Mauritius, Rwanda, Uganda and Zambia), and COMESA has repeatedly urged the other member States to join and to use it for all intra-COMESA payments.',
        ),
        eligibility:
          'Importers and exporters in participating countries use REPSS through their commercial bank, at the bank’s charges. Central banks of COMESA member States join through the COMESA Clearing House.',
      },
      fr: {
        title: 'Système régional de paiement et de règlement du COMESA (REPSS)',
        summary:
          'Système régional du COMESA par lequel importateurs et exportateurs paient et sont payés pour le commerce intra-COMESA via leurs banques centrales, en monnaie locale, avec règlement en fin de journée.',
        description: md(
          'Le REPSS est géré par la Chambre de compensation du COMESA, la Banque de Maurice servant de banque de règlement. C’est un système de compensation multilatérale avec règlement en fin de journée : chaque banque centrale participante sert de correspondant aux banques commerciales de son pays, et les fonds parviennent au vendeur d’un autre État membre le jour même, à moindre coût.',
          'Neuf banques centrales étaient raccordées en 2020 (Égypte, Eswatini, Kenya, Malawi, Maurice, Ouganda, République démocratique du Congo, Rwanda, Zambie) ; le COMESA appelle les autres États membres à le rejoindre.',
        ),
        eligibility:
          'Les importateurs et exportateurs des pays participants l’utilisent par leur banque commerciale, aux frais de celle-ci. Les banques centrales des États membres adhèrent auprès de la Chambre de compensation du COMESA.',
      },
      es: {
        title: 'Sistema Regional de Pagos y Liquidación del COMESA (REPSS)',
        summary:
          'Sistema regional del COMESA por el que importadores y exportadores pagan y cobran el comercio intrarregional a través de sus bancos centrales, en moneda local, con liquidación al final del día.',
        description: md(
          'El REPSS lo gestiona la Cámara de Compensación del COMESA, con el Banco de Mauricio como banco liquidador. Es un sistema de compensación multilateral con liquidación al final del día: cada banco central participante actúa como corresponsal de los bancos comerciales de su país, y los fondos llegan al vendedor de otro Estado miembro el mismo día, con menor costo.',
          'Nueve bancos centrales operaban en el sistema en 2020 (Egipto, Eswatini, Kenya, Malawi, Mauricio, República Democrática del Congo, Rwanda, Uganda y Zambia); el COMESA insta a los demás Estados miembros a sumarse.',
        ),
        eligibility:
          'Los importadores y exportadores de los países participantes lo usan a través de su banco comercial, con las comisiones de este. Los bancos centrales de los Estados miembros se adhieren ante la Cámara de Compensación del COMESA.',
      },
    },
    source: `COMESA news articles on REPSS (April 2020: nine participating central banks; March 2022 and November 2024 calls to use it) and the Central Bank of Egypt REPSS page (${checked}). Link: COMESA’s site; no stable REPSS page was found.`,
  },
  {
    type: 'solution',
    slug: 'east-african-payment-system',
    kind: 'platform',
    organisations: ['eac'],
    policyAreas: ['payment-solutions', 'trade-logistics'],
    beneficiaries: ['msmes', 'consumers'],
    coverage: ['KEN', 'TZA', 'UGA'],
    languages: ['en'],
    cost: 'paid',
    access: { applyUrl: 'https://www.eac.int', viaHub: false },
    link: 'https://www.eac.int',
    startsOn: '2013',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'East African Payment System (EAPS)',
        summary:
          'A link between the real-time gross settlement systems of the central banks of Kenya, Tanzania and Uganda that lets people and firms make same-day cross-border payments in the region’s currencies.',
        description: md(
          'EAPS went live at the end of 2013 as an early step of the East African Community’s monetary union agenda. It connects the central banks’ real-time gross settlement systems, so that a trader in one Partner State can pay a supplier in another in East African currencies without converting through the US dollar, with same-day settlement through commercial banks. Rwanda and Burundi were expected to join once their own systems were ready.',
          'In March 2025 the EAC validated a draft Cross-Border Payment System Masterplan to address fragmented rules, high costs and limited interoperability between national payment systems.',
        ),
        eligibility: 'Used through participating commercial banks in Kenya, Tanzania and Uganda, at the banks’ charges.',
      },
      fr: {
        title: 'Système de paiement est-africain (EAPS)',
        summary:
          'Liaison entre les systèmes de règlement brut en temps réel des banques centrales du Kenya, de l’Ouganda et de la Tanzanie pour des paiements transfrontaliers le jour même dans les monnaies de la région.',
        description: md(
          'L’EAPS est entré en service fin 2013, étape précoce du projet d’union monétaire de la Communauté d’Afrique de l’Est. Il relie les systèmes de règlement brut en temps réel des banques centrales, pour qu’un commerçant paie un fournisseur d’un autre État partenaire dans les monnaies est-africaines, sans conversion en dollars, avec règlement le jour même. Le Rwanda et le Burundi devaient le rejoindre ensuite.',
          'En mars 2025, la CAE a validé un projet de plan directeur des paiements transfrontaliers.',
        ),
        eligibility: 'Utilisé par l’intermédiaire des banques commerciales participantes au Kenya, en Ouganda et en Tanzanie, à leurs tarifs.',
      },
      es: {
        title: 'Sistema de Pagos de África Oriental (EAPS)',
        summary:
          'Enlace entre los sistemas de liquidación bruta en tiempo real de los bancos centrales de Kenya, Tanzanía y Uganda para pagos transfronterizos en el mismo día en las monedas de la región.',
        description: md(
          'El EAPS entró en funcionamiento a fines de 2013 como un primer paso de la unión monetaria de la Comunidad de África Oriental. Conecta los sistemas de liquidación bruta en tiempo real de los bancos centrales, para que un comerciante pague a un proveedor de otro Estado asociado en monedas de África Oriental, sin pasar por el dólar, con liquidación en el mismo día. Rwanda y Burundi debían sumarse después.',
          'En marzo de 2025, la CAO validó un proyecto de plan maestro de pagos transfronterizos.',
        ),
        eligibility: 'Se usa a través de los bancos comerciales participantes en Kenya, Tanzanía y Uganda, con sus comisiones.',
      },
    },
    source: `Reuters (11 December 2013) and Finextra on the launch of EAPS; news on the EAC Cross-Border Payment System Masterplan (March 2025) (${checked}). Link: the EAC’s site; no stable EAPS page was found.`,
  },
  {
    type: 'solution',
    slug: 'world-bank-fast-payments-support',
    kind: 'technical-assistance',
    organisations: ['world-bank'],
    policyAreas: ['payment-solutions'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'varies',
    access: { applyUrl: 'https://fastpayments.worldbank.org', email: 'paymentsystems@worldbank.org', viaHub: true },
    link: 'https://fastpayments.worldbank.org',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'World Bank support for fast payment systems (Project FASTT)',
        summary:
          'World Bank technical assistance and capacity building for central banks that plan, build or improve fast (instant) payment systems, under Project FASTT.',
        description: md(
          'Project FASTT (Frictionless Affordable Safe Timely Transactions) is the World Bank’s work to spread fast payments, in which funds reach the payee in real time, 24 hours a day. It builds capacity in central banks and payment system operators, provides technical assistance to implement new systems or improve existing ones, convenes international bodies, and publishes the Fast Payments Toolkit with its case studies and focus notes.',
          'The World Bank’s payment systems team has supported payment system and remittance reforms in more than a hundred countries, often through regional initiatives; its assistance is usually part of a country engagement agreed with the government.',
        ),
        eligibility:
          'For central banks and public authorities of World Bank member countries. Assistance is agreed case by case, often within a World Bank operation or trust-funded programme; ask through the World Bank country office or the payment systems team.',
      },
      fr: {
        title: 'Appui de la Banque mondiale aux systèmes de paiement rapide (projet FASTT)',
        summary:
          'Assistance technique et renforcement des capacités de la Banque mondiale pour les banques centrales qui conçoivent, construisent ou améliorent un système de paiement rapide (instantané), dans le cadre du projet FASTT.',
        description: md(
          'Le projet FASTT est l’action de la Banque mondiale en faveur des paiements rapides, où les fonds parviennent au bénéficiaire en temps réel, jour et nuit. Il renforce les capacités des banques centrales et des opérateurs, fournit une assistance technique pour mettre en place ou améliorer des systèmes, réunit les organismes internationaux et publie la boîte à outils sur les paiements rapides.',
          'L’équipe des systèmes de paiement de la Banque mondiale a appuyé des réformes des paiements et des envois de fonds dans plus de cent pays.',
        ),
        eligibility:
          'Pour les banques centrales et autorités publiques des pays membres de la Banque mondiale. L’appui se négocie au cas par cas, souvent dans une opération ou un programme financé par fonds fiduciaire.',
      },
      es: {
        title: 'Apoyo del Banco Mundial a los sistemas de pagos rápidos (proyecto FASTT)',
        summary:
          'Asistencia técnica y fomento de la capacidad del Banco Mundial para bancos centrales que planifican, construyen o mejoran sistemas de pagos rápidos (instantáneos), en el marco del proyecto FASTT.',
        description: md(
          'El proyecto FASTT es la labor del Banco Mundial para difundir los pagos rápidos, en los que los fondos llegan al beneficiario en tiempo real, a toda hora. Fomenta la capacidad de bancos centrales y operadores, presta asistencia técnica para implantar o mejorar sistemas, reúne a los organismos internacionales y publica el conjunto de herramientas sobre pagos rápidos.',
          'El equipo de sistemas de pago del Banco Mundial ha apoyado reformas de pagos y remesas en más de cien países.',
        ),
        eligibility:
          'Para bancos centrales y autoridades públicas de los países miembros del Banco Mundial. El apoyo se acuerda caso por caso, a menudo dentro de una operación o un programa financiado con fondos fiduciarios.',
      },
    },
    source: `Finance for Development (F4D) impact story on Project FASTT; World Bank Fast Payments Toolkit focus notes; Remittance Prices Worldwide page on the World Bank payment systems group (100+ countries); GPSS page (contact paymentsystems@worldbank.org) (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'world-bank-fast-payments-toolkit',
    kind: 'guide',
    organisations: ['world-bank'],
    policyAreas: ['payment-solutions'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://fastpayments.worldbank.org', viaHub: false },
    link: 'https://fastpayments.worldbank.org',
    documentUrl: null,
    publishedOn: '2021-09',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Fast Payments Toolkit',
        summary:
          'The World Bank’s toolkit for countries building fast payment systems: a main report on design choices and lessons, country case studies and focus notes, including one on QR codes for merchant payments.',
        description: md(
          'The toolkit draws on a global study of fast payment systems run by central banks and private operators. Its main report, Considerations and Lessons for the Development and Implementation of Fast Payment Systems (September 2021), walks through why countries introduce fast payments, how arrangements are structured, funded and priced, and their system specifications and operating procedures.',
          'Case studies describe systems already in operation; short focus notes cover specific topics such as QR codes in payments, risks in fast payment systems and their oversight, and the future of fast payments.',
        ),
        eligibility: 'Free to download.',
      },
      fr: {
        title: 'Boîte à outils sur les paiements rapides (Fast Payments Toolkit)',
        summary:
          'Boîte à outils de la Banque mondiale pour les pays qui mettent en place un paiement rapide : rapport principal sur les choix de conception, études de cas et notes thématiques, dont une sur les codes QR.',
        description: md(
          'La boîte à outils repose sur une étude mondiale des systèmes de paiement rapide. Son rapport principal (septembre 2021) examine les raisons d’introduire le paiement rapide, la structure, le financement et la tarification des dispositifs, leurs spécifications et leurs procédures.',
          'Des études de cas décrivent des systèmes en service ; de courtes notes traitent des codes QR dans les paiements, des risques et de leur surveillance, et de l’avenir des paiements rapides.',
        ),
        eligibility: 'Téléchargement gratuit.',
      },
      es: {
        title: 'Conjunto de herramientas sobre pagos rápidos (Fast Payments Toolkit)',
        summary:
          'Herramientas del Banco Mundial para países que construyen sistemas de pagos rápidos: informe principal sobre opciones de diseño, estudios de caso y notas temáticas, entre ellas una sobre códigos QR.',
        description: md(
          'El conjunto se basa en un estudio mundial de sistemas de pagos rápidos. Su informe principal (septiembre de 2021) examina por qué se introducen los pagos rápidos, la estructura, financiación y tarificación de los sistemas, sus especificaciones y procedimientos.',
          'Los estudios de caso describen sistemas en funcionamiento; notas breves tratan los códigos QR en los pagos, los riesgos y su vigilancia, y el futuro de los pagos rápidos.',
        ),
        eligibility: 'Descarga gratuita.',
      },
    },
    source: `World Bank, "Considerations and Lessons for the Development and Implementation of Fast Payment Systems" (September 2021), focus notes "QR Codes in Payments" and "The Future of Fast Payments", and World Bank blog on the toolkit (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'state-of-inclusive-instant-payment-systems-africa',
    kind: 'report',
    organisations: ['uneca', 'world-bank'],
    policyAreas: ['payment-solutions'],
    beneficiaries: ['governments', 'researchers'],
    coverage: ['002'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.africanenda.org', viaHub: false },
    link: 'https://www.africanenda.org',
    documentUrl: null,
    publishedOn: '2022-10-25',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'State of Inclusive Instant Payment Systems in Africa (SIIPS)',
        summary:
          'A yearly report, first published in 2022 by AfricaNenda with UNECA and the World Bank, on Africa’s instant payment systems and how far they serve low-income people and small businesses.',
        description: md(
          'SIIPS maps the domestic and regional instant payment systems live in Africa, tracks their volumes and values, and assesses how inclusive each one is: whether it reaches mobile money providers and fintechs as well as banks, offers low-cost use cases people need, and has sound rules on participation, pricing and consumer protection. It adds consumer research and country case studies, and later editions look at cross-border retail payments.',
          'The first edition (October 2022) counted 29 systems that had gone live in the previous decade; the 2024 edition analysed 31 live systems in 26 countries, including regional schemes such as GIMACPAY in Central Africa and PAPSS.',
        ),
        eligibility: 'Free to download; central banks and system operators are invited to contribute data to each edition.',
      },
      fr: {
        title: 'État des systèmes de paiement instantané inclusifs en Afrique (SIIPS)',
        summary:
          'Rapport annuel, publié pour la première fois en 2022 par AfricaNenda avec la CEA et la Banque mondiale, sur les systèmes de paiement instantané africains et leur ouverture aux personnes à faible revenu et aux MPME.',
        description: md(
          'Le rapport recense les systèmes de paiement instantané nationaux et régionaux en service en Afrique, suit leurs volumes et évalue leur caractère inclusif : ouverture aux fournisseurs de monnaie mobile et aux fintechs, usages à faible coût, règles de participation, de tarification et de protection des consommateurs. Il comporte des enquêtes auprès des usagers et des études de cas.',
          'La première édition (octobre 2022) recensait 29 systèmes mis en service au cours de la décennie ; celle de 2024 en analysait 31 dans 26 pays, dont des systèmes régionaux comme GIMACPAY et le PAPSS.',
        ),
        eligibility: 'Téléchargement gratuit ; les banques centrales et opérateurs sont invités à fournir des données pour chaque édition.',
      },
      es: {
        title: 'Estado de los sistemas de pagos instantáneos inclusivos en África (SIIPS)',
        summary:
          'Informe anual, publicado por primera vez en 2022 por AfricaNenda con la CEPA y el Banco Mundial, sobre los sistemas de pagos instantáneos de África y su alcance entre personas de bajos ingresos y mipymes.',
        description: md(
          'El informe cataloga los sistemas de pagos instantáneos nacionales y regionales en funcionamiento en África, sigue sus volúmenes y evalúa su grado de inclusión: apertura a proveedores de dinero móvil y fintechs, usos de bajo costo, normas de participación, tarificación y protección del consumidor. Incluye encuestas a usuarios y estudios de caso.',
          'La primera edición (octubre de 2022) contaba 29 sistemas puestos en marcha en la década; la de 2024 analizaba 31 en 26 países, incluidos sistemas regionales como GIMACPAY y el PAPSS.',
        ),
        eligibility: 'Descarga gratuita; se invita a bancos centrales y operadores a aportar datos para cada edición.',
      },
    },
    source: `AfricaNenda launch release of SIIPS 2022 (25 October 2022, with UNECA and the World Bank), SIIPS 2023 release, summary of SIIPS 2024 (${checked}). Link: AfricaNenda’s site, which publishes the report; AfricaNenda is not yet a hub partner.`,
  },

  // ——— Remittances ———
  {
    type: 'solution',
    slug: 'remittance-prices-worldwide',
    kind: 'data',
    organisations: ['world-bank'],
    policyAreas: ['payment-solutions'],
    beneficiaries: ['consumers', 'governments', 'researchers'],
    coverage: ['001'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://remittanceprices.worldbank.org', viaHub: false },
    link: 'https://remittanceprices.worldbank.org',
    startsOn: '2008-09',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Remittance Prices Worldwide',
        summary:
          'The World Bank database, online since 2008, that compares the cost of sending money home across hundreds of country corridors and tracks progress toward the target of 3 % remittance costs.',
        description: md(
          'Remittance Prices Worldwide collects, each quarter, the total cost of sending a set amount (USD 200 and its equivalent) through the main service providers in each corridor: banks, money transfer operators, post offices and mobile operators. It records the fee, the exchange-rate margin and the speed of the service, so that costs can be compared on the same basis. Researchers pose as customers to collect the data on the same day in each corridor.',
          'The database is the reference for the G20 commitment to cut remittance costs and for Sustainable Development Goal target 10.c (below 3 %, and no corridor above 5 %, by 2030). Migrants can use it to choose a cheaper service; regulators use it to see where competition and transparency need work. The World Bank also certifies national price-comparison databases that follow its methodology.',
        ),
        eligibility: 'Free and open to all, with downloadable data.',
      },
      fr: {
        title: 'Remittance Prices Worldwide (prix des envois de fonds dans le monde)',
        summary:
          'Base de données de la Banque mondiale, en ligne depuis 2008, qui compare le coût des envois de fonds dans des centaines de couloirs et suit la progression vers l’objectif de 3 %.',
        description: md(
          'La base relève chaque trimestre le coût total d’un envoi de 200 dollars (ou l’équivalent) auprès des principaux prestataires de chaque couloir : banques, sociétés de transfert, bureaux de poste et opérateurs mobiles. Elle enregistre les frais, la marge de change et la rapidité du service pour comparer les coûts sur une même base.',
          'Elle sert de référence à l’engagement du G20 et à la cible 10.c des objectifs de développement durable (moins de 3 %, aucun couloir au-dessus de 5 %, d’ici à 2030). Les migrants peuvent y choisir un service moins cher ; les régulateurs y voient où renforcer concurrence et transparence.',
        ),
        eligibility: 'Gratuite et ouverte à tous, données téléchargeables.',
      },
      es: {
        title: 'Remittance Prices Worldwide (precios de las remesas en el mundo)',
        summary:
          'Base de datos del Banco Mundial, en línea desde 2008, que compara el costo de enviar remesas en cientos de corredores y sigue el avance hacia la meta del 3 %.',
        description: md(
          'La base registra cada trimestre el costo total de enviar 200 dólares (o su equivalente) con los principales proveedores de cada corredor: bancos, empresas de transferencia, oficinas de correos y operadores móviles. Anota la comisión, el margen del tipo de cambio y la rapidez del servicio para comparar los costos sobre una misma base.',
          'Es la referencia del compromiso del G20 y de la meta 10.c de los Objetivos de Desarrollo Sostenible (menos del 3 % y ningún corredor por encima del 5 % para 2030). Los migrantes pueden elegir un servicio más barato; los reguladores ven dónde reforzar la competencia y la transparencia.',
        ),
        eligibility: 'Gratuita y abierta a todos, con datos descargables.',
      },
    },
    source: `Remittance Prices Worldwide site (methodology, World Bank sponsored database, certified national databases, French version) and MicroCapital brief on the 2008 launch (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'general-principles-international-remittance-services',
    kind: 'guide',
    organisations: ['world-bank'],
    policyAreas: ['payment-solutions', 'legal-regulatory'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.bis.org/press/p070123.htm', viaHub: true },
    link: 'https://www.bis.org/press/p070123.htm',
    documentUrl: null,
    publishedOn: '2007-01-23',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'General Principles for International Remittance Services',
        summary:
          'Five principles, issued in 2007 by the CPSS (now CPMI) and the World Bank, that guide countries in making remittance markets transparent, competitive, safe and cheaper.',
        description: md(
          'The report analyses the payment system side of remittances (how the money actually moves) and sets five general principles: transparency and consumer protection; payment system infrastructure; the legal and regulatory framework; market structure and competition; and governance and risk management. It also describes what public authorities and remittance service providers each need to do.',
          'Endorsed by the G8, the Financial Stability Forum and the G20, the principles are the reference the World Bank uses to assess national remittance markets. A 2012 guidance report explains how to apply them.',
        ),
        eligibility: 'Free to download from the BIS and World Bank sites. Countries can ask the World Bank for an assessment against the principles.',
      },
      fr: {
        title: 'Principes généraux applicables aux services d’envois de fonds internationaux',
        summary:
          'Cinq principes publiés en 2007 par le CSPR (devenu CPIM) et la Banque mondiale pour rendre les marchés des envois de fonds transparents, concurrentiels, sûrs et moins chers.',
        description: md(
          'Le rapport analyse les aspects « systèmes de paiement » des envois de fonds et énonce cinq principes : transparence et protection des consommateurs ; infrastructure des systèmes de paiement ; cadre juridique et réglementaire ; structure du marché et concurrence ; gouvernance et gestion des risques. Il précise le rôle des autorités publiques et des prestataires.',
          'Approuvés par le G8, le Forum de stabilité financière et le G20, ces principes servent de référence à la Banque mondiale pour évaluer les marchés nationaux.',
        ),
        eligibility: 'Téléchargement gratuit sur les sites de la BRI et de la Banque mondiale.',
      },
      es: {
        title: 'Principios generales para los servicios de remesas internacionales',
        summary:
          'Cinco principios publicados en 2007 por el CSPL (hoy CPIM) y el Banco Mundial para que los mercados de remesas sean transparentes, competitivos, seguros y más baratos.',
        description: md(
          'El informe analiza los aspectos de sistemas de pago de las remesas y establece cinco principios: transparencia y protección del consumidor; infraestructura de los sistemas de pago; marco jurídico y regulatorio; estructura del mercado y competencia; y gobernanza y gestión de riesgos. Describe también el papel de las autoridades y de los proveedores.',
          'Respaldados por el G8, el Foro de Estabilidad Financiera y el G20, los principios son la referencia del Banco Mundial para evaluar los mercados nacionales de remesas.',
        ),
        eligibility: 'Descarga gratuita en los sitios del BPI y del Banco Mundial.',
      },
    },
    source: `BIS press release of 23 January 2007 (final report) and FSB standards page (endorsements, use in World Bank assessments); World Bank guidance report of October 2012 (${checked}).`,
  },

  // ——— Digital financial inclusion: networks, principles, toolkits ———
  {
    type: 'solution',
    slug: 'alliance-for-financial-inclusion-network',
    kind: 'technical-assistance',
    organisations: ['afi'],
    policyAreas: ['payment-solutions', 'access-to-financing'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'varies',
    access: { applyUrl: 'https://www.afi-global.org', viaHub: true },
    link: 'https://www.afi-global.org',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Alliance for Financial Inclusion: peer learning for regulators',
        summary:
          'The network of central banks and financial regulators of developing and emerging economies that learn from each other on financial inclusion policy, from digital financial services and mobile money to SME finance.',
        description: md(
          'The Alliance for Financial Inclusion (AFI), founded in 2008 and based in Kuala Lumpur, is owned and led by its member institutions, some 80 to 90 central banks and regulators. Members work in working groups (among them digital financial services, SME finance, consumer protection, gender-inclusive finance and national financial inclusion strategies), review each other’s draft strategies and regulations, and receive capacity building.',
          'Under the Maya Declaration (2011) members make public, measurable financial inclusion commitments and report progress; later accords cover SME finance (Maputo Accord, 2015) and other themes. The yearly Global Policy Forum gathers the network.',
        ),
        eligibility:
          'Membership is for central banks, financial regulators and financial inclusion policymakers of developing and emerging economies; they apply to AFI. Its knowledge products are free to all.',
      },
      fr: {
        title: 'Alliance pour l’inclusion financière : apprentissage entre pairs pour les régulateurs',
        summary:
          'Réseau des banques centrales et régulateurs financiers des économies en développement et émergentes qui échangent sur les politiques d’inclusion financière, de la monnaie mobile au financement des PME.',
        description: md(
          'L’Alliance pour l’inclusion financière (AFI), fondée en 2008 et basée à Kuala Lumpur, appartient à ses institutions membres, quelque 80 à 90 banques centrales et autorités de régulation. Les membres travaillent en groupes de travail (services financiers numériques, financement des PME, protection des consommateurs, finance inclusive pour les femmes, stratégies nationales), examinent entre pairs leurs projets de stratégie et de réglementation, et bénéficient de renforcement des capacités, notamment sur les paiements mobiles.',
          'Avec la Déclaration Maya (2011), les membres prennent des engagements publics et mesurables et rendent compte de leurs progrès.',
        ),
        eligibility:
          'L’adhésion est réservée aux banques centrales, régulateurs financiers et décideurs des économies en développement et émergentes, qui en font la demande à l’AFI. Ses publications sont gratuites.',
      },
      es: {
        title: 'Alianza para la Inclusión Financiera: aprendizaje entre pares para reguladores',
        summary:
          'Red de bancos centrales y reguladores financieros de economías en desarrollo y emergentes que aprenden entre sí sobre políticas de inclusión financiera, del dinero móvil a la financiación de las pymes.',
        description: md(
          'La Alianza para la Inclusión Financiera (AFI), fundada en 2008 y con sede en Kuala Lumpur, pertenece a sus instituciones miembros, unos 80 a 90 bancos centrales y reguladores. Los miembros trabajan en grupos de trabajo (servicios financieros digitales, financiación de las pymes, protección del consumidor, finanzas inclusivas para las mujeres, estrategias nacionales), revisan entre pares sus proyectos de estrategia y regulación y reciben fomento de la capacidad, también sobre dinero móvil.',
          'Con la Declaración Maya (2011), los miembros asumen compromisos públicos y medibles e informan de sus avances.',
        ),
        eligibility:
          'La afiliación es para bancos centrales, reguladores financieros y responsables de políticas de economías en desarrollo y emergentes, que la solicitan a la AFI. Sus publicaciones son gratuitas.',
      },
    },
    source: `AFI site (Maya Declaration page, working groups, Financial Inclusion Strategy Peer Learning Group) and GIZ publication "The AFI Approach" (2015) (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'better-than-cash-alliance-member-support',
    kind: 'technical-assistance',
    organisations: ['better-than-cash-alliance', 'uncdf'],
    policyAreas: ['payment-solutions'],
    beneficiaries: ['governments', 'women-entrepreneurs'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'varies',
    access: { applyUrl: 'https://www.betterthancash.org', viaHub: true },
    link: 'https://www.betterthancash.org',
    startsOn: '2012-09',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Better Than Cash Alliance: support to members moving to digital payments',
        summary:
          'A UN-based partnership of governments, companies and international organisations whose secretariat advises members on digitising payments, such as wages, social transfers and supplier payments, responsibly.',
        description: md(
          'The Better Than Cash Alliance was created in September 2012; its secretariat is based at the United Nations and hosted by UNCDF. Members commit to moving their own payments from cash to responsible digital payments: governments for salaries, pensions and social transfers, companies for wages and supplier payments, humanitarian organisations for aid.',
          'The secretariat supports members with advisory services matched to their priorities, action-oriented research and case studies, and peer learning between countries (for example on digitising social protection payments). Work focuses on women’s economic participation, interoperability and consumer protection.',
        ),
        eligibility:
          'Open to governments, companies and international organisations that join the Alliance and commit to digitising payments; governments usually join at the level of the head of government or the finance ministry. Research is free to all.',
      },
      fr: {
        title: 'Better Than Cash Alliance : appui aux membres qui passent aux paiements numériques',
        summary:
          'Partenariat basé à l’ONU de gouvernements, d’entreprises et d’organisations internationales, dont le secrétariat conseille les membres pour numériser de façon responsable salaires, transferts sociaux et paiements.',
        description: md(
          'La Better Than Cash Alliance a été créée en septembre 2012 ; son secrétariat, basé à l’Organisation des Nations Unies, est hébergé par le Fonds d’équipement des Nations Unies (FENU). Ses membres s’engagent à faire passer leurs propres paiements de l’espèce au numérique responsable : salaires, pensions et transferts sociaux pour les gouvernements, salaires et fournisseurs pour les entreprises.',
          'Le secrétariat apporte des conseils adaptés, des recherches appliquées et des échanges entre pays, en privilégiant la participation économique des femmes, l’interopérabilité et la protection des consommateurs.',
        ),
        eligibility:
          'Ouvert aux gouvernements, entreprises et organisations internationales qui rejoignent l’Alliance et s’engagent à numériser leurs paiements. Les études sont gratuites.',
      },
      es: {
        title: 'Better Than Cash Alliance: apoyo a los miembros que pasan a los pagos digitales',
        summary:
          'Alianza con sede en las Naciones Unidas de gobiernos, empresas y organizaciones internacionales cuya secretaría asesora a los miembros para digitalizar de forma responsable salarios, transferencias y pagos.',
        description: md(
          'La Better Than Cash Alliance se creó en septiembre de 2012; su secretaría, con sede en las Naciones Unidas, está acogida por el Fondo de las Naciones Unidas para el Desarrollo de la Capitalización (FNUDC). Sus miembros se comprometen a pasar sus propios pagos del efectivo a pagos digitales responsables: salarios, pensiones y transferencias sociales los gobiernos; salarios y proveedores las empresas.',
          'La secretaría ofrece asesoramiento adaptado, investigación aplicada e intercambios entre países, con prioridad a la participación económica de las mujeres, la interoperabilidad y la protección del consumidor.',
        ),
        eligibility:
          'Abierta a gobiernos, empresas y organizaciones internacionales que se unen a la Alianza y se comprometen a digitalizar sus pagos. Los estudios son gratuitos.',
      },
    },
    source: `Better Than Cash Alliance site (home page, "Governments" page, 2021 annual report), Swiss SECO project page, and blog of its founding managing director (2024) (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'un-principles-responsible-digital-payments',
    kind: 'guide',
    organisations: ['better-than-cash-alliance'],
    policyAreas: ['payment-solutions', 'legal-regulatory'],
    beneficiaries: ['governments', 'consumers', 'women-entrepreneurs'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://responsiblepayments.org', viaHub: true },
    link: 'https://responsiblepayments.org',
    documentUrl: null,
    publishedOn: '2021',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UN Principles for Responsible Digital Payments',
        summary:
          'Nine principles, published in 2021 by the Better Than Cash Alliance, on how governments, companies and international organisations can make digital payments fair, safe and inclusive, especially for women.',
        description: md(
          'The principles update the Alliance’s 2016 Responsible Digital Payments Guidelines in the light of the COVID-19 pandemic, when government-to-person digital transfers grew sharply. They set out who needs to act responsibly, what that means and how: treating users fairly, prioritising women, offering choice through interoperability, protecting user data, ensuring recourse, and developing new technologies responsibly, among others.',
          'Governments are encouraged to lead by example, for instance by building responsible digitisation of their own payments into legislation. The principles respond to the UN Secretary-General’s Roadmap for Digital Cooperation.',
        ),
        eligibility: 'Free to read and download.',
      },
      fr: {
        title: 'Principes des Nations Unies pour des paiements numériques responsables',
        summary:
          'Neuf principes publiés en 2021 par la Better Than Cash Alliance pour des paiements numériques équitables, sûrs et inclusifs, surtout pour les femmes, à l’usage des États, entreprises et organisations.',
        description: md(
          'Les principes actualisent les lignes directrices de 2016 de l’Alliance à la lumière de la pandémie de COVID-19, qui a fait bondir les transferts numériques des États aux particuliers. Ils précisent qui doit agir, ce que signifie agir de façon responsable et comment : traiter équitablement les usagers, donner la priorité aux femmes, offrir le choix grâce à l’interopérabilité, protéger les données, garantir des recours, développer les technologies de façon responsable.',
          'Les gouvernements sont invités à montrer l’exemple, notamment en inscrivant dans la loi la numérisation responsable de leurs propres paiements.',
        ),
        eligibility: 'Consultation et téléchargement gratuits.',
      },
      es: {
        title: 'Principios de las Naciones Unidas para Pagos Digitales Responsables',
        summary:
          'Nueve principios publicados en 2021 por la Better Than Cash Alliance para que gobiernos, empresas y organizaciones internacionales hagan los pagos digitales justos, seguros e inclusivos, sobre todo para las mujeres.',
        description: md(
          'Los principios actualizan las directrices de 2016 de la Alianza a la luz de la pandemia de COVID-19, que disparó las transferencias digitales de los gobiernos a las personas. Precisan quién debe actuar, qué significa ser responsable y cómo: trato justo a los usuarios, prioridad a las mujeres, elección mediante la interoperabilidad, protección de datos, vías de recurso y desarrollo responsable de nuevas tecnologías.',
          'Se alienta a los gobiernos a dar ejemplo, por ejemplo incorporando en la ley la digitalización responsable de sus propios pagos.',
        ),
        eligibility: 'Lectura y descarga gratuitas.',
      },
    },
    source: `responsiblepayments.org (2021 edition), Digital Watch and Global Government Fintech coverage of the launch, and the 2016 Responsible Digital Payments Guidelines page (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'payment-aspects-of-financial-inclusion',
    kind: 'guide',
    organisations: ['world-bank'],
    policyAreas: ['payment-solutions'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.bis.org/cpmi/publ/d195.htm', viaHub: true },
    link: 'https://www.bis.org/cpmi/publ/d195.htm',
    documentUrl: null,
    publishedOn: '2016-04',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Payment Aspects of Financial Inclusion (PAFI)',
        summary:
          'Guidance by the CPMI and the World Bank (2016, updated 2020) on how payment systems and transaction accounts can bring everyone into the financial system, with tools to diagnose and measure progress.',
        description: md(
          'The 2016 report starts from two points: efficient, accessible and safe retail payment systems are critical for financial inclusion, and a transaction account (including e-money accounts) is both a service in its own right and a gateway to others. It sets seven guiding principles, covering public and private sector commitment, legal and regulatory frameworks, financial and ICT infrastructure, transaction account and payment product design, readily available access points, awareness and financial literacy, and leveraging large-volume payment streams such as government payments.',
          'A 2020 report applies the guidance to the fintech era, and the PAFI application tools (September 2020) help national authorities run diagnostics and track their progress against benchmarks.',
        ),
        eligibility: 'Free to download from the BIS and World Bank sites; authorities can ask the World Bank for help in applying the tools.',
      },
      fr: {
        title: 'Aspects de l’inclusion financière liés aux paiements (PAFI)',
        summary:
          'Orientations du CPIM et de la Banque mondiale (2016, actualisées en 2020) sur la façon dont les systèmes de paiement et les comptes de transaction peuvent inclure chacun dans le système financier.',
        description: md(
          'Le rapport de 2016 part de deux constats : des systèmes de paiement de détail efficaces, accessibles et sûrs sont essentiels à l’inclusion financière, et un compte de transaction (y compris de monnaie électronique) est un service en soi et une porte d’entrée vers d’autres. Il pose sept principes directeurs : engagement public et privé, cadre juridique, infrastructures financières et TIC, conception des comptes et des produits, points d’accès, sensibilisation et éducation financière, et recours aux grands flux de paiements comme ceux de l’État.',
          'Un rapport de 2020 les applique à l’ère des fintechs ; des outils d’application (septembre 2020) aident les autorités à établir un diagnostic et à mesurer leurs progrès.',
        ),
        eligibility: 'Téléchargement gratuit sur les sites de la BRI et de la Banque mondiale.',
      },
      es: {
        title: 'Aspectos de la inclusión financiera relacionados con los pagos (PAFI)',
        summary:
          'Orientaciones del CPIM y el Banco Mundial (2016, actualizadas en 2020) sobre cómo los sistemas de pago y las cuentas transaccionales pueden incluir a todos en el sistema financiero.',
        description: md(
          'El informe de 2016 parte de dos ideas: los sistemas de pagos minoristas eficientes, accesibles y seguros son esenciales para la inclusión financiera, y una cuenta transaccional (incluido el dinero electrónico) es un servicio en sí mismo y una puerta a otros. Establece siete principios rectores: compromiso público y privado, marco jurídico, infraestructura financiera y de TIC, diseño de cuentas y productos, puntos de acceso, sensibilización y educación financiera, y aprovechamiento de grandes flujos de pagos como los del gobierno.',
          'Un informe de 2020 los aplica a la era fintech; unas herramientas de aplicación (septiembre de 2020) ayudan a las autoridades a diagnosticar y medir sus avances.',
        ),
        eligibility: 'Descarga gratuita en los sitios del BPI y del Banco Mundial.',
      },
    },
    source: `World Bank PAFI brief and consultation page, CPMI paper no. 195 "Payment aspects of financial inclusion: application tools" (29 September 2020) and BIS press release (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'itu-focus-group-digital-financial-services',
    kind: 'report',
    organisations: ['itu'],
    policyAreas: ['payment-solutions', 'legal-regulatory'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.itu.int/en/mediacentre/Pages/2017-PR07.aspx', viaHub: false },
    link: 'https://www.itu.int/en/mediacentre/Pages/2017-PR07.aspx',
    documentUrl: null,
    publishedOn: '2017',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'ITU Focus Group on Digital Financial Services: recommendations and reports',
        summary:
          '85 policy recommendations and 28 thematic reports, published by ITU in 2017, for telecom and financial regulators working together on digital financial services and mobile money.',
        description: md(
          'Over two years the ITU-T Focus Group on Digital Financial Services brought together more than 60 organisations from over 30 countries. Its recommendations cover digital liquidity, consumer protection, data privacy, digital identity and e-KYC, interoperability, fair access to the communication channel for mobile money, and cooperation between telecommunications and financial regulators, with a model memorandum of understanding between them.',
          'Thematic reports go deeper into the DFS ecosystem, technology and security, distributed ledgers and the mobile handsets people use.',
        ),
        eligibility: 'Free to download from the ITU site.',
      },
      fr: {
        title: 'Groupe spécialisé de l’UIT sur les services financiers numériques : recommandations et rapports',
        summary:
          '85 recommandations et 28 rapports thématiques publiés par l’UIT en 2017 pour les régulateurs des télécommunications et de la finance qui encadrent ensemble les services financiers numériques et la monnaie mobile.',
        description: md(
          'Pendant deux ans, le groupe spécialisé de l’UIT-T a réuni plus de 60 organisations de plus de 30 pays. Ses recommandations portent sur la liquidité numérique, la protection des consommateurs, la vie privée, l’identité numérique et l’e-KYC, l’interopérabilité, l’accès équitable aux canaux de communication pour les paiements mobiles et la coopération entre régulateurs, avec un modèle de protocole d’accord.',
          'Des rapports thématiques approfondissent l’écosystème, la sécurité, les registres distribués et les téléphones utilisés.',
        ),
        eligibility: 'Téléchargement gratuit sur le site de l’UIT.',
      },
      es: {
        title: 'Grupo Temático de la UIT sobre Servicios Financieros Digitales: recomendaciones e informes',
        summary:
          '85 recomendaciones y 28 informes temáticos publicados por la UIT en 2017 para reguladores de telecomunicaciones y finanzas que supervisan juntos los servicios financieros digitales y el dinero móvil.',
        description: md(
          'Durante dos años, el Grupo Temático del UIT-T reunió a más de 60 organizaciones de más de 30 países. Sus recomendaciones tratan la liquidez digital, la protección del consumidor, la privacidad, la identidad digital y el e-KYC, la interoperabilidad, el acceso equitativo a los canales de comunicación para el dinero móvil y la cooperación entre reguladores, con un modelo de memorando de entendimiento.',
          'Los informes temáticos profundizan en el ecosistema, la seguridad, los registros distribuidos y los teléfonos que usa la gente.',
        ),
        eligibility: 'Descarga gratuita en el sitio de la UIT.',
      },
    },
    source: `ITU press releases 2016-PR29 and 2017-PR07 (85 recommendations, 28 reports), ITU publication "The Digital Financial Services (DFS) Ecosystem" (2017) (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'figi-dfs-security-assurance-framework',
    kind: 'guide',
    organisations: ['itu', 'world-bank'],
    policyAreas: ['payment-solutions', 'ict-infrastructure'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.itu.int/en/publications/Documents/tsb/2021-FIGI-Digital-Financial-Services-security-assurance-framework/files/basic-html/page4.html', viaHub: false },
    link: 'https://www.itu.int/en/publications/Documents/tsb/2021-FIGI-Digital-Financial-Services-security-assurance-framework/files/basic-html/page4.html',
    documentUrl: null,
    publishedOn: '2021',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Digital Financial Services Security Assurance Framework (FIGI)',
        summary:
          'A 2021 ITU guide from the Financial Inclusion Global Initiative that helps regulators and providers secure mobile money and other digital financial services against fraud and attacks.',
        description: md(
          'The Financial Inclusion Global Initiative (FIGI) was a three-year programme launched in 2017 by the World Bank Group, the CPMI and ITU, funded by the Bill & Melinda Gates Foundation. It supported reforms in China, Egypt and Mexico and ran working groups on electronic payment acceptance, digital ID for financial services, and security, infrastructure and trust.',
          'This framework, produced by the security, infrastructure and trust working group led by ITU, sets out the security risks facing digital financial services and the controls that regulators, mobile operators and providers can apply. A companion security audit guideline was published at the same time.',
        ),
        eligibility: 'Free to download from the ITU site.',
      },
      fr: {
        title: 'Cadre d’assurance de la sécurité des services financiers numériques (FIGI)',
        summary:
          'Guide de l’UIT (2021) issu de l’initiative mondiale pour l’inclusion financière (FIGI) qui aide régulateurs et fournisseurs à protéger la monnaie mobile et les services financiers numériques contre la fraude.',
        description: md(
          'L’initiative FIGI était un programme de trois ans lancé en 2017 par le Groupe de la Banque mondiale, le CPIM et l’UIT, financé par la Fondation Bill & Melinda Gates. Elle a appuyé des réformes en Chine, en Égypte et au Mexique et réuni des groupes de travail sur l’acceptation des paiements électroniques, l’identité numérique et la sécurité.',
          'Ce cadre, produit par le groupe sur la sécurité, l’infrastructure et la confiance dirigé par l’UIT, décrit les risques de sécurité des services financiers numériques et les mesures de contrôle que régulateurs, opérateurs et fournisseurs peuvent appliquer.',
        ),
        eligibility: 'Téléchargement gratuit sur le site de l’UIT.',
      },
      es: {
        title: 'Marco de garantía de la seguridad de los servicios financieros digitales (FIGI)',
        summary:
          'Guía de la UIT (2021) de la Iniciativa Mundial de Inclusión Financiera (FIGI) que ayuda a reguladores y proveedores a proteger el dinero móvil y otros servicios financieros digitales contra el fraude.',
        description: md(
          'La iniciativa FIGI fue un programa de tres años lanzado en 2017 por el Grupo del Banco Mundial, el CPIM y la UIT, financiado por la Fundación Bill y Melinda Gates. Apoyó reformas en China, Egipto y México y reunió grupos de trabajo sobre aceptación de pagos electrónicos, identidad digital y seguridad.',
          'Este marco, elaborado por el grupo sobre seguridad, infraestructura y confianza que dirigió la UIT, describe los riesgos de seguridad de los servicios financieros digitales y los controles que pueden aplicar reguladores, operadores y proveedores.',
        ),
        eligibility: 'Descarga gratuita en el sitio de la UIT.',
      },
    },
    source: `ITU publication "FIGI Digital Financial Services security assurance framework" (2021) and companion audit guideline; World Bank FIGI brief (September 2017) and ITU News on the FIGI launch (${checked}).`,
  },

  // ——— Data on financial inclusion and payment systems ———
  {
    type: 'resource',
    slug: 'global-findex-database',
    kind: 'dataset',
    organisations: ['world-bank'],
    policyAreas: ['payment-solutions', 'readiness-assessment', 'access-to-financing'],
    beneficiaries: ['governments', 'researchers', 'statistical-offices'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://globalfindex.worldbank.org', viaHub: false },
    link: 'https://globalfindex.worldbank.org',
    documentUrl: null,
    publishedOn: '2025-07',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'The Global Findex Database',
        summary:
          'The World Bank’s survey-based data on how adults in some 140 economies save, borrow, pay and receive money, including mobile money accounts and digital payments, by sex and income.',
        description: md(
          'Since 2011 the Global Findex Database has measured account ownership at banks, other financial institutions and mobile money providers, and the use of digital payments, saving, borrowing and financial resilience, from nationally representative surveys. Editions were published for 2011, 2014, 2017, 2021 and 2025.',
          'The fifth edition, The Global Findex Database 2025: Connectivity and Financial Inclusion in the Digital Economy, is based on surveys of about 145,000 adults in 141 economies in 2024. It adds data on mobile phone and internet use and shows mobile money accounts driving the growth of account ownership in Sub-Saharan Africa and Latin America. Data are broken down by sex and income, among others, and are used to track Sustainable Development Goal targets.',
        ),
        eligibility: 'Free: reports, country data and microdata can be downloaded from the World Bank.',
      },
      fr: {
        title: 'Base de données Global Findex',
        summary:
          'Données d’enquête de la Banque mondiale sur la façon dont les adultes d’environ 140 économies épargnent, empruntent, paient et reçoivent de l’argent, y compris par monnaie mobile, par sexe et revenu.',
        description: md(
          'Depuis 2011, la base Global Findex mesure la détention d’un compte auprès d’une banque, d’une autre institution financière ou d’un fournisseur de monnaie mobile, ainsi que l’usage des paiements numériques, l’épargne, l’emprunt et la résilience financière. Des éditions ont paru pour 2011, 2014, 2017, 2021 et 2025.',
          'La cinquième édition (2025) repose sur des enquêtes menées en 2024 auprès d’environ 145 000 adultes dans 141 économies ; elle ajoute l’usage du téléphone mobile et d’Internet et montre le rôle des comptes de monnaie mobile dans la progression de l’inclusion financière en Afrique subsaharienne et en Amérique latine.',
        ),
        eligibility: 'Gratuit : rapports, données par pays et microdonnées téléchargeables.',
      },
      es: {
        title: 'Base de datos Global Findex',
        summary:
          'Datos de encuesta del Banco Mundial sobre cómo los adultos de unas 140 economías ahorran, piden prestado, pagan y reciben dinero, incluido el dinero móvil, por sexo e ingreso.',
        description: md(
          'Desde 2011, la base Global Findex mide la titularidad de cuentas en bancos, otras instituciones financieras y proveedores de dinero móvil, así como el uso de pagos digitales, el ahorro, el crédito y la resiliencia financiera. Se publicaron ediciones para 2011, 2014, 2017, 2021 y 2025.',
          'La quinta edición (2025) se basa en encuestas realizadas en 2024 a unos 145.000 adultos de 141 economías; añade datos sobre el uso del teléfono móvil e Internet y muestra que las cuentas de dinero móvil impulsan el aumento de la titularidad de cuentas en África subsahariana y América Latina y el Caribe.',
        ),
        eligibility: 'Gratuito: informes, datos por país y microdatos descargables.',
      },
    },
    source: `World Bank Global Findex site and microdata collection (2021 edition), World Bank publication "The Global Findex Database 2025" (hdl 10986/43438) and summaries of its July 2025 release (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'global-payment-systems-survey',
    kind: 'dataset',
    organisations: ['world-bank'],
    policyAreas: ['payment-solutions'],
    beneficiaries: ['governments', 'researchers'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.worldbank.org/en/topic/financialinclusion/brief/gpss', email: 'paymentsystems@worldbank.org', viaHub: false },
    link: 'https://www.worldbank.org/en/topic/financialinclusion/brief/gpss',
    documentUrl: null,
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Global Payment Systems Survey (GPSS)',
        summary:
          'The World Bank’s survey of central banks, run since 2007, on the state of national payment systems: infrastructure, laws and oversight, innovation, remittances and cashless payments.',
        description: md(
          'The GPSS asks national and regional central banks and monetary authorities about every aspect of their payment systems, combining quantitative and qualitative measures: infrastructure, legal and regulatory framework, technological and business-model innovation (including fintech and mobile money), international remittances and oversight. It is the only global survey that covers national payment systems this fully.',
          'Six editions have been run since the first in April 2007; the sixth documents the rise of cashless transactions per person from 2017 to 2020 and the gaps that remain in low- and middle-income economies. Findings guide policy dialogue and World Bank technical assistance.',
        ),
        eligibility: 'Reports and data are free to download; central banks take part through the World Bank’s payment systems team.',
      },
      fr: {
        title: 'Enquête mondiale sur les systèmes de paiement (GPSS)',
        summary:
          'Enquête de la Banque mondiale auprès des banques centrales, menée depuis 2007, sur l’état des systèmes de paiement nationaux : infrastructures, droit et surveillance, innovation, envois de fonds.',
        description: md(
          'La GPSS interroge les banques centrales sur tous les aspects de leurs systèmes de paiement : infrastructures, cadre juridique et réglementaire, innovation technologique (fintechs, monnaie mobile), envois de fonds internationaux et surveillance.',
          'Six éditions ont été menées depuis avril 2007 ; la sixième montre la progression des paiements scripturaux par habitant entre 2017 et 2020 et les écarts persistants dans les économies à revenu faible et intermédiaire.',
        ),
        eligibility: 'Rapports et données gratuits ; les banques centrales participent par l’intermédiaire de l’équipe des systèmes de paiement de la Banque mondiale.',
      },
      es: {
        title: 'Encuesta Mundial sobre Sistemas de Pago (GPSS)',
        summary:
          'Encuesta del Banco Mundial a los bancos centrales, realizada desde 2007, sobre el estado de los sistemas de pago nacionales: infraestructura, marco jurídico y vigilancia, innovación y remesas.',
        description: md(
          'La GPSS pregunta a los bancos centrales por todos los aspectos de sus sistemas de pago: infraestructura, marco jurídico y regulatorio, innovación tecnológica (fintech, dinero móvil), remesas internacionales y vigilancia.',
          'Se han realizado seis ediciones desde abril de 2007; la sexta muestra el aumento de los pagos sin efectivo por persona entre 2017 y 2020 y las brechas que persisten en las economías de ingreso bajo y mediano.',
        ),
        eligibility: 'Informes y datos gratuitos; los bancos centrales participan a través del equipo de sistemas de pago del Banco Mundial.',
      },
    },
    source: `World Bank GPSS brief (2016, 2018 and 2024 versions, contact paymentsystems@worldbank.org) and World Bank blog "A survey of the global payment systems in six charts" (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'cgap-agent-networks-research',
    kind: 'research',
    organisations: ['cgap'],
    policyAreas: ['payment-solutions'],
    beneficiaries: ['governments', 'consumers'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.cgap.org/topics/collections/agent-networks-digital-financial-inclusion', viaHub: false },
    link: 'https://www.cgap.org/topics/collections/agent-networks-digital-financial-inclusion',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'CGAP research on agent networks for digital financial inclusion',
        summary:
          'CGAP’s research and guidance on cash-in/cash-out agents, the shops that let mobile money users turn cash into digital money and back, with reading decks for policy makers, regulators and providers.',
        description: md(
          'Most users of digital financial services still live in cash-based economies and need a cheap, nearby place to deposit and withdraw cash. CGAP, with support from the Bill & Melinda Gates Foundation, identified global principles for building viable agent networks in rural areas and studied how China, Colombia, India, Indonesia and Kenya extended them (Agent Network Journeys Toward the Last Mile, 2020).',
          'The collection includes reading decks for policy makers, regulators and providers on rural agent networks, a technical note for funders (2022), webinars and blog posts. CGAP also publishes on instant payments and merchants, payment initiation and data for inclusive finance.',
        ),
        eligibility: 'Free to read and download from the CGAP site.',
      },
      fr: {
        title: 'Recherches du CGAP sur les réseaux d’agents pour l’inclusion financière numérique',
        summary:
          'Travaux et orientations du CGAP sur les agents de dépôt et de retrait, ces commerces où les usagers de la monnaie mobile changent leurs espèces en monnaie numérique et inversement.',
        description: md(
          'La plupart des usagers des services financiers numériques vivent dans des économies où l’espèce domine et ont besoin d’un point proche et peu coûteux pour déposer et retirer. Avec l’appui de la Fondation Bill & Melinda Gates, le CGAP a défini des principes pour des réseaux d’agents viables en zone rurale et étudié les parcours de la Chine, de la Colombie, de l’Inde, de l’Indonésie et du Kenya (2020).',
          'La collection comprend des présentations pour décideurs, régulateurs et fournisseurs, une note technique pour les bailleurs (2022), des webinaires et des billets sur les paiements instantanés et les commerçants.',
        ),
        eligibility: 'Lecture et téléchargement gratuits sur le site du CGAP.',
      },
      es: {
        title: 'Investigación del CGAP sobre redes de agentes para la inclusión financiera digital',
        summary:
          'Estudios y orientaciones del CGAP sobre los agentes de depósito y retiro, los comercios donde los usuarios del dinero móvil convierten efectivo en dinero digital y viceversa.',
        description: md(
          'La mayoría de los usuarios de servicios financieros digitales vive en economías basadas en el efectivo y necesita un lugar cercano y barato para depositar y retirar. Con el apoyo de la Fundación Bill y Melinda Gates, el CGAP definió principios para redes de agentes viables en zonas rurales y estudió la experiencia de China, Colombia, la India, Indonesia y Kenya (2020).',
          'La colección incluye presentaciones para responsables de políticas, reguladores y proveedores, una nota técnica para financiadores (2022), seminarios web y artículos sobre pagos instantáneos y comercios.',
        ),
        eligibility: 'Lectura y descarga gratuitas en el sitio del CGAP.',
      },
    },
    source: `CGAP collection pages "Agent Networks for Digital Financial Inclusion" and "CICO rural agent networks — knowledge", CGAP focus note of December 2020, World Bank/CGAP technical note of August 2022 (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'uncdf-inclusive-digital-economy-scorecard',
    kind: 'tool',
    organisations: ['uncdf'],
    policyAreas: ['payment-solutions', 'readiness-assessment'],
    beneficiaries: ['governments'],
    coverage: ['002', '142', '009'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://ides.uncdf.org', viaHub: true },
    link: 'https://ides.uncdf.org',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Inclusive Digital Economy Scorecard (IDES)',
        summary:
          'A UNCDF policy tool with which governments measure their digital economy, including digital payments and interoperability, and see who it leaves out, to set priorities for reform.',
        description: md(
          'The IDES scores a country on four building blocks: policy and regulation (including rules for digital finance), infrastructure (ID, electricity, phones, network coverage and the digital payment ecosystem, with its interoperability and openness to third parties), innovation, and skills. It also measures inclusion of women, youth, older people, refugees, migrants, MSMEs, rural people and persons with disabilities.',
          'UNCDF country teams collect the data with governments each year; by 2024 the scorecard had been used in 33 countries in Africa, Asia and the Pacific, for example by Zambia and the Solomon Islands to shape national digital economy and financial inclusion strategies.',
        ),
        eligibility: 'For governments, especially of least developed countries, working with UNCDF; scores and methodology are public and free.',
      },
      fr: {
        title: 'Tableau de bord de l’économie numérique inclusive (IDES)',
        summary:
          'Outil du FENU avec lequel les gouvernements mesurent leur économie numérique, y compris paiements numériques et interopérabilité, et voient qui en est exclu, pour fixer leurs priorités.',
        description: md(
          'L’IDES note un pays sur quatre piliers : politiques et réglementation (dont la finance numérique), infrastructures (identité, électricité, téléphones, couverture, écosystème des paiements numériques et son interopérabilité), innovation et compétences. Il mesure aussi l’inclusion des femmes, des jeunes, des personnes âgées, des réfugiés, des migrants, des MPME, des populations rurales et des personnes handicapées.',
          'Les équipes du FENU collectent les données avec les gouvernements chaque année ; en 2024, l’outil était utilisé dans 33 pays d’Afrique, d’Asie et du Pacifique.',
        ),
        eligibility: 'Pour les gouvernements, notamment des PMA, qui travaillent avec le FENU ; résultats et méthodologie publics et gratuits.',
      },
      es: {
        title: 'Cuadro de mando de la economía digital inclusiva (IDES)',
        summary:
          'Herramienta del FNUDC con la que los gobiernos miden su economía digital, incluidos los pagos digitales y la interoperabilidad, y ven a quién deja fuera, para fijar prioridades.',
        description: md(
          'El IDES puntúa a un país en cuatro pilares: políticas y regulación (incluidas las finanzas digitales), infraestructura (identidad, electricidad, teléfonos, cobertura y ecosistema de pagos digitales con su interoperabilidad), innovación y competencias. También mide la inclusión de mujeres, jóvenes, personas mayores, refugiados, migrantes, mipymes, población rural y personas con discapacidad.',
          'Los equipos del FNUDC recopilan los datos con los gobiernos cada año; en 2024 la herramienta se usaba en 33 países de África, Asia y el Pacífico.',
        ),
        eligibility: 'Para gobiernos, sobre todo de PMA, que trabajan con el FNUDC; resultados y metodología públicos y gratuitos.',
      },
    },
    source: `UNCDF IDES site (home page and methodology), UNCDF article "From Insights to Impact: Evaluating 4 years of progress with the IDES" (33 countries), OECD Development Co-operation Report 2021 chapter by UNCDF (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'upu-financial-inclusion-technical-assistance-facility',
    kind: 'technical-assistance',
    organisations: ['upu'],
    policyAreas: ['payment-solutions'],
    beneficiaries: ['postal-operators', 'consumers', 'msmes'],
    coverage: ['001'],
    languages: ['en', 'fr'],
    cost: 'varies',
    access: { applyUrl: 'https://www.upu.int/en/fitaf', viaHub: true },
    link: 'https://www.upu.int/en/fitaf',
    startsOn: '2018',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UPU Financial Inclusion Technical Assistance Facility (FITAF)',
        summary:
          'A UPU facility, set up with the Gates Foundation and Visa, that helped postal operators launch digital financial services, mainly mobile payments, through calls for projects from 2018.',
        description: md(
          'Posts already provide financial services to more than a billion people. FITAF was created to help them go digital: the UPU selected postal operators through calls for projects and gave them technical assistance and part of the funding to design and launch services such as mobile money wallets, digital savings accounts, mobile banking and digital finance strategies, with the aim of about 20 projects by the end of 2020.',
          'The first call (announced in 2018) selected the Posts of Benin, Côte d’Ivoire, Ghana, Kiribati, Nauru, Pakistan, Rwanda, Tonga and Viet Nam; the second (2019) added Burkina Faso, Egypt, Grenada, Kyrgyzstan, Mongolia, Morocco, Nigeria and Tunisia, and a third call was launched for selection at the end of 2020. Check the UPU site for any current call.',
        ),
        eligibility:
          'For designated postal operators of UPU member countries, selected through a call for projects. Criteria included management and government commitment, a legal framework allowing the Post to offer digital financial services, and co-funding of 20 % of costs.',
      },
      fr: {
        title: 'Fonds d’assistance technique pour l’inclusion financière de l’UPU (FITAF)',
        summary:
          'Dispositif de l’UPU, créé avec la Fondation Gates et Visa, qui a aidé des opérateurs postaux à lancer des services financiers numériques, surtout des paiements mobiles, par appels à projets à partir de 2018.',
        description: md(
          'Les postes offrent déjà des services financiers à plus d’un milliard de personnes. Le FITAF devait les aider à passer au numérique : l’UPU a sélectionné des opérateurs postaux par appels à projets et leur a apporté assistance technique et cofinancement pour lancer portefeuilles de monnaie mobile, comptes d’épargne numériques et stratégies de finance numérique, avec l’objectif d’une vingtaine de projets fin 2020.',
          'Le premier appel a retenu les postes du Bénin, de Côte d’Ivoire, du Ghana, de Kiribati, de Nauru, du Pakistan, du Rwanda, des Tonga et du Viet Nam ; le deuxième (2019) celles du Burkina Faso, d’Égypte, de la Grenade, du Kirghizistan, de Mongolie, du Maroc, du Nigéria et de Tunisie. Consulter le site de l’UPU pour tout appel en cours.',
        ),
        eligibility:
          'Pour les opérateurs postaux désignés des pays membres de l’UPU, retenus sur appel à projets ; critères : engagement de la direction et du gouvernement, cadre juridique adapté, cofinancement de 20 % des coûts.',
      },
      es: {
        title: 'Mecanismo de Asistencia Técnica para la Inclusión Financiera de la UPU (FITAF)',
        summary:
          'Mecanismo de la UPU, creado con la Fundación Gates y Visa, que ayudó a operadores postales a lanzar servicios financieros digitales, sobre todo pagos con dinero móvil, mediante convocatorias desde 2018.',
        description: md(
          'Los correos ya prestan servicios financieros a más de mil millones de personas. El FITAF se creó para ayudarlos a digitalizarse: la UPU seleccionó operadores postales mediante convocatorias y les dio asistencia técnica y parte de la financiación para lanzar billeteras de dinero móvil, cuentas de ahorro digitales y estrategias de finanzas digitales, con la meta de unos 20 proyectos a fines de 2020.',
          'La primera convocatoria eligió a los correos de Benin, Côte d’Ivoire, Ghana, Kiribati, Nauru, el Pakistán, Rwanda, Tonga y Viet Nam; la segunda (2019), a los de Burkina Faso, Egipto, Granada, Kirguistán, Mongolia, Marruecos, Nigeria y Túnez. Consulte el sitio de la UPU por si hay una convocatoria abierta.',
        ),
        eligibility:
          'Para los operadores postales designados de los países miembros de la UPU, elegidos por convocatoria; criterios: compromiso de la dirección y del gobierno, marco jurídico adecuado y cofinanciación del 20 % de los costos.',
      },
    },
    source: `UPU financial inclusion page, eTrade for all news item "Financial Inclusion Technical Assistance Facility" (criteria, 20 % co-funding), UPU announcements relayed by FinDev Gateway (2018) and IFC Review (November 2019) (${checked}). Whether a call is open now was not confirmed.`,
  },

  // ——— Digital finance for the SDGs and Latin America ———
  {
    type: 'resource',
    slug: 'peoples-money-digital-financing-sdgs',
    kind: 'report',
    organisations: ['undp'],
    policyAreas: ['payment-solutions', 'access-to-financing'],
    beneficiaries: ['governments', 'msmes'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://digitalfinancingtaskforce.org', viaHub: false },
    link: 'https://digitalfinancingtaskforce.org',
    documentUrl: null,
    publishedOn: '2020-08-26',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'People’s Money: Harnessing Digitalization to Finance a Sustainable Future',
        summary:
          'The 2020 final report of the UN Secretary-General’s Task Force on Digital Financing of the SDGs, with an action agenda that includes faster, cheaper digital finance for small businesses.',
        description: md(
          'The Secretary-General set up the Task Force in late 2018, co-chaired by the UNDP Administrator, as part of his roadmap for financing the 2030 Agenda. Its final report argues that digitalisation can give citizens more say over how their money, as taxpayers, savers and consumers, is used, and sets out five catalytic opportunities: aligning global capital markets with the SDGs; more effective and accountable public finance; channelling digitally aggregated domestic savings into long-term investment; helping consumers link their spending to the SDGs; and accelerating financing for small and medium-sized enterprises.',
          'It notes how mobile payments and digital transfers became a lifeline during the COVID-19 pandemic and calls for inclusive digital finance that also closes the gender gap.',
        ),
        eligibility: 'Free to read and download.',
      },
      fr: {
        title: 'People’s Money : mettre la numérisation au service d’un avenir durable',
        summary:
          'Rapport final (2020) du groupe de travail du Secrétaire général sur le financement numérique des ODD, avec un programme d’action dont un financement numérique plus rapide et moins cher des PME.',
        description: md(
          'Le Secrétaire général a créé ce groupe de travail fin 2018, coprésidé par l’Administrateur du PNUD. Son rapport propose cinq leviers : aligner les marchés de capitaux sur les ODD, rendre les finances publiques plus efficaces et responsables, orienter l’épargne intérieure regroupée numériquement vers l’investissement de long terme, relier la consommation aux ODD, accélérer le financement des petites et moyennes entreprises.',
          'Il souligne le rôle vital des paiements mobiles pendant la pandémie de COVID-19.',
        ),
        eligibility: 'Consultation et téléchargement gratuits.',
      },
      es: {
        title: 'People’s Money: aprovechar la digitalización para financiar un futuro sostenible',
        summary:
          'Informe final (2020) del Grupo de Tareas del Secretario General sobre la Financiación Digital de los ODS, con una agenda que incluye financiación digital más rápida y barata para las pymes.',
        description: md(
          'El Secretario General creó el Grupo de Tareas a fines de 2018, copresidido por el Administrador del PNUD. Su informe propone cinco palancas: alinear los mercados de capitales con los ODS, hacer las finanzas públicas más eficaces y responsables, canalizar el ahorro interno agregado digitalmente hacia la inversión a largo plazo, vincular el consumo con los ODS y acelerar la financiación de las pequeñas y medianas empresas.',
          'Destaca el papel vital de los pagos móviles y el dinero móvil durante la pandemia de COVID-19.',
        ),
        eligibility: 'Lectura y descarga gratuitas.',
      },
    },
    source: `UN press release SG/SM/20221 (26 August 2020), IISD SDG Knowledge Hub summary, and the Task Force site (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'idb-fintech-latin-america-caribbean',
    kind: 'report',
    organisations: ['idb'],
    policyAreas: ['payment-solutions', 'access-to-financing'],
    beneficiaries: ['governments', 'msmes', 'researchers'],
    coverage: ['419'],
    languages: ['es', 'en'],
    cost: 'free',
    access: { applyUrl: 'https://publications.iadb.org', viaHub: false },
    link: 'https://publications.iadb.org',
    documentUrl: null,
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Fintech in Latin America and the Caribbean (IDB and Finnovista reports)',
        summary:
          'A series of reports by the Inter-American Development Bank and Finnovista that maps the region’s fintech platforms, from payments and digital wallets to lending for the unbanked and SMEs.',
        description: md(
          'The reports count and classify the fintech start-ups of Latin America and the Caribbean by country and segment: payments and remittances, digital wallets, lending, crowdfunding, enterprise finance and more. The fourth report counted 3,069 platforms at the end of 2023, against 703 in 2017; most target unbanked or underbanked people, with payment services prominent among those serving small businesses.',
          'The reports link growth to regulation: the fourth highlights fintech laws and rules adopted in Chile, Ecuador and Peru and Colombia’s framework for instant payments and open finance.',
        ),
        eligibility: 'Free to download from the IDB publications site.',
      },
      fr: {
        title: 'Les fintechs en Amérique latine et dans les Caraïbes (rapports de la BID et de Finnovista)',
        summary:
          'Série de rapports de la Banque interaméricaine de développement et de Finnovista qui recense les fintechs de la région, des paiements et portefeuilles numériques au crédit pour les non-bancarisés et les PME.',
        description: md(
          'Les rapports recensent et classent les jeunes pousses fintech d’Amérique latine et des Caraïbes par pays et par segment : paiements et envois de fonds, portefeuilles numériques, crédit, financement participatif, finance d’entreprise. Le quatrième rapport en comptait 3 069 fin 2023, contre 703 en 2017.',
          'Ils relient croissance et réglementation : le quatrième souligne les lois fintech du Chili, de l’Équateur et du Pérou et le cadre colombien de paiements instantanés et de finance ouverte.',
        ),
        eligibility: 'Téléchargement gratuit sur le site des publications de la BID.',
      },
      es: {
        title: 'Fintech en América Latina y el Caribe (informes del BID y Finnovista)',
        summary:
          'Serie de informes del Banco Interamericano de Desarrollo y Finnovista que mapea las fintech de la región, de los pagos y las billeteras digitales al crédito para no bancarizados y pymes.',
        description: md(
          'Los informes cuentan y clasifican las empresas emergentes fintech de América Latina y el Caribe por país y segmento: pagos y remesas, billeteras digitales, préstamos, financiación colectiva y finanzas empresariales. El cuarto informe contaba 3.069 plataformas a fines de 2023, frente a 703 en 2017; la mayoría se dirige a la población no bancarizada o infrabancarizada, y los servicios de pago destacan entre las que atienden a pequeñas empresas.',
          'Los informes vinculan el crecimiento con la regulación: el cuarto destaca las leyes fintech de Chile, el Ecuador y el Perú y el marco colombiano de pagos instantáneos y finanzas abiertas.',
        ),
        eligibility: 'Descarga gratuita en el sitio de publicaciones del BID.',
      },
    },
    source: `Reuters report (via MarketScreener, Spanish) on the fourth IDB–Finnovista fintech report (3,069 platforms in 2023, 703 in 2017), Statista summary of the 2022 report, IDB Invest blog on LAC financial transformation (${checked}). Link: the IDB publications site; the edition pages were not confirmed.`,
  },
];

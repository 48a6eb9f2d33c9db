import type { ItemSeed } from '../../../src/features/catalogue/types.js';
import { md } from './markdown.js';

/**
 * Legal and regulatory frameworks: the UNCITRAL texts on electronic commerce, data protection
 * conventions, consumer protection, cybercrime, trade rules on e-commerce and the tools that track
 * them. Each item was checked against the organisation's own page or a stored copy of the text
 * (see `source`); where no stable deep link was found, the link is the organisation's site and the
 * source says so. Wording is ours; French and Spanish titles follow the UN's official names.
 */

const checked = 'checked 2026-12-07';
const uncitralTexts = 'https://uncitral.un.org/en/texts/ecommerce';

const modelLawEligibility = {
  en: 'Free: any State may use the text when drafting or updating its laws. The UNCITRAL secretariat gives technical assistance on request; a government can also ask for help through the hub.',
  fr: "Gratuit : tout État peut s'inspirer du texte pour rédiger ou moderniser sa législation. Le secrétariat de la CNUDCI fournit une assistance technique sur demande ; un gouvernement peut aussi demander de l'aide par l'intermédiaire du hub.",
  es: 'Gratuito: cualquier Estado puede utilizar el texto para redactar o actualizar su legislación. La secretaría de la CNUDMI presta asistencia técnica a petición; un gobierno también puede solicitar ayuda a través del hub.',
};

export const legalItems: ItemSeed[] = [
  // ——— UNCITRAL texts on electronic commerce ———
  {
    type: 'resource',
    slug: 'uncitral-model-law-electronic-commerce',
    kind: 'guide',
    organisations: ['uncitral'],
    policyAreas: ['legal-regulatory'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es', 'ar', 'zh', 'ru'],
    cost: 'free',
    access: { applyUrl: 'https://uncitral.un.org/en/texts/ecommerce/modellaw/electronic_commerce', viaHub: true },
    link: 'https://uncitral.un.org/en/texts/ecommerce/modellaw/electronic_commerce',
    publishedOn: '1996',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UNCITRAL Model Law on Electronic Commerce (1996)',
        summary:
          'The most widely enacted UNCITRAL e-commerce text: it gives electronic information and transactions the same legal standing as paper (non-discrimination, functional equivalence, technology neutrality).',
        description: md(
          'Adopted in 1996, the Model Law sets rules for the equal treatment of electronic and paper-based information and for the legal recognition of electronic transactions and processes. It rests on three principles: information may not be denied legal effect only because it is in electronic form (non-discrimination); electronic records can meet legal requirements for "writing", "signature" or "original" (functional equivalence); and the rules do not favour any particular technology (technology neutrality).',
          'Article 5 bis on incorporation by reference was added in 1998. The Model Law is the basis of many national electronic transactions acts and is a usual starting point for countries whose eTrade Readiness Assessment finds gaps in e-transaction law.',
        ),
        eligibility: modelLawEligibility.en,
      },
      fr: {
        title: 'Loi type de la CNUDCI sur le commerce électronique (1996)',
        summary:
          "Le texte de la CNUDCI le plus adopté en matière de commerce électronique : il donne aux informations et transactions électroniques la même valeur juridique que le papier.",
        description: md(
          "Adoptée en 1996, la Loi type établit des règles pour l'égalité de traitement des informations sur support électronique et sur papier et pour la reconnaissance juridique des transactions et procédures électroniques. Elle repose sur trois principes : une information ne peut être privée d'effet juridique au seul motif qu'elle est sous forme électronique (non-discrimination) ; un enregistrement électronique peut satisfaire aux exigences d'« écrit », de « signature » ou d'« original » (équivalence fonctionnelle) ; et les règles ne favorisent aucune technologie particulière (neutralité technologique).",
          "L'article 5 bis sur l'incorporation par référence a été ajouté en 1998. La Loi type a inspiré de nombreuses lois nationales sur les transactions électroniques.",
        ),
        eligibility: modelLawEligibility.fr,
      },
      es: {
        title: 'Ley Modelo de la CNUDMI sobre Comercio Electrónico (1996)',
        summary:
          'El texto de la CNUDMI sobre comercio electrónico más incorporado: otorga a la información y las operaciones electrónicas el mismo valor jurídico que al papel.',
        description: md(
          'Aprobada en 1996, la Ley Modelo establece normas para la igualdad de trato de la información electrónica y en papel y para el reconocimiento jurídico de las operaciones y los procesos electrónicos. Se basa en tres principios: no se puede negar efecto jurídico a una información por el solo hecho de que esté en forma electrónica (no discriminación); un registro electrónico puede cumplir los requisitos de «escrito», «firma» u «original» (equivalencia funcional); y las normas no favorecen ninguna tecnología concreta (neutralidad tecnológica).',
          'El artículo 5 bis sobre la incorporación por remisión se añadió en 1998. La Ley Modelo ha inspirado muchas leyes nacionales sobre operaciones electrónicas.',
        ),
        eligibility: modelLawEligibility.es,
      },
    },
    source: `UNCITRAL, "Electronic Commerce" texts page (uncitral.un.org/texts/ecommerce) and stored copy of the Model Law with Guide to Enactment (1996, with article 5 bis as adopted in 1998) (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'uncitral-model-law-electronic-signatures',
    kind: 'guide',
    organisations: ['uncitral'],
    policyAreas: ['legal-regulatory'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es', 'ar', 'zh', 'ru'],
    cost: 'free',
    access: { applyUrl: 'https://uncitral.un.org/en/texts/ecommerce/modellaw/electronic_signatures', viaHub: true },
    link: 'https://uncitral.un.org/en/texts/ecommerce/modellaw/electronic_signatures',
    publishedOn: '2001',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UNCITRAL Model Law on Electronic Signatures (2001)',
        summary:
          'Model provisions, with a guide to enactment, on when an electronic signature meets a legal requirement for a signature and on the conduct expected of signatories, certification service providers and relying parties.',
        description: md(
          'The Model Law builds on the Model Law on Electronic Commerce with more detailed rules on electronic signatures. It treats signature technologies equally, sets criteria under which an electronic signature is considered reliable enough to satisfy a legal requirement for a signature, and describes the duties of the signatory, of certification service providers and of parties relying on a signature. It also deals with the recognition of foreign certificates and signatures.',
          'It is published together with a Guide to Enactment that explains each article for legislators.',
        ),
        eligibility: modelLawEligibility.en,
      },
      fr: {
        title: 'Loi type de la CNUDCI sur les signatures électroniques (2001)',
        summary:
          "Dispositions types, avec un guide pour leur incorporation, sur les conditions dans lesquelles une signature électronique vaut signature et sur les obligations des parties concernées.",
        description: md(
          "La Loi type complète la Loi type sur le commerce électronique par des règles plus détaillées sur les signatures électroniques. Elle traite sur un pied d'égalité les différentes techniques de signature, fixe les critères de fiabilité permettant à une signature électronique de satisfaire à l'exigence légale d'une signature et décrit les obligations du signataire, des prestataires de services de certification et des parties qui se fient à la signature. Elle aborde aussi la reconnaissance des certificats et signatures étrangers.",
        ),
        eligibility: modelLawEligibility.fr,
      },
      es: {
        title: 'Ley Modelo de la CNUDMI sobre las Firmas Electrónicas (2001)',
        summary:
          'Disposiciones modelo, con una guía para su incorporación, sobre cuándo una firma electrónica cumple el requisito de firma y sobre las obligaciones de las partes implicadas.',
        description: md(
          'La Ley Modelo complementa la Ley Modelo sobre Comercio Electrónico con normas más detalladas sobre las firmas electrónicas. Da igual trato a las distintas técnicas de firma, fija criterios de fiabilidad para que una firma electrónica cumpla el requisito legal de firma y describe las obligaciones del firmante, de los prestadores de servicios de certificación y de las partes que confían en la firma. También aborda el reconocimiento de certificados y firmas extranjeros.',
        ),
        eligibility: modelLawEligibility.es,
      },
    },
    source: `UNCITRAL, "Electronic Commerce" texts page and stored copy of the Model Law on Electronic Signatures with Guide to Enactment 2001 (United Nations, 2002) (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'un-electronic-communications-convention',
    kind: 'guide',
    organisations: ['uncitral'],
    policyAreas: ['legal-regulatory'],
    beneficiaries: ['governments', 'msmes'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es', 'ar', 'zh', 'ru'],
    cost: 'free',
    access: { applyUrl: 'https://uncitral.un.org/en/texts/ecommerce/conventions/electronic_communications', viaHub: true },
    link: 'https://uncitral.un.org/en/texts/ecommerce/conventions/electronic_communications',
    publishedOn: '2005',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'United Nations Convention on the Use of Electronic Communications in International Contracts (New York, 2005)',
        summary:
          'The first treaty giving legal certainty to electronic contracting in international trade; in force since 1 March 2013, it is open to accession by any State.',
        description: md(
          'The Electronic Communications Convention builds on earlier UNCITRAL texts to remove legal obstacles to the use of electronic communications in international contracts, including obstacles arising from treaties concluded before electronic media were widespread. For instance, it confirms that electronic communications can satisfy the form requirements of the New York Convention on arbitral awards (1958) and of the United Nations Convention on Contracts for the International Sale of Goods (1980). It also contains a provision on the cross-border recognition of electronic signatures.',
          'The Convention entered into force on 1 March 2013. The status of signatures and ratifications is kept up to date on the UNCITRAL page and in the United Nations Treaty Collection.',
        ),
        eligibility: 'Open to accession by any State; the text is free. Governments considering accession can ask the UNCITRAL secretariat for technical assistance, or ask through the hub.',
      },
      fr: {
        title: "Convention des Nations Unies sur l'utilisation de communications électroniques dans les contrats internationaux (New York, 2005)",
        summary:
          "Premier traité apportant la sécurité juridique aux contrats conclus par voie électronique dans le commerce international ; en vigueur depuis le 1er mars 2013, elle est ouverte à l'adhésion de tout État.",
        description: md(
          "La Convention lève les obstacles juridiques à l'utilisation des communications électroniques dans les contrats internationaux, y compris ceux qui découlent de traités antérieurs à la généralisation des supports électroniques. Elle confirme par exemple que les communications électroniques peuvent satisfaire aux exigences de forme de la Convention de New York sur les sentences arbitrales (1958) et de la Convention des Nations Unies sur les contrats de vente internationale de marchandises (1980). Elle contient aussi une disposition sur la reconnaissance internationale des signatures électroniques.",
          'La Convention est entrée en vigueur le 1er mars 2013.',
        ),
        eligibility:
          "Ouverte à l'adhésion de tout État ; le texte est gratuit. Les gouvernements qui envisagent d'y adhérer peuvent demander une assistance technique au secrétariat de la CNUDCI ou passer par le hub.",
      },
      es: {
        title: 'Convención de las Naciones Unidas sobre la Utilización de las Comunicaciones Electrónicas en los Contratos Internacionales (Nueva York, 2005)',
        summary:
          'Primer tratado que aporta seguridad jurídica a la contratación electrónica en el comercio internacional; en vigor desde el 1 de marzo de 2013, está abierta a la adhesión de cualquier Estado.',
        description: md(
          'La Convención elimina obstáculos jurídicos a la utilización de las comunicaciones electrónicas en los contratos internacionales, incluidos los derivados de tratados anteriores a la generalización de los medios electrónicos. Confirma, por ejemplo, que las comunicaciones electrónicas pueden cumplir los requisitos de forma de la Convención de Nueva York sobre laudos arbitrales (1958) y de la Convención de las Naciones Unidas sobre los Contratos de Compraventa Internacional de Mercaderías (1980). También contiene una disposición sobre el reconocimiento transfronterizo de las firmas electrónicas.',
          'La Convención entró en vigor el 1 de marzo de 2013.',
        ),
        eligibility:
          'Abierta a la adhesión de cualquier Estado; el texto es gratuito. Los gobiernos que estudien adherirse pueden solicitar asistencia técnica a la secretaría de la CNUDMI o a través del hub.',
      },
    },
    source: `UNCITRAL, "Electronic Commerce" texts page and status page of the Convention; UN Information Service press release UNIS/L/181 (1 March 2013) on its entry into force (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'uncitral-model-law-electronic-transferable-records',
    kind: 'guide',
    organisations: ['uncitral'],
    policyAreas: ['legal-regulatory', 'trade-logistics'],
    beneficiaries: ['governments', 'customs-border-agencies', 'msmes'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es', 'ar', 'zh', 'ru'],
    cost: 'free',
    access: { applyUrl: 'https://uncitral.un.org/en/texts/ecommerce/modellaw/electronic_transferable_records', viaHub: true },
    link: 'https://uncitral.un.org/en/texts/ecommerce/modellaw/electronic_transferable_records',
    publishedOn: '2017',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UNCITRAL Model Law on Electronic Transferable Records (2017)',
        summary:
          'Model provisions that let bills of lading, bills of exchange, promissory notes, cheques and warehouse receipts exist and be transferred electronically, control of a record replacing possession of paper.',
        description: md(
          'Transferable documents and instruments entitle their holder to claim delivery of goods or payment of money. Because the law has tied these rights to possession of a paper original, they were hard to use electronically. The Model Law closes that gap: it sets the conditions under which an electronic record is the functional equivalent of a transferable document, with the notion of control replacing possession, and it applies the same principles of non-discrimination, functional equivalence and technology neutrality as the earlier UNCITRAL texts.',
          'National law still decides which documents are transferable; the Model Law only enables their electronic use. Digitalising trade documents in this way supports paperless trade and trade finance.',
        ),
        eligibility: modelLawEligibility.en,
      },
      fr: {
        title: 'Loi type de la CNUDCI sur les documents transférables électroniques (2017)',
        summary:
          "Dispositions types permettant aux connaissements, lettres de change, chèques et autres titres d'exister et d'être transférés sous forme électronique, le contrôle remplaçant la possession.",
        description: md(
          "Les documents et instruments transférables donnent à leur détenteur le droit de réclamer la livraison de marchandises ou le paiement d'une somme d'argent. Ce droit étant lié à la possession d'un original papier, leur utilisation électronique était difficile. La Loi type comble cette lacune : elle fixe les conditions dans lesquelles un enregistrement électronique est l'équivalent fonctionnel d'un document transférable, la notion de contrôle remplaçant celle de possession, selon les mêmes principes que les textes antérieurs de la CNUDCI.",
          "C'est le droit national qui détermine quels documents sont transférables ; la Loi type permet seulement leur utilisation électronique.",
        ),
        eligibility: modelLawEligibility.fr,
      },
      es: {
        title: 'Ley Modelo de la CNUDMI sobre Documentos Transmisibles Electrónicos (2017)',
        summary:
          'Disposiciones modelo que permiten que conocimientos de embarque, letras de cambio, cheques y otros títulos existan y se transfieran electrónicamente, sustituyendo la posesión por el control.',
        description: md(
          'Los documentos y títulos transmisibles facultan a su tenedor para reclamar la entrega de mercancías o el pago de una suma de dinero. Como ese derecho se vinculaba a la posesión de un original en papel, su uso electrónico era difícil. La Ley Modelo colma esa laguna: fija las condiciones en que un registro electrónico es el equivalente funcional de un documento transmisible, con la noción de control en lugar de la de posesión, conforme a los mismos principios que los textos anteriores de la CNUDMI.',
          'Es el derecho nacional el que determina qué documentos son transmisibles; la Ley Modelo solo permite su utilización electrónica.',
        ),
        eligibility: modelLawEligibility.es,
      },
    },
    source: `UNCITRAL, "Electronic Commerce" texts page (the 2017 Model Law applies to bills of lading, bills of exchange, cheques, promissory notes and warehouse receipts) and the Model Law's page on uncitral.un.org (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'uncitral-model-law-identity-management-trust-services',
    kind: 'guide',
    organisations: ['uncitral'],
    policyAreas: ['legal-regulatory', 'ict-infrastructure'],
    beneficiaries: ['governments', 'msmes'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es', 'ar', 'zh', 'ru'],
    cost: 'free',
    access: { applyUrl: 'https://uncitral.un.org/en/mlit', viaHub: true },
    link: 'https://uncitral.un.org/en/mlit',
    publishedOn: '2022-07-07',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UNCITRAL Model Law on the Use and Cross-border Recognition of Identity Management and Trust Services (2022)',
        summary:
          'The first global legislative text on identity management and trust services: it gives legal effect to online identification and trust services and helps countries recognise them across borders.',
        description: md(
          'Adopted on 7 July 2022, the Model Law (MLIT) legally enables the use of identity management services to identify physical and legal persons online, and of trust services that give assurance about the quality of data in electronic form, such as its origin and integrity. It also offers mechanisms for the cross-border recognition of these services.',
          'It has four chapters: general provisions, identity management, trust services and cross-border recognition. It does not affect other laws, such as those on data privacy and protection, and it complements UNCITRAL\'s earlier texts on electronic commerce.',
        ),
        eligibility: modelLawEligibility.en,
      },
      fr: {
        title: "Loi type de la CNUDCI sur l'utilisation et la reconnaissance internationale de la gestion de l'identité et des services de confiance (2022)",
        summary:
          "Premier texte législatif mondial sur la gestion de l'identité et les services de confiance : il leur donne un effet juridique et facilite leur reconnaissance par-delà les frontières.",
        description: md(
          "Adoptée le 7 juillet 2022, la Loi type permet juridiquement l'utilisation de services de gestion de l'identité pour identifier en ligne les personnes physiques et morales, et de services de confiance qui donnent des garanties sur la qualité des données électroniques, par exemple leur origine et leur intégrité. Elle prévoit aussi des mécanismes de reconnaissance internationale de ces services.",
          "Elle comprend quatre chapitres : dispositions générales, gestion de l'identité, services de confiance et reconnaissance internationale. Elle est sans incidence sur les autres lois, notamment celles relatives à la protection des données.",
        ),
        eligibility: modelLawEligibility.fr,
      },
      es: {
        title: 'Ley Modelo de la CNUDMI sobre la Utilización y el Reconocimiento Transfronterizo de la Gestión de la Identidad y los Servicios de Confianza (2022)',
        summary:
          'Primer texto legislativo mundial sobre gestión de la identidad y servicios de confianza: les da efecto jurídico y facilita su reconocimiento transfronterizo.',
        description: md(
          'Aprobada el 7 de julio de 2022, la Ley Modelo habilita jurídicamente el uso de servicios de gestión de la identidad para identificar en línea a personas físicas y jurídicas, y de servicios de confianza que dan garantías sobre la calidad de los datos electrónicos, como su origen e integridad. También prevé mecanismos para el reconocimiento transfronterizo de esos servicios.',
          'Consta de cuatro capítulos: disposiciones generales, gestión de la identidad, servicios de confianza y reconocimiento transfronterizo. No afecta a otras leyes, como las de protección de datos.',
        ),
        eligibility: modelLawEligibility.es,
      },
    },
    source: `UNCITRAL, page of the Model Law (uncitral.un.org/en/mlit): date of adoption 7 July 2022, purpose and structure (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'uncitral-technical-notes-online-dispute-resolution',
    kind: 'guide',
    organisations: ['uncitral'],
    policyAreas: ['legal-regulatory'],
    beneficiaries: ['governments', 'consumers', 'msmes'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es', 'ar', 'zh', 'ru'],
    cost: 'free',
    access: { applyUrl: 'https://uncitral.un.org/texts/onlinedispute', viaHub: true },
    link: 'https://uncitral.un.org/texts/onlinedispute',
    publishedOn: '2016',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UNCITRAL Technical Notes on Online Dispute Resolution (2016)',
        summary:
          'A non-binding description of the elements of an online dispute resolution (ODR) process for cross-border e-commerce disputes, meant to help States, ODR platforms and administrators design fair and transparent systems.',
        description: md(
          'Cross-border online sales produce many disputes over small amounts, which courts are ill-suited to resolve. In 2016 UNCITRAL adopted the Technical Notes on Online Dispute Resolution to assist States (in particular developing countries and economies in transition), ODR administrators, platforms, neutrals and parties in developing and using ODR systems.',
          'The Notes are descriptive and non-binding. They reflect the principles of fairness, transparency, due process and accountability, and cover the stages of an ODR process from negotiation to facilitated settlement.',
        ),
        eligibility: 'Free to use by governments, ODR providers and platforms; no conditions apply.',
      },
      fr: {
        title: 'Notes techniques de la CNUDCI sur le règlement des litiges en ligne (2016)',
        summary:
          "Description non contraignante d'une procédure de règlement des litiges en ligne pour le commerce électronique transfrontière, pour aider à concevoir des systèmes équitables et transparents.",
        description: md(
          "En 2016, la CNUDCI a adopté les Notes techniques sur le règlement des litiges en ligne pour aider les États (en particulier les pays en développement et les pays en transition), les administrateurs, les plateformes, les tiers neutres et les parties à concevoir et utiliser de tels systèmes. Descriptives et non contraignantes, elles reposent sur les principes d'équité, de transparence, de respect des garanties procédurales et de responsabilité.",
        ),
        eligibility: "Utilisation libre et gratuite par les gouvernements, les prestataires et les plateformes de règlement des litiges en ligne.",
      },
      es: {
        title: 'Notas Técnicas de la CNUDMI sobre la Solución de Controversias en Línea (2016)',
        summary:
          'Descripción no vinculante de un procedimiento de solución de controversias en línea para el comercio electrónico transfronterizo, para ayudar a diseñar sistemas justos y transparentes.',
        description: md(
          'En 2016 la CNUDMI aprobó las Notas Técnicas sobre la Solución de Controversias en Línea para ayudar a los Estados (en particular a los países en desarrollo y con economías en transición), a los administradores, plataformas, terceros neutrales y partes a desarrollar y utilizar esos sistemas. Son descriptivas y no vinculantes, y reflejan los principios de equidad, transparencia, debido proceso y rendición de cuentas.',
        ),
        eligibility: 'Uso libre y gratuito por gobiernos, proveedores y plataformas de solución de controversias en línea.',
      },
    },
    source: `UNCITRAL, "Online Dispute Resolution" texts page (uncitral.un.org/texts/onlinedispute) and stored copy of the Technical Notes (United Nations, 2017) (${checked}).`,
  },

  // ——— Data protection ———
  {
    type: 'resource',
    slug: 'council-of-europe-convention-108-plus',
    kind: 'guide',
    organisations: ['council-of-europe'],
    policyAreas: ['legal-regulatory'],
    beneficiaries: ['governments', 'consumers'],
    coverage: ['001'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://www.coe.int/en/web/data-protection', viaHub: true },
    link: 'https://www.coe.int/en/web/data-protection',
    publishedOn: '2018-05-18',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Convention 108+: modernised Council of Europe Convention on the protection of personal data',
        summary:
          'The only binding international treaty on personal data protection open to any country in the world, modernised by the 2018 amending Protocol (CETS No. 223).',
        description: md(
          'The Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data (Convention 108) was opened for signature in 1981 and is open to countries outside Europe. The Protocol amending it (CETS No. 223), adopted by the Committee of Ministers on 18 May 2018, produced the modernised "Convention 108+".',
          'The modernised text strengthens data protection principles, adds safeguards for new technologies and practices, aims to ensure that personal data crossing borders keep appropriate protection, and broadens the role of the Convention Committee in following how parties implement it.',
        ),
        eligibility: 'Any State can ask to accede, including States outside Europe; the text and guidance are free. Governments drafting data protection laws can ask the Council of Europe for advice, or ask through the hub.',
      },
      fr: {
        title: 'Convention 108+ : Convention modernisée du Conseil de l\'Europe pour la protection des données à caractère personnel',
        summary:
          "Seul traité international contraignant sur la protection des données personnelles ouvert à tous les pays du monde, modernisé par le Protocole d'amendement de 2018 (STCE n° 223).",
        description: md(
          "La Convention pour la protection des personnes à l'égard du traitement automatisé des données à caractère personnel (Convention 108) a été ouverte à la signature en 1981 et est ouverte aux pays non européens. Le Protocole d'amendement (STCE n° 223), adopté par le Comité des Ministres le 18 mai 2018, a donné naissance à la « Convention 108+ ».",
          "Le texte modernisé renforce les principes de protection des données, ajoute des garanties face aux nouvelles technologies, vise à assurer une protection appropriée des données transférées par-delà les frontières et élargit le rôle du Comité de la Convention dans le suivi de sa mise en œuvre.",
        ),
        eligibility:
          "Tout État peut demander à y adhérer, y compris hors d'Europe ; le texte et les orientations sont gratuits. Les gouvernements qui élaborent une loi sur la protection des données peuvent solliciter l'avis du Conseil de l'Europe ou passer par le hub.",
      },
      es: {
        title: 'Convenio 108+: Convenio modernizado del Consejo de Europa para la protección de los datos personales',
        summary:
          'El único tratado internacional vinculante sobre protección de datos personales abierto a cualquier país del mundo, modernizado por el Protocolo de enmienda de 2018 (STCE n.º 223).',
        description: md(
          'El Convenio para la protección de las personas con respecto al tratamiento automatizado de datos de carácter personal (Convenio 108) se abrió a la firma en 1981 y está abierto a países de fuera de Europa. El Protocolo de enmienda (STCE n.º 223), aprobado por el Comité de Ministros el 18 de mayo de 2018, dio lugar al «Convenio 108+».',
          'El texto modernizado refuerza los principios de protección de datos, añade garantías frente a las nuevas tecnologías, busca asegurar una protección adecuada de los datos que cruzan fronteras y amplía el papel del Comité del Convenio en el seguimiento de su aplicación.',
        ),
        eligibility:
          'Cualquier Estado puede solicitar la adhesión, también fuera de Europa; el texto y las orientaciones son gratuitos. Los gobiernos que redacten leyes de protección de datos pueden pedir asesoramiento al Consejo de Europa o solicitarlo a través del hub.',
      },
    },
    source: `Council of Europe, "Modernisation of Convention 108" (adoption of CETS No. 223 on 18 May 2018) and news of the opening for signature (coe.int) (${checked}). Link: the Council of Europe's data protection site.`,
  },
  {
    type: 'resource',
    slug: 'au-malabo-convention-cyber-security-personal-data',
    kind: 'guide',
    organisations: ['african-union'],
    policyAreas: ['legal-regulatory'],
    beneficiaries: ['governments', 'consumers'],
    coverage: ['002'],
    languages: ['en', 'fr', 'ar', 'pt'],
    cost: 'free',
    access: { applyUrl: 'https://au.int/en/treaties/african-union-convention-cyber-security-and-personal-data-protection', viaHub: true },
    link: 'https://au.int/en/treaties/african-union-convention-cyber-security-and-personal-data-protection',
    publishedOn: '2014-06-27',
    startsOn: '2023-06-08',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'African Union Convention on Cyber Security and Personal Data Protection (Malabo Convention)',
        summary:
          'The African Union treaty covering electronic transactions, personal data protection and cybercrime; adopted in 2014, it entered into force on 8 June 2023.',
        description: md(
          'Adopted in Malabo in 2014, the Convention gives African Union member States a common legal framework in three areas: electronic transactions (including electronic contracts, online advertising and the security of electronic payments); personal data protection, with national data protection authorities; and cybersecurity and cybercrime, including national cybersecurity strategies.',
          'It entered into force on 8 June 2023, thirty days after the fifteenth ratification. Its status (signatures and ratifications) is published on the African Union treaty page.',
        ),
        eligibility: 'Open to African Union member States; the text is free. A government preparing ratification or matching laws can ask for support through the hub.',
      },
      fr: {
        title: "Convention de l'Union africaine sur la cybersécurité et la protection des données à caractère personnel (Convention de Malabo)",
        summary:
          "Traité de l'Union africaine sur les transactions électroniques, la protection des données personnelles et la cybercriminalité ; adoptée en 2014, elle est entrée en vigueur le 8 juin 2023.",
        description: md(
          "Adoptée à Malabo en 2014, la Convention donne aux États membres de l'Union africaine un cadre juridique commun dans trois domaines : les transactions électroniques, la protection des données à caractère personnel (avec des autorités nationales de protection) et la cybersécurité et la lutte contre la cybercriminalité.",
          "Elle est entrée en vigueur le 8 juin 2023, trente jours après la quinzième ratification.",
        ),
        eligibility:
          "Ouverte aux États membres de l'Union africaine ; le texte est gratuit. Un gouvernement qui prépare la ratification ou l'adaptation de ses lois peut demander un appui par l'intermédiaire du hub.",
      },
      es: {
        title: 'Convención de la Unión Africana sobre Ciberseguridad y Protección de Datos Personales (Convención de Malabo)',
        summary:
          'Tratado de la Unión Africana sobre operaciones electrónicas, protección de datos personales y ciberdelincuencia; aprobada en 2014, entró en vigor el 8 de junio de 2023.',
        description: md(
          'Aprobada en Malabo en 2014, la Convención ofrece a los Estados miembros de la Unión Africana un marco jurídico común en tres ámbitos: las operaciones electrónicas, la protección de los datos personales (con autoridades nacionales de protección de datos) y la ciberseguridad y la ciberdelincuencia.',
          'Entró en vigor el 8 de junio de 2023, treinta días después de la decimoquinta ratificación.',
        ),
        eligibility:
          'Abierta a los Estados miembros de la Unión Africana; el texto es gratuito. Un gobierno que prepare la ratificación o la adaptación de sus leyes puede solicitar apoyo a través del hub.',
      },
    },
    source: `African Union treaty page (au.int/en/treaties/african-union-convention-cyber-security-and-personal-data-protection, cited in public references with adoption on 27 June 2014); Strathmore University CIPIT and Digital Watch on its entry into force on 8 June 2023 (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'ecowas-supplementary-act-personal-data-protection',
    kind: 'guide',
    organisations: ['ecowas'],
    policyAreas: ['legal-regulatory'],
    beneficiaries: ['governments', 'consumers'],
    coverage: ['BEN', 'BFA', 'CPV', 'CIV', 'GMB', 'GHA', 'GIN', 'GNB', 'LBR', 'MLI', 'NER', 'NGA', 'SEN', 'SLE', 'TGO'],
    languages: ['en', 'fr', 'pt'],
    cost: 'free',
    access: {
      applyUrl: 'https://www.ecowas.int/member-states-experts-validate-the-revised-supplementary-act-a-sa-1-01-10-on-personal-data-protection-within-ecowas/',
      viaHub: true,
    },
    link: 'https://www.ecowas.int/member-states-experts-validate-the-revised-supplementary-act-a-sa-1-01-10-on-personal-data-protection-within-ecowas/',
    publishedOn: '2010-02-16',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'ECOWAS Supplementary Act A/SA.1/01/10 on Personal Data Protection',
        summary:
          'The West African regional framework for personal data protection, adopted in 2010, which requires independent data protection authorities; a revised version was validated by member States\' experts in November 2024.',
        description: md(
          'Adopted by the ECOWAS Authority of Heads of State and Government in Abuja on 16 February 2010, the Supplementary Act sets harmonised rules for processing personal data in ECOWAS member States, including consent, the rights of data subjects and an independent data protection authority in each State.',
          'Because the digital landscape has changed since 2010, the ECOWAS Commission launched a revision; experts from ministries and national data protection authorities validated the draft revised Act in Accra on 18–19 November 2024, in cooperation with the European Union and Germany (BMZ/GIZ) under the Data Governance in Africa initiative.',
        ),
        eligibility: 'Binding on ECOWAS member States; the text is free. Governments and data protection authorities can ask the ECOWAS Commission, or ask through the hub, for support in applying it.',
      },
      fr: {
        title: "Acte additionnel A/SA.1/01/10 de la CEDEAO relatif à la protection des données à caractère personnel",
        summary:
          "Cadre régional ouest-africain de protection des données personnelles (2010), qui impose des autorités indépendantes ; une version révisée a été validée par les experts en novembre 2024.",
        description: md(
          "Adopté par la Conférence des chefs d'État et de gouvernement de la CEDEAO à Abuja le 16 février 2010, l'Acte additionnel fixe des règles harmonisées pour le traitement des données à caractère personnel dans les États membres, notamment le consentement, les droits des personnes concernées et une autorité de protection indépendante dans chaque État.",
          "La Commission de la CEDEAO a engagé sa révision ; les experts des ministères et des autorités nationales de protection des données ont validé le projet d'Acte révisé à Accra les 18 et 19 novembre 2024.",
        ),
        eligibility:
          "Contraignant pour les États membres de la CEDEAO ; le texte est gratuit. Les gouvernements et autorités de protection des données peuvent solliciter un appui auprès de la Commission de la CEDEAO ou par l'intermédiaire du hub.",
      },
      es: {
        title: 'Acta Adicional A/SA.1/01/10 de la CEDEAO sobre la Protección de Datos Personales',
        summary:
          'Marco regional de África Occidental para la protección de datos personales (2010), que exige autoridades independientes; los expertos validaron una versión revisada en noviembre de 2024.',
        description: md(
          'Aprobada por la Conferencia de Jefes de Estado y de Gobierno de la CEDEAO en Abuja el 16 de febrero de 2010, el Acta Adicional fija normas armonizadas para el tratamiento de datos personales en los Estados miembros, como el consentimiento, los derechos de los interesados y una autoridad de protección de datos independiente en cada Estado.',
          'La Comisión de la CEDEAO emprendió su revisión; expertos de ministerios y autoridades nacionales de protección de datos validaron el proyecto revisado en Accra los días 18 y 19 de noviembre de 2024.',
        ),
        eligibility:
          'Vinculante para los Estados miembros de la CEDEAO; el texto es gratuito. Los gobiernos y las autoridades de protección de datos pueden solicitar apoyo a la Comisión de la CEDEAO o a través del hub.',
      },
    },
    source: `Stored copy of Supplementary Act A/SA.1/01/10 (Abuja, 16 February 2010); ECOWAS news of 4 and 22 November 2024 on its revision (ecowas.int) (${checked}). Coverage: the 15 ECOWAS member States named by ECOWAS.`,
  },
  {
    type: 'resource',
    slug: 'au-data-policy-framework',
    kind: 'guide',
    organisations: ['african-union'],
    policyAreas: ['legal-regulatory', 'readiness-assessment'],
    beneficiaries: ['governments'],
    coverage: ['002'],
    languages: ['en', 'fr', 'ar', 'pt'],
    cost: 'free',
    access: { applyUrl: 'https://au.int', viaHub: true },
    link: 'https://au.int',
    publishedOn: '2022-02',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'African Union Data Policy Framework (2022)',
        summary:
          'A continental framework, endorsed by the AU Executive Council in February 2022, to guide African countries in building data governance, protecting personal data and enabling trusted data flows in support of the AfCFTA.',
        description: md(
          'The Framework sets out a common vision, principles, strategic priorities and recommendations for African countries to develop their national data systems and get value from data while upholding rights and security. It covers the enablers of the data economy (infrastructure, skills, an enabling legal environment), data governance and cross-border data flows, and links to the Digital Transformation Strategy for Africa 2020–2030 and the African Continental Free Trade Area.',
          'It was developed by the African Union Commission with technical support from Research ICT Africa (funded by GIZ) and published in several languages.',
        ),
        eligibility: 'Free; addressed to AU member States and regional economic communities. A government aligning its data laws with the Framework can ask for support through the hub.',
      },
      fr: {
        title: "Cadre stratégique de l'Union africaine en matière de données (2022)",
        summary:
          "Cadre continental approuvé par le Conseil exécutif de l'UA en février 2022 pour guider les pays africains dans la gouvernance et la protection des données et les flux de données de confiance.",
        description: md(
          "Le Cadre définit une vision commune, des principes, des priorités stratégiques et des recommandations pour aider les pays africains à développer leurs systèmes nationaux de données et à en tirer de la valeur dans le respect des droits et de la sécurité. Il est lié à la Stratégie de transformation numérique pour l'Afrique 2020-2030 et à la Zone de libre-échange continentale africaine.",
        ),
        eligibility:
          "Gratuit ; destiné aux États membres de l'UA et aux communautés économiques régionales. Un gouvernement qui aligne sa législation sur le Cadre peut demander un appui par l'intermédiaire du hub.",
      },
      es: {
        title: 'Marco de Política de Datos de la Unión Africana (2022)',
        summary:
          'Marco continental respaldado por el Consejo Ejecutivo de la UA en febrero de 2022 que orienta a los países africanos en la gobernanza y protección de datos y los flujos de datos confiables.',
        description: md(
          'El Marco establece una visión común, principios, prioridades estratégicas y recomendaciones para que los países africanos desarrollen sus sistemas nacionales de datos y obtengan valor de ellos respetando los derechos y la seguridad. Está vinculado a la Estrategia de Transformación Digital para África 2020-2030 y a la Zona de Libre Comercio Continental Africana.',
        ),
        eligibility:
          'Gratuito; dirigido a los Estados miembros de la UA y a las comunidades económicas regionales. Un gobierno que adapte su legislación de datos al Marco puede solicitar apoyo a través del hub.',
      },
    },
    source: `Stored copy of the AU Data Policy Framework (foreword: endorsed by the AU Executive Council in February 2022); Research ICT Africa project page (technical assistance funded by GIZ); Digital Watch resource page (${checked}). Link: the African Union's site; no stable page for the Framework was confirmed.`,
  },

  // ——— UNCTAD: law reform, tracking and consumer protection ———
  {
    type: 'solution',
    slug: 'unctad-ecommerce-law-reform-programme',
    kind: 'technical-assistance',
    organisations: ['unctad'],
    policyAreas: ['legal-regulatory', 'skills-development'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'free',
    access: { applyUrl: 'https://etradeforall.org/development-solution/e-commerce-law-reform-programme-developing-legal-frameworks-build-trust-2/', viaHub: true },
    link: 'https://etradeforall.org/development-solution/e-commerce-law-reform-programme-developing-legal-frameworks-build-trust-2/',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UNCTAD E-Commerce and Law Reform Programme',
        summary:
          'UNCTAD help for developing countries to draft, review and harmonise e-commerce laws (e-transactions, consumer and data protection, cybercrime), with training for the officials who prepare them.',
        description: md(
          "The programme helps countries build legal, institutional and policy frameworks that make online trade trustworthy for buyers and sellers. Its services include:",
          [
            '- reviews and inventories of e-commerce legislation, and help assessing, revising and drafting laws and regulations;',
            '- validation round tables with national stakeholders to finalise draft laws, and advice for parliamentarians;',
            '- online and face-to-face training, by country and by region, on drafting e-commerce laws and harmonising them regionally.',
          ].join('\n'),
          'It has worked with least developed countries and with developing countries in Africa, Asia and Latin America and the Caribbean; with its support, the East African Community became the first African region to adopt a harmonised framework for cyberlaws. It also maintains the Global Cyberlaw Tracker.',
        ),
        eligibility: 'Free for governments of developing countries and regional economic communities, on request to UNCTAD; requests can also be made through the hub.',
      },
      fr: {
        title: 'Programme de la CNUCED sur le commerce électronique et la réforme du droit',
        summary:
          "Aide de la CNUCED aux pays en développement pour rédiger, réviser et harmoniser leurs lois sur le commerce électronique, avec une formation des fonctionnaires et législateurs concernés.",
        description: md(
          "Le programme aide les pays à se doter de cadres juridiques, institutionnels et politiques qui rendent le commerce en ligne digne de confiance. Il propose des examens et inventaires de la législation, une aide à l'évaluation, à la révision et à la rédaction des textes, des tables rondes de validation avec les parties prenantes nationales, des conseils aux parlementaires et des formations en ligne et en présentiel, nationales et régionales.",
          "Avec son appui, la Communauté d'Afrique de l'Est est devenue la première région africaine à adopter un cadre harmonisé de cyberlégislation.",
        ),
        eligibility:
          "Gratuit pour les gouvernements des pays en développement et les communautés économiques régionales, sur demande à la CNUCED ; la demande peut aussi passer par le hub.",
      },
      es: {
        title: 'Programa de la UNCTAD sobre Comercio Electrónico y Reforma Legislativa',
        summary:
          'Ayuda de la UNCTAD a los países en desarrollo para redactar, revisar y armonizar sus leyes de comercio electrónico, con formación para los funcionarios y legisladores que las preparan.',
        description: md(
          'El programa ayuda a los países a dotarse de marcos jurídicos, institucionales y de políticas que hagan confiable el comercio en línea. Ofrece exámenes e inventarios de la legislación, ayuda para evaluar, revisar y redactar normas, mesas redondas de validación con las partes interesadas nacionales, asesoramiento a parlamentarios y formación en línea y presencial, nacional y regional.',
          'Con su apoyo, la Comunidad de África Oriental fue la primera región africana en adoptar un marco armonizado de ciberlegislación.',
        ),
        eligibility:
          'Gratuito para los gobiernos de países en desarrollo y las comunidades económicas regionales, a petición a la UNCTAD; la solicitud también puede hacerse a través del hub.',
      },
    },
    source: `eTrade for all development solution page "UNCTAD: E-Commerce and Law Reform Programme – Developing legal frameworks to build trust" (etradeforall.org) (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'unctad-global-cyberlaw-tracker',
    kind: 'data',
    organisations: ['unctad'],
    policyAreas: ['legal-regulatory', 'readiness-assessment'],
    beneficiaries: ['governments', 'researchers', 'consumers'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://unctad.org/topic/ecommerce-and-digital-economy/ecommerce-law-reform/summary-adoption-e-commerce-legislation-worldwide' },
    link: 'https://unctad.org/topic/ecommerce-and-digital-economy/ecommerce-law-reform/summary-adoption-e-commerce-legislation-worldwide',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UNCTAD Global Cyberlaw Tracker',
        summary:
          'The first global map of cyberlaws: for each UNCTAD member State, whether it has adopted legislation, or has a draft pending, on e-transactions, consumer protection, data protection and privacy, and cybercrime.',
        description: md(
          "The Tracker shows, country by country, the state of e-commerce legislation in four fields: electronic transactions, consumer protection, data protection and privacy, and cybercrime. For each it says whether a law has been adopted, a draft is pending, there is no law, or no data was found. It focuses on primary legislation.",
          'Data come from UNCTAD research and from partners including the Commonwealth Secretariat, the Council of Europe, ITU, UNCITRAL, ESCWA, UNODC and the World Bank. Governments can send corrections to UNCTAD using the questionnaire offered on the page. This item is the Tracker itself; the 2017 release of its data protection figures is described separately.',
        ),
        eligibility: 'Free to consult and quote with acknowledgement. Governments can ask UNCTAD to update their country\'s entry.',
      },
      fr: {
        title: 'Inventaire mondial des cyberlégislations de la CNUCED (Global Cyberlaw Tracker)',
        summary:
          "Cartographie mondiale des cyberlégislations : pour chaque pays, l'état des lois sur les transactions électroniques, la protection du consommateur, la protection des données et la cybercriminalité.",
        description: md(
          "L'inventaire indique, pays par pays, l'état de la législation dans quatre domaines : transactions électroniques, protection du consommateur, protection des données et de la vie privée, cybercriminalité. Pour chacun, il précise si une loi a été adoptée, si un projet est en cours, s'il n'existe pas de loi ou si aucune donnée n'est disponible.",
          "Les données proviennent des recherches de la CNUCED et de partenaires tels que le Secrétariat du Commonwealth, le Conseil de l'Europe, l'UIT, la CNUDCI, la CESAO, l'ONUDC et la Banque mondiale.",
        ),
        eligibility:
          "Consultation et citation gratuites, avec mention de la source. Les gouvernements peuvent demander à la CNUCED de mettre à jour les données de leur pays.",
      },
      es: {
        title: 'Inventario mundial de ciberlegislación de la UNCTAD (Global Cyberlaw Tracker)',
        summary:
          'Mapa mundial de la ciberlegislación: para cada país, la situación de sus leyes sobre operaciones electrónicas, protección del consumidor, protección de datos y ciberdelincuencia.',
        description: md(
          'El inventario muestra, país por país, el estado de la legislación en cuatro ámbitos: operaciones electrónicas, protección del consumidor, protección de datos y privacidad, y ciberdelincuencia. Para cada uno indica si se ha aprobado una ley, si hay un proyecto pendiente, si no hay ley o si no se encontraron datos.',
          'Los datos proceden de investigaciones de la UNCTAD y de asociados como la Secretaría del Commonwealth, el Consejo de Europa, la UIT, la CNUDMI, la CESPAO, la UNODC y el Banco Mundial.',
        ),
        eligibility:
          'Consulta y cita gratuitas, mencionando la fuente. Los gobiernos pueden pedir a la UNCTAD que actualice los datos de su país.',
      },
    },
    source: `UNCTAD, "Summary of Adoption of E-Commerce Legislation Worldwide" (Global Cyberlaw Tracker page, stored copy) (${checked}). The Tracker's figures can be imported into the hub's indicators; they are not shipped because they are not openly licensed.`,
  },
  {
    type: 'solution',
    slug: 'unctad-consumer-protection-programme',
    kind: 'technical-assistance',
    organisations: ['unctad'],
    policyAreas: ['legal-regulatory'],
    beneficiaries: ['governments', 'consumers'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'free',
    access: { applyUrl: 'https://etradeforall.org/dev-solution/unctad-consumer-protection/', viaHub: true },
    link: 'https://etradeforall.org/dev-solution/unctad-consumer-protection/',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UNCTAD consumer protection programme: laws, institutions and online dispute resolution',
        summary:
          'UNCTAD, the UN focal point on consumer protection, helps countries draft or strengthen consumer protection laws and agencies so that consumers can trust national and cross-border e-commerce.',
        description: md(
          'UNCTAD oversees the implementation of the United Nations Guidelines for Consumer Protection. Its technical cooperation helps developing countries formulate or strengthen consumer protection legislation suited to their economies, set up or strengthen consumer protection institutions, and enforce the law, with training for officials, consumer organisations, businesses and academics, and policy advice and dialogue.',
          'A recent project, funded by the China Silk Road Group, looked at block-chain based online dispute resolution for consumers in South-East Asia, identifying the legal, technical and infrastructure requirements.',
        ),
        eligibility: 'Free for governments and consumer protection agencies of developing countries, on request to UNCTAD; requests can also be made through the hub.',
      },
      fr: {
        title: 'Programme de la CNUCED sur la protection du consommateur : lois, institutions et règlement des litiges en ligne',
        summary:
          "Point focal de l'ONU pour la protection du consommateur, la CNUCED aide les pays à renforcer leurs lois et autorités pour que les consommateurs aient confiance dans le commerce électronique.",
        description: md(
          "La CNUCED supervise la mise en œuvre des Principes directeurs des Nations Unies pour la protection du consommateur. Sa coopération technique aide les pays en développement à formuler ou renforcer leur législation, à créer ou renforcer les institutions de protection du consommateur et à faire appliquer le droit, avec des formations et des conseils.",
        ),
        eligibility:
          "Gratuit pour les gouvernements et autorités de protection du consommateur des pays en développement, sur demande à la CNUCED ; la demande peut aussi passer par le hub.",
      },
      es: {
        title: 'Programa de la UNCTAD sobre protección del consumidor: leyes, instituciones y solución de controversias en línea',
        summary:
          'Punto focal de la ONU para la protección del consumidor, la UNCTAD ayuda a los países a reforzar sus leyes y organismos para que los consumidores confíen en el comercio electrónico.',
        description: md(
          'La UNCTAD supervisa la aplicación de las Directrices de las Naciones Unidas para la Protección del Consumidor. Su cooperación técnica ayuda a los países en desarrollo a formular o reforzar su legislación, crear o fortalecer instituciones de protección del consumidor y hacer cumplir la ley, con formación y asesoramiento.',
        ),
        eligibility:
          'Gratuito para los gobiernos y organismos de protección del consumidor de países en desarrollo, a petición a la UNCTAD; la solicitud también puede hacerse a través del hub.',
      },
    },
    source: `eTrade for all development solution page "UNCTAD Consumer Protection" (etradeforall.org); UNCTAD consumer protection page (stored copy) listing its technical assistance (${checked}). The UN Guidelines themselves are described in report-2017.ts.`,
  },
  {
    type: 'solution',
    slug: 'unctad-voluntary-peer-review-consumer-protection',
    kind: 'technical-assistance',
    organisations: ['unctad'],
    policyAreas: ['legal-regulatory', 'readiness-assessment'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'free',
    access: { applyUrl: 'https://unctad.org', viaHub: true },
    link: 'https://unctad.org',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Voluntary peer reviews of consumer protection law and policy',
        summary:
          'An independent assessment of a country\'s consumer protection law, institutions and enforcement under UNCTAD\'s Intergovernmental Group of Experts, with recommendations and follow-up capacity building.',
        description: md(
          'General Assembly resolution 70/186 (2015) mandated the Intergovernmental Group of Experts on Consumer Protection Law and Policy, serviced by UNCTAD, to conduct voluntary peer reviews. A review provides an external, independent assessment of how effective a country\'s consumer protection law and policy are; identifies challenges in the legal and institutional framework; assesses stakeholders\' awareness; and recommends measures suited to the country\'s economy.',
          'The review is followed by a capacity-building project, designed with the country, to help implement the recommendations.',
        ),
        eligibility: 'Voluntary: a member State volunteers to be reviewed by its peers in the Intergovernmental Group of Experts. A government interested can contact UNCTAD or ask through the hub.',
      },
      fr: {
        title: 'Examens collégiaux volontaires du droit et de la politique de protection du consommateur',
        summary:
          "Évaluation indépendante du droit, des institutions et de l'application de la protection du consommateur d'un pays, sous l'égide de la CNUCED, avec recommandations et suivi.",
        description: md(
          "La résolution 70/186 (2015) de l'Assemblée générale a chargé le Groupe intergouvernemental d'experts du droit et de la politique de la protection du consommateur, dont la CNUCED assure le service, de mener des examens collégiaux volontaires. L'examen évalue de façon indépendante l'efficacité du droit et de la politique du pays, recense les difficultés du cadre juridique et institutionnel et formule des recommandations adaptées, suivies d'un projet de renforcement des capacités.",
        ),
        eligibility:
          "Volontaire : un État membre se porte candidat à l'examen par ses pairs. Un gouvernement intéressé peut contacter la CNUCED ou passer par le hub.",
      },
      es: {
        title: 'Exámenes voluntarios entre homólogos del derecho y la política de protección del consumidor',
        summary:
          'Evaluación independiente del derecho, las instituciones y la aplicación de la protección del consumidor de un país, bajo los auspicios de la UNCTAD, con recomendaciones y seguimiento.',
        description: md(
          'La resolución 70/186 (2015) de la Asamblea General encomendó al Grupo Intergubernamental de Expertos en Derecho y Política de Protección del Consumidor, al que presta servicios la UNCTAD, la realización de exámenes voluntarios entre homólogos. El examen evalúa de forma independiente la eficacia del derecho y la política del país, señala las dificultades del marco jurídico e institucional y formula recomendaciones adaptadas, seguidas de un proyecto de fomento de la capacidad.',
        ),
        eligibility:
          'Voluntario: un Estado miembro se ofrece a ser examinado por sus homólogos. Un gobierno interesado puede dirigirse a la UNCTAD o solicitarlo a través del hub.',
      },
    },
    source: `UNCTAD page "Voluntary peer review of consumer protection law and policy" (stored copy, mandate under GA resolution 70/186) and UNCTAD news on the 2015 mandate (${checked}). Link: UNCTAD's site; the stable address of the page was not confirmed.`,
  },
  {
    type: 'solution',
    slug: 'econsumer-gov',
    kind: 'platform',
    organisations: ['icpen', 'us-ftc', 'oecd'],
    policyAreas: ['legal-regulatory'],
    beneficiaries: ['consumers', 'governments'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es', 'pt'],
    cost: 'free',
    access: { applyUrl: 'https://econsumer.gov' },
    link: 'https://econsumer.gov/en/Home/About',
    startsOn: '2001',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'econsumer.gov: report international online scams',
        summary:
          'A website where consumers report cross-border e-commerce fraud and scams, and where consumer protection agencies in more than 65 countries share the complaints to spot trends and work together.',
        description: md(
          'econsumer.gov began in 2001 as an initiative of the International Consumer Protection and Enforcement Network (ICPEN), with the support of the OECD. It has two parts: a public website where consumers file complaints about international scams and learn how to protect themselves, and a secure website, hosted on the US Federal Trade Commission\'s Consumer Sentinel Network, through which law enforcement agencies share and use the complaint data.',
          'The public site is available in nine languages, including English, French, Spanish and Portuguese. Online shopping problems (products misrepresented or never delivered, refunds refused) are among the most reported complaints.',
        ),
        eligibility: 'Free and open to any consumer anywhere; consumer protection agencies of ICPEN members can access the shared complaint data.',
      },
      fr: {
        title: 'econsumer.gov : signaler les escroqueries internationales en ligne',
        summary:
          "Site où les consommateurs signalent les fraudes du commerce électronique transfrontière et où les autorités de plus de 65 pays partagent les plaintes pour repérer les tendances.",
        description: md(
          "Lancé en 2001 à l'initiative du Réseau international de contrôle et de protection des consommateurs (RICPC/ICPEN), avec l'appui de l'OCDE, econsumer.gov comprend un site public où les consommateurs déposent plainte et s'informent, et un site sécurisé, hébergé par le réseau Consumer Sentinel de la Federal Trade Commission des États-Unis, où les autorités partagent les données. Le site public est disponible en neuf langues, dont le français, l'anglais, l'espagnol et le portugais.",
        ),
        eligibility:
          "Gratuit et ouvert à tout consommateur, où qu'il se trouve ; les autorités membres de l'ICPEN ont accès aux données partagées.",
      },
      es: {
        title: 'econsumer.gov: denunciar estafas internacionales en línea',
        summary:
          'Sitio en el que los consumidores denuncian fraudes del comercio electrónico transfronterizo y en el que los organismos de más de 65 países comparten las denuncias para detectar tendencias.',
        description: md(
          'Creado en 2001 por iniciativa de la Red Internacional de Protección al Consumidor y Aplicación de la Ley (ICPEN), con el apoyo de la OCDE, econsumer.gov tiene un sitio público donde los consumidores presentan denuncias y se informan, y un sitio seguro, alojado en la red Consumer Sentinel de la Comisión Federal de Comercio de los Estados Unidos, donde los organismos comparten los datos. El sitio público está disponible en nueve idiomas, entre ellos el español, el inglés, el francés y el portugués.',
        ),
        eligibility:
          'Gratuito y abierto a cualquier consumidor, esté donde esté; los organismos miembros de ICPEN acceden a los datos compartidos.',
      },
    },
    source: `econsumer.gov, "About" page (launched 2001 by ICPEN with OECD support; agencies from more than 65 countries; nine languages); FTC news on the econsumer.gov dashboards, 2020 (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'oecd-recommendation-consumer-protection-ecommerce',
    kind: 'guide',
    organisations: ['oecd'],
    policyAreas: ['legal-regulatory'],
    beneficiaries: ['governments', 'consumers', 'msmes'],
    coverage: ['001'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://www.oecd.org/en/publications/oecd-recommendation-of-the-council-on-consumer-protection-in-e-commerce_9789264255258-en.html' },
    link: 'https://www.oecd.org/en/publications/oecd-recommendation-of-the-council-on-consumer-protection-in-e-commerce_9789264255258-en.html',
    publishedOn: '2016-03-24',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'OECD Recommendation of the Council on Consumer Protection in E-commerce (2016)',
        summary:
          'Principles for protecting consumers online, revised in 2016: fair business practices, information disclosure, payment protection, dispute resolution and redress, privacy and security, and consumer education.',
        description: md(
          'The OECD Council adopted the first international instrument on consumer protection in e-commerce in 1999 and revised it on 24 March 2016 (OECD/LEGAL/0422). The revised Recommendation addresses trends such as the use of consumer data, consumer ratings and reviews, digital content products, mobile devices and non-monetary transactions.',
          'It sets out principles that adhering countries, OECD members and non-members alike, are to reflect in their consumer protection frameworks, covering misleading and unfair practices, disclosures, confirmation and payment, fraud and identity theft, and dispute resolution.',
        ),
        eligibility: 'Free to read and use; non-OECD countries can adhere to the Recommendation.',
      },
      fr: {
        title: "Recommandation du Conseil de l'OCDE sur la protection du consommateur dans le commerce électronique (2016)",
        summary:
          "Principes de protection des consommateurs en ligne, révisés en 2016 : pratiques loyales, information, paiements, règlement des litiges et recours, vie privée et sécurité, éducation.",
        description: md(
          "Le Conseil de l'OCDE a adopté en 1999 le premier instrument international sur la protection du consommateur dans le commerce électronique et l'a révisé le 24 mars 2016 (OECD/LEGAL/0422). La version révisée traite notamment de l'utilisation des données des consommateurs, des notations et avis en ligne, des contenus numériques et des transactions non monétaires.",
        ),
        eligibility: "Lecture et utilisation gratuites ; les pays non membres de l'OCDE peuvent adhérer à la Recommandation.",
      },
      es: {
        title: 'Recomendación del Consejo de la OCDE sobre la Protección del Consumidor en el Comercio Electrónico (2016)',
        summary:
          'Principios para proteger a los consumidores en línea, revisados en 2016: prácticas leales, información, pagos, solución de controversias y reparación, privacidad y seguridad, educación.',
        description: md(
          'El Consejo de la OCDE aprobó en 1999 el primer instrumento internacional sobre la protección del consumidor en el comercio electrónico y lo revisó el 24 de marzo de 2016 (OECD/LEGAL/0422). La versión revisada aborda, entre otras cosas, el uso de los datos de los consumidores, las valoraciones y reseñas, los contenidos digitales y las transacciones no monetarias.',
        ),
        eligibility: 'Lectura y uso gratuitos; los países no miembros de la OCDE pueden adherirse a la Recomendación.',
      },
    },
    source: `OECD publication page of the Recommendation (oecd.org) and stored copy of the 2016 text (foreword: revised on 24 March 2016); Digital Watch summary of OECD/LEGAL/0422 (${checked}).`,
  },

  // ——— Cybercrime ———
  {
    type: 'resource',
    slug: 'budapest-convention-cybercrime',
    kind: 'guide',
    organisations: ['council-of-europe'],
    policyAreas: ['legal-regulatory'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://www.coe.int/en/web/cybercrime', viaHub: true },
    link: 'https://www.coe.int/en/web/cybercrime',
    publishedOn: '2001-11',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Convention on Cybercrime (Budapest Convention) and its Protocols',
        summary:
          'The Council of Europe treaty on cybercrime and electronic evidence, open to States worldwide, guiding national laws and international cooperation; a Second Additional Protocol opened in May 2022.',
        description: md(
          'The Convention on Cybercrime (CETS No. 185), opened for signature in November 2001, serves as a guideline for countries developing comprehensive national legislation against cybercrime and as a framework for cooperation between its parties, including on electronic evidence. It is supplemented by a Protocol on xenophobia and racism committed through computer systems and by a Second Additional Protocol on enhanced cooperation and disclosure of electronic evidence, opened for signature in May 2022.',
          'The Cybercrime Convention Committee (T-CY), made up of the parties, follows its use and implementation. The E-Commerce Week 2017 session on cybersecurity pointed to the Convention as a basis for harmonising criminal justice systems.',
        ),
        eligibility: 'States, including non-members of the Council of Europe, may be invited to accede; the text is free. Support to prepare legislation is available through the Council of Europe\'s capacity-building programmes or can be asked through the hub.',
      },
      fr: {
        title: 'Convention sur la cybercriminalité (Convention de Budapest) et ses protocoles',
        summary:
          "Traité du Conseil de l'Europe sur la cybercriminalité et la preuve électronique, ouvert à tous les États, qui guide les lois nationales et la coopération internationale.",
        description: md(
          "La Convention sur la cybercriminalité (STCE n° 185), ouverte à la signature en novembre 2001, sert de ligne directrice aux pays qui élaborent une législation complète contre la cybercriminalité et de cadre de coopération entre ses parties, notamment en matière de preuves électroniques. Elle est complétée par un Protocole relatif au racisme et à la xénophobie et par un deuxième Protocole additionnel sur la coopération renforcée et la divulgation de preuves électroniques, ouvert à la signature en mai 2022.",
        ),
        eligibility:
          "Les États, y compris non membres du Conseil de l'Europe, peuvent être invités à y adhérer ; le texte est gratuit. Un appui législatif est possible par les programmes de renforcement des capacités du Conseil de l'Europe ou par l'intermédiaire du hub.",
      },
      es: {
        title: 'Convenio sobre la Ciberdelincuencia (Convenio de Budapest) y sus Protocolos',
        summary:
          'Tratado del Consejo de Europa sobre ciberdelincuencia y pruebas electrónicas, abierto a todos los Estados, que orienta las leyes nacionales y la cooperación internacional.',
        description: md(
          'El Convenio sobre la Ciberdelincuencia (STCE n.º 185), abierto a la firma en noviembre de 2001, sirve de guía a los países que elaboran una legislación integral contra la ciberdelincuencia y de marco de cooperación entre sus partes, incluso en materia de pruebas electrónicas. Lo complementan un Protocolo sobre racismo y xenofobia y un Segundo Protocolo Adicional sobre cooperación reforzada y revelación de pruebas electrónicas, abierto a la firma en mayo de 2022.',
        ),
        eligibility:
          'Los Estados, incluidos los no miembros del Consejo de Europa, pueden ser invitados a adherirse; el texto es gratuito. Se puede obtener apoyo legislativo mediante los programas de fomento de la capacidad del Consejo de Europa o a través del hub.',
      },
    },
    source: `Council of Europe cybercrime pages (coe.int): the Convention as guideline and framework, T-CY, the Second Additional Protocol opened for signature in May 2022 (${checked}). Link: the Council of Europe's cybercrime site.`,
  },
  {
    type: 'solution',
    slug: 'council-of-europe-cybercrime-capacity-building',
    kind: 'technical-assistance',
    organisations: ['council-of-europe'],
    policyAreas: ['legal-regulatory', 'skills-development'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'free',
    access: { applyUrl: 'https://www.coe.int/en/web/cybercrime/capacity-building-programmes', viaHub: true },
    link: 'https://www.coe.int/en/web/cybercrime/capacity-building-programmes',
    startsOn: '2014-04',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Council of Europe Cybercrime Programme Office (C-PROC): capacity building on cybercrime and electronic evidence',
        summary:
          'Projects run from Bucharest since 2014 (GLACY+, Octopus, CyberSouth, CyberEast and others) that help countries align criminal law and justice with the Budapest Convention and cooperate.',
        description: md(
          'The Cybercrime Programme Office of the Council of Europe (C-PROC), operational in Romania since April 2014, supports countries worldwide in strengthening their criminal justice capacities on cybercrime and electronic evidence on the basis of the Budapest Convention. Its projects have included GLACY+ (global capacity building, 2016–2021), the Octopus Project (support for implementing the Convention and its Protocols), CyberSouth (Southern Neighbourhood) and CyberEast (Eastern Partnership).',
          'Activities include legislative advice, training of judges, prosecutors and law enforcement, and support for international cooperation. The Octopus Conference, held every 12 to 18 months, brings together experts from more than 130 countries.',
        ),
        eligibility: 'Free for beneficiary countries of the projects (governments and criminal justice authorities), subject to each project\'s geographical scope and funding; a government can contact C-PROC or ask through the hub.',
      },
      fr: {
        title: "Bureau du programme sur la cybercriminalité du Conseil de l'Europe (C-PROC) : renforcement des capacités",
        summary:
          "Projets menés depuis Bucarest depuis 2014 (GLACY+, Octopus, CyberSouth, CyberEast, etc.) pour aider les pays du monde entier à aligner leur droit pénal et leur justice sur la Convention de Budapest et à coopérer.",
        description: md(
          "Opérationnel en Roumanie depuis avril 2014, le C-PROC aide les pays du monde entier à renforcer les capacités de leur justice pénale face à la cybercriminalité et aux preuves électroniques, sur la base de la Convention de Budapest : conseil législatif, formation des juges, procureurs et services répressifs, soutien à la coopération internationale. La conférence Octopus réunit tous les 12 à 18 mois des experts de plus de 130 pays.",
        ),
        eligibility:
          "Gratuit pour les pays bénéficiaires des projets, selon la portée géographique et le financement de chacun ; un gouvernement peut contacter le C-PROC ou passer par le hub.",
      },
      es: {
        title: 'Oficina del Programa sobre Ciberdelincuencia del Consejo de Europa (C-PROC): fomento de la capacidad',
        summary:
          'Proyectos gestionados desde Bucarest desde 2014 (GLACY+, Octopus, CyberSouth, CyberEast y otros) que ayudan a países de todo el mundo a ajustar su derecho penal y su justicia al Convenio de Budapest y a cooperar.',
        description: md(
          'Operativa en Rumania desde abril de 2014, la C-PROC ayuda a países de todo el mundo a reforzar la capacidad de su justicia penal frente a la ciberdelincuencia y las pruebas electrónicas, sobre la base del Convenio de Budapest: asesoramiento legislativo, formación de jueces, fiscales y fuerzas del orden, y apoyo a la cooperación internacional. La conferencia Octopus reúne cada 12 a 18 meses a expertos de más de 130 países.',
        ),
        eligibility:
          'Gratuito para los países beneficiarios de los proyectos, según el alcance geográfico y la financiación de cada uno; un gobierno puede dirigirse a la C-PROC o solicitarlo a través del hub.',
      },
    },
    source: `Council of Europe, "Capacity building programmes" page and civil-society page on cybercrime (C-PROC operational since April 2014; Octopus Conference) (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'unodc-global-programme-cybercrime',
    kind: 'technical-assistance',
    organisations: ['unodc'],
    policyAreas: ['legal-regulatory', 'skills-development'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'free',
    access: { applyUrl: 'https://www.unodc.org/unodc/en/cybercrime/global-programme-cybercrime.html', viaHub: true },
    link: 'https://www.unodc.org/unodc/en/cybercrime/global-programme-cybercrime.html',
    startsOn: '2013',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UNODC Global Programme on Cybercrime',
        summary:
          'UNODC technical assistance, since 2013, that builds member States\' capacity to prevent and counter cybercrime: investigations, digital forensics and evidence, legal frameworks, cooperation and prevention.',
        description: md(
          'Established in 2013 under General Assembly resolution 65/230 and resolutions 22/7 and 22/8 of the Commission on Crime Prevention and Criminal Justice, the Global Programme helps member States respond to cybercrime through four pillars: capacity building, regulatory frameworks, cooperation, and prevention.',
          'It trains first responders, investigators, prosecutors, forensic experts and judges (darknet investigations, digital evidence, cryptocurrencies, ransomware, online child sexual exploitation), helps set up specialised units such as digital forensic laboratories, supports legislation, and runs awareness work with schools, parents and civil society.',
        ),
        eligibility: 'Free for member States that request support, based on national needs; a government can contact UNODC or ask through the hub.',
      },
      fr: {
        title: "Programme mondial de l'ONUDC sur la cybercriminalité",
        summary:
          "Assistance technique de l'ONUDC, depuis 2013, pour aider les États à prévenir et combattre la cybercriminalité : enquêtes, preuve numérique, cadres juridiques, coopération et prévention.",
        description: md(
          "Créé en 2013 en application de la résolution 65/230 de l'Assemblée générale et des résolutions 22/7 et 22/8 de la Commission pour la prévention du crime et la justice pénale, le Programme mondial aide les États membres selon quatre axes : renforcement des capacités, cadre réglementaire, coopération et prévention. Il forme enquêteurs, procureurs, experts et juges, aide à créer des unités spécialisées et soutient l'élaboration de la législation.",
        ),
        eligibility:
          "Gratuit pour les États membres qui en font la demande, selon leurs besoins ; un gouvernement peut contacter l'ONUDC ou passer par le hub.",
      },
      es: {
        title: 'Programa Mundial contra el Delito Cibernético de la UNODC',
        summary:
          'Asistencia técnica de la UNODC, desde 2013, para ayudar a los Estados a prevenir y combatir la ciberdelincuencia: investigación, pruebas digitales, marcos jurídicos, cooperación y prevención.',
        description: md(
          'Creado en 2013 en virtud de la resolución 65/230 de la Asamblea General y de las resoluciones 22/7 y 22/8 de la Comisión de Prevención del Delito y Justicia Penal, el Programa Mundial ayuda a los Estados miembros en cuatro pilares: fomento de la capacidad, marco regulatorio, cooperación y prevención. Forma a investigadores, fiscales, peritos y jueces, ayuda a crear unidades especializadas y apoya la elaboración de legislación.',
        ),
        eligibility:
          'Gratuito para los Estados miembros que lo soliciten, según sus necesidades; un gobierno puede dirigirse a la UNODC o solicitarlo a través del hub.',
      },
    },
    source: `UNODC cybercrime pages "Our mandate", "Our approach" and "Global Programme on Cybercrime" (unodc.org; the Spanish-language page was the stored copy) (${checked}).`,
  },

  // ——— Trade rules, intellectual property, regional agreements ———
  {
    type: 'resource',
    slug: 'wto-joint-statement-initiative-ecommerce',
    kind: 'report',
    organisations: ['wto'],
    policyAreas: ['legal-regulatory'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'free',
    access: { applyUrl: 'https://www.wto.org/english/tratop_e/ecom_e/joint_statement_e.htm' },
    link: 'https://www.wto.org/english/tratop_e/ecom_e/joint_statement_e.htm',
    startsOn: '2019-01',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'WTO Joint Statement Initiative on Electronic Commerce and the stabilised Agreement on Electronic Commerce (2024)',
        summary:
          'Plurilateral negotiations among WTO members, launched in 2019 and co-convened by Australia, Japan and Singapore, which produced a stabilised text of an Agreement on Electronic Commerce in July 2024.',
        description: md(
          'At the 11th Ministerial Conference (Buenos Aires, December 2017) a group of WTO members issued a joint statement on electronic commerce; in January 2019 participants announced the start of negotiations. On 26 July 2024 the co-convenors announced that participants had achieved a stabilised text of the Agreement on Electronic Commerce and published it.',
          'The stabilised text (38 articles) covers digital trade facilitation (paperless trading, electronic transactions frameworks, e-invoicing, electronic payments), an open digital environment (including customs duties on electronic transmissions and open government data) and trust (online consumer protection, unsolicited commercial messages, personal data protection and cybersecurity), with provisions on support for developing and least developed members. Work continues towards incorporating it into the WTO legal framework.',
        ),
        eligibility: 'Free to read; participation in the initiative is open to any WTO member. Developing countries weighing participation can ask for analysis or advice through the hub.',
      },
      fr: {
        title: "Initiative liée à la Déclaration conjointe sur le commerce électronique de l'OMC et texte stabilisé de l'Accord sur le commerce électronique (2024)",
        summary:
          "Négociations plurilatérales entre membres de l'OMC, lancées en 2019 et coorganisées par l'Australie, le Japon et Singapour, qui ont abouti en juillet 2024 à un texte stabilisé d'Accord sur le commerce électronique.",
        description: md(
          "Lors de la onzième Conférence ministérielle (Buenos Aires, décembre 2017), un groupe de membres de l'OMC a publié une déclaration conjointe sur le commerce électronique ; les négociations ont été lancées en janvier 2019. Le 26 juillet 2024, les coorganisateurs ont annoncé que les participants étaient parvenus à un texte stabilisé de l'Accord sur le commerce électronique, qui porte sur la facilitation du commerce numérique, un environnement numérique ouvert et la confiance (protection des consommateurs en ligne, protection des données personnelles, cybersécurité).",
        ),
        eligibility:
          "Lecture gratuite ; la participation est ouverte à tout membre de l'OMC. Les pays en développement qui envisagent d'y participer peuvent demander analyses ou conseils par l'intermédiaire du hub.",
      },
      es: {
        title: 'Iniciativa relativa a la Declaración Conjunta sobre el Comercio Electrónico de la OMC y texto estabilizado del Acuerdo sobre Comercio Electrónico (2024)',
        summary:
          'Negociaciones plurilaterales entre miembros de la OMC, iniciadas en 2019 y coorganizadas por Australia, el Japón y Singapur, que en julio de 2024 produjeron un texto estabilizado del Acuerdo.',
        description: md(
          'En la Undécima Conferencia Ministerial (Buenos Aires, diciembre de 2017) un grupo de miembros de la OMC publicó una declaración conjunta sobre el comercio electrónico; las negociaciones comenzaron en enero de 2019. El 26 de julio de 2024 los coorganizadores anunciaron que los participantes habían logrado un texto estabilizado del Acuerdo sobre Comercio Electrónico, que abarca la facilitación del comercio digital, un entorno digital abierto y la confianza (protección de los consumidores en línea, protección de datos personales y ciberseguridad).',
        ),
        eligibility:
          'Lectura gratuita; la participación está abierta a cualquier miembro de la OMC. Los países en desarrollo que estudien participar pueden solicitar análisis o asesoramiento a través del hub.',
      },
    },
    source: `WTO Joint Statement Initiative page (wto.org/english/tratop_e/ecom_e/joint_statement_e.htm); Ministry of Foreign Affairs of Japan press release of 26 July 2024 (stabilised text, 38 articles); Digital Watch reports (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'wto-work-programme-electronic-commerce',
    kind: 'report',
    organisations: ['wto'],
    policyAreas: ['legal-regulatory'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'free',
    access: { applyUrl: 'https://www.wto.org/english/tratop_e/ecom_e/ecom_work_programme_e.htm' },
    link: 'https://www.wto.org/english/tratop_e/ecom_e/ecom_work_programme_e.htm',
    startsOn: '1998',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'WTO Work Programme on Electronic Commerce',
        summary:
          'The WTO\'s multilateral discussions on the trade-related aspects of e-commerce since 1998, open to all members, together with the moratorium on customs duties on electronic transmissions that ministers have renewed.',
        description: md(
          'Following the 1998 Ministerial Declaration on Global Electronic Commerce, WTO members set up a Work Programme to examine all trade-related issues of global electronic commerce, taking into account the economic, financial and development needs of developing countries. Unlike the Joint Statement Initiative, it involves all WTO members and does not negotiate new rules.',
          'The same declaration introduced the practice of not imposing customs duties on electronic transmissions, a moratorium that Ministerial Conferences have renewed for limited periods.',
        ),
        eligibility: 'Free to read; discussions are open to all WTO members.',
      },
      fr: {
        title: "Programme de travail de l'OMC sur le commerce électronique",
        summary:
          "Discussions multilatérales de l'OMC sur le commerce électronique depuis 1998, ouvertes à tous les membres, et moratoire sur les droits de douane sur les transmissions électroniques.",
        description: md(
          "À la suite de la Déclaration ministérielle de 1998 sur le commerce électronique mondial, les membres de l'OMC ont établi un programme de travail pour examiner toutes les questions commerciales liées au commerce électronique mondial, compte tenu des besoins des pays en développement. Il réunit tous les membres et ne négocie pas de nouvelles règles. La même déclaration a instauré la pratique de ne pas imposer de droits de douane sur les transmissions électroniques, moratoire renouvelé pour des périodes limitées par les Conférences ministérielles.",
        ),
        eligibility: "Lecture gratuite ; les discussions sont ouvertes à tous les membres de l'OMC.",
      },
      es: {
        title: 'Programa de Trabajo sobre el Comercio Electrónico de la OMC',
        summary:
          'Debates multilaterales de la OMC sobre comercio electrónico desde 1998, abiertos a todos los miembros, y moratoria de los derechos de aduana sobre las transmisiones electrónicas.',
        description: md(
          'Tras la Declaración Ministerial sobre el Comercio Electrónico Mundial de 1998, los miembros de la OMC establecieron un programa de trabajo para examinar todas las cuestiones relacionadas con el comercio que plantea el comercio electrónico mundial, teniendo en cuenta las necesidades de los países en desarrollo. Reúne a todos los miembros y no negocia nuevas normas. La misma declaración introdujo la práctica de no imponer derechos de aduana a las transmisiones electrónicas, moratoria renovada por períodos limitados en las Conferencias Ministeriales.',
        ),
        eligibility: 'Lectura gratuita; los debates están abiertos a todos los miembros de la OMC.',
      },
    },
    source: `WTO Work Programme page (wto.org/english/tratop_e/ecom_e/ecom_work_programme_e.htm, address cited in public references); summary of the 1998 declaration, the work programme and the moratorium in a stored legal commentary (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'wipo-domain-name-dispute-resolution',
    kind: 'platform',
    organisations: ['wipo'],
    policyAreas: ['legal-regulatory'],
    beneficiaries: ['msmes'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es', 'ar', 'zh', 'ru', 'pt'],
    cost: 'paid',
    access: { applyUrl: 'https://www.wipo.int/amc/en/domains/filing/udrp/index.html' },
    link: 'https://www.wipo.int/amc/en/domains/',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'WIPO domain name dispute resolution (UDRP)',
        summary:
          'An online procedure, administered by the WIPO Arbitration and Mediation Center, with which a trademark owner can recover a domain name registered and used in bad faith (cybersquatting), without going to court.',
        description: md(
          'The Uniform Domain Name Dispute Resolution Policy (UDRP), adopted by ICANN in 1999 on the basis of the first WIPO Internet Domain Name Process, applies to generic top-level domains (.com, .net, .org and others) and to the country-code domains that have adopted it. The WIPO Center is the leading provider of these proceedings: the complainant files online, an independent panel decides on the written record, and the decision is implemented by the registrar.',
          'For online sellers, it is a quicker and cheaper way than litigation to stop others from trading on their brand\'s domain name. Fees depend on the number of domain names and panelists; the WIPO Center does not give legal advice on the merits of a case.',
        ),
        eligibility: 'Open to any trademark owner worldwide; fees apply per case. Filing is online on the WIPO site.',
      },
      fr: {
        title: "Règlement des litiges relatifs aux noms de domaine de l'OMPI (principes UDRP)",
        summary:
          "Procédure en ligne du Centre d'arbitrage et de médiation de l'OMPI qui permet au titulaire d'une marque de récupérer un nom de domaine enregistré de mauvaise foi, sans tribunal.",
        description: md(
          "Les Principes directeurs régissant le règlement uniforme des litiges relatifs aux noms de domaine (UDRP), adoptés par l'ICANN en 1999 sur la base du premier processus de l'OMPI sur les noms de domaine, s'appliquent aux domaines génériques de premier niveau et aux domaines nationaux qui les ont adoptés. La plainte est déposée en ligne, une commission indépendante statue sur pièces et le bureau d'enregistrement exécute la décision.",
        ),
        eligibility: "Ouvert à tout titulaire de marque dans le monde ; des taxes sont dues pour chaque affaire. Le dépôt se fait en ligne sur le site de l'OMPI.",
      },
      es: {
        title: 'Solución de controversias en materia de nombres de dominio de la OMPI (Política UDRP)',
        summary:
          'Procedimiento en línea del Centro de Arbitraje y Mediación de la OMPI con el que el titular de una marca recupera un nombre de dominio registrado de mala fe, sin acudir a los tribunales.',
        description: md(
          'La Política Uniforme de Solución de Controversias en materia de Nombres de Dominio (UDRP), adoptada por la ICANN en 1999 a partir del primer Proceso de la OMPI sobre Nombres de Dominio de Internet, se aplica a los dominios genéricos de nivel superior y a los dominios de código de país que la han adoptado. La demanda se presenta en línea, un grupo de expertos independiente resuelve sobre la base de los escritos y el registrador ejecuta la decisión.',
        ),
        eligibility: 'Abierto a cualquier titular de una marca en el mundo; se pagan tasas por cada caso. La presentación se hace en línea en el sitio de la OMPI.',
      },
    },
    source: `WIPO Arbitration and Mediation Center pages on domain name disputes, UDRP case filing and FAQs; WIPO Guide to Domain Name Dispute Resolution (stored copy) (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'asean-agreement-electronic-commerce',
    kind: 'guide',
    organisations: ['asean'],
    policyAreas: ['legal-regulatory'],
    beneficiaries: ['governments', 'msmes'],
    coverage: ['BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'VNM'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://asean.org' },
    link: 'https://asean.org',
    publishedOn: '2019',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'ASEAN Agreement on Electronic Commerce',
        summary:
          'The ten ASEAN member States\' agreement to facilitate cross-border e-commerce in the region, concluded in 2018 and published in 2019, with cooperation from e-payments to consumer protection.',
        description: md(
          'Building on the e-ASEAN Framework Agreement of 2000 and the ASEAN Economic Community Blueprint 2025, the Agreement aims to facilitate cross-border e-commerce transactions, create an environment of trust in e-commerce and deepen cooperation among member States, with attention to micro, small and medium enterprises.',
          'Much of it sets out areas for cooperation rather than binding rules, including ICT infrastructure, the legal and regulatory environment, electronic payment and settlement, trade facilitation, intellectual property, competition, cybersecurity and online consumer protection.',
        ),
        eligibility: 'Applies to the ten ASEAN member States; the text is free to read.',
      },
      fr: {
        title: "Accord de l'ASEAN sur le commerce électronique",
        summary:
          "Accord des dix États de l'ASEAN pour faciliter le commerce électronique transfrontière, conclu fin 2018 et publié en 2019, avec une coopération des paiements à la protection des consommateurs.",
        description: md(
          "S'appuyant sur l'Accord-cadre e-ASEAN de 2000 et le Plan directeur 2025 de la Communauté économique de l'ASEAN, l'Accord vise à faciliter les transactions transfrontières, à instaurer la confiance dans le commerce électronique et à approfondir la coopération entre États membres, notamment au bénéfice des MPME. Il définit surtout des domaines de coopération plutôt que des règles contraignantes.",
        ),
        eligibility: "S'applique aux dix États membres de l'ASEAN ; le texte est librement consultable.",
      },
      es: {
        title: 'Acuerdo de la ASEAN sobre Comercio Electrónico',
        summary:
          'Acuerdo de los diez Estados de la ASEAN para facilitar el comercio electrónico transfronterizo, concluido en 2018 y publicado en 2019, con cooperación de los pagos a la protección del consumidor.',
        description: md(
          'Sobre la base del Acuerdo Marco e-ASEAN de 2000 y del Plan de la Comunidad Económica de la ASEAN 2025, el Acuerdo busca facilitar las operaciones transfronterizas, generar confianza en el comercio electrónico y profundizar la cooperación entre los Estados miembros, en particular en beneficio de las mipymes. Establece sobre todo ámbitos de cooperación más que normas vinculantes.',
        ),
        eligibility: 'Se aplica a los diez Estados miembros de la ASEAN; el texto puede consultarse libremente.',
      },
    },
    source: `Text of the Agreement (DiploFoundation trade agreements database) and Hinrich Foundation commentary of 27 March 2019 (concluded November 2018, text released March 2019) (${checked}). Link: ASEAN's site; no stable page for the Agreement was confirmed.`,
  },
];

import type { ItemSeed, ItemText } from '../../../src/features/catalogue/types.js';
import { md } from './markdown.js';

/**
 * Demo catalogue, trade logistics and trade facilitation: postal e-commerce programmes, customs and
 * cross-border e-commerce standards, WTO Trade Facilitation Agreement support, single windows and
 * paperless trade, logistics performance data and border-crossing programmes. Each item describes a
 * real, publicly documented programme in our own words; `source` says which public pages were relied on
 * (found with the project's search tool and checked on 2026-12-07). Where no stable page for the
 * programme was found, the link is the organisation's site and `source` says so. Dates are given only
 * where a public source documents them. French and Spanish follow the project glossary (docs/glossary-en-fr-es.md).
 */

const text = (title: string, summary: string, description: string, eligibility: string): ItemText => ({ title, summary, description, eligibility });
const checked = 'checked 2026-12-07';
const homeOnly = 'Link: the organisation\'s site; no stable page for the programme was found.';

export const logisticsItems: ItemSeed[] = [
  // ——— Postal e-commerce (UPU) ———
  {
    type: 'solution',
    slug: 'upu-ecom-at-africa',
    kind: 'technical-assistance',
    organisations: ['upu'],
    policyAreas: ['trade-logistics', 'ict-infrastructure'],
    beneficiaries: ['postal-operators', 'governments', 'msmes'],
    coverage: ['002'],
    languages: ['en', 'fr'],
    cost: 'varies',
    access: { applyUrl: null, viaHub: true },
    link: 'https://www.upu.int',
    startsOn: '2016-11',
    sourceLocale: 'en',
    text: {
      en: text(
        'UPU Ecom@Africa: e-commerce through the African postal network',
        'A Universal Postal Union initiative launched in 2016 that helps African governments and Posts build e-commerce platforms and regional hubs that use the postal network for logistics, delivery, returns and payment.',
        md(
          'The Universal Postal Union (UPU) launched Ecom@Africa in November 2016 to position the Post as an enabler of e-commerce in Africa, giving micro, small and medium-sized enterprises (MSMEs), young people and women better access to national, regional and international markets by simplifying import and export.',
          'Each country project starts with an assessment of the country\'s e-commerce conditions and of the Post\'s operational readiness, then brings the government and the national postal operator together on a roadmap. Tunisia was the first country (on-site assessment in March 2017, cooperation agreement in July 2017); its roadmap included installing the UPU **Customs Declaration System** and using the UPU e-commerce API to automate orders, payments, shipments and customs clearance. Cameroon, Côte d\'Ivoire, Ethiopia and South Africa also signed agreements to host regional e-commerce hubs by 2018.',
        ),
        'For governments of African UPU member countries and their designated postal operators; each project is agreed with the UPU and its cost shared case by case. Ask the UPU for the current status of the hubs.',
      ),
      fr: text(
        'Ecom@Africa de l\'UPU : le commerce électronique par le réseau postal africain',
        'Initiative de l\'Union postale universelle lancée en 2016 qui aide les gouvernements et postes africains à bâtir des plateformes et pôles régionaux de commerce électronique s\'appuyant sur le réseau postal.',
        md(
          'L\'Union postale universelle (UPU) a lancé Ecom@Africa en novembre 2016 pour faire de la poste un moteur du commerce électronique en Afrique et donner aux micro, petites et moyennes entreprises (MPME), aux jeunes et aux femmes un meilleur accès aux marchés nationaux, régionaux et internationaux en simplifiant l\'importation et l\'exportation.',
          'Chaque projet commence par une évaluation des conditions du commerce électronique dans le pays et de la préparation opérationnelle de la poste, puis réunit le gouvernement et l\'opérateur postal autour d\'une feuille de route. La Tunisie a été le premier pays (évaluation en mars 2017, accord de coopération en juillet 2017) ; sa feuille de route prévoyait l\'installation du **système de déclaration en douane** de l\'UPU et l\'utilisation de l\'API de commerce électronique de l\'UPU. Le Cameroun, la Côte d\'Ivoire, l\'Éthiopie et l\'Afrique du Sud ont aussi signé des accords pour accueillir des pôles régionaux.',
        ),
        'Pour les gouvernements des pays africains membres de l\'UPU et leurs opérateurs postaux désignés ; chaque projet est convenu avec l\'UPU et son coût partagé au cas par cas. Se renseigner auprès de l\'UPU sur l\'état actuel des pôles.',
      ),
      es: text(
        'Ecom@Africa de la UPU: comercio electrónico a través de la red postal africana',
        'Iniciativa de la Unión Postal Universal lanzada en 2016 que ayuda a los gobiernos y correos africanos a crear plataformas y centros regionales de comercio electrónico basados en la red postal.',
        md(
          'La Unión Postal Universal (UPU) lanzó Ecom@Africa en noviembre de 2016 para convertir el correo en un motor del comercio electrónico en África y dar a las mipymes, los jóvenes y las mujeres mejor acceso a los mercados nacionales, regionales e internacionales simplificando la importación y la exportación.',
          'Cada proyecto comienza con una evaluación de las condiciones del comercio electrónico en el país y de la preparación operativa del correo, y luego reúne al gobierno y al operador postal en torno a una hoja de ruta. Túnez fue el primer país (evaluación en marzo de 2017, acuerdo de cooperación en julio de 2017); su hoja de ruta incluyó la instalación del **Sistema de Declaración Aduanera** de la UPU y el uso de la API de comercio electrónico de la UPU. Camerún, Côte d\'Ivoire, Etiopía y Sudáfrica también firmaron acuerdos para acoger centros regionales.',
        ),
        'Para gobiernos de países africanos miembros de la UPU y sus operadores postales designados; cada proyecto se acuerda con la UPU y su costo se comparte caso por caso. Consulte a la UPU sobre la situación actual de los centros.',
      ),
    },
    source: `UPU pages "Ecom@Africa initiative" (upu.int/en/activities/e-commerce/ecomafrica.html) and "Ecom@Africa makes new strides" (June 2019), and press reports of 2017–2019 on the Cameroon, Ethiopia and Tunisia agreements (${checked}). ${homeOnly}`,
  },
  {
    type: 'solution',
    slug: 'upu-tradepost-easy-export',
    kind: 'technical-assistance',
    organisations: ['upu'],
    policyAreas: ['trade-logistics'],
    beneficiaries: ['msmes', 'postal-operators', 'governments', 'customs-border-agencies'],
    coverage: ['001'],
    languages: ['en', 'fr'],
    cost: 'varies',
    access: { applyUrl: 'https://www.upu.int/en/Postal-Solutions/Programmes-Services/Trade-facilitation/Trade-faciliation-and-postal-services', viaHub: true },
    link: 'https://www.upu.int/en/Postal-Solutions/Programmes-Services/Trade-facilitation/Trade-faciliation-and-postal-services',
    sourceLocale: 'en',
    text: {
      en: text(
        'UPU TradePost: easy export through the Post for small businesses (Exporta Fácil model)',
        'The UPU\'s postal trade and SME inclusion programme, modelled on Brazil\'s Exporta Fácil, which sets up a simplified, affordable export and import service for small businesses through the national Post.',
        md(
          'Many micro, small and medium-sized enterprises, especially outside cities, cannot reach foreign customers because courier services are costly and export formalities complex. Brazil\'s Post pioneered **Exporta Fácil** ("easy export"), a simplified postal export procedure agreed with customs and other agencies; Peru and other Latin American countries adopted it, with support from the Postal Union of the Americas, Spain and Portugal and the Inter-American Development Bank.',
          'The UPU\'s TradePost project brings this model to any interested country. It starts with a diagnostic of the country\'s readiness for trade facilitation and e-commerce, then sets up the policy framework and a simplified postal export and import process with customs, the Post and trade agencies. Expected outcomes include more small exporters, more products and destinations, and modernised trade procedures through the postal channel.',
        ),
        'For governments and designated postal operators of UPU member countries; small businesses then use the resulting postal export service at the Post\'s tariffs. Projects are agreed with the UPU and funded case by case.',
      ),
      fr: text(
        'TradePost de l\'UPU : exporter facilement par la poste pour les petites entreprises (modèle Exporta Fácil)',
        'Programme de l\'UPU sur le commerce postal et l\'inclusion des PME, inspiré d\'Exporta Fácil au Brésil, qui met en place un service postal simplifié et abordable d\'exportation et d\'importation pour les petites entreprises.',
        md(
          'Beaucoup de micro, petites et moyennes entreprises, surtout hors des villes, ne peuvent atteindre des clients étrangers, faute de services de messagerie abordables et à cause de formalités complexes. La poste brésilienne a lancé **Exporta Fácil** (« exporter facilement »), une procédure postale d\'exportation simplifiée convenue avec la douane et les autres services ; le Pérou et d\'autres pays d\'Amérique latine l\'ont adoptée, avec l\'appui de l\'Union postale des Amériques, de l\'Espagne et du Portugal et de la Banque interaméricaine de développement.',
          'Le projet TradePost de l\'UPU porte ce modèle dans tout pays intéressé : diagnostic de l\'état de préparation du pays à la facilitation des échanges et au commerce électronique, cadre de politiques, puis procédure postale simplifiée d\'exportation et d\'importation mise au point avec la douane, la poste et les organismes du commerce.',
        ),
        'Pour les gouvernements et opérateurs postaux désignés des pays membres de l\'UPU ; les petites entreprises utilisent ensuite le service postal d\'exportation aux tarifs de la poste. Projets convenus avec l\'UPU et financés au cas par cas.',
      ),
      es: text(
        'TradePost de la UPU: exportar fácilmente por correo para pequeñas empresas (modelo Exporta Fácil)',
        'Programa de la UPU de comercio postal e inclusión de pymes, inspirado en Exporta Fácil del Brasil, que crea un servicio postal simplificado y asequible de exportación e importación para pequeñas empresas.',
        md(
          'Muchas mipymes, sobre todo fuera de las ciudades, no llegan a clientes extranjeros porque los servicios de mensajería son caros y los trámites de exportación complejos. El correo del Brasil creó **Exporta Fácil**, un procedimiento postal de exportación simplificado acordado con la aduana y otros organismos; el Perú y otros países de América Latina lo adoptaron, con el apoyo de la Unión Postal de las Américas, España y Portugal y del Banco Interamericano de Desarrollo.',
          'El proyecto TradePost de la UPU lleva este modelo a cualquier país interesado: diagnóstico de la preparación del país para la facilitación del comercio y el comercio electrónico, marco de políticas y un procedimiento postal simplificado de exportación e importación acordado con la aduana, el correo y los organismos de comercio.',
        ),
        'Para gobiernos y operadores postales designados de países miembros de la UPU; las pequeñas empresas usan después el servicio postal de exportación con las tarifas del correo. Los proyectos se acuerdan con la UPU y se financian caso por caso.',
      ),
    },
    source: `UPU pages "Trade facilitation and postal services" (TradePost project) and "About trade facilitation" (Exporta Fácil), UPU news of 2009 and 2010 on Exporta Fácil, and the UPU study "From Exporta Fácil to Trade Facilitation" (2012, revised 2014) (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'upu-operational-readiness-ecommerce',
    kind: 'technical-assistance',
    organisations: ['upu', 'wco'],
    policyAreas: ['trade-logistics', 'skills-development'],
    beneficiaries: ['postal-operators', 'customs-border-agencies'],
    coverage: ['002', '029', '142', '151', '009'],
    languages: ['en', 'fr'],
    cost: 'varies',
    access: { applyUrl: 'https://upu.int/en/postal-solutions/programmes-services/physical-services/ore', viaHub: true },
    link: 'https://upu.int/en/postal-solutions/programmes-services/physical-services/ore',
    startsOn: '2017',
    endsOn: '2029',
    sourceLocale: 'en',
    text: {
      en: text(
        'UPU Operational Readiness for E-commerce (ORE, ORE+)',
        'UPU regional projects, run since 2017, that bring Posts up to the standards cross-border e-commerce needs: tracking, data quality, electronic advance data for customs and end-to-end reliability.',
        md(
          'Growing volumes of e-commerce parcels require Posts to deliver predictably, with tracking and with the electronic data that customs now expect. In 2017 the UPU started regional cooperation projects to help designated operators meet operational readiness targets in five areas: **minimum operational requirements, visibility, data quality, supply-chain integration and end-to-end reliability**. At their core is a standard on-site assessment methodology, followed by training workshops and the use of UPU IT tools.',
          'ORE 3, run during the 2022–2025 Abidjan cycle, improved delivery performance, accelerated customs clearance and strengthened compliance with **electronic advance data (EAD)** requirements, with missions in Africa, the Arab region, the Caribbean, Eastern Europe and Asia-Pacific; WCO experts join the workshops to promote customs–post memoranda of understanding. **ORE+** (2026–2029) continues the work on modernisation, digital transformation, interoperability and market inclusion for MSMEs, including women-led businesses.',
        ),
        'For designated postal operators of UPU member countries, through regional projects; funded by the UPU and donors (Switzerland has been a donor). Participation is arranged with the UPU International Bureau.',
      ),
      fr: text(
        'Préparation opérationnelle au commerce électronique de l\'UPU (ORE, ORE+)',
        'Projets régionaux de l\'UPU, menés depuis 2017, qui mettent les postes au niveau qu\'exige le commerce électronique transfrontière : suivi, qualité des données, données électroniques préalables pour la douane, fiabilité.',
        md(
          'Avec la hausse des colis issus du commerce électronique, les postes doivent livrer de manière prévisible, avec un suivi et les données électroniques que la douane exige désormais. En 2017, l\'UPU a lancé des projets régionaux pour aider les opérateurs désignés à atteindre des objectifs de préparation opérationnelle dans cinq domaines : **exigences opérationnelles minimales, visibilité, qualité des données, intégration de la chaîne logistique et fiabilité de bout en bout**. Ils reposent sur une méthode standard d\'évaluation sur place, suivie d\'ateliers de formation et de l\'utilisation des outils informatiques de l\'UPU.',
          'ORE 3, mené pendant le cycle d\'Abidjan 2022-2025, a amélioré les délais de distribution, accéléré le dédouanement et renforcé le respect des exigences en matière de **données électroniques préalables** ; des experts de l\'OMD participent aux ateliers. **ORE+** (2026-2029) poursuit le travail sur la modernisation, la transformation numérique, l\'interopérabilité et l\'inclusion des MPME, y compris les entreprises dirigées par des femmes.',
        ),
        'Pour les opérateurs postaux désignés des pays membres de l\'UPU, dans le cadre de projets régionaux financés par l\'UPU et des donateurs (dont la Suisse). Participation à convenir avec le Bureau international de l\'UPU.',
      ),
      es: text(
        'Preparación Operativa para el Comercio Electrónico de la UPU (ORE, ORE+)',
        'Proyectos regionales de la UPU, en marcha desde 2017, que ponen a los correos al nivel que exige el comercio electrónico transfronterizo: seguimiento, calidad de datos, datos electrónicos anticipados para la aduana y fiabilidad.',
        md(
          'El aumento de los paquetes del comercio electrónico obliga a los correos a entregar de forma previsible, con seguimiento y con los datos electrónicos que hoy exigen las aduanas. En 2017 la UPU puso en marcha proyectos regionales para ayudar a los operadores designados a cumplir metas de preparación operativa en cinco ámbitos: **requisitos operativos mínimos, visibilidad, calidad de los datos, integración de la cadena de suministro y fiabilidad de extremo a extremo**. Se basan en una metodología estándar de evaluación in situ, seguida de talleres de formación y del uso de las herramientas informáticas de la UPU.',
          'ORE 3, ejecutado en el ciclo de Abiyán 2022-2025, mejoró el desempeño de la entrega, aceleró el despacho aduanero y reforzó el cumplimiento de los requisitos de **datos electrónicos anticipados**; expertos de la OMA participan en los talleres. **ORE+** (2026-2029) continúa el trabajo sobre modernización, transformación digital, interoperabilidad e inclusión de las mipymes, incluidas las empresas dirigidas por mujeres.',
        ),
        'Para operadores postales designados de países miembros de la UPU, mediante proyectos regionales financiados por la UPU y donantes (entre ellos Suiza). La participación se acuerda con la Oficina Internacional de la UPU.',
      ),
    },
    source: `UPU ORE+ page (upu.int/en/postal-solutions/programmes-services/physical-services/ore, 2026–2029), UPU blog "When operational readiness becomes a competitive advantage" (ORE 3, 2022–2025), eTrade for all development solution "ORE" (created 2017, donor Switzerland) and reports of ORE workshops in Egypt (2022) and Botswana (2024) (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'upu-customs-declaration-system',
    kind: 'tool',
    organisations: ['upu', 'wco'],
    policyAreas: ['trade-logistics', 'ict-infrastructure'],
    beneficiaries: ['postal-operators', 'customs-border-agencies'],
    coverage: ['001'],
    languages: ['en', 'fr'],
    cost: 'varies',
    access: { applyUrl: null, viaHub: true },
    link: 'https://www.upu.int',
    sourceLocale: 'en',
    text: {
      en: text(
        'UPU Customs Declaration System (CDS): paperless customs clearance of postal items',
        'Software of the UPU Postal Technology Centre that lets Posts capture electronic customs declarations and exchange advance data with other Posts and with customs, replacing paper CN 22/CN 23 forms.',
        md(
          'UPU rules require Posts to share information on the sender, contents and value of parcels with customs. The **Customs Declaration System (CDS)**, developed by the UPU Postal Technology Centre on the joint WCO–UPU messaging standards, turns customs declarations into electronic data interchange (EDI) messages (ITMATT) sent before the item travels; each destination Post forwards them to its customs for risk and fiscal assessment, and customs can reply – for example to flag an item refused at screening.',
          'The first version was released in 2012 at Canada Post\'s request; by 2021 CDS was in production at 88 designated operators. Demand rose when sending ITMATT messages became mandatory on 1 January 2021. CDS works with the UPU\'s International Postal System (IPS) or other mail management software and can run as installed software, a web version or in the cloud. It reduces delays and costs, lets customs calculate duties and taxes in advance and improves track and trace.',
        ),
        'For designated postal operators and customs administrations of UPU member countries, on terms agreed with the UPU Postal Technology Centre.',
      ),
      fr: text(
        'Système de déclaration en douane (CDS) de l\'UPU : dédouanement sans papier des envois postaux',
        'Logiciel du Centre de technologies postales de l\'UPU qui permet aux postes de saisir les déclarations en douane électroniques et d\'échanger des données préalables avec les autres postes et la douane, en remplaçant les formulaires CN 22/CN 23.',
        md(
          'Les règles de l\'UPU obligent les postes à communiquer à la douane l\'expéditeur, le contenu et la valeur des colis. Le **système de déclaration en douane (CDS)**, développé par le Centre de technologies postales de l\'UPU selon les normes de messagerie communes OMD-UPU, transforme les déclarations en messages d\'échange de données informatisé (ITMATT) envoyés avant l\'envoi ; la poste de destination les transmet à sa douane pour l\'analyse des risques et le calcul des droits, et la douane peut répondre, par exemple pour signaler un envoi refusé.',
          'La première version date de 2012, à la demande de Postes Canada ; en 2021, le CDS était utilisé par 88 opérateurs désignés. La demande a augmenté lorsque l\'envoi des messages ITMATT est devenu obligatoire le 1er janvier 2021. Le CDS fonctionne avec le système IPS de l\'UPU ou d\'autres logiciels, en version installée, web ou en nuage.',
        ),
        'Pour les opérateurs postaux désignés et les administrations douanières des pays membres de l\'UPU, selon des conditions convenues avec le Centre de technologies postales de l\'UPU.',
      ),
      es: text(
        'Sistema de Declaración Aduanera (CDS) de la UPU: despacho aduanero sin papel de los envíos postales',
        'Programa del Centro de Tecnologías Postales de la UPU que permite a los correos registrar declaraciones de aduana electrónicas e intercambiar datos anticipados con otros correos y con la aduana, en lugar de los formularios CN 22/CN 23.',
        md(
          'Las normas de la UPU obligan a los correos a comunicar a la aduana el remitente, el contenido y el valor de los paquetes. El **Sistema de Declaración Aduanera (CDS)**, desarrollado por el Centro de Tecnologías Postales de la UPU con las normas de mensajería conjuntas OMA-UPU, convierte las declaraciones en mensajes de intercambio electrónico de datos (ITMATT) que se envían antes que el envío; el correo de destino los transmite a su aduana para el análisis de riesgos y el cálculo de los derechos, y la aduana puede responder, por ejemplo para señalar un envío rechazado.',
          'La primera versión se publicó en 2012 a petición de Canada Post; en 2021 el CDS estaba en producción en 88 operadores designados. La demanda creció cuando el envío de mensajes ITMATT pasó a ser obligatorio el 1 de enero de 2021. El CDS funciona con el sistema IPS de la UPU u otros programas, instalado, en versión web o en la nube.',
        ),
        'Para operadores postales designados y administraciones de aduanas de países miembros de la UPU, en condiciones acordadas con el Centro de Tecnologías Postales de la UPU.',
      ),
    },
    source: `UPU news of March 2021 "UPU's Customs Declaration System improves data quality and reduces labour", UPU page "About customs" and eTrade for all development solution "Paperless customs clearance of postal items" (${checked}). ${homeOnly}`,
  },
  {
    type: 'resource',
    slug: 'wco-upu-postal-customs-guide-ead',
    kind: 'guide',
    organisations: ['wco', 'upu'],
    policyAreas: ['trade-logistics'],
    beneficiaries: ['customs-border-agencies', 'postal-operators'],
    coverage: ['001'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: null, viaHub: true },
    link: 'https://www.wcoomd.org',
    publishedOn: '2018-06',
    sourceLocale: 'en',
    text: {
      en: text(
        'WCO–UPU Postal Customs Guide and guidelines on electronic advance data',
        'Joint WCO–UPU guidance for Posts and customs: roles, rules and procedures for clearing postal items, and a step-by-step approach to exchanging electronic advance data (EAD) on parcels.',
        md(
          'Customs and Posts have cooperated through the WCO–UPU Contact Committee since 1964. Two of its joint publications are practical references for countries facing growing volumes of e-commerce parcels:',
          [
            '- the **WCO–UPU Postal Customs Guide** (2014, updated June 2018), a "living document" on the roles of customs and Posts, the UPU Convention and WCO instruments relevant to postal traffic, the WTO Trade Facilitation Agreement, postal dispatch and clearance processes and the CN 22, CN 23 and CP 72 forms;',
            '- the **WCO–UPU guidelines on the exchange of electronic advance data (EAD)** between designated operators and customs administrations, covering the business case, the WCO SAFE Framework, the joint messaging standards, the UPU Customs Declaration System and ASYCUDA, and a phased approach from strategic planning to a data-sharing agreement and an operational interface.',
          ].join('\n'),
        ),
        'Free public guidance for customs administrations and postal operators; the WCO and UPU also run joint workshops for developing countries.',
      ),
      fr: text(
        'Guide OMD-UPU sur les douanes postales et lignes directrices sur les données électroniques préalables',
        'Orientations conjointes de l\'OMD et de l\'UPU pour les postes et les douanes : rôles, règles et procédures de dédouanement des envois postaux, et démarche pas à pas pour échanger des données électroniques préalables.',
        md(
          'Douanes et postes coopèrent au sein du Comité de contact OMD-UPU depuis 1964. Deux de ses publications communes servent de références pratiques face à la hausse des colis du commerce électronique :',
          [
            '- le **Guide OMD-UPU sur les douanes postales** (2014, actualisé en juin 2018) : rôles des douanes et des postes, Convention de l\'UPU et instruments de l\'OMD applicables au trafic postal, Accord de l\'OMC sur la facilitation des échanges, processus d\'expédition et de dédouanement, formulaires CN 22, CN 23 et CP 72 ;',
            '- les **lignes directrices OMD-UPU sur l\'échange de données électroniques préalables** entre opérateurs désignés et administrations douanières : intérêt, Cadre de normes SAFE, normes de messagerie communes, système CDS de l\'UPU et SYDONIA, et démarche par étapes jusqu\'à un accord de partage de données et une interface opérationnelle.',
          ].join('\n'),
        ),
        'Orientations publiques et gratuites pour les douanes et les opérateurs postaux ; l\'OMD et l\'UPU organisent aussi des ateliers communs pour les pays en développement.',
      ),
      es: text(
        'Guía OMA-UPU sobre aduanas postales y directrices sobre datos electrónicos anticipados',
        'Orientaciones conjuntas de la OMA y la UPU para correos y aduanas: funciones, normas y procedimientos de despacho de envíos postales, y un enfoque paso a paso para intercambiar datos electrónicos anticipados.',
        md(
          'Aduanas y correos cooperan en el Comité de Contacto OMA-UPU desde 1964. Dos de sus publicaciones conjuntas son referencias prácticas ante el aumento de paquetes del comercio electrónico:',
          [
            '- la **Guía OMA-UPU sobre aduanas postales** (2014, actualizada en junio de 2018): funciones de aduanas y correos, Convenio de la UPU e instrumentos de la OMA aplicables al tráfico postal, Acuerdo sobre Facilitación del Comercio de la OMC, procesos de expedición y despacho y formularios CN 22, CN 23 y CP 72;',
            '- las **directrices OMA-UPU sobre el intercambio de datos electrónicos anticipados** entre operadores designados y administraciones de aduanas: justificación, Marco Normativo SAFE, normas de mensajería conjuntas, sistema CDS de la UPU y SIDUNEA, y un enfoque por fases hasta un acuerdo de intercambio de datos y una interfaz operativa.',
          ].join('\n'),
        ),
        'Orientaciones públicas y gratuitas para aduanas y operadores postales; la OMA y la UPU organizan además talleres conjuntos para países en desarrollo.',
      ),
    },
    source: `Copies of the WCO–UPU Postal Customs Guide (June 2014 and June 2018 editions, tables of contents) and of the WCO–UPU guidelines on the exchange of EAD, and UPU page "About customs" (Contact Committee since 1964) (${checked}). ${homeOnly}`,
  },
  {
    type: 'solution',
    slug: 'upu-integrated-index-postal-development',
    kind: 'data',
    organisations: ['upu'],
    policyAreas: ['trade-logistics', 'readiness-assessment'],
    beneficiaries: ['governments', 'postal-operators', 'researchers'],
    coverage: ['001'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://www.upu.int' },
    link: 'https://www.upu.int',
    startsOn: '2016',
    sourceLocale: 'en',
    text: {
      en: text(
        'UPU Integrated Index for Postal Development (2IPD) and Postal Development Report',
        'The UPU\'s composite index of postal development, first published for 2016, that scores about 170 countries from 0 to 100 on reliability, reach, relevance and resilience using postal big data.',
        md(
          'The Integrated Index for Postal Development (2IPD) gives an overview of postal development around the world. It draws on three kinds of UPU data: **postal big data** (billions of tracking records), official **UPU postal statistics** and UPU **surveys**. The 2016 results covered 170 countries; later editions, published in the UPU\'s Postal Development Report, covered around 172.',
          'Each country receives a score from 0 to 100 on four dimensions – **reliability** (quality and predictability of delivery), **reach** (international connectedness), **relevance** (demand across mail, parcels, logistics and financial services) and **resilience** (capacity to innovate and adapt) – and is placed in a development group. Postal reliability matters for e-commerce: it is one of the four components of the UNCTAD B2C E-commerce Index.',
        ),
        'Results and reports are published free for governments, regulators, Posts and researchers.',
      ),
      fr: text(
        'Indice intégré pour le développement postal (2IPD) de l\'UPU et Rapport sur le développement postal',
        'Indice composite de l\'UPU sur le développement postal, publié pour la première fois pour 2016, qui note environ 170 pays de 0 à 100 sur la fiabilité, la portée, la pertinence et la résilience grâce aux mégadonnées postales.',
        md(
          'L\'indice intégré pour le développement postal (2IPD) donne une vue d\'ensemble du développement postal dans le monde. Il s\'appuie sur trois types de données de l\'UPU : les **mégadonnées postales** (des milliards d\'événements de suivi), les **statistiques postales officielles** et les **enquêtes** de l\'UPU. Les résultats 2016 couvraient 170 pays ; les éditions suivantes, publiées dans le Rapport sur le développement postal, environ 172.',
          'Chaque pays obtient une note de 0 à 100 sur quatre dimensions – **fiabilité**, **portée** (connexion internationale), **pertinence** (demande de services) et **résilience** (capacité d\'innover) – et est classé dans un groupe de développement. La fiabilité postale compte pour le commerce électronique : c\'est l\'une des quatre composantes de l\'indice B2C de la CNUCED.',
        ),
        'Résultats et rapports publiés gratuitement pour les gouvernements, régulateurs, postes et chercheurs.',
      ),
      es: text(
        'Índice Integrado de Desarrollo Postal (2IPD) de la UPU e Informe sobre el Desarrollo Postal',
        'Índice compuesto de la UPU sobre desarrollo postal, publicado por primera vez para 2016, que puntúa a unos 170 países de 0 a 100 en fiabilidad, alcance, pertinencia y resiliencia con macrodatos postales.',
        md(
          'El Índice Integrado de Desarrollo Postal (2IPD) ofrece un panorama del desarrollo postal en el mundo. Se basa en tres tipos de datos de la UPU: **macrodatos postales** (miles de millones de registros de seguimiento), **estadísticas postales oficiales** y **encuestas** de la UPU. Los resultados de 2016 abarcaban 170 países; las ediciones posteriores, publicadas en el Informe sobre el Desarrollo Postal, unos 172.',
          'Cada país recibe una puntuación de 0 a 100 en cuatro dimensiones –**fiabilidad**, **alcance** (conexión internacional), **pertinencia** (demanda de servicios) y **resiliencia** (capacidad de innovar)– y se sitúa en un grupo de desarrollo. La fiabilidad postal importa para el comercio electrónico: es uno de los cuatro componentes del Índice de Comercio Electrónico B2C de la UNCTAD.',
        ),
        'Resultados e informes publicados gratuitamente para gobiernos, reguladores, correos e investigadores.',
      ),
    },
    source: `Summaries of the 2IPD 2016 results (BTNP, FNPO), IPC summary of the 2019 Postal Development Report, copy of the UPU Postal Development Report 2022 and encyclopedia entry on the 2IPD (172 countries in 2022) (${checked}). ${homeOnly}`,
  },
  {
    type: 'solution',
    slug: 'upu-digital-readiness-ecommerce',
    kind: 'technical-assistance',
    organisations: ['upu'],
    policyAreas: ['ict-infrastructure', 'trade-logistics', 'readiness-assessment'],
    beneficiaries: ['postal-operators', 'governments'],
    coverage: ['BEN', 'CMR', 'COG', 'EGY', 'GHA', 'KEN', 'MDG', 'MRT', 'ZAF', 'ZWE'],
    languages: ['en', 'fr'],
    cost: 'varies',
    access: { applyUrl: 'https://www.upu.int/en/Universal-Postal-Union/Activities/Digital-Services/Digital-readiness-for-e-commerce-(DRE)', viaHub: true },
    link: 'https://www.upu.int/en/Universal-Postal-Union/Activities/Digital-Services/Digital-readiness-for-e-commerce-(DRE)',
    sourceLocale: 'en',
    text: {
      en: text(
        'UPU Digital Readiness for E-commerce (DRE) assessments',
        'UPU assessments and technical assistance that help Posts modernise their digital strategies and services for e-commerce; ten country assessments in Africa were funded by France.',
        md(
          'Digitalisation is changing supply chains and how customers buy online, and Posts must become more predictable, transparent, secure and efficient. The UPU International Bureau\'s **Digital Readiness for E-commerce (DRE)** project assesses a Post\'s digital capability and recommends how to close gaps. Its scope covers six kinds of activity: enabling the digital transformation of postal services; helping a Post offer digital postal services; using them to grow the national digital economy; providing digital services in partnership with other institutions; improving existing digital services; and developing frameworks and knowledge sharing.',
          'With funding from France, the UPU completed digital readiness assessment missions and recommendation reports in Benin, Cameroon, Congo, Egypt, Ghana, Kenya, Madagascar, Mauritania, South Africa and Zimbabwe.',
        ),
        'For designated postal operators and governments of UPU member countries; assessments depend on available funding and are requested from the UPU Digital Policies and Trade Unit.',
      ),
      fr: text(
        'Évaluations de la préparation numérique au commerce électronique (DRE) de l\'UPU',
        'Évaluations et assistance technique de l\'UPU qui aident les postes à moderniser leurs stratégies et services numériques pour le commerce électronique ; dix évaluations en Afrique ont été financées par la France.',
        md(
          'La numérisation transforme les chaînes logistiques et la manière d\'acheter en ligne, et les postes doivent devenir plus prévisibles, transparentes, sûres et efficaces. Le projet **Préparation numérique au commerce électronique (DRE)** du Bureau international de l\'UPU évalue les capacités numériques d\'une poste et recommande comment combler les lacunes. Il couvre six types d\'activités : transformation numérique des services postaux ; offre de services postaux numériques ; contribution à l\'économie numérique nationale ; services numériques en partenariat ; amélioration des services existants ; cadres méthodologiques et partage de connaissances.',
          'Grâce à un financement de la France, l\'UPU a mené des missions d\'évaluation et remis des rapports de recommandations au Bénin, au Cameroun, au Congo, en Égypte, au Ghana, au Kenya, à Madagascar, en Mauritanie, en Afrique du Sud et au Zimbabwe.',
        ),
        'Pour les opérateurs postaux désignés et gouvernements des pays membres de l\'UPU ; les évaluations dépendent des financements disponibles et se demandent au Groupe des politiques numériques et du commerce de l\'UPU.',
      ),
      es: text(
        'Evaluaciones de la preparación digital para el comercio electrónico (DRE) de la UPU',
        'Evaluaciones y asistencia técnica de la UPU que ayudan a los correos a modernizar sus estrategias y servicios digitales para el comercio electrónico; Francia financió diez evaluaciones en África.',
        md(
          'La digitalización transforma las cadenas de suministro y la forma de comprar en línea, y los correos deben ser más previsibles, transparentes, seguros y eficientes. El proyecto **Preparación Digital para el Comercio Electrónico (DRE)** de la Oficina Internacional de la UPU evalúa la capacidad digital de un correo y recomienda cómo cerrar sus brechas. Abarca seis tipos de actividades: transformación digital de los servicios postales; oferta de servicios postales digitales; contribución a la economía digital nacional; servicios digitales en asociación con otras instituciones; mejora de los servicios existentes; y marcos metodológicos e intercambio de conocimientos.',
          'Con financiación de Francia, la UPU realizó misiones de evaluación e informes de recomendaciones en Benin, Camerún, el Congo, Egipto, Ghana, Kenya, Madagascar, Mauritania, Sudáfrica y Zimbabwe.',
        ),
        'Para operadores postales designados y gobiernos de países miembros de la UPU; las evaluaciones dependen de la financiación disponible y se solicitan a la Unidad de Políticas Digitales y Comercio de la UPU.',
      ),
    },
    source: `UPU page "Digital readiness for e-commerce (DRE)" (list of ten countries assessed with funding from France) (${checked}).`,
  },

  // ——— Customs and cross-border e-commerce (WCO) ———
  {
    type: 'resource',
    slug: 'wco-ecommerce-framework-of-standards',
    kind: 'guide',
    organisations: ['wco'],
    policyAreas: ['trade-logistics', 'legal-regulatory'],
    beneficiaries: ['customs-border-agencies', 'governments'],
    coverage: ['001'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://www.wcoomd.org/en/topics/facilitation/instrument-and-tools/frameworks-of-standards/ecommerce.aspx', viaHub: true },
    link: 'https://www.wcoomd.org/en/topics/facilitation/instrument-and-tools/frameworks-of-standards/ecommerce.aspx',
    publishedOn: '2018-06',
    sourceLocale: 'en',
    text: {
      en: text(
        'WCO Framework of Standards on Cross-Border E-Commerce and E-Commerce Package',
        'WCO global standards, adopted in June 2018 and revised in 2022, for clearing the growing flows of small, low-value e-commerce parcels: advance data, risk management, simplified clearance and revenue collection.',
        md(
          'Cross-border e-commerce has multiplied the number of small and low-value B2C and C2C shipments that customs must handle. Building on the 2017 Luxor Resolution on guiding principles, the WCO Council adopted the **Framework of Standards on Cross-Border E-Commerce** in June 2018. Its core is the exchange of **advance electronic data** for effective risk management, together with **simplified procedures** for clearance, revenue collection and returns, partnerships with e-commerce operators, and the use of non-intrusive inspection, data analytics and other technologies.',
          'The **WCO E-Commerce Package** (2019) adds technical specifications, flowcharts, reference data sets, a compendium of case studies and guidance on the different revenue collection models. A first periodic review, endorsed in June 2022, added a standard on data quality. Customs administrations are urged to implement the standards in phases, with other government agencies and e-commerce stakeholders; the WCO offers assistance to members on request.',
        ),
        'Free to download from the WCO; written for customs administrations and other border agencies. WCO members can request implementation support.',
      ),
      fr: text(
        'Cadre de normes de l\'OMD sur le commerce électronique transfrontière et Dossier sur le commerce électronique',
        'Normes mondiales de l\'OMD, adoptées en juin 2018 et révisées en 2022, pour dédouaner les flux croissants de petits colis de faible valeur : données préalables, gestion des risques, dédouanement simplifié et perception des recettes.',
        md(
          'Le commerce électronique transfrontière a multiplié les petits envois de faible valeur B2C et C2C que la douane doit traiter. Dans le prolongement de la résolution de Louxor de 2017, le Conseil de l\'OMD a adopté en juin 2018 le **Cadre de normes sur le commerce électronique transfrontière**. Il repose sur l\'échange de **données électroniques préalables** pour une gestion efficace des risques, sur des **procédures simplifiées** de dédouanement, de perception des recettes et de retour, sur des partenariats avec les acteurs du commerce électronique et sur l\'usage de l\'inspection non intrusive et de l\'analyse de données.',
          'Le **Dossier de l\'OMD sur le commerce électronique** (2019) ajoute spécifications techniques, schémas, jeux de données de référence, recueil d\'études de cas et orientations sur les modèles de perception des recettes. Une première révision, approuvée en juin 2022, a ajouté une norme sur la qualité des données.',
        ),
        'Téléchargement gratuit sur le site de l\'OMD ; destiné aux administrations douanières et autres services aux frontières. Les membres de l\'OMD peuvent demander un appui à la mise en œuvre.',
      ),
      es: text(
        'Marco Normativo de la OMA sobre el Comercio Electrónico Transfronterizo y Paquete sobre Comercio Electrónico',
        'Normas mundiales de la OMA, adoptadas en junio de 2018 y revisadas en 2022, para despachar los crecientes flujos de paquetes pequeños de bajo valor: datos anticipados, gestión de riesgos, despacho simplificado y recaudación.',
        md(
          'El comercio electrónico transfronterizo ha multiplicado los envíos pequeños y de bajo valor B2C y C2C que las aduanas deben tramitar. A partir de la Resolución de Luxor de 2017, el Consejo de la OMA adoptó en junio de 2018 el **Marco Normativo sobre el Comercio Electrónico Transfronterizo**. Su eje es el intercambio de **datos electrónicos anticipados** para una gestión eficaz de riesgos, junto con **procedimientos simplificados** de despacho, recaudación de ingresos y devoluciones, alianzas con los actores del comercio electrónico y el uso de la inspección no intrusiva y el análisis de datos.',
          'El **Paquete de la OMA sobre Comercio Electrónico** (2019) añade especificaciones técnicas, diagramas, conjuntos de datos de referencia, un compendio de estudios de caso y orientaciones sobre los modelos de recaudación. Una primera revisión, aprobada en junio de 2022, añadió una norma sobre calidad de los datos.',
        ),
        'Descarga gratuita en el sitio de la OMA; dirigido a administraciones de aduanas y otros organismos de frontera. Los miembros de la OMA pueden solicitar apoyo para su aplicación.',
      ),
    },
    source: `WCO page "Framework of Standards on cross-border e-commerce" (23 August 2018), WCO news on the E-Commerce Package (2019) and CLECAT summary of the 2022 revision endorsed by the WCO Council (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'wco-mercator-programme',
    kind: 'technical-assistance',
    organisations: ['wco'],
    policyAreas: ['trade-logistics'],
    beneficiaries: ['customs-border-agencies', 'governments'],
    coverage: ['001'],
    languages: ['en', 'fr'],
    cost: 'varies',
    access: { applyUrl: 'https://www.wcoomd.org/en/topics/capacity-building/activities-and-programmes/mercator-programme.aspx', viaHub: true },
    link: 'https://www.wcoomd.org/en/topics/capacity-building/activities-and-programmes/mercator-programme.aspx',
    startsOn: '2014-06',
    sourceLocale: 'en',
    text: {
      en: text(
        'WCO Mercator Programme: support to implement the WTO Trade Facilitation Agreement',
        'The WCO\'s flagship programme, launched in June 2014, that helps customs administrations implement the WTO Trade Facilitation Agreement uniformly with WCO instruments such as the Revised Kyoto Convention.',
        md(
          'Most provisions of the WTO Trade Facilitation Agreement concern customs. The WCO Council launched the Mercator Programme in June 2014 so that governments implement trade facilitation measures quickly and in a harmonised way, using core WCO instruments and tools such as the **Revised Kyoto Convention**. It follows two tracks:',
          [
            '- an **overall track**: awareness at global, regional and national levels, and development of standards and tools (through the WCO Working Group on the Implementation of the TFA);',
            '- a **tailor-made track**: bespoke technical assistance – consolidating earlier needs assessments into a roadmap, running a Time Release Study baseline, supporting the national trade facilitation committee, monitoring progress and organising donor coordination.',
          ].join('\n'),
          'Much of the tailor-made support is delivered through multi-year Mercator partnerships with accredited WCO experts; the WCO reported 50 customs administrations in such engagements in 2020.',
        ),
        'For customs administrations of WCO members; tailor-made assistance is agreed with the WCO and funded by the WCO, donors or the beneficiary.',
      ),
      fr: text(
        'Programme Mercator de l\'OMD : appui à la mise en œuvre de l\'Accord de l\'OMC sur la facilitation des échanges',
        'Programme phare de l\'OMD, lancé en juin 2014, qui aide les douanes à appliquer de manière uniforme l\'Accord de l\'OMC sur la facilitation des échanges avec les instruments de l\'OMD comme la Convention de Kyoto révisée.',
        md(
          'La plupart des dispositions de l\'Accord de l\'OMC sur la facilitation des échanges concernent la douane. Le Conseil de l\'OMD a lancé le programme Mercator en juin 2014 pour que les gouvernements appliquent les mesures de facilitation rapidement et de façon harmonisée, à l\'aide des instruments de l\'OMD tels que la **Convention de Kyoto révisée**. Il comprend deux volets :',
          [
            '- un **volet global** : sensibilisation et élaboration de normes et d\'outils (par le Groupe de travail de l\'OMD sur la mise en œuvre de l\'AFE) ;',
            '- un **volet sur mesure** : assistance technique adaptée – feuille de route à partir des évaluations des besoins, étude sur le temps nécessaire à la mainlevée, appui au comité national de la facilitation des échanges, suivi et coordination des donateurs.',
          ].join('\n'),
          'Une grande part de l\'appui passe par des partenariats Mercator pluriannuels avec des experts accrédités de l\'OMD ; 50 administrations douanières y participaient en 2020.',
        ),
        'Pour les administrations douanières des membres de l\'OMD ; l\'assistance sur mesure est convenue avec l\'OMD et financée par celle-ci, des donateurs ou le bénéficiaire.',
      ),
      es: text(
        'Programa Mercator de la OMA: apoyo para aplicar el Acuerdo sobre Facilitación del Comercio de la OMC',
        'Programa emblemático de la OMA, lanzado en junio de 2014, que ayuda a las aduanas a aplicar de forma uniforme el Acuerdo sobre Facilitación del Comercio de la OMC con instrumentos como el Convenio de Kyoto Revisado.',
        md(
          'La mayoría de las disposiciones del Acuerdo sobre Facilitación del Comercio de la OMC atañen a las aduanas. El Consejo de la OMA lanzó el Programa Mercator en junio de 2014 para que los gobiernos apliquen las medidas de facilitación con rapidez y de forma armonizada, usando instrumentos de la OMA como el **Convenio de Kyoto Revisado**. Tiene dos vertientes:',
          [
            '- una **vertiente general**: sensibilización y elaboración de normas y herramientas (a través del Grupo de Trabajo de la OMA sobre la Aplicación del AFC);',
            '- una **vertiente a medida**: asistencia técnica adaptada –hoja de ruta a partir de las evaluaciones de necesidades, estudio del tiempo de despacho, apoyo al comité nacional de facilitación del comercio, seguimiento y coordinación de donantes.',
          ].join('\n'),
          'Gran parte del apoyo se presta mediante asociaciones Mercator plurianuales con expertos acreditados de la OMA; en 2020 participaban 50 administraciones de aduanas.',
        ),
        'Para administraciones de aduanas de miembros de la OMA; la asistencia a medida se acuerda con la OMA y la financian la OMA, donantes o el beneficiario.',
      ),
    },
    source: `WCO pages on the Mercator Programme (capacity building; tailor-made track), WCO news on the second Mercator Programme Report (November 2020) and the WCO entry in the WTO TFA Facility agency directory (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'wco-time-release-study',
    kind: 'tool',
    organisations: ['wco'],
    policyAreas: ['trade-logistics'],
    beneficiaries: ['customs-border-agencies', 'governments'],
    coverage: ['001'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://www.wcoomd.org/en/topics/facilitation/instrument-and-tools/tools/time-release-study.aspx', viaHub: true },
    link: 'https://www.wcoomd.org/en/topics/facilitation/instrument-and-tools/tools/time-release-study.aspx',
    startsOn: '2001',
    sourceLocale: 'en',
    text: {
      en: text(
        'WCO Time Release Study (TRS) and its Guide',
        'The WCO method for measuring the actual time from the arrival of goods to their release, to find bottlenecks at the border; referenced in Article 7.6 of the WTO Trade Facilitation Agreement. Version 4 appeared in 2025.',
        md(
          'A Time Release Study measures how long it really takes to release or clear goods – from arrival at the border to physical release – for imports, exports and transit, step by step and agency by agency. It shows where delays occur, helps evaluate new procedures and gives a baseline for reforms. Article 7.6 of the WTO Trade Facilitation Agreement encourages members to measure and publish average release times, citing the WCO TRS.',
          'The guide, first launched in 2001, was updated as Version 2 (2011), Version 3 (2018) and **Version 4 (2025)**, which adds formal mandates and structured planning, better process mapping, sampling and questionnaire design, broader testing, segmented data analysis and more emphasis on data visualisation and results. The study runs in four phases – preparation, data collection, analysis and monitoring – ideally led by customs with other border agencies and the private sector, often under the national trade facilitation committee. A TRS e-learning module is available to WCO members on the CLiKC! platform.',
        ),
        'The guide is free; the e-learning course is open to WCO members. Countries can request WCO support to run a study.',
      ),
      fr: text(
        'Étude de l\'OMD sur le temps nécessaire à la mainlevée (TRS) et son guide',
        'Méthode de l\'OMD pour mesurer le temps réel entre l\'arrivée des marchandises et leur mainlevée et repérer les goulets d\'étranglement ; citée à l\'article 7.6 de l\'Accord de l\'OMC sur la facilitation des échanges. Version 4 en 2025.',
        md(
          'Une étude sur le temps nécessaire à la mainlevée mesure le temps réellement nécessaire pour libérer ou dédouaner les marchandises – de l\'arrivée à la frontière à la mainlevée physique – à l\'importation, à l\'exportation et en transit, étape par étape et service par service. Elle montre où se produisent les retards et fournit une base de référence pour les réformes. L\'article 7.6 de l\'Accord de l\'OMC sur la facilitation des échanges encourage les membres à mesurer et publier le temps moyen de mainlevée, en citant l\'étude de l\'OMD.',
          'Le guide, lancé en 2001, a connu les versions 2 (2011), 3 (2018) et **4 (2025)**, qui ajoute mandats formels et planification structurée, meilleure cartographie des processus, échantillonnage, analyse segmentée des données et visualisation des résultats. L\'étude se déroule en quatre phases – préparation, collecte, analyse, suivi – idéalement sous la conduite de la douane avec les autres services aux frontières et le secteur privé.',
        ),
        'Guide gratuit ; le module d\'apprentissage en ligne est ouvert aux membres de l\'OMD. Les pays peuvent demander l\'appui de l\'OMD pour réaliser une étude.',
      ),
      es: text(
        'Estudio de la OMA sobre el Tiempo de Despacho (TRS) y su guía',
        'Método de la OMA para medir el tiempo real entre la llegada de las mercancías y su levante y detectar cuellos de botella en la frontera; citado en el artículo 7.6 del Acuerdo sobre Facilitación del Comercio. Versión 4 de 2025.',
        md(
          'Un Estudio sobre el Tiempo de Despacho mide cuánto tarda realmente el levante o despacho de las mercancías –desde la llegada a la frontera hasta su salida física– en importación, exportación y tránsito, paso a paso y organismo por organismo. Muestra dónde se producen los retrasos y da una base de referencia para las reformas. El artículo 7.6 del Acuerdo sobre Facilitación del Comercio de la OMC alienta a los miembros a medir y publicar el tiempo medio de levante, citando el estudio de la OMA.',
          'La guía, lanzada en 2001, tuvo las versiones 2 (2011), 3 (2018) y **4 (2025)**, que añade mandatos formales y planificación estructurada, mejor mapeo de procesos, muestreo, análisis segmentado de datos y visualización de resultados. El estudio se desarrolla en cuatro fases –preparación, recopilación de datos, análisis y seguimiento–, idealmente dirigido por la aduana con los demás organismos de frontera y el sector privado.',
        ),
        'Guía gratuita; el curso en línea está abierto a los miembros de la OMA. Los países pueden solicitar el apoyo de la OMA para realizar un estudio.',
      ),
    },
    source: `WCO pages on the Time Release Study (Version 3 in English; Version 4 (2025) announced on the Spanish-language page), WCO News article on the TRS Guide and news of May 2024 on the TRS e-learning module on CLiKC! (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'seco-wco-global-trade-facilitation-programme',
    kind: 'technical-assistance',
    organisations: ['wco'],
    policyAreas: ['trade-logistics'],
    beneficiaries: ['customs-border-agencies'],
    coverage: ['BGD', 'BOL', 'COL', 'SLV', 'GTM', 'HND', 'JOR', 'MDA', 'MNG', 'NIC', 'PAN', 'PER', 'SRB', 'UKR', 'UZB'],
    languages: ['en', 'fr', 'es'],
    cost: 'free',
    access: { applyUrl: 'https://www.wcoomd.org/en/media/newsroom/2024/february/the-seco-wco-gtfp-officially-launches-its-second-phase.aspx', viaHub: true },
    link: 'https://www.wcoomd.org/en/media/newsroom/2024/february/the-seco-wco-gtfp-officially-launches-its-second-phase.aspx',
    startsOn: '2024-02-22',
    endsOn: '2027',
    sourceLocale: 'en',
    text: {
      en: text(
        'SECO–WCO Global Trade Facilitation Programme (GTFP)',
        'A capacity-building programme of the WCO funded by Switzerland (SECO) that helps customs administrations implement the WTO Trade Facilitation Agreement; phase II runs from 2024 to 2027.',
        md(
          'The Global Trade Facilitation Programme is run by the World Customs Organization with funding from the Swiss State Secretariat for Economic Affairs (SECO). In its first phase it supported the customs administrations of Bangladesh, Bolivia, Colombia, El Salvador, Guatemala, Honduras, Jordan, Moldova, Mongolia, Nicaragua, Panama, Peru, Serbia, Ukraine and Uzbekistan, with results such as shorter release times, more effective risk management, better compliance with the WTO Trade Facilitation Agreement, stronger organisational development and closer work with the private sector.',
          'The second phase (2024–2027) was launched on 22 February 2024. It combines technical assistance on trade facilitation measures with organisational development of customs administrations (leadership, strategic planning, performance measurement).',
        ),
        'For customs administrations of the beneficiary countries selected by SECO and the WCO; support is free of charge for them.',
      ),
      fr: text(
        'Programme mondial de facilitation des échanges SECO-OMD (GTFP)',
        'Programme de renforcement des capacités de l\'OMD financé par la Suisse (SECO) qui aide les douanes à mettre en œuvre l\'Accord de l\'OMC sur la facilitation des échanges ; phase II de 2024 à 2027.',
        md(
          'Le Programme mondial de facilitation des échanges est mené par l\'Organisation mondiale des douanes avec un financement du Secrétariat d\'État à l\'économie de la Suisse (SECO). Lors de sa première phase, il a appuyé les douanes du Bangladesh, de la Bolivie, de la Colombie, d\'El Salvador, du Guatemala, du Honduras, de la Jordanie, de la Moldova, de la Mongolie, du Nicaragua, du Panama, du Pérou, de la Serbie, de l\'Ukraine et de l\'Ouzbékistan : délais de mainlevée réduits, gestion des risques plus efficace, meilleur respect de l\'Accord de l\'OMC, développement organisationnel renforcé et collaboration accrue avec le secteur privé.',
          'La deuxième phase (2024-2027) a été lancée le 22 février 2024. Elle associe assistance technique sur les mesures de facilitation et développement organisationnel des douanes.',
        ),
        'Pour les administrations douanières des pays bénéficiaires retenus par le SECO et l\'OMD ; appui gratuit pour elles.',
      ),
      es: text(
        'Programa Mundial de Facilitación del Comercio SECO-OMA (GTFP)',
        'Programa de fomento de la capacidad de la OMA financiado por Suiza (SECO) que ayuda a las aduanas a aplicar el Acuerdo sobre Facilitación del Comercio de la OMC; la fase II va de 2024 a 2027.',
        md(
          'El Programa Mundial de Facilitación del Comercio lo ejecuta la Organización Mundial de Aduanas con financiación de la Secretaría de Estado de Economía de Suiza (SECO). En su primera fase apoyó a las aduanas de Bangladesh, Bolivia, Colombia, El Salvador, Guatemala, Honduras, Jordania, Moldova, Mongolia, Nicaragua, Panamá, el Perú, Serbia, Ucrania y Uzbekistán, con resultados como menores tiempos de levante, gestión de riesgos más eficaz, mejor cumplimiento del Acuerdo de la OMC, mayor desarrollo institucional y más colaboración con el sector privado.',
          'La segunda fase (2024-2027) se inauguró el 22 de febrero de 2024. Combina asistencia técnica sobre medidas de facilitación del comercio con el desarrollo institucional de las aduanas.',
        ),
        'Para las administraciones de aduanas de los países beneficiarios seleccionados por la SECO y la OMA; el apoyo es gratuito para ellas.',
      ),
    },
    source: `WCO news of 28 February 2024 "The SECO-WCO GTFP officially launches its second phase" (phase I beneficiaries, phase II 2024–2027) (${checked}). Coverage lists the phase I countries; phase II beneficiaries were not found. SECO is not a partner organisation of the hub.`,
  },

  // ——— WTO Trade Facilitation Agreement ———
  {
    type: 'solution',
    slug: 'wto-trade-facilitation-agreement-facility',
    kind: 'financing',
    organisations: ['wto'],
    policyAreas: ['trade-logistics', 'access-to-financing'],
    beneficiaries: ['governments', 'customs-border-agencies'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'free',
    access: { applyUrl: 'https://tfafacility.org', email: 'tfaf@wto.org', viaHub: true },
    link: 'https://tfafacility.org',
    startsOn: '2014',
    sourceLocale: 'en',
    text: {
      en: text(
        'WTO Trade Facilitation Agreement Facility (TFAF)',
        'The WTO facility, launched in 2014, that helps developing and least developed countries implement the Trade Facilitation Agreement: matchmaking with donors, notifications, training and, as a last resort, grants.',
        md(
          'The WTO Trade Facilitation Agreement (TFA) entered into force on 22 February 2017. Developing and least developed members may implement its measures on their own timetables (categories A, B and C), but many need help. The Trade Facilitation Agreement Facility, launched in 2014 and funded by donor members through a trust fund, assists them to:',
          [
            '- find implementation support – it matches members\' needs with donors and agencies and keeps information on assistance programmes;',
            '- ratify the TFA and prepare their notifications, including category A, B and C designations;',
            '- strengthen their national trade facilitation committees, with courses, workshops and guidance.',
          ].join('\n'),
          'Where no other source of funding can be found, the Facility can award **project preparation grants** and **project implementation grants**, after an expression of interest.',
        ),
        'For developing and least developed WTO members (WTO observers and members in arrears are not eligible for grants). Services are free; grants are a last resort when no other donor is available.',
      ),
      fr: text(
        'Mécanisme pour l\'Accord sur la facilitation des échanges de l\'OMC (TFAF)',
        'Mécanisme de l\'OMC, lancé en 2014, qui aide les pays en développement et les PMA à mettre en œuvre l\'Accord sur la facilitation des échanges : mise en relation avec les donateurs, notifications, formation et, en dernier recours, dons.',
        md(
          'L\'Accord de l\'OMC sur la facilitation des échanges (AFE) est entré en vigueur le 22 février 2017. Les membres en développement et les moins avancés peuvent appliquer ses mesures selon leur propre calendrier (catégories A, B et C), mais beaucoup ont besoin d\'aide. Le Mécanisme pour l\'AFE, lancé en 2014 et financé par des membres donateurs au moyen d\'un fonds d\'affectation spéciale, les aide à :',
          [
            '- trouver un appui à la mise en œuvre, en rapprochant leurs besoins des donateurs et organismes ;',
            '- ratifier l\'AFE et préparer leurs notifications, dont les désignations A, B et C ;',
            '- renforcer leurs comités nationaux de la facilitation des échanges (cours, ateliers, orientations).',
          ].join('\n'),
          'Lorsqu\'aucune autre source de financement n\'existe, le Mécanisme peut accorder des **dons pour la préparation de projets** et des **dons pour la mise en œuvre de projets**, après une manifestation d\'intérêt.',
        ),
        'Pour les membres de l\'OMC en développement et les moins avancés (les observateurs et membres en arriérés ne peuvent recevoir de dons). Services gratuits ; les dons sont un dernier recours.',
      ),
      es: text(
        'Mecanismo para el Acuerdo sobre Facilitación del Comercio de la OMC (TFAF)',
        'Mecanismo de la OMC, lanzado en 2014, que ayuda a los países en desarrollo y menos adelantados a aplicar el Acuerdo sobre Facilitación del Comercio: contacto con donantes, notificaciones, formación y, como último recurso, donaciones.',
        md(
          'El Acuerdo sobre Facilitación del Comercio (AFC) de la OMC entró en vigor el 22 de febrero de 2017. Los miembros en desarrollo y menos adelantados pueden aplicar sus medidas según su propio calendario (categorías A, B y C), pero muchos necesitan ayuda. El Mecanismo para el AFC, lanzado en 2014 y financiado por miembros donantes mediante un fondo fiduciario, les ayuda a:',
          [
            '- encontrar apoyo para la aplicación, poniendo en contacto sus necesidades con donantes y organismos;',
            '- ratificar el AFC y preparar sus notificaciones, incluidas las designaciones A, B y C;',
            '- fortalecer sus comités nacionales de facilitación del comercio (cursos, talleres, orientaciones).',
          ].join('\n'),
          'Cuando no hay otra fuente de financiación, el Mecanismo puede conceder **donaciones para la preparación de proyectos** y **donaciones para la ejecución de proyectos**, tras una manifestación de interés.',
        ),
        'Para miembros de la OMC en desarrollo y menos adelantados (los observadores y los miembros con atrasos no pueden recibir donaciones). Servicios gratuitos; las donaciones son un último recurso.',
      ),
    },
    source: `tfafacility.org (annual reports 2016 and 2017, work plans 2018–2020, guidance on notifications with the contact "TFAF [at] WTO.org"), WTO Committee on Trade Facilitation report of the TFAF (June 2022) and GTR article on the Facility's funding (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'wto-tfa-database',
    kind: 'data',
    organisations: ['wto'],
    policyAreas: ['trade-logistics'],
    beneficiaries: ['governments', 'customs-border-agencies', 'msmes', 'researchers'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'free',
    access: { applyUrl: 'https://tfadatabase.org' },
    link: 'https://tfadatabase.org',
    sourceLocale: 'en',
    text: {
      en: text(
        'WTO Trade Facilitation Agreement Database',
        'The WTO\'s public database of members\' notifications under the Trade Facilitation Agreement: implementation commitments (categories A, B, C), single window and other transparency notifications, and enquiry points.',
        md(
          'The TFA Database presents, member by member and measure by measure, the notifications WTO members submit under the Trade Facilitation Agreement. Section I of the Agreement has some 36 measures in 12 articles (239 notifiable items); developing and least developed members designate each as category **A** (implemented on entry into force), **B** (more time needed) or **C** (more time and capacity-building support needed), with indicative and definitive dates.',
          'The database also gathers **transparency notifications** – on import, export and transit procedures, the operation of the single window, the use of customs brokers and contact points for customs cooperation – and a page for traders with each member\'s enquiry points. Notification trackers and charts show global progress, which helps governments, donors and businesses see where implementation stands.',
        ),
        'Free to consult for anyone; its content comes only from WTO members\' notifications.',
      ),
      fr: text(
        'Base de données de l\'Accord de l\'OMC sur la facilitation des échanges',
        'Base publique de l\'OMC des notifications des membres au titre de l\'Accord sur la facilitation des échanges : engagements de mise en œuvre (catégories A, B, C), guichet unique et autres notifications de transparence, points d\'information.',
        md(
          'La base de données de l\'AFE présente, membre par membre et mesure par mesure, les notifications présentées au titre de l\'Accord sur la facilitation des échanges. La section I de l\'Accord compte quelque 36 mesures réparties en 12 articles (239 éléments notifiables) ; les membres en développement et les moins avancés classent chacune en catégorie **A** (appliquée à l\'entrée en vigueur), **B** (délai supplémentaire) ou **C** (délai et assistance pour le renforcement des capacités), avec des dates indicatives et définitives.',
          'Elle rassemble aussi les **notifications de transparence** – procédures d\'importation, d\'exportation et de transit, fonctionnement du guichet unique, recours aux commissionnaires en douane, points de contact – et une page pour les commerçants avec les points d\'information de chaque membre.',
        ),
        'Consultation gratuite pour tous ; le contenu provient uniquement des notifications des membres de l\'OMC.',
      ),
      es: text(
        'Base de Datos del Acuerdo sobre Facilitación del Comercio de la OMC',
        'Base pública de la OMC con las notificaciones de los miembros en virtud del Acuerdo sobre Facilitación del Comercio: compromisos de aplicación (categorías A, B, C), ventanilla única y otras notificaciones de transparencia, y servicios de información.',
        md(
          'La base de datos del AFC presenta, miembro por miembro y medida por medida, las notificaciones que los miembros de la OMC presentan en virtud del Acuerdo sobre Facilitación del Comercio. La sección I del Acuerdo tiene unas 36 medidas en 12 artículos (239 elementos notificables); los miembros en desarrollo y menos adelantados designan cada una como categoría **A** (aplicada a la entrada en vigor), **B** (necesita más tiempo) o **C** (necesita más tiempo y apoyo para la creación de capacidad), con fechas indicativas y definitivas.',
          'Reúne también las **notificaciones de transparencia** –procedimientos de importación, exportación y tránsito, funcionamiento de la ventanilla única, uso de agentes de aduanas y puntos de contacto– y una página para comerciantes con los servicios de información de cada miembro.',
        ),
        'Consulta gratuita para todos; su contenido procede únicamente de las notificaciones de los miembros de la OMC.',
      ),
    },
    source: `tfadatabase.org pages "Notification requirements", "Implementation notifications (ABC)" and "Breakdown by country groupings" (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'global-alliance-for-trade-facilitation',
    kind: 'technical-assistance',
    organisations: ['global-alliance-for-trade-facilitation', 'icc', 'world-economic-forum'],
    policyAreas: ['trade-logistics'],
    beneficiaries: ['governments', 'customs-border-agencies', 'msmes'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://tradefacilitation.org', viaHub: true },
    link: 'https://tradefacilitation.org',
    startsOn: '2015-12',
    sourceLocale: 'en',
    text: {
      en: text(
        'Global Alliance for Trade Facilitation',
        'A public–private partnership launched in December 2015 that brings governments and businesses together as equal partners to deliver trade facilitation reforms in developing and least developed countries.',
        md(
          'The Global Alliance for Trade Facilitation was launched in December 2015 to support implementation of the WTO Trade Facilitation Agreement. It is hosted by the Center for International Private Enterprise, the International Chamber of Commerce and the World Economic Forum, and funded by donor governments (initially Canada, Germany, the United Kingdom and the United States, then Australia and others).',
          'Alliance projects identify reforms that matter commercially and carry them out with the public and private sectors – for example digitalising manual documentation, improving border procedures or agri-food certification – and measure the time and cost saved with business metrics. The Alliance reported 14 completed projects by the end of 2022, with 41 global business partners and more than 700 local MSMEs engaged, and 28 projects in implementation across 30 countries in 2021.',
        ),
        'For governments of developing and least developed countries that want to carry out trade facilitation reforms with the private sector; businesses can join as partners. No fee for the beneficiary country.',
      ),
      fr: text(
        'Alliance mondiale pour la facilitation des échanges',
        'Partenariat public-privé lancé en décembre 2015 qui réunit gouvernements et entreprises, sur un pied d\'égalité, pour mener des réformes de facilitation des échanges dans les pays en développement et les PMA.',
        md(
          'L\'Alliance mondiale pour la facilitation des échanges a été lancée en décembre 2015 pour appuyer la mise en œuvre de l\'Accord de l\'OMC sur la facilitation des échanges. Elle est hébergée par le Center for International Private Enterprise, la Chambre de commerce internationale et le Forum économique mondial, et financée par des gouvernements donateurs (d\'abord le Canada, l\'Allemagne, le Royaume-Uni et les États-Unis, puis l\'Australie et d\'autres).',
          'Ses projets repèrent les réformes utiles aux entreprises et les mettent en œuvre avec les secteurs public et privé – par exemple la dématérialisation des documents, l\'amélioration des procédures aux frontières ou la certification agroalimentaire – puis mesurent le temps et les coûts économisés. Fin 2022, l\'Alliance faisait état de 14 projets achevés, avec 41 entreprises partenaires mondiales et plus de 700 MPME locales.',
        ),
        'Pour les gouvernements des pays en développement et des PMA qui veulent mener des réformes avec le secteur privé ; les entreprises peuvent devenir partenaires. Gratuit pour le pays bénéficiaire.',
      ),
      es: text(
        'Alianza Mundial para la Facilitación del Comercio',
        'Asociación público-privada lanzada en diciembre de 2015 que reúne a gobiernos y empresas, en pie de igualdad, para llevar a cabo reformas de facilitación del comercio en países en desarrollo y menos adelantados.',
        md(
          'La Alianza Mundial para la Facilitación del Comercio se lanzó en diciembre de 2015 para apoyar la aplicación del Acuerdo sobre Facilitación del Comercio de la OMC. La acogen el Center for International Private Enterprise, la Cámara de Comercio Internacional y el Foro Económico Mundial, y la financian gobiernos donantes (al principio el Canadá, Alemania, el Reino Unido y los Estados Unidos, luego Australia y otros).',
          'Sus proyectos identifican reformas útiles para las empresas y las ejecutan con los sectores público y privado –por ejemplo, la digitalización de documentos manuales, la mejora de los procedimientos fronterizos o la certificación agroalimentaria– y miden el tiempo y los costos ahorrados. A finales de 2022 informaba de 14 proyectos terminados, con 41 empresas asociadas mundiales y más de 700 mipymes locales.',
        ),
        'Para gobiernos de países en desarrollo y menos adelantados que quieran emprender reformas con el sector privado; las empresas pueden sumarse como asociadas. Gratuito para el país beneficiario.',
      ),
    },
    source: `Launch statement of December 2015 and 2021 annual report news on tradefacilitation.org, 2020 annual report (copy), World Economic Forum article of May 2023 (${checked}). CIPE is not a partner organisation of the hub.`,
  },

  // ——— UNCTAD: customs automation, trade facilitation committees, maritime transport ———
  {
    type: 'solution',
    slug: 'unctad-asycuda',
    kind: 'tool',
    organisations: ['unctad'],
    policyAreas: ['trade-logistics', 'ict-infrastructure'],
    beneficiaries: ['customs-border-agencies', 'governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'varies',
    access: { applyUrl: 'https://asycuda.org/en/about', viaHub: true },
    link: 'https://asycuda.org/en/about',
    startsOn: '1981',
    sourceLocale: 'en',
    text: {
      en: text(
        'ASYCUDA: UNCTAD\'s Automated System for Customs Data',
        'UNCTAD\'s computerised customs management system, used for over 30 years by more than 100 countries, covering manifests, declarations, accounting, transit and suspense procedures and trade statistics.',
        md(
          'ASYCUDA began in 1981, when the ECOWAS secretariat asked UNCTAD to help its member States compile foreign trade statistics – which quickly required modernising customs clearance itself. UNCTAD built a modular, configurable system that could run in difficult environments with few maintenance staff. It has since gone through several generations, among them ASYCUDA++ and **ASYCUDAWorld**, and is UNCTAD\'s largest technical cooperation programme; an UNCTAD compendium of 2019 marked 30 years of use in more than 100 countries.',
          'ASYCUDA handles manifests and customs declarations, accounting, transit and suspense procedures, and generates trade data for statistical analysis. It follows ISO, WCO and UN standards, can be configured to national tariffs and legislation, and supports electronic data interchange between traders and customs. Add-on modules, chosen to national priorities, cover functions such as risk management, transit and suspension regimes. It is also one of the tools referenced for the exchange of electronic advance data with Posts.',
        ),
        'For customs administrations; each ASYCUDA project is agreed between the government and UNCTAD and financed by the country or its development partners.',
      ),
      fr: text(
        'SYDONIA : le Système douanier automatisé de la CNUCED',
        'Système informatisé de gestion douanière de la CNUCED, utilisé depuis plus de 30 ans par plus de 100 pays : manifestes, déclarations, comptabilité, transit, régimes suspensifs et statistiques commerciales.',
        md(
          'SYDONIA est né en 1981, lorsque le secrétariat de la CEDEAO a demandé à la CNUCED d\'aider ses États membres à établir des statistiques du commerce extérieur – ce qui exigeait de moderniser le dédouanement lui-même. La CNUCED a conçu un système modulaire et paramétrable, capable de fonctionner dans des environnements difficiles avec peu de personnel de maintenance. Il a connu plusieurs générations, dont SYDONIA++ et **SYDONIA World**, et constitue le principal programme de coopération technique de la CNUCED ; un recueil de 2019 a marqué 30 ans d\'utilisation dans plus de 100 pays.',
          'SYDONIA traite les manifestes et déclarations en douane, la comptabilité, le transit et les régimes suspensifs, et produit des données commerciales pour l\'analyse statistique. Il suit les normes de l\'ISO, de l\'OMD et des Nations Unies, se paramètre selon le tarif et la législation nationaux et permet l\'échange de données informatisé entre commerçants et douane. Des modules complémentaires, choisis selon les priorités nationales, couvrent par exemple la gestion des risques, le transit et les régimes suspensifs.',
        ),
        'Pour les administrations douanières ; chaque projet SYDONIA est convenu entre le gouvernement et la CNUCED et financé par le pays ou ses partenaires de développement.',
      ),
      es: text(
        'SIDUNEA: el Sistema Aduanero Automatizado de la UNCTAD',
        'Sistema informatizado de gestión aduanera de la UNCTAD, utilizado durante más de 30 años por más de 100 países: manifiestos, declaraciones, contabilidad, tránsito, regímenes suspensivos y estadísticas comerciales.',
        md(
          'SIDUNEA nació en 1981, cuando la secretaría de la CEDEAO pidió a la UNCTAD que ayudara a sus Estados miembros a compilar estadísticas de comercio exterior, lo que pronto exigió modernizar el propio despacho aduanero. La UNCTAD creó un sistema modular y configurable, capaz de funcionar en entornos difíciles con poco personal de mantenimiento. Ha pasado por varias generaciones, entre ellas SIDUNEA++ y **SIDUNEA World**, y es el mayor programa de cooperación técnica de la UNCTAD; un compendio de 2019 celebró 30 años de uso en más de 100 países.',
          'SIDUNEA gestiona manifiestos y declaraciones de aduana, contabilidad, tránsito y regímenes suspensivos, y genera datos comerciales para el análisis estadístico. Sigue las normas de la ISO, la OMA y las Naciones Unidas, se configura según el arancel y la legislación nacionales y permite el intercambio electrónico de datos entre comerciantes y aduana. Módulos adicionales, elegidos según las prioridades nacionales, cubren por ejemplo la gestión de riesgos, el tránsito y los regímenes suspensivos.',
        ),
        'Para administraciones de aduanas; cada proyecto SIDUNEA se acuerda entre el gobierno y la UNCTAD y lo financia el país o sus asociados para el desarrollo.',
      ),
    },
    source: `asycuda.org/en/about (history since 1981, standards, EDI), report on UNCTAD's "Compendium 2019 – Case Studies" (30 years, more than 100 countries) and UNCTAD technical cooperation reports naming ASYCUDA its largest programme (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'unctad-ntfc-reform-tracker',
    kind: 'tool',
    organisations: ['unctad', 'wco'],
    policyAreas: ['trade-logistics'],
    beneficiaries: ['governments', 'customs-border-agencies', 'trade-support-institutions'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'varies',
    access: { applyUrl: null, viaHub: true },
    link: 'https://unctad.org/publication/national-trade-facilitation-committees-quest-sustainability',
    startsOn: '2021',
    sourceLocale: 'en',
    text: {
      en: text(
        'UNCTAD support to national trade facilitation committees: Reform Tracker and Sustainability Score',
        'UNCTAD tools and assistance for national trade facilitation committees: the Reform Tracker, an online tool to plan and monitor TFA implementation (since 2021), and studies on making committees last.',
        md(
          'Article 23.2 of the WTO Trade Facilitation Agreement requires every member to have a national trade facilitation committee (NTFC) to coordinate implementation. UNCTAD has long supported these committees and studies how they work: its 2022 report *National Trade Facilitation Committees in the quest for sustainability* (Transport and Trade Facilitation Series No. 19), drawing on data from more than 130 countries, introduced a **Sustainability Score** for NTFCs.',
          'In 2021 UNCTAD launched the **Reform Tracker**, an online tool with which an NTFC can project-manage, coordinate and monitor TFA implementation at national level, together with an **Implementation Score** that measures the effort still needed for each provision; by the end of 2021 it had been deployed in 19 countries. Under the Accelerate Trade Facilitation Programme, financed by the United Kingdom and implemented with the World Customs Organization, countries supported by UNCTAD – Cambodia, Egypt, Eswatini and Maldives – notified early implementation of 19 TFA measures between 2022 and 2024.',
        ),
        'For governments and their national trade facilitation committees; publications are free, and deployment of the Reform Tracker is arranged with UNCTAD, usually within a funded project.',
      ),
      fr: text(
        'Appui de la CNUCED aux comités nationaux de la facilitation des échanges : Reform Tracker et score de durabilité',
        'Outils et appui de la CNUCED aux comités nationaux de la facilitation des échanges : le Reform Tracker, outil en ligne pour planifier et suivre la mise en œuvre de l\'AFE (depuis 2021), et des études sur leur pérennité.',
        md(
          'L\'article 23.2 de l\'Accord de l\'OMC sur la facilitation des échanges impose à chaque membre de disposer d\'un comité national de la facilitation des échanges (CNFE) pour coordonner la mise en œuvre. La CNUCED soutient ces comités de longue date et étudie leur fonctionnement : son rapport de 2022 *National Trade Facilitation Committees in the quest for sustainability*, fondé sur des données de plus de 130 pays, a introduit un **score de durabilité** des CNFE.',
          'En 2021, la CNUCED a lancé le **Reform Tracker**, un outil en ligne avec lequel un CNFE peut gérer, coordonner et suivre la mise en œuvre de l\'AFE au niveau national, ainsi qu\'un **score de mise en œuvre** ; fin 2021, il était déployé dans 19 pays. Dans le cadre du programme Accelerate Trade Facilitation, financé par le Royaume-Uni et mis en œuvre avec l\'Organisation mondiale des douanes, le Cambodge, l\'Égypte, l\'Eswatini et les Maldives ont notifié la mise en œuvre anticipée de 19 mesures de l\'AFE.',
        ),
        'Pour les gouvernements et leurs comités nationaux de la facilitation des échanges ; publications gratuites, déploiement du Reform Tracker à convenir avec la CNUCED, en général dans le cadre d\'un projet financé.',
      ),
      es: text(
        'Apoyo de la UNCTAD a los comités nacionales de facilitación del comercio: Reform Tracker y puntuación de sostenibilidad',
        'Herramientas y apoyo de la UNCTAD a los comités nacionales de facilitación del comercio: el Reform Tracker, herramienta en línea para planificar y seguir la aplicación del AFC (desde 2021), y estudios sobre su sostenibilidad.',
        md(
          'El artículo 23.2 del Acuerdo sobre Facilitación del Comercio de la OMC exige a cada miembro tener un comité nacional de facilitación del comercio (CNFC) que coordine la aplicación. La UNCTAD apoya desde hace años a estos comités y estudia su funcionamiento: su informe de 2022 *National Trade Facilitation Committees in the quest for sustainability*, con datos de más de 130 países, introdujo una **puntuación de sostenibilidad** de los CNFC.',
          'En 2021 la UNCTAD lanzó el **Reform Tracker**, una herramienta en línea con la que un CNFC puede gestionar, coordinar y seguir la aplicación del AFC a nivel nacional, junto con una **puntuación de aplicación**; a finales de 2021 se había implantado en 19 países. En el marco del programa Accelerate Trade Facilitation, financiado por el Reino Unido y ejecutado con la Organización Mundial de Aduanas, Camboya, Egipto, Eswatini y Maldivas notificaron la aplicación anticipada de 19 medidas del AFC.',
        ),
        'Para gobiernos y sus comités nacionales de facilitación del comercio; las publicaciones son gratuitas y la implantación del Reform Tracker se acuerda con la UNCTAD, normalmente dentro de un proyecto financiado.',
      ),
    },
    source: `UNCTAD publication page "National Trade Facilitation Committees in the quest for sustainability" (8 November 2022), UNCTAD Transport and Trade Facilitation Newsletter articles No. 87 (March 2022, Reform Tracker launched 2021, 19 countries) and No. 124 (October 2024, Accelerate Trade Facilitation Programme) (${checked}). The link is the publication page; no stable page for the Reform Tracker was found.`,
  },
  {
    type: 'resource',
    slug: 'unctad-review-of-maritime-transport',
    kind: 'report',
    organisations: ['unctad'],
    policyAreas: ['trade-logistics'],
    beneficiaries: ['governments', 'researchers', 'trade-support-institutions'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://unctad.org' },
    link: 'https://unctad.org',
    sourceLocale: 'en',
    text: {
      en: text(
        'UNCTAD Review of Maritime Transport',
        'UNCTAD\'s annual report, published since 1968, on seaborne trade, the world fleet, freight rates, port traffic and the legal and regulatory environment of shipping, with special chapters on topical issues.',
        md(
          'With most of global merchandise trade by volume carried by sea, the cost and reliability of shipping shape countries\' competitiveness – including landlocked countries and small island developing States. UNCTAD has published the **Review of Maritime Transport** every year since 1968; it is its longest-standing annual report and a recognised UN source of statistics and analysis on seaborne trade, the world fleet, freight rates and port traffic.',
          'Each edition also reviews legal and regulatory developments and takes up a special theme – for example access to maritime transport for landlocked countries (2013) or a green and just transition (2023) – with data available through UNCTADstat. It is prepared by UNCTAD\'s Trade Logistics Branch.',
        ),
        'Free to read and download for anyone.',
      ),
      fr: text(
        'Étude sur les transports maritimes de la CNUCED',
        'Rapport annuel de la CNUCED, publié depuis 1968, sur le commerce maritime, la flotte mondiale, les taux de fret, le trafic portuaire et le cadre juridique et réglementaire des transports maritimes.',
        md(
          'L\'essentiel du commerce mondial de marchandises en volume passant par la mer, le coût et la fiabilité des transports maritimes déterminent la compétitivité des pays, y compris des pays sans littoral et des petits États insulaires en développement. La CNUCED publie chaque année depuis 1968 l\'**Étude sur les transports maritimes**, son plus ancien rapport annuel et une source reconnue de statistiques et d\'analyses sur le commerce maritime, la flotte mondiale, les taux de fret et le trafic portuaire.',
          'Chaque édition fait aussi le point sur l\'évolution juridique et réglementaire et traite un thème particulier – par exemple l\'accès des pays sans littoral aux transports maritimes (2013) ou une transition verte et juste (2023) –, avec des données disponibles sur UNCTADstat.',
        ),
        'Lecture et téléchargement gratuits pour tous.',
      ),
      es: text(
        'El Transporte Marítimo (Review of Maritime Transport) de la UNCTAD',
        'Informe anual de la UNCTAD, publicado desde 1968, sobre el comercio marítimo, la flota mundial, los fletes, el tráfico portuario y el marco jurídico y regulatorio del transporte marítimo.',
        md(
          'Como la mayor parte del comercio mundial de mercancías en volumen se transporta por mar, el costo y la fiabilidad del transporte marítimo determinan la competitividad de los países, incluidos los países sin litoral y los pequeños Estados insulares en desarrollo. La UNCTAD publica cada año desde 1968 la **Review of Maritime Transport**, su informe anual más antiguo y una fuente reconocida de estadísticas y análisis sobre el comercio marítimo, la flota mundial, los fletes y el tráfico portuario.',
          'Cada edición examina además la evolución jurídica y regulatoria y trata un tema especial –por ejemplo, el acceso al transporte marítimo de los países sin litoral (2013) o una transición verde y justa (2023)–, con datos disponibles en UNCTADstat.',
        ),
        'Lectura y descarga gratuitas para todos.',
      ),
    },
    source: `UNCTAD pages "Review of Maritime Transport 2013", press release UNCTAD/PRESS/PR/2018/040 (50 years of the Review) and copies of the 2021 and 2023 editions (${checked}). ${homeOnly}`,
  },

  // ——— Paperless trade, single windows and trade facilitation data ———
  {
    type: 'solution',
    slug: 'un-global-survey-digital-sustainable-trade-facilitation',
    kind: 'data',
    organisations: ['unescap', 'unece', 'uneca', 'uneclac', 'unescwa', 'unctad'],
    policyAreas: ['trade-logistics', 'readiness-assessment'],
    beneficiaries: ['governments', 'researchers'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.unescap.org' },
    link: 'https://www.unescap.org',
    startsOn: '2015',
    sourceLocale: 'en',
    text: {
      en: text(
        'UN Global Survey on Digital and Sustainable Trade Facilitation',
        'A survey run every two years since 2015 by the five UN regional commissions on how far countries have implemented trade facilitation and paperless trade measures, with global and regional reports.',
        md(
          'The five UN regional commissions – ECA, ECE, ECLAC, ESCAP and ESCWA – conduct this survey jointly every two years, with partners such as UNCTAD; it started in 2015 under their joint approach to trade facilitation. It covers the measures of the WTO Trade Facilitation Agreement, **digital and paperless trade measures** (electronic single windows, electronic exchange of certificates, laws on electronic transactions) and measures that support SMEs, women traders, agriculture and trade in times of crisis.',
          'The fifth survey (2023) covered 161 countries and found a global average implementation rate of 68.7 per cent; the sixth (2025) put it at about 70 per cent. Cross-border paperless trade remains among the least implemented measures. Country data and regional reports let governments compare themselves with their neighbours and identify technical assistance needs.',
        ),
        'Free for anyone; governments contribute their data through the regional commissions.',
      ),
      fr: text(
        'Enquête mondiale des Nations Unies sur la facilitation du commerce numérique et durable',
        'Enquête menée tous les deux ans depuis 2015 par les cinq commissions régionales de l\'ONU sur la mise en œuvre des mesures de facilitation des échanges et de commerce sans papier, avec rapports mondial et régionaux.',
        md(
          'Les cinq commissions régionales de l\'ONU – CEA, CEE, CEPALC, CESAP et CESAO – mènent cette enquête ensemble tous les deux ans, avec des partenaires comme la CNUCED ; elle a commencé en 2015. Elle porte sur les mesures de l\'Accord de l\'OMC sur la facilitation des échanges, sur les **mesures de commerce numérique et sans papier** (guichet unique électronique, échange électronique de certificats, lois sur les transactions électroniques) et sur les mesures en faveur des PME, des femmes commerçantes, de l\'agriculture et du commerce en temps de crise.',
          'La cinquième enquête (2023) couvrait 161 pays, avec un taux moyen de mise en œuvre de 68,7 % ; la sixième (2025) l\'estimait à environ 70 %. Le commerce transfrontière sans papier reste parmi les mesures les moins appliquées.',
        ),
        'Gratuite pour tous ; les gouvernements fournissent leurs données par l\'intermédiaire des commissions régionales.',
      ),
      es: text(
        'Encuesta Mundial de las Naciones Unidas sobre Facilitación del Comercio Digital y Sostenible',
        'Encuesta realizada cada dos años desde 2015 por las cinco comisiones regionales de las Naciones Unidas sobre la aplicación de medidas de facilitación del comercio y comercio sin papel, con informes mundial y regionales.',
        md(
          'Las cinco comisiones regionales de las Naciones Unidas –CEPA, CEPE, CEPAL, CESPAP y CESPAO– realizan esta encuesta conjuntamente cada dos años, con asociados como la UNCTAD; comenzó en 2015. Abarca las medidas del Acuerdo sobre Facilitación del Comercio de la OMC, las **medidas de comercio digital y sin papel** (ventanilla única electrónica, intercambio electrónico de certificados, leyes sobre transacciones electrónicas) y las que apoyan a las pymes, las mujeres comerciantes, la agricultura y el comercio en tiempos de crisis.',
          'La quinta encuesta (2023) abarcó 161 países, con una tasa media mundial de aplicación del 68,7 %; la sexta (2025) la situó en torno al 70 %. El comercio transfronterizo sin papel sigue entre las medidas menos aplicadas.',
        ),
        'Gratuita para todos; los gobiernos aportan sus datos a través de las comisiones regionales.',
      ),
    },
    source: `ESCAP and UNECE press releases on the fifth survey (July 2023), news on the sixth survey (July 2025), eTrade for all news on the fourth survey (2021) and the 2017 and 2019 global reports (first survey 2015) (${checked}). ${homeOnly}`,
  },
  {
    type: 'resource',
    slug: 'escap-framework-agreement-cross-border-paperless-trade',
    kind: 'publication',
    organisations: ['unescap'],
    policyAreas: ['trade-logistics', 'legal-regulatory'],
    beneficiaries: ['governments', 'customs-border-agencies'],
    coverage: ['142', '009'],
    languages: ['en', 'fr', 'ru', 'zh'],
    cost: 'free',
    access: { applyUrl: 'https://www.unescap.org/resources/framework-agreement-facilitation-cross-border-paperless-trade-asia-and-pacific', viaHub: true },
    link: 'https://www.unescap.org/resources/framework-agreement-facilitation-cross-border-paperless-trade-asia-and-pacific',
    publishedOn: '2016-05-19',
    sourceLocale: 'en',
    text: {
      en: text(
        'Framework Agreement on Facilitation of Cross-border Paperless Trade in Asia and the Pacific (CPTA)',
        'A UN treaty adopted by ESCAP on 19 May 2016, in force since 20 February 2021, that helps its parties exchange and mutually recognise trade data and documents in electronic form.',
        md(
          'Negotiated over four years by more than 25 Asia-Pacific economies, the Framework Agreement was adopted by ESCAP resolution 72/4 on 19 May 2016 and entered into force on 20 February 2021, after five ESCAP member States had ratified or acceded (Azerbaijan, Bangladesh, China, Iran and the Philippines). Other countries joined later, among them Mongolia, the Republic of Korea, Tajikistan, Timor-Leste, Turkmenistan, Tuvalu, the Russian Federation and Kyrgyzstan.',
          'The treaty is dedicated to trade digitalisation: it provides an intergovernmental platform to develop the legal and technical solutions needed for paperless trade data to flow between national single windows and other systems, complementary to the WTO Trade Facilitation Agreement. It is open to all 53 ESCAP member States, at any level of development; ESCAP prioritises technical assistance for parties. ESCAP, the WTO and UNCITRAL also published a **Cross-border Paperless Trade Toolkit** (2022).',
        ),
        'Open to any ESCAP member State by ratification or accession, following the UN Treaty Handbook; ESCAP provides capacity building free of charge to parties.',
      ),
      fr: text(
        'Accord-cadre sur la facilitation du commerce transfrontière sans papier en Asie et dans le Pacifique',
        'Traité des Nations Unies adopté par la CESAP le 19 mai 2016, en vigueur depuis le 20 février 2021, qui aide ses parties à échanger et reconnaître mutuellement données et documents commerciaux électroniques.',
        md(
          'Négocié pendant quatre ans par plus de 25 économies d\'Asie et du Pacifique, l\'Accord-cadre a été adopté par la résolution 72/4 de la CESAP le 19 mai 2016 et est entré en vigueur le 20 février 2021, après ratification ou adhésion de cinq États membres (Azerbaïdjan, Bangladesh, Chine, Iran et Philippines). D\'autres pays l\'ont rejoint ensuite, dont la Mongolie, la République de Corée, le Tadjikistan, le Timor-Leste, le Turkménistan, les Tuvalu, la Fédération de Russie et le Kirghizistan.',
          'Entièrement consacré à la dématérialisation du commerce, le traité offre une plateforme intergouvernementale pour élaborer les solutions juridiques et techniques permettant aux données commerciales de circuler entre guichets uniques nationaux et autres systèmes, en complément de l\'Accord de l\'OMC sur la facilitation des échanges. Il est ouvert aux 53 États membres de la CESAP. La CESAP, l\'OMC et la CNUDCI ont aussi publié un **guide pratique du commerce transfrontière sans papier** (2022).',
        ),
        'Ouvert à tout État membre de la CESAP par ratification ou adhésion, selon le Manuel des traités de l\'ONU ; la CESAP offre gratuitement le renforcement des capacités aux parties.',
      ),
      es: text(
        'Acuerdo Marco sobre Facilitación del Comercio Transfronterizo sin Papel en Asia y el Pacífico',
        'Tratado de las Naciones Unidas adoptado por la CESPAP el 19 de mayo de 2016, en vigor desde el 20 de febrero de 2021, que ayuda a sus partes a intercambiar y reconocer mutuamente datos y documentos comerciales electrónicos.',
        md(
          'Negociado durante cuatro años por más de 25 economías de Asia y el Pacífico, el Acuerdo Marco fue adoptado por la resolución 72/4 de la CESPAP el 19 de mayo de 2016 y entró en vigor el 20 de febrero de 2021, tras la ratificación o adhesión de cinco Estados miembros (Azerbaiyán, Bangladesh, China, el Irán y Filipinas). Otros países se adhirieron después, entre ellos Mongolia, la República de Corea, Tayikistán, Timor-Leste, Turkmenistán, Tuvalu, la Federación de Rusia y Kirguistán.',
          'Dedicado por completo a la digitalización del comercio, el tratado ofrece una plataforma intergubernamental para desarrollar las soluciones jurídicas y técnicas que permitan a los datos comerciales circular entre las ventanillas únicas nacionales y otros sistemas, como complemento del Acuerdo sobre Facilitación del Comercio de la OMC. Está abierto a los 53 Estados miembros de la CESPAP. La CESPAP, la OMC y la CNUDMI publicaron además un **conjunto de herramientas sobre el comercio transfronterizo sin papel** (2022).',
        ),
        'Abierto a cualquier Estado miembro de la CESPAP por ratificación o adhesión, según el Manual de Tratados de las Naciones Unidas; la CESPAP ofrece fomento de la capacidad gratuito a las partes.',
      ),
    },
    source: `ESCAP resource pages on the Framework Agreement (text in Chinese, English, French and Russian; status), UN Treaty Collection chapter X-20 (entry into force 20 February 2021, list of parties), UNECE TFIG entry and eTrade for all development solution on the CPTA (toolkit with WTO and UNCITRAL) (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'escap-icc-cross-border-paperless-trade-database',
    kind: 'data',
    organisations: ['unescap', 'icc'],
    policyAreas: ['trade-logistics', 'legal-regulatory'],
    beneficiaries: ['governments', 'customs-border-agencies', 'trade-support-institutions'],
    coverage: ['142', '009'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.digitalizetrade.org/about' },
    link: 'https://www.digitalizetrade.org/about',
    sourceLocale: 'en',
    text: {
      en: text(
        'Cross-Border Paperless Trade Database (ESCAP and ICC)',
        'A joint ESCAP–ICC database of projects, services and legal instruments that support cross-border paperless trade, created to help implement the Asia-Pacific Framework Agreement on paperless trade.',
        md(
          'Cross-border paperless trade – trade based on electronic data and documents exchanged between countries – can only be achieved through close cooperation between countries, as foreseen by the Framework Agreement on Facilitation of Cross-border Paperless Trade in Asia and the Pacific. Its draft implementation road map provides for a database, which ESCAP created jointly with the International Chamber of Commerce (ICC).',
          [
            '- it shares knowledge on innovative **projects and services**, run by public and private stakeholders, that reduce paper-based processes and exchange electronic trade data and documents;',
            '- it collects **legal instruments** that favour the recognition of electronic trade data and documents – treaties, international agreements and national laws – so that countries can draw on them;',
            '- it lists **implementation instruments** such as the UNNExT guide, by ESCAP and UNECE, on designing trade forms aligned with international standards for later paperless trade and single windows.',
          ].join('\n'),
        ),
        'Free to consult for anyone.',
      ),
      fr: text(
        'Base de données sur le commerce transfrontière sans papier (CESAP et ICC)',
        'Base de données commune de la CESAP et de l\'ICC sur les projets, services et instruments juridiques qui favorisent le commerce transfrontière sans papier, créée pour appliquer l\'Accord-cadre Asie-Pacifique.',
        md(
          'Le commerce transfrontière sans papier – fondé sur des données et documents électroniques échangés entre pays – suppose une étroite coopération entre pays, comme le prévoit l\'Accord-cadre sur la facilitation du commerce transfrontière sans papier en Asie et dans le Pacifique. Son projet de feuille de route prévoit une base de données, que la CESAP a créée avec la Chambre de commerce internationale (ICC).',
          [
            '- elle fait connaître des **projets et services** innovants, publics ou privés, qui réduisent le papier et échangent des données et documents commerciaux électroniques ;',
            '- elle rassemble des **instruments juridiques** favorables à la reconnaissance des données et documents électroniques – traités, accords internationaux, lois nationales ;',
            '- elle recense des **instruments de mise en œuvre**, comme le guide UNNExT de la CESAP et de la CEE-ONU sur la conception de formulaires commerciaux alignés.',
          ].join('\n'),
        ),
        'Consultation gratuite pour tous.',
      ),
      es: text(
        'Base de datos sobre comercio transfronterizo sin papel (CESPAP e ICC)',
        'Base de datos conjunta de la CESPAP y la ICC sobre proyectos, servicios e instrumentos jurídicos que apoyan el comercio transfronterizo sin papel, creada para aplicar el Acuerdo Marco de Asia y el Pacífico.',
        md(
          'El comercio transfronterizo sin papel –basado en datos y documentos electrónicos intercambiados entre países– exige una estrecha cooperación entre países, como prevé el Acuerdo Marco sobre Facilitación del Comercio Transfronterizo sin Papel en Asia y el Pacífico. Su proyecto de hoja de ruta prevé una base de datos, que la CESPAP creó junto con la Cámara de Comercio Internacional (ICC).',
          [
            '- difunde **proyectos y servicios** innovadores, públicos o privados, que reducen el papel e intercambian datos y documentos comerciales electrónicos;',
            '- reúne **instrumentos jurídicos** que favorecen el reconocimiento de datos y documentos electrónicos –tratados, acuerdos internacionales y leyes nacionales–;',
            '- recoge **instrumentos de aplicación**, como la guía UNNExT de la CESPAP y la CEPE sobre el diseño de formularios comerciales alineados.',
          ].join('\n'),
        ),
        'Consulta gratuita para todos.',
      ),
    },
    source: `digitalizetrade.org "About" (joint ESCAP–ICC initiative, objectives) and its entry on the UNNExT Guide for the Design of Aligned Trade Forms (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'icc-digital-standards-initiative',
    kind: 'tool',
    organisations: ['icc', 'wto'],
    policyAreas: ['trade-logistics', 'legal-regulatory'],
    beneficiaries: ['msmes', 'governments', 'trade-support-institutions'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.dsi.iccwbo.org' },
    link: 'https://www.dsi.iccwbo.org',
    startsOn: '2021',
    sourceLocale: 'en',
    text: {
      en: text(
        'ICC Digital Standards Initiative (DSI) and the Standards Toolkit for Cross-border Paperless Trade',
        'An ICC-hosted initiative, started in 2021, to build a globally harmonised digital trade environment: aligning standards for key trade documents and campaigning for legal reforms that recognise electronic documents.',
        md(
          'Fewer than one per cent of trade documents were fully digitised when the International Chamber of Commerce set up the Digital Standards Initiative in 2021, with an Industry Advisory Board and a Legal Reform Advisory Board. Its aim is to connect the "digital islands" of trade platforms so that data created once can flow along the supply chain, making digital trade accessible to SMEs and emerging markets.',
          [
            '- the **Standards Toolkit for Cross-border Paperless Trade** (ICC and WTO, 2022) maps close to 100 standards, frameworks and initiatives, from foundational ISO and UN standards to identity and document standards;',
            '- the **Key Trade Documents and Data Elements (KTDDE)** framework, completed in April 2024, aligns the digital versions of 36 key trade documents – such as certificates of origin, commercial invoices, bills of lading and customs declarations – through their core data elements;',
            '- guidance on trust in trade and identity management, and advocacy for national laws that recognise electronic transferable records.',
          ].join('\n'),
        ),
        'Publications and developer resources are free for businesses, governments and technology providers.',
      ),
      fr: text(
        'Digital Standards Initiative (DSI) de l\'ICC et guide des normes pour le commerce transfrontière sans papier',
        'Initiative hébergée par la Chambre de commerce internationale depuis 2021 pour un environnement commercial numérique harmonisé : aligner les normes des documents commerciaux clés et promouvoir les réformes juridiques.',
        md(
          'Moins de 1 % des documents commerciaux étaient entièrement numérisés lorsque la Chambre de commerce internationale (ICC) a créé la Digital Standards Initiative en 2021, avec un conseil consultatif de l\'industrie et un conseil consultatif sur la réforme juridique. Elle vise à relier les « îlots numériques » des plateformes commerciales pour que les données créées une fois circulent tout au long de la chaîne logistique, au bénéfice des PME et des marchés émergents.',
          [
            '- le **Standards Toolkit for Cross-border Paperless Trade** (ICC et OMC, 2022) recense près de 100 normes, cadres et initiatives ;',
            '- le cadre **Key Trade Documents and Data Elements (KTDDE)**, achevé en avril 2024, aligne les versions numériques de 36 documents commerciaux clés – certificats d\'origine, factures commerciales, connaissements, déclarations en douane… – par leurs éléments de données essentiels ;',
            '- des orientations sur la confiance et la gestion de l\'identité, et un plaidoyer pour des lois nationales reconnaissant les documents transférables électroniques.',
          ].join('\n'),
        ),
        'Publications et ressources pour développeurs gratuites pour les entreprises, gouvernements et fournisseurs de technologie.',
      ),
      es: text(
        'Digital Standards Initiative (DSI) de la ICC y guía de normas para el comercio transfronterizo sin papel',
        'Iniciativa acogida por la Cámara de Comercio Internacional desde 2021 para un entorno comercial digital armonizado: alinear las normas de los documentos comerciales clave y promover reformas jurídicas.',
        md(
          'Menos del 1 % de los documentos comerciales estaban totalmente digitalizados cuando la Cámara de Comercio Internacional (ICC) creó la Digital Standards Initiative en 2021, con un consejo asesor de la industria y un consejo asesor sobre reforma jurídica. Busca conectar las «islas digitales» de las plataformas comerciales para que los datos creados una vez circulen por toda la cadena de suministro, en beneficio de las pymes y los mercados emergentes.',
          [
            '- el **Standards Toolkit for Cross-border Paperless Trade** (ICC y OMC, 2022) recoge cerca de 100 normas, marcos e iniciativas;',
            '- el marco **Key Trade Documents and Data Elements (KTDDE)**, terminado en abril de 2024, alinea las versiones digitales de 36 documentos comerciales clave –certificados de origen, facturas comerciales, conocimientos de embarque, declaraciones de aduana…– mediante sus elementos de datos básicos;',
            '- orientaciones sobre confianza y gestión de la identidad, y promoción de leyes nacionales que reconozcan los documentos transmisibles electrónicos.',
          ].join('\n'),
        ),
        'Publicaciones y recursos para desarrolladores gratuitos para empresas, gobiernos y proveedores de tecnología.',
      ),
    },
    source: `ICC DSI site (dsi.iccwbo.org developers pages), ICC Netherlands DSI page, GTR articles on the ICC–WTO Standards Toolkit (2022) and the KTDDE report, and Trade for Prosperity articles on DSI (started 2021; KTDDE completed April 2024) (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'unece-trade-facilitation-implementation-guide',
    kind: 'guide',
    organisations: ['unece'],
    policyAreas: ['trade-logistics'],
    beneficiaries: ['governments', 'customs-border-agencies', 'trade-support-institutions'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://tfig.unece.org' },
    link: 'https://tfig.unece.org',
    sourceLocale: 'en',
    text: {
      en: text(
        'UNECE Trade Facilitation Implementation Guide (TFIG)',
        'UNECE\'s free online guide that walks developing and transition economies step by step through trade facilitation measures, instruments and standards, from single windows to paperless trade treaties.',
        md(
          'The Trade Facilitation Implementation Guide is an interactive online tool developed by the UN Economic Commission for Europe to help developing countries and countries in transition implement trade facilitation measures in line with their own needs, priorities, resources and international obligations. It presents a structured, step-by-step approach to the available tools, techniques and standards, with multiple entry points and cross-links.',
          'It describes the main instruments – UN/CEFACT recommendations (such as those on national trade facilitation bodies and single windows), WCO conventions, the WTO Trade Facilitation Agreement and regional treaties such as the ESCAP Framework Agreement on cross-border paperless trade – and the organisations active in the field. It also points to the main benchmarks of trade facilitation performance, including the UN Global Survey and the World Bank Logistics Performance Index.',
        ),
        'Free online for anyone; written for policymakers, border agencies, trade support institutions and trainers.',
      ),
      fr: text(
        'Guide de mise en œuvre de la facilitation du commerce (TFIG) de la CEE-ONU',
        'Guide en ligne gratuit de la CEE-ONU qui accompagne pas à pas les économies en développement et en transition dans les mesures, instruments et normes de facilitation des échanges, du guichet unique au commerce sans papier.',
        md(
          'Le Guide de mise en œuvre de la facilitation du commerce est un outil en ligne interactif de la Commission économique des Nations Unies pour l\'Europe qui aide les pays en développement et en transition à appliquer des mesures de facilitation des échanges adaptées à leurs besoins, priorités, ressources et obligations internationales. Il propose une démarche structurée, étape par étape, sur les outils, techniques et normes disponibles.',
          'Il présente les principaux instruments – recommandations du CEFACT-ONU (par exemple sur les organismes nationaux de facilitation et le guichet unique), conventions de l\'OMD, Accord de l\'OMC sur la facilitation des échanges, traités régionaux comme l\'Accord-cadre de la CESAP sur le commerce sans papier – et les organisations actives dans ce domaine, ainsi que les principaux indicateurs de performance.',
        ),
        'En ligne et gratuit pour tous ; destiné aux décideurs, services aux frontières, institutions d\'appui au commerce et formateurs.',
      ),
      es: text(
        'Guía de Aplicación de la Facilitación del Comercio (TFIG) de la CEPE',
        'Guía en línea gratuita de la CEPE que acompaña paso a paso a las economías en desarrollo y en transición en las medidas, instrumentos y normas de facilitación del comercio, desde la ventanilla única hasta el comercio sin papel.',
        md(
          'La Guía de Aplicación de la Facilitación del Comercio es una herramienta en línea interactiva de la Comisión Económica de las Naciones Unidas para Europa que ayuda a los países en desarrollo y con economías en transición a aplicar medidas de facilitación del comercio acordes con sus necesidades, prioridades, recursos y obligaciones internacionales. Ofrece un enfoque estructurado, paso a paso, sobre las herramientas, técnicas y normas disponibles.',
          'Describe los principales instrumentos –recomendaciones del CEFACT-ONU (por ejemplo, sobre órganos nacionales de facilitación y ventanilla única), convenios de la OMA, el Acuerdo sobre Facilitación del Comercio de la OMC, tratados regionales como el Acuerdo Marco de la CESPAP sobre comercio sin papel– y las organizaciones activas en el ámbito, así como los principales indicadores de desempeño.',
        ),
        'En línea y gratuita para todos; dirigida a responsables de políticas, organismos de frontera, instituciones de apoyo al comercio y formadores.',
      ),
    },
    source: `tfig.unece.org (entry on the ESCAP Framework Agreement), UNECE TFIG project document on training workshops and ITC-ILO mirror of the TFIG pages on guidelines and benchmarks (${checked}).`,
  },

  // ——— Logistics performance, corridors and borders ———
  {
    type: 'solution',
    slug: 'world-bank-logistics-performance-index',
    kind: 'data',
    organisations: ['world-bank'],
    policyAreas: ['trade-logistics', 'readiness-assessment'],
    beneficiaries: ['governments', 'researchers', 'trade-support-institutions'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.worldbank.org/lpi' },
    link: 'https://www.worldbank.org/lpi',
    startsOn: '2007',
    sourceLocale: 'en',
    text: {
      en: text(
        'World Bank Logistics Performance Index (LPI) – Connecting to Compete',
        'The World Bank\'s benchmark of trade logistics, published since 2007: a survey of freight forwarders scoring 139 countries (2023) on customs, infrastructure, shipments, services, tracking and timeliness.',
        md(
          'The Logistics Performance Index helps countries identify the challenges and opportunities in their trade logistics and what they can do to improve. It is based on a worldwide survey of logistics professionals – international freight forwarders and express carriers – who rate the countries they trade with from 1 (worst) to 5 (best) on six components: efficiency of the **customs and border clearance** process, quality of trade and transport **infrastructure**, ease of arranging competitively priced **international shipments**, competence and quality of **logistics services**, ability to **track and trace** consignments, and **timeliness** of shipments.',
          'The report *Connecting to Compete* has been published since 2007 (editions 2007, 2010, 2012, 2014, 2016, 2018 and 2023). The 2023 edition compares 139 countries and adds indicators from global tracking data on the actual speed of container, postal and air freight shipments. LPI scores are also available in the World Bank\'s World Development Indicators.',
        ),
        'Free for anyone; data and methodology are available from the World Bank.',
      ),
      fr: text(
        'Indice de performance logistique (LPI) de la Banque mondiale – Connecting to Compete',
        'Référence de la Banque mondiale sur la logistique commerciale, publiée depuis 2007 : enquête auprès des transitaires qui note 139 pays (2023) sur la douane, l\'infrastructure, les expéditions, les services, le suivi et les délais.',
        md(
          'L\'indice de performance logistique aide les pays à repérer les difficultés et les possibilités de leur logistique commerciale et les moyens de l\'améliorer. Il repose sur une enquête mondiale auprès de professionnels – transitaires internationaux et transporteurs express – qui notent de 1 à 5 les pays avec lesquels ils travaillent sur six composantes : efficacité du **dédouanement**, qualité des **infrastructures** de commerce et de transport, facilité d\'organiser des **expéditions internationales** à prix compétitif, qualité des **services logistiques**, **suivi** des envois et **respect des délais**.',
          'Le rapport *Connecting to Compete* paraît depuis 2007 (éditions 2007, 2010, 2012, 2014, 2016, 2018 et 2023). L\'édition 2023 compare 139 pays et ajoute des indicateurs tirés de données mondiales de suivi sur la vitesse réelle des conteneurs, des envois postaux et du fret aérien.',
        ),
        'Gratuit pour tous ; données et méthode disponibles auprès de la Banque mondiale.',
      ),
      es: text(
        'Índice de Desempeño Logístico (IDL) del Banco Mundial – Connecting to Compete',
        'Referencia del Banco Mundial sobre la logística comercial, publicada desde 2007: encuesta a transitarios que puntúa a 139 países (2023) en aduanas, infraestructura, envíos, servicios, seguimiento y puntualidad.',
        md(
          'El Índice de Desempeño Logístico ayuda a los países a identificar los desafíos y oportunidades de su logística comercial y lo que pueden hacer para mejorarla. Se basa en una encuesta mundial a profesionales de la logística –transitarios internacionales y empresas de mensajería urgente– que califican de 1 a 5 a los países con los que comercian en seis componentes: eficiencia del **despacho aduanero y fronterizo**, calidad de la **infraestructura** de comercio y transporte, facilidad para organizar **envíos internacionales** a precios competitivos, calidad de los **servicios logísticos**, **seguimiento y localización** de los envíos y **puntualidad**.',
          'El informe *Connecting to Compete* se publica desde 2007 (ediciones de 2007, 2010, 2012, 2014, 2016, 2018 y 2023). La edición de 2023 compara 139 países y añade indicadores basados en datos mundiales de seguimiento sobre la velocidad real de los contenedores, los envíos postales y la carga aérea.',
        ),
        'Gratuito para todos; datos y metodología disponibles en el Banco Mundial.',
      ),
    },
    source: `World Bank API metadata for the LPI indicators (worldbank.org/lpi), copy of Connecting to Compete 2023 (139 countries, tracking-data indicators) and eTrade for all news on the 2023 LPI (${checked}).`,
  },
  {
    type: 'resource',
    slug: 'osbp-sourcebook-jica-auda-nepad',
    kind: 'guide',
    organisations: ['jica', 'african-union'],
    policyAreas: ['trade-logistics'],
    beneficiaries: ['governments', 'customs-border-agencies'],
    coverage: ['002'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://www.au-pida.org/news/auda-nepad-and-jica-launch-the-3rd-edition-osbp-sourcebook/', viaHub: true },
    link: 'https://www.au-pida.org/news/auda-nepad-and-jica-launch-the-3rd-edition-osbp-sourcebook/',
    sourceLocale: 'en',
    text: {
      en: text(
        'One-Stop Border Post (OSBP) Sourcebook',
        'The AUDA-NEPAD and JICA reference guide on one-stop border posts – legal and institutional frameworks, facilities and joint procedures – now in its third edition, in English and French.',
        md(
          'At a one-stop border post, goods, people and vehicles stop once, in a single facility, where the officials of both neighbouring countries carry out exit and entry controls. OSBPs are central to the transport projects of the Programme for Infrastructure Development in Africa: more than 80 had been planned or implemented by 2016. JICA reports that at Rusumo (Rwanda–Tanzania), clearance time fell to a third and traffic doubled after the OSBP opened in 2016.',
          'The **OSBP Sourcebook**, funded by JICA and prepared with AUDA-NEPAD (then the NEPAD Agency) and regional economic communities, covers the concept, legal and institutional arrangements, procedures, ICT and data exchange, facility design, and financing. The first edition appeared in September 2011, the second in 2016 (presented at TICAD VI) and the **third edition**, aligned with Agenda 2063 and the African Continental Free Trade Area and drawing lessons from COVID-19, was launched by AUDA-NEPAD and JICA before TICAD 8. AUDA-NEPAD, regional communities and JICA also run training-of-trainers seminars on OSBP design and operations.',
        ),
        'Free to download; written for African governments, border agencies, regional economic communities and partners planning or operating OSBPs.',
      ),
      fr: text(
        'Guide de référence sur les postes frontières à guichet unique (OSBP Sourcebook)',
        'Guide de référence de l\'AUDA-NEPAD et de la JICA sur les postes frontières à guichet unique – cadres juridiques et institutionnels, installations, procédures conjointes –, désormais dans sa troisième édition, en anglais et en français.',
        md(
          'À un poste frontière à guichet unique (PFGU), marchandises, personnes et véhicules ne s\'arrêtent qu\'une fois, dans une installation commune où les agents des deux pays voisins effectuent les contrôles de sortie et d\'entrée. Les PFGU sont au cœur des projets de transport du Programme de développement des infrastructures en Afrique : plus de 80 étaient prévus ou réalisés en 2016. La JICA indique qu\'à Rusumo (Rwanda-Tanzanie), le temps de dédouanement a été divisé par trois et le trafic a doublé après l\'ouverture du PFGU en 2016.',
          'Le **guide de référence**, financé par la JICA et préparé avec l\'AUDA-NEPAD et les communautés économiques régionales, traite du concept, des dispositions juridiques et institutionnelles, des procédures, des TIC et de l\'échange de données, de la conception des installations et du financement. La première édition date de septembre 2011, la deuxième de 2016 et la **troisième**, alignée sur l\'Agenda 2063 et la Zone de libre-échange continentale africaine, a été lancée par l\'AUDA-NEPAD et la JICA avant la TICAD 8.',
        ),
        'Téléchargement gratuit ; destiné aux gouvernements africains, services aux frontières, communautés économiques régionales et partenaires qui planifient ou exploitent des PFGU.',
      ),
      es: text(
        'Guía de referencia sobre puestos fronterizos de parada única (OSBP Sourcebook)',
        'Guía de referencia de AUDA-NEPAD y la JICA sobre los puestos fronterizos de parada única –marcos jurídicos e institucionales, instalaciones y procedimientos conjuntos–, ya en su tercera edición, en inglés y francés.',
        md(
          'En un puesto fronterizo de parada única, mercancías, personas y vehículos se detienen una sola vez, en una instalación común donde los funcionarios de los dos países vecinos realizan los controles de salida y entrada. Estos puestos son centrales en los proyectos de transporte del Programa de Desarrollo de la Infraestructura en África: en 2016 había más de 80 previstos o en funcionamiento. La JICA informa de que en Rusumo (Rwanda-Tanzanía) el tiempo de despacho se redujo a un tercio y el tráfico se duplicó tras la apertura del puesto en 2016.',
          'La **guía de referencia**, financiada por la JICA y preparada con AUDA-NEPAD y las comunidades económicas regionales, trata del concepto, los arreglos jurídicos e institucionales, los procedimientos, las TIC y el intercambio de datos, el diseño de las instalaciones y la financiación. La primera edición es de septiembre de 2011, la segunda de 2016 y la **tercera**, alineada con la Agenda 2063 y la Zona de Libre Comercio Continental Africana, fue presentada por AUDA-NEPAD y la JICA antes de la TICAD 8.',
        ),
        'Descarga gratuita; dirigida a gobiernos africanos, organismos de frontera, comunidades económicas regionales y asociados que planifican u operan estos puestos.',
      ),
    },
    source: `PIDA news "AUDA-NEPAD and JICA launch the 3rd edition OSBP Sourcebook" (English and French versions) and on the 2021 training-of-trainers seminar, ICA page on OSBPs (first edition 2011), copy of the second edition preface and JICA feature of January 2018 on Rusumo (${checked}). AUDA-NEPAD is represented by the African Union slug.`,
  },
  {
    type: 'solution',
    slug: 'adb-carec-corridor-performance-monitoring',
    kind: 'data',
    organisations: ['adb'],
    policyAreas: ['trade-logistics', 'readiness-assessment'],
    beneficiaries: ['governments', 'customs-border-agencies', 'researchers'],
    coverage: ['AFG', 'AZE', 'CHN', 'GEO', 'KAZ', 'KGZ', 'MNG', 'PAK', 'TJK', 'TKM', 'UZB'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://cpmm.carecprogram.org/2023-report' },
    link: 'https://cpmm.carecprogram.org/2023-report',
    startsOn: '2009',
    sourceLocale: 'en',
    text: {
      en: text(
        'CAREC Corridor Performance Measurement and Monitoring (CPMM)',
        'An ADB-supported mechanism of the CAREC Program that, since 2009, measures real shipment times and costs along six Central Asian transport corridors and at their border-crossing points.',
        md(
          'The Central Asia Regional Economic Cooperation (CAREC) Program brings together 11 countries – Afghanistan, Azerbaijan, China, Georgia, Kazakhstan, the Kyrgyz Republic, Mongolia, Pakistan, Tajikistan, Turkmenistan and Uzbekistan – with development partners, the Asian Development Bank hosting its secretariat. Since 2009, its Corridor Performance Measurement and Monitoring mechanism records data on actual road and rail cargo shipments, collected by national freight forwarder and carrier associations with a modified time/cost-distance methodology.',
          'Four trade facilitation indicators are tracked each year: the **time and cost to clear a border-crossing point**, and the **speed and cost of travel** along each corridor section. Annual reports identify the causes of delay and unnecessary cost, help national authorities address the bottlenecks and assess the impact of regional initiatives – guiding infrastructure investment and customs modernisation for these largely landlocked countries.',
        ),
        'Reports and data are free for anyone; data collection involves CAREC countries\' freight forwarder and carrier associations.',
      ),
      fr: text(
        'Mesure et suivi de la performance des corridors du CAREC (CPMM)',
        'Mécanisme du programme CAREC, appuyé par la BAsD, qui mesure depuis 2009 la durée et le coût réels des expéditions sur six corridors de transport d\'Asie centrale et à leurs points de passage frontaliers.',
        md(
          'Le programme de Coopération économique régionale pour l\'Asie centrale (CAREC) réunit 11 pays – Afghanistan, Azerbaïdjan, Chine, Géorgie, Kazakhstan, Kirghizistan, Mongolie, Pakistan, Tadjikistan, Turkménistan et Ouzbékistan – et des partenaires de développement, la Banque asiatique de développement en assurant le secrétariat. Depuis 2009, son mécanisme de mesure et de suivi de la performance des corridors enregistre des données sur des expéditions réelles par route et par rail, collectées par les associations nationales de transitaires et de transporteurs.',
          'Quatre indicateurs sont suivis chaque année : le **temps et le coût de franchissement d\'un point de passage frontalier**, et la **vitesse et le coût du trajet** sur chaque tronçon. Les rapports annuels identifient les causes de retard et de surcoût et aident les autorités à lever les goulets d\'étranglement.',
        ),
        'Rapports et données gratuits pour tous ; la collecte associe les associations de transitaires et de transporteurs des pays du CAREC.',
      ),
      es: text(
        'Medición y Seguimiento del Desempeño de los Corredores del CAREC (CPMM)',
        'Mecanismo del programa CAREC, con apoyo del BAsD, que desde 2009 mide el tiempo y el costo reales de los envíos en seis corredores de transporte de Asia Central y en sus pasos fronterizos.',
        md(
          'El programa de Cooperación Económica Regional para Asia Central (CAREC) reúne a 11 países –Afganistán, Azerbaiyán, China, Georgia, Kazajstán, Kirguistán, Mongolia, el Pakistán, Tayikistán, Turkmenistán y Uzbekistán– y asociados para el desarrollo; el Banco Asiático de Desarrollo acoge su secretaría. Desde 2009, su mecanismo de medición y seguimiento del desempeño de los corredores registra datos de envíos reales por carretera y ferrocarril, recogidos por las asociaciones nacionales de transitarios y transportistas.',
          'Cada año se siguen cuatro indicadores: el **tiempo y el costo de cruzar un paso fronterizo**, y la **velocidad y el costo del trayecto** en cada tramo. Los informes anuales identifican las causas de los retrasos y sobrecostos y ayudan a las autoridades a resolver los cuellos de botella.',
        ),
        'Informes y datos gratuitos para todos; la recopilación cuenta con las asociaciones de transitarios y transportistas de los países del CAREC.',
      ),
    },
    source: `CAREC CPMM 2023 report (cpmm.carecprogram.org), CAREC publications of the CPMM annual reports 2016, 2018 and 2019 (membership of 11 countries) and CAREC workshop page on CPMM and Time Release Studies (2018) (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'trademark-africa-trade-facilitation',
    kind: 'technical-assistance',
    organisations: ['trademark-africa'],
    policyAreas: ['trade-logistics', 'ict-infrastructure'],
    beneficiaries: ['governments', 'customs-border-agencies', 'women-entrepreneurs', 'msmes'],
    coverage: ['014'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://www.trademarkafrica.com', viaHub: true },
    link: 'https://www.trademarkafrica.com',
    startsOn: '2010',
    sourceLocale: 'en',
    text: {
      en: text(
        'TradeMark Africa: trade facilitation, one-stop border posts and electronic single windows',
        'A not-for-profit aid-for-trade organisation (formerly TradeMark East Africa) that funds and implements border posts, ports, single windows, cargo tracking and support to women traders in East Africa and beyond.',
        md(
          'TradeMark Africa (TMA), created as TradeMark East Africa and funded by several development partners, works with East African Community governments, the EAC Secretariat, revenue authorities, port and corridor authorities and the private sector to lower the time and cost of trade. It has built **one-stop border posts** – for example Taveta/Holili on the Kenya–Tanzania border (operating since April 2015) and Rusizi II between Rwanda and the Democratic Republic of the Congo (handed over in June 2025) – and supported port improvements in Mombasa.',
          'Its **ICT for trade** programmes help countries set up **electronic single windows**, cargo tracking and data exchange such as the EAC Single Customs Territory centralised platform; Finland funded support to national single windows in 2021. Other work covers the elimination of non-tariff barriers, including SMS reporting tools for traders, support to informal and small-scale traders, particularly women, and, with the EU and AFD, the digitalisation of trade processes along the Djibouti–Addis Ababa corridor.',
        ),
        'For governments, border and revenue agencies and trade bodies in the countries where TMA works; projects are funded by TMA\'s development partners and free for beneficiaries. Traders benefit through the improved border and digital services.',
      ),
      fr: text(
        'TradeMark Africa : facilitation des échanges, postes frontières à guichet unique et guichets uniques électroniques',
        'Organisation d\'aide au commerce à but non lucratif (anciennement TradeMark East Africa) qui finance et réalise postes frontières, ports, guichets uniques, suivi des marchandises et appui aux femmes commerçantes en Afrique de l\'Est et au-delà.',
        md(
          'TradeMark Africa (TMA), créée sous le nom de TradeMark East Africa et financée par plusieurs partenaires de développement, travaille avec les gouvernements de la Communauté d\'Afrique de l\'Est, son secrétariat, les administrations fiscales, les autorités portuaires et des corridors et le secteur privé pour réduire le temps et le coût des échanges. Elle a construit des **postes frontières à guichet unique** – par exemple Taveta/Holili entre le Kenya et la Tanzanie (en service depuis avril 2015) et Rusizi II entre le Rwanda et la République démocratique du Congo (remis en juin 2025) – et appuyé la modernisation du port de Mombasa.',
          'Ses programmes **TIC pour le commerce** aident les pays à mettre en place des **guichets uniques électroniques**, le suivi des marchandises et l\'échange de données, comme la plateforme centralisée du territoire douanier unique de la CAE. Elle agit aussi contre les obstacles non tarifaires, pour les petits commerçants et les femmes commerçantes et, avec l\'UE et l\'AFD, pour la numérisation des procédures sur le corridor Djibouti-Addis-Abeba.',
        ),
        'Pour les gouvernements, services des frontières et des recettes et organismes commerciaux des pays où TMA intervient ; projets financés par ses partenaires et gratuits pour les bénéficiaires.',
      ),
      es: text(
        'TradeMark Africa: facilitación del comercio, puestos fronterizos de parada única y ventanillas únicas electrónicas',
        'Organización sin fines de lucro de ayuda para el comercio (antes TradeMark East Africa) que financia y ejecuta puestos fronterizos, puertos, ventanillas únicas, seguimiento de carga y apoyo a mujeres comerciantes en África Oriental y más allá.',
        md(
          'TradeMark Africa (TMA), creada como TradeMark East Africa y financiada por varios asociados para el desarrollo, trabaja con los gobiernos de la Comunidad de África Oriental, su secretaría, las autoridades tributarias, portuarias y de corredores y el sector privado para reducir el tiempo y el costo del comercio. Ha construido **puestos fronterizos de parada única** –por ejemplo Taveta/Holili entre Kenya y Tanzanía (en funcionamiento desde abril de 2015) y Rusizi II entre Rwanda y la República Democrática del Congo (entregado en junio de 2025)– y apoyado mejoras en el puerto de Mombasa.',
          'Sus programas de **TIC para el comercio** ayudan a los países a implantar **ventanillas únicas electrónicas**, el seguimiento de la carga y el intercambio de datos, como la plataforma centralizada del territorio aduanero único de la CAO. También trabaja contra los obstáculos no arancelarios, con los pequeños comerciantes y las mujeres comerciantes y, con la UE y la AFD, en la digitalización de los trámites en el corredor Djibouti-Addis Abeba.',
        ),
        'Para gobiernos, organismos de frontera y tributarios y entidades comerciales de los países donde trabaja TMA; proyectos financiados por sus asociados y gratuitos para los beneficiarios.',
      ),
    },
    source: `trademarkafrica.com press releases (EAC Single Customs Territory platform, January 2025; Djibouti corridor, September 2023 in English and French; Rusizi II OSBP handover, June 2025; 2016 annual report on OSBPs), country programme page on non-tariff barriers, TMA newsletter of January 2022 (Finland funding for single windows) and EU Capacity4dev interview (funding period from 2010) (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'afcfta-guided-trade-initiative',
    kind: 'technical-assistance',
    organisations: ['afcfta-secretariat'],
    policyAreas: ['trade-logistics', 'legal-regulatory'],
    beneficiaries: ['governments', 'msmes', 'customs-border-agencies'],
    coverage: ['002'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://au-afcfta.org', viaHub: true },
    link: 'https://au-afcfta.org',
    startsOn: '2022-10-07',
    sourceLocale: 'en',
    text: {
      en: text(
        'AfCFTA Guided Trade Initiative',
        'The AfCFTA Secretariat\'s pilot, launched in Accra on 7 October 2022, that matches businesses and products for trade under AfCFTA preferences to test customs, rules of origin and trading documents in practice.',
        md(
          'Trading under the African Continental Free Trade Area requires published tariff schedules, agreed rules of origin, AfCFTA certificates of origin and customs systems aligned with the Agreement. To show that these work, the AfCFTA Secretariat unveiled the Guided Trade Initiative in July 2022 – together with an **e-Tariff Book** and a rules of origin manual – and launched it in Accra on 7 October 2022. It matches exporters and importers in participating State Parties, in coordination with their national AfCFTA implementation committees, and guides shipments through customs clearance with preferential tariffs.',
          'The first phase involved eight countries from the five African regions – Cameroon, Egypt, Ghana, Kenya, Mauritius, Rwanda, Tanzania and Tunisia – and 96 products, from tea, coffee and processed meat to ceramic tiles and sisal fibre. The initiative has since expanded to more State Parties, including Nigeria and South Africa. It aims to give SMEs, young people and women real opportunities to trade under the AfCFTA, and to identify bottlenecks for continent-wide implementation.',
        ),
        'For businesses in AfCFTA State Parties that have submitted their tariff schedules, through their national AfCFTA implementation committee; participation is free.',
      ),
      fr: text(
        'Initiative de commerce guidé de la ZLECAf',
        'Projet pilote du Secrétariat de la ZLECAf, lancé à Accra le 7 octobre 2022, qui met en relation entreprises et produits pour commercer sous les préférences de la ZLECAf et tester en pratique douane, règles d\'origine et documents.',
        md(
          'Commercer dans le cadre de la Zone de libre-échange continentale africaine suppose des listes tarifaires publiées, des règles d\'origine convenues, des certificats d\'origine ZLECAf et des systèmes douaniers alignés sur l\'Accord. Pour montrer que tout cela fonctionne, le Secrétariat de la ZLECAf a présenté l\'Initiative de commerce guidé en juillet 2022 – avec un **livre tarifaire électronique** et un manuel des règles d\'origine – puis l\'a lancée à Accra le 7 octobre 2022. Elle met en relation exportateurs et importateurs des États parties participants, en coordination avec leurs comités nationaux de mise en œuvre, et accompagne les expéditions jusqu\'au dédouanement au tarif préférentiel.',
          'La première phase associait huit pays des cinq régions d\'Afrique – Cameroun, Égypte, Ghana, Kenya, Maurice, Rwanda, Tanzanie et Tunisie – et 96 produits, du thé et du café aux carreaux de céramique et à la fibre de sisal. L\'initiative s\'est ensuite étendue à d\'autres États parties, dont le Nigéria et l\'Afrique du Sud.',
        ),
        'Pour les entreprises des États parties à la ZLECAf ayant soumis leurs listes tarifaires, par l\'intermédiaire de leur comité national de mise en œuvre ; participation gratuite.',
      ),
      es: text(
        'Iniciativa de Comercio Guiado de la AfCFTA',
        'Proyecto piloto de la Secretaría de la AfCFTA, lanzado en Accra el 7 de octubre de 2022, que pone en contacto empresas y productos para comerciar con las preferencias de la AfCFTA y probar en la práctica aduanas, normas de origen y documentos.',
        md(
          'Comerciar en el marco de la Zona de Libre Comercio Continental Africana (AfCFTA) requiere listas arancelarias publicadas, normas de origen acordadas, certificados de origen de la AfCFTA y sistemas aduaneros adaptados al Acuerdo. Para demostrar que funcionan, la Secretaría de la AfCFTA presentó la Iniciativa de Comercio Guiado en julio de 2022 –junto con un **libro arancelario electrónico** y un manual de normas de origen– y la lanzó en Accra el 7 de octubre de 2022. Pone en contacto a exportadores e importadores de los Estados parte participantes, en coordinación con sus comités nacionales de aplicación, y acompaña los envíos hasta el despacho aduanero con aranceles preferenciales.',
          'La primera fase reunió a ocho países de las cinco regiones de África –Camerún, Egipto, Ghana, Kenya, Mauricio, Rwanda, Tanzanía y Túnez– y 96 productos, desde té y café hasta baldosas de cerámica y fibra de sisal. Después se amplió a más Estados parte, entre ellos Nigeria y Sudáfrica.',
        ),
        'Para empresas de Estados parte de la AfCFTA que hayan presentado sus listas arancelarias, a través de su comité nacional de aplicación; participación gratuita.',
      ),
    },
    source: `US International Trade Administration note on the Guided Trade Initiative (July 2022, e-Tariff Book), reports of the 7 October 2022 launch in Accra (New Times, GhanaWeb, Business Insider Africa), tralac newsletter of April 2024 and Afronomicslaw symposium (2026) (${checked}). Link: the AfCFTA Secretariat's site; no stable page for the initiative was found.`,
  },
  {
    type: 'solution',
    slug: 'oecd-trade-facilitation-indicators',
    kind: 'data',
    organisations: ['oecd'],
    policyAreas: ['trade-logistics', 'readiness-assessment'],
    beneficiaries: ['governments', 'researchers'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.oecd.org/trade/facilitation/indicators.htm' },
    link: 'https://www.oecd.org/trade/facilitation/indicators.htm',
    sourceLocale: 'en',
    text: {
      en: text(
        'OECD Trade Facilitation Indicators (TFIs)',
        'OECD indicators, for more than 160 economies, that measure how far countries have introduced and implemented border procedures covered by the WTO Trade Facilitation Agreement, with a policy simulator.',
        md(
          'The OECD developed its Trade Facilitation Indicators between 2010 and 2013 to help governments improve border procedures, reduce trade costs and target technical assistance. They follow the policy areas of the WTO Trade Facilitation Agreement, regrouped into **11 indicators** – information availability, involvement of the trade community, advance rulings, appeal procedures, fees and charges, documents, automation, procedures, internal and external border agency cooperation, and governance and impartiality – each built from fact-based questions on existing practice.',
          'Scores run from 0 to 2 and are updated periodically; the Compare Your Country tool and a trade facilitation policy simulator let users compare performance, find the measures that drive a country\'s score and estimate the effect of reforms. The OECD also publishes regional analyses, for example on Central Asia.',
        ),
        'Free for anyone.',
      ),
      fr: text(
        'Indicateurs de facilitation des échanges (IFE) de l\'OCDE',
        'Indicateurs de l\'OCDE, pour plus de 160 économies, qui mesurent dans quelle mesure les pays ont introduit et appliqué les procédures frontalières couvertes par l\'Accord de l\'OMC sur la facilitation des échanges, avec un simulateur.',
        md(
          'L\'OCDE a élaboré ses indicateurs de facilitation des échanges entre 2010 et 2013 pour aider les gouvernements à améliorer les procédures aux frontières, réduire les coûts des échanges et mieux cibler l\'assistance technique. Ils suivent les domaines de l\'Accord de l\'OMC sur la facilitation des échanges, regroupés en **11 indicateurs** – disponibilité de l\'information, participation des milieux commerciaux, décisions anticipées, procédures de recours, redevances et impositions, documents, automatisation, procédures, coopération interne et externe entre services aux frontières, gouvernance et impartialité.',
          'Les notes vont de 0 à 2 et sont mises à jour périodiquement ; l\'outil « Compare your country » et un simulateur de politiques permettent de comparer les performances et d\'estimer l\'effet des réformes.',
        ),
        'Gratuit pour tous.',
      ),
      es: text(
        'Indicadores de Facilitación del Comercio (IFC) de la OCDE',
        'Indicadores de la OCDE, para más de 160 economías, que miden en qué medida los países han introducido y aplicado los procedimientos fronterizos del Acuerdo sobre Facilitación del Comercio de la OMC, con un simulador de políticas.',
        md(
          'La OCDE elaboró sus Indicadores de Facilitación del Comercio entre 2010 y 2013 para ayudar a los gobiernos a mejorar los procedimientos fronterizos, reducir los costos del comercio y orientar mejor la asistencia técnica. Siguen las esferas del Acuerdo sobre Facilitación del Comercio de la OMC, agrupadas en **11 indicadores** –disponibilidad de información, participación de la comunidad comercial, resoluciones anticipadas, procedimientos de recurso, derechos y cargas, documentos, automatización, procedimientos, cooperación interna y externa entre organismos de frontera, y gobernanza e imparcialidad.',
          'Las puntuaciones van de 0 a 2 y se actualizan periódicamente; la herramienta «Compare your country» y un simulador de políticas permiten comparar el desempeño y estimar el efecto de las reformas.',
        ),
        'Gratuito para todos.',
      ),
    },
    source: `OECD page "Trade facilitation indicators" (oecd.org/trade/facilitation/indicators.htm), OECD Compare Your Country page, OECD methodology annex (indicators developed 2010–2013) and OECD report on trade facilitation in Central Asia (${checked}).`,
  },
  {
    type: 'solution',
    slug: 'idb-international-transit-of-goods-tim',
    kind: 'platform',
    organisations: ['idb'],
    policyAreas: ['trade-logistics', 'ict-infrastructure'],
    beneficiaries: ['customs-border-agencies', 'governments', 'msmes'],
    coverage: ['013'],
    languages: ['es', 'en'],
    cost: 'free',
    access: { applyUrl: null, viaHub: true },
    link: 'https://www.iadb.org',
    sourceLocale: 'en',
    text: {
      en: text(
        'International Transit of Goods (TIM) system in Mesoamerica',
        'An IDB-supported electronic transit system for Mesoamerica: a single electronic declaration lets trucks cross borders in minutes instead of hours, with customs, migration and sanitary agencies sharing data.',
        md(
          'Most goods traded within Central America move by road, and border crossings were slowed by repeated paperwork for cargo merely in transit. At the request of the countries of the Mesoamerica Integration and Development Project, the Inter-American Development Bank (IDB) supported the **International Transit of Goods (TIM)** system: carriers fill in a single electronic customs declaration covering customs, migration and sanitary controls, and border agencies can focus on goods actually imported or exported.',
          'According to the IDB, at the El Amatillo crossing between El Salvador and Honduras, procedures that took truck drivers about five hours came down to about five minutes. The IDB announced a second phase to deploy the unified customs system at the borders of all Central American countries, alongside work on the Pacific Corridor of the Mesoamerican highway network.',
        ),
        'For governments and border agencies of the Mesoamerica Project countries; operated by national customs and used free of charge by carriers. Further support is arranged with the IDB.',
      ),
      fr: text(
        'Système de transit international de marchandises (TIM) en Mésoamérique',
        'Système électronique de transit appuyé par la BID en Mésoamérique : une déclaration électronique unique permet aux camions de passer les frontières en quelques minutes au lieu de plusieurs heures.',
        md(
          'La plupart des marchandises échangées en Amérique centrale circulent par la route, et les passages de frontière étaient ralentis par des formalités répétées pour des cargaisons simplement en transit. À la demande des pays du Projet d\'intégration et de développement de la Mésoamérique, la Banque interaméricaine de développement (BID) a appuyé le système de **transit international de marchandises (TIM)** : les transporteurs remplissent une déclaration douanière électronique unique couvrant les contrôles douaniers, migratoires et sanitaires, et les services aux frontières se concentrent sur les marchandises réellement importées ou exportées.',
          'Selon la BID, au poste d\'El Amatillo entre El Salvador et le Honduras, des formalités qui prenaient environ cinq heures aux chauffeurs ont été ramenées à environ cinq minutes. La BID a annoncé une deuxième phase pour déployer le système douanier unifié aux frontières de tous les pays d\'Amérique centrale.',
        ),
        'Pour les gouvernements et services aux frontières des pays du Projet Mésoamérique ; exploité par les douanes nationales et gratuit pour les transporteurs. Tout appui complémentaire se convient avec la BID.',
      ),
      es: text(
        'Sistema de Tránsito Internacional de Mercancías (TIM) en Mesoamérica',
        'Sistema electrónico de tránsito apoyado por el BID en Mesoamérica: una única declaración electrónica permite a los camiones cruzar las fronteras en minutos en lugar de horas, con aduanas, migración y sanidad compartiendo datos.',
        md(
          'La mayor parte de las mercancías que se comercian en Centroamérica viaja por carretera, y los cruces fronterizos se demoraban por trámites repetidos para cargas que solo estaban en tránsito. A petición de los países del Proyecto de Integración y Desarrollo de Mesoamérica, el Banco Interamericano de Desarrollo (BID) apoyó el sistema de **Tránsito Internacional de Mercancías (TIM)**: los transportistas completan una única declaración aduanera electrónica que abarca los controles aduaneros, migratorios y sanitarios, y los organismos de frontera se centran en las mercancías que realmente se importan o exportan.',
          'Según el BID, en el paso de El Amatillo entre El Salvador y Honduras, trámites que llevaban a los conductores unas cinco horas se redujeron a unos cinco minutos. El BID anunció una segunda fase para implantar el sistema aduanero unificado en las fronteras de todos los países centroamericanos, junto con el trabajo en el Corredor Pacífico de la red de carreteras mesoamericana.',
        ),
        'Para gobiernos y organismos de frontera de los países del Proyecto Mesoamérica; lo operan las aduanas nacionales y su uso es gratuito para los transportistas. El apoyo adicional se acuerda con el BID.',
      ),
    },
    source: `IDB blog "Reducing trade costs" (Development that Works, 30 September 2015), IDB news (Portuguese) on progress in Central America and the second phase of TIM, and Mexican government and press pages on the Mesoamerica Project (${checked}). ${homeOnly}`,
  },
];

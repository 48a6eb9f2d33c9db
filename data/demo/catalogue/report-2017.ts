import type { ItemSeed } from '../../../src/features/catalogue/types.js';
import { md } from './markdown.js';

/**
 * Demo solutions catalogue: the tools, programmes, studies, courses, guides, reports, surveys,
 * platforms, networks and initiatives that the UNCTAD E-Commerce Week 2017 report
 * (UNCTAD/DTL/STICT/2017/7) describes, linked to the partners of data/demo/organisations.ts.
 * Summaries and descriptions are our own wording; French and Spanish follow the established UN
 * terminology. Three minor items have their full description in English only (title, summary and
 * eligibility are translated), so that the hub shows its "not translated" notice. Where the report
 * gives no URL and we were not sure of one, the link is the organisation's home page or null; dates
 * not stated in the report are omitted or given as a year only. How to get each item (access,
 * eligibility) was checked against public pages on 2026-12-07; each source names the pages relied on.
 */
const report = 'UNCTAD, E-Commerce Week 2017 report (UNCTAD/DTL/STICT/2017/7)';

export const report2017Items: ItemSeed[] = [
  // ——— 24 April 2017: cybersecurity and cybercrime ———
  {
    type: 'solution',
    slug: 'cybercrime-assessment-toolkit',
    kind: 'tool',
    organisations: ['world-bank'],
    policyAreas: ['legal-regulatory'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'http://www.combattingcybercrime.org', viaHub: true },
    link: 'http://www.combattingcybercrime.org',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Cybercrime Assessment Toolkit',
        summary:
          'A World Bank-led online toolkit that helps a country assess its capacity to combat cybercrime and see where laws, law enforcement and capacity building need strengthening.',
        eligibility:
          'Open to anyone: the toolkit, the self-assessment tool and the virtual library are free to download from the portal. Designed for policymakers, legislators, prosecutors and investigators of developing countries.',
        description: md(
          'An online toolkit, led by the World Bank and published at combattingcybercrime.org, with which governments can take stock of how well their country is equipped to combat cybercrime and identify where capacity needs to be built.',
          'It was one of three tools from international organisations presented at UNCTAD E-Commerce Week on 24 April 2017, in the session on cybersecurity and cybercrime. That session noted that the rise of cybercrime undermines privacy and security online and the trust of consumers and governments in digital technology, and called for:',
          [
            '- closer cooperation between states and other stakeholders;',
            "- harmonised criminal justice systems, for example around the Council of Europe's Budapest Convention;",
            '- legal responses that criminalise harmful conduct and strengthen law enforcement powers;',
            '- capacity building tailored to the needs of each group of stakeholders.',
          ].join('\n'),
        ),
      },
      fr: {
        title: "Outil d'évaluation de la cybercriminalité (Cybercrime Assessment Toolkit)",
        summary:
          "Outil en ligne piloté par la Banque mondiale qui aide un pays à évaluer ses capacités de lutte contre la cybercriminalité et à repérer les lois, moyens répressifs et capacités à renforcer.",
        eligibility:
          'Ouvert à tous : la boîte à outils, l’outil d’autoévaluation et la bibliothèque virtuelle se téléchargent gratuitement sur le portail. Conçu pour les décideurs, législateurs, procureurs et enquêteurs des pays en développement.',
        description: md(
          "Outil en ligne piloté par la Banque mondiale et publié sur combattingcybercrime.org, grâce auquel les gouvernements peuvent faire le point sur les moyens dont dispose leur pays pour lutter contre la cybercriminalité et déterminer où les capacités doivent être renforcées.",
          "Il faisait partie des trois outils d'organisations internationales présentés le 24 avril 2017, lors de la Semaine du commerce électronique de la CNUCED, pendant la séance consacrée à la cybersécurité et à la cybercriminalité. Cette séance a relevé que la montée de la cybercriminalité porte atteinte à la vie privée et à la sécurité en ligne, ainsi qu'à la confiance des consommateurs et des gouvernements dans les technologies numériques, et a appelé à :",
          [
            '- une coopération plus étroite entre les États et les autres parties prenantes ;',
            "- l'harmonisation des systèmes de justice pénale, par exemple autour de la Convention de Budapest du Conseil de l'Europe ;",
            '- des réponses juridiques qui érigent en infraction les comportements préjudiciables et renforcent les pouvoirs des services répressifs ;',
            '- un renforcement des capacités adapté aux besoins de chaque groupe de parties prenantes.',
          ].join('\n'),
        ),
      },
      es: {
        title: 'Instrumento de evaluación de la ciberdelincuencia (Cybercrime Assessment Toolkit)',
        summary:
          'Instrumento en línea dirigido por el Banco Mundial que ayuda a un país a evaluar su capacidad para combatir la ciberdelincuencia y a detectar qué leyes, medios policiales y capacidades reforzar.',
        eligibility:
          'Abierto a todos: el instrumento, la herramienta de autoevaluación y la biblioteca virtual se descargan gratuitamente del portal. Pensado para responsables de políticas, legisladores, fiscales e investigadores de los países en desarrollo.',
        description: md(
          'Instrumento en línea dirigido por el Banco Mundial y publicado en combattingcybercrime.org, con el que los gobiernos pueden determinar en qué medida su país está preparado para combatir la ciberdelincuencia y dónde es preciso fomentar la capacidad.',
          'Fue uno de los tres instrumentos de organizaciones internacionales presentados el 24 de abril de 2017, durante la Semana del Comercio Electrónico de la UNCTAD, en la sesión sobre ciberseguridad y ciberdelincuencia. En esa sesión se señaló que el aumento de la ciberdelincuencia menoscaba la privacidad y la seguridad en línea y la confianza de los consumidores y los gobiernos en la tecnología digital, y se pidió:',
          [
            '- una cooperación más estrecha entre los Estados y las demás partes interesadas;',
            '- la armonización de los sistemas de justicia penal, por ejemplo en torno al Convenio de Budapest del Consejo de Europa;',
            '- respuestas jurídicas que tipifiquen como delito las conductas perjudiciales y refuercen las facultades de los organismos encargados de hacer cumplir la ley;',
            '- un fomento de la capacidad adaptado a las necesidades de cada grupo de partes interesadas.',
          ].join('\n'),
        ),
      },
    },
    source: `${report}, session "Cybersecurity and Cybercrime: New tools for Better Cyberprotection", 24 April 2017. How to get it: the World Bank toolkit page (documents.worldbank.org, CC BY 3.0 IGO) and the eTrade for all solution page of the programme (checked 2026-12-07).`,
  },
  {
    type: 'resource',
    slug: 'national-cybersecurity-strategy-guide',
    kind: 'guide',
    organisations: ['itu'],
    policyAreas: ['legal-regulatory', 'ict-infrastructure'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.itu.int/en/ITU-D/Cybersecurity/Pages/cybersecurity-national-strategies.aspx', viaHub: true },
    link: 'https://www.itu.int',
    documentUrl: null,
    sourceLocale: 'en',
    text: {
      en: {
        title: 'National Cybersecurity Strategy (NCS) Guide',
        summary:
          'An ITU-led guide, still being finalised in April 2017, that assists governments in developing their national cybersecurity strategies.',
        eligibility:
          'Open to anyone: the guide, published in 2018 with partners and revised in 2021, is free to download under a Creative Commons licence. ITU also offers a free online course based on it for national leaders and policymakers.',
        description: md(
          'A guide led by the International Telecommunication Union (ITU) to assist governments in developing their national cybersecurity strategy. When it was presented at UNCTAD E-Commerce Week, in the cybersecurity session of 24 April 2017, it was still being finalised.',
          'The session counted such strategies among the legal and regulatory responses needed to build trust online: cybersecurity frameworks that include prevention and allow active defence, backed by cooperation between states and other stakeholders and by agreed international protocols for an open, secure and reliable cyberspace.',
        ),
      },
      fr: {
        title: 'Guide sur la stratégie nationale de cybersécurité (Guide NCS)',
        summary:
          "Guide piloté par l'UIT, encore en cours de finalisation en avril 2017, qui aide les gouvernements à élaborer leur stratégie nationale de cybersécurité.",
        eligibility:
          'Ouvert à tous : le guide, publié en 2018 avec des partenaires et révisé en 2021, se télécharge gratuitement sous licence Creative Commons. L’UIT propose aussi une formation en ligne gratuite fondée sur ce guide, destinée aux dirigeants et décideurs nationaux.',
        description: md(
          "Guide piloté par l'Union internationale des télécommunications (UIT) pour aider les gouvernements à élaborer leur stratégie nationale de cybersécurité. Lorsqu'il a été présenté à la Semaine du commerce électronique de la CNUCED, pendant la séance du 24 avril 2017 sur la cybersécurité, il était encore en cours de finalisation.",
          "La séance a rangé ces stratégies parmi les réponses juridiques et réglementaires nécessaires pour instaurer la confiance en ligne : des cadres de cybersécurité qui prévoient la prévention et permettent une défense active, appuyés par la coopération entre les États et les autres parties prenantes et par des protocoles internationaux convenus en faveur d'un cyberespace ouvert, sûr et fiable.",
        ),
      },
      es: {
        title: 'Guía sobre la estrategia nacional de ciberseguridad (Guía NCS)',
        summary:
          'Guía dirigida por la UIT, aún en fase de finalización en abril de 2017, que ayuda a los gobiernos a elaborar su estrategia nacional de ciberseguridad.',
        eligibility:
          'Abierto a todos: la guía, publicada en 2018 con asociados y revisada en 2021, se descarga gratuitamente con licencia Creative Commons. La UIT ofrece además un curso en línea gratuito basado en ella, destinado a dirigentes y responsables de políticas nacionales.',
        description: md(
          'Guía dirigida por la Unión Internacional de Telecomunicaciones (UIT) para ayudar a los gobiernos a elaborar su estrategia nacional de ciberseguridad. Cuando se presentó en la Semana del Comercio Electrónico de la UNCTAD, en la sesión del 24 de abril de 2017 sobre ciberseguridad, todavía se estaba ultimando.',
          'La sesión situó estas estrategias entre las respuestas jurídicas y regulatorias necesarias para generar confianza en línea: marcos de ciberseguridad que incluyan la prevención y permitan una defensa activa, respaldados por la cooperación entre los Estados y las demás partes interesadas y por protocolos internacionales acordados en favor de un ciberespacio abierto, seguro y fiable.',
        ),
      },
    },
    source: `${report}, session "Cybersecurity and Cybercrime: New tools for Better Cyberprotection", 24 April 2017. How to get it: ITU page "National Strategies" and ITU news of 11 September 2018 on the guide’s publication (checked 2026-12-07).`,
  },
  {
    type: 'solution',
    slug: 'diplo-cybersecurity-capacity-development',
    kind: 'training',
    organisations: ['diplofoundation'],
    policyAreas: ['skills-development', 'legal-regulatory'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'varies',
    access: { applyUrl: 'https://www.diplomacy.edu/course/cybersecurity/' },
    link: 'https://www.diplomacy.edu',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'DiploFoundation cybersecurity capacity development',
        summary:
          "DiploFoundation's capacity development initiatives on cybersecurity, which help officials and other stakeholders, notably from small and developing countries, engage in cyber policy.",
        eligibility:
          'Open to officials, diplomats and other professionals who apply for a course. Diplo has charged course fees and offered full or partial scholarships to applicants from developing countries; the course page gives the current terms.',
        description: md(
          'DiploFoundation, a non-profit foundation set up by Malta and Switzerland, builds the capacity of small and developing countries to take part in digital policy-making. Its capacity development initiatives on cybersecurity were one of three contributions from international organisations presented in the cybersecurity session of UNCTAD E-Commerce Week (24 April 2017), alongside the World Bank-led assessment toolkit and the ITU-led national strategy guide.',
          'The session stressed that capacity building has to be tailored to the needs of the various stakeholders involved.',
        ),
      },
      fr: {
        title: 'Renforcement des capacités en cybersécurité de DiploFoundation',
        summary:
          "Initiatives de DiploFoundation pour renforcer les capacités en cybersécurité, qui aident responsables et autres acteurs, surtout des petits pays et pays en développement, à prendre part aux politiques du numérique.",
        eligibility:
          'Ouvert aux fonctionnaires, diplomates et autres professionnels qui se portent candidats à un cours. Diplo a appliqué des frais d’inscription et accordé des bourses complètes ou partielles à des candidats de pays en développement ; la page du cours donne les conditions en vigueur.',
        description: md(
          "DiploFoundation, fondation à but non lucratif créée par Malte et la Suisse, renforce les capacités des petits pays et des pays en développement à participer à l'élaboration des politiques du numérique. Ses initiatives de renforcement des capacités en matière de cybersécurité comptaient parmi les trois contributions d'organisations internationales présentées lors de la séance sur la cybersécurité de la Semaine du commerce électronique de la CNUCED (24 avril 2017), avec l'outil d'évaluation piloté par la Banque mondiale et le guide sur les stratégies nationales piloté par l'UIT.",
          'La séance a souligné que le renforcement des capacités doit être adapté aux besoins des différentes parties prenantes concernées.',
        ),
      },
      es: {
        title: 'Fomento de la capacidad en ciberseguridad de DiploFoundation',
        summary:
          'Iniciativas de fomento de la capacidad de DiploFoundation en materia de ciberseguridad, que ayudan a funcionarios y otros actores, sobre todo de países pequeños y en desarrollo, a participar en las políticas digitales.',
        eligibility:
          'Abierto a funcionarios, diplomáticos y otros profesionales que soliciten plaza en un curso. Diplo ha cobrado tasas de matrícula y concedido becas completas o parciales a candidatos de países en desarrollo; la página del curso indica las condiciones vigentes.',
        description: md(
          'DiploFoundation, fundación sin fines de lucro creada por Malta y Suiza, fomenta la capacidad de los países pequeños y en desarrollo para participar en la formulación de políticas digitales. Sus iniciativas de fomento de la capacidad en materia de ciberseguridad fueron una de las tres contribuciones de organizaciones internacionales presentadas en la sesión sobre ciberseguridad de la Semana del Comercio Electrónico de la UNCTAD (24 de abril de 2017), junto con el instrumento de evaluación dirigido por el Banco Mundial y la guía sobre estrategias nacionales dirigida por la UIT.',
          'La sesión subrayó que el fomento de la capacidad debe adaptarse a las necesidades de las distintas partes interesadas.',
        ),
      },
    },
    source: `${report}, session "Cybersecurity and Cybercrime: New tools for Better Cyberprotection", 24 April 2017. How to get it: DiploFoundation’s cybersecurity course page and its page on fees and scholarships (checked 2026-12-07).`,
  },
  {
    type: 'solution',
    slug: 'alibaba-security-alliance',
    kind: 'platform',
    organisations: ['alibaba-group'],
    policyAreas: ['ict-infrastructure', 'legal-regulatory'],
    beneficiaries: ['msmes', 'consumers'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.alibabagroup.com' },
    link: 'https://www.alibabagroup.com',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Alibaba Security: platform protection and e-commerce security alliance',
        summary:
          "Alibaba Security's technical measures to protect Alibaba's e-commerce platforms, and its effort to build a security alliance with other players in the e-commerce ecosystem.",
        eligibility:
          'The security measures protect the buyers and sellers of Alibaba’s marketplaces. The report gives no way for others to join the alliance and none was found: ask the company through its site.',
        description: md(
          "In the cybersecurity session of UNCTAD E-Commerce Week (24 April 2017), Alibaba Security, which protects Alibaba Group's platforms, gave examples of the technological measures it takes to keep its marketplaces and their users safe, and described its efforts to build a ‘security alliance’ with other actors of the e-commerce ecosystem.",
          'The same session also looked at the role blockchain technology could play in online security. The report gives no further detail on the members of the alliance or on how to join it.',
        ),
      },
      fr: {
        title: 'Alibaba Security : protection des plateformes et alliance pour la sécurité du commerce électronique',
        summary:
          'Mesures techniques d’Alibaba Security pour protéger les plateformes de commerce électronique d’Alibaba, et sa démarche pour bâtir une alliance pour la sécurité avec d’autres acteurs de l’écosystème du commerce électronique.',
        // Not translated yet: the page shows the English description, with the notice.
        description: '',
        eligibility:
          'Les mesures de sécurité protègent les acheteurs et les vendeurs des places de marché d’Alibaba. Le rapport n’indique aucun moyen de rejoindre l’alliance et aucun n’a été trouvé : se renseigner auprès de l’entreprise sur son site.',
      },
      es: {
        title: 'Alibaba Security: protección de las plataformas y alianza para la seguridad del comercio electrónico',
        summary:
          'Medidas técnicas de Alibaba Security para proteger las plataformas de comercio electrónico de Alibaba, y su iniciativa para crear una alianza de seguridad con otros actores del ecosistema del comercio electrónico.',
        // Not translated yet: the page shows the English description, with the notice.
        description: '',
        eligibility:
          'Las medidas de seguridad protegen a los compradores y vendedores de los mercados en línea de Alibaba. El informe no indica cómo sumarse a la alianza y no se encontró ninguna vía: consulte a la empresa a través de su sitio web.',
      },
    },
    source: `${report}, session "Cybersecurity and Cybercrime: New tools for Better Cyberprotection", 24 April 2017. How to get it: link to the company’s site; no page on joining the alliance was found (checked 2026-12-07).`,
  },

  // ——— 24 April 2017: surveys, data and regional studies ———
  {
    type: 'resource',
    slug: 'global-survey-internet-user-perceptions-2017',
    kind: 'report',
    organisations: ['cigi', 'ipsos', 'unctad', 'isoc'],
    policyAreas: ['readiness-assessment', 'legal-regulatory'],
    beneficiaries: ['governments', 'researchers'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'http://unctad.org/meetings/en/Presentation/dtl_eWeek2017p01_CIGI-IPSOS_en.pdf' },
    link: 'https://www.cigionline.org',
    documentUrl: 'http://unctad.org/meetings/en/Presentation/dtl_eWeek2017p01_CIGI-IPSOS_en.pdf',
    publishedOn: '2017-04',
    sourceLocale: 'en',
    text: {
      en: {
        title: '2017 CIGI-Ipsos-UNCTAD-ISOC Global Survey of Internet User Perceptions',
        summary:
          'Results of a 2017 survey of public attitudes to the Internet and e-commerce in 24 countries, carried out by CIGI, Ipsos, UNCTAD and the Internet Society.',
        eligibility:
          'Open to anyone: free to read and download. The results, presented at E-Commerce Week 2017, are published on UNCTAD’s website.',
        description: md(
          'A survey of what people in 24 countries think about the Internet and e-commerce, run in 2017 by the Centre for International Governance Innovation (CIGI), Ipsos, UNCTAD and the Internet Society (ISOC). Only two surveys of its kind had been carried out on such a global scale before.',
          'The new findings were presented at UNCTAD E-Commerce Week on 24 April 2017, with a look at national and regional differences and at what they mean for e-commerce and international trade. Reacting to the results, Pakistan’s Minister of State for Information Technology and Telecom, Anusha Rahman Khan, observed that most people, and girls and women above all, feel insecure online, and linked this to the lack of legal frameworks and tools offering the same protection online as offline.',
          'The results are available as a presentation on UNCTAD’s website.',
        ),
      },
      fr: {
        title: "Enquête mondiale CIGI-Ipsos-CNUCED-ISOC 2017 sur la perception d'Internet par ses utilisateurs",
        summary:
          "Résultats d'une enquête menée en 2017 par le CIGI, Ipsos, la CNUCED et l'Internet Society sur l'opinion du public à l'égard d'Internet et du commerce électronique dans 24 pays.",
        eligibility:
          'Ouvert à tous : consultation et téléchargement gratuits. Les résultats, présentés lors de la Semaine du commerce électronique 2017, sont publiés sur le site de la CNUCED.',
        description: md(
          "Enquête sur ce que pensent d'Internet et du commerce électronique les habitants de 24 pays, réalisée en 2017 par le Centre pour l'innovation dans la gouvernance internationale (CIGI), Ipsos, la CNUCED et l'Internet Society (ISOC). Seules deux enquêtes de ce type avaient été menées auparavant à une échelle aussi mondiale.",
          "Les nouveaux résultats ont été présentés le 24 avril 2017 lors de la Semaine du commerce électronique de la CNUCED, avec un examen des différences nationales et régionales et de leurs conséquences pour le commerce électronique et le commerce international. Réagissant à ces résultats, la Ministre d'État pakistanaise chargée des technologies de l'information et des télécommunications, Anusha Rahman Khan, a relevé que la plupart des gens, et surtout les filles et les femmes, ne se sentent pas en sécurité en ligne, et l'a attribué à l'absence de cadres juridiques et d'outils offrant en ligne la même protection que hors ligne.",
          'Les résultats sont disponibles sous forme de présentation sur le site Web de la CNUCED.',
        ),
      },
      es: {
        title: 'Encuesta mundial CIGI-Ipsos-UNCTAD-ISOC 2017 sobre la percepción de los usuarios de Internet',
        summary:
          'Resultados de una encuesta realizada en 2017 por el CIGI, Ipsos, la UNCTAD y la Internet Society sobre la actitud del público ante Internet y el comercio electrónico en 24 países.',
        eligibility:
          'Abierto a todos: consulta y descarga gratuitas. Los resultados, presentados en la Semana del Comercio Electrónico de 2017, se publican en el sitio web de la UNCTAD.',
        description: md(
          'Encuesta sobre lo que opinan de Internet y del comercio electrónico los habitantes de 24 países, realizada en 2017 por el Centro para la Innovación en la Gobernanza Internacional (CIGI), Ipsos, la UNCTAD y la Internet Society (ISOC). Antes solo se habían hecho dos encuestas de este tipo a una escala tan mundial.',
          'Los nuevos resultados se presentaron el 24 de abril de 2017 en la Semana del Comercio Electrónico de la UNCTAD, con un análisis de las diferencias nacionales y regionales y de sus consecuencias para el comercio electrónico y el comercio internacional. Al comentar los resultados, la Ministra de Estado de Tecnologías de la Información y Telecomunicaciones del Pakistán, Anusha Rahman Khan, señaló que la mayoría de las personas, y sobre todo las niñas y las mujeres, se sienten inseguras en línea, y lo atribuyó a la falta de marcos jurídicos y de herramientas que ofrezcan en línea la misma protección que fuera de ella.',
          'Los resultados están disponibles como presentación en el sitio web de la UNCTAD.',
        ),
      },
    },
    source: `${report}, session "Global Survey of Internet User Perceptions", 24 April 2017. How to get it: the presentation of the results on UNCTAD’s website (checked 2026-12-07).`,
  },
  {
    type: 'resource',
    slug: 'data-protection-law-adoption',
    kind: 'dataset',
    organisations: ['unctad'],
    policyAreas: ['legal-regulatory'],
    beneficiaries: ['governments', 'researchers', 'consumers'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://unctad.org/topic/ecommerce-and-digital-economy/ecommerce-law-reform/summary-adoption-e-commerce-legislation-worldwide' },
    link: 'https://unctad.org',
    documentUrl: null,
    publishedOn: '2017-04',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UNCTAD Global Cyberlaw Tracker: adoption of data protection laws',
        summary:
          "UNCTAD's figures on how many countries worldwide have adopted data protection and privacy laws, released in their latest version at E-Commerce Week 2017.",
        eligibility:
          'Open to anyone: the figures, now part of UNCTAD’s Global Cyberlaw Tracker, are free to consult and may be quoted with acknowledgement. Governments can send UNCTAD corrections to their country’s data through a questionnaire.',
        description: md(
          "UNCTAD follows the adoption of e-commerce legislation around the world in its Global Cyberlaw Tracker, which covers laws on data protection and privacy, electronic transactions and online consumer protection, among other areas.",
          "The latest UNCTAD figures on the adoption of data protection laws were released on 24 April 2017 at E-Commerce Week, in a session on data protection, e-commerce and development. The session examined recent developments in data protection and what they mean for SMEs and for consumers' engagement in e-commerce, from a development perspective: protecting personal data is one of the keys to consumer confidence in online shopping.",
        ),
      },
      fr: {
        title: 'Inventaire mondial des cyberlégislations de la CNUCED : adoption de lois sur la protection des données',
        summary:
          "Chiffres de la CNUCED sur le nombre de pays ayant adopté des lois sur la protection des données et de la vie privée, publiés dans leur dernière version lors de la Semaine du commerce électronique 2017.",
        eligibility:
          'Ouvert à tous : les chiffres, intégrés depuis au Global Cyberlaw Tracker de la CNUCED, se consultent gratuitement et peuvent être cités en mentionnant la source. Les gouvernements peuvent transmettre à la CNUCED des corrections sur les données de leur pays au moyen d’un questionnaire.',
        description: md(
          "La CNUCED suit l'adoption de la législation relative au commerce électronique dans le monde grâce à son inventaire mondial des cyberlégislations (Global Cyberlaw Tracker), qui porte notamment sur les lois relatives à la protection des données et de la vie privée, aux transactions électroniques et à la protection du consommateur en ligne.",
          "Les derniers chiffres de la CNUCED sur l'adoption de lois sur la protection des données ont été publiés le 24 avril 2017, lors de la Semaine du commerce électronique, pendant une séance consacrée à la protection des données, au commerce électronique et au développement. Cette séance a examiné l'évolution récente de la protection des données et ses conséquences pour les PME et pour la participation des consommateurs au commerce électronique, dans une perspective de développement : la protection des données personnelles est l'une des clés de la confiance des consommateurs dans les achats en ligne.",
        ),
      },
      es: {
        title: 'Inventario mundial de ciberlegislación de la UNCTAD: adopción de leyes de protección de datos',
        summary:
          'Cifras de la UNCTAD sobre el número de países que han adoptado leyes de protección de datos y privacidad, publicadas en su versión más reciente en la Semana del Comercio Electrónico 2017.',
        eligibility:
          'Abierto a todos: las cifras, que ahora forman parte del Global Cyberlaw Tracker de la UNCTAD, se consultan gratuitamente y pueden citarse indicando la fuente. Los gobiernos pueden enviar a la UNCTAD correcciones de los datos de su país mediante un cuestionario.',
        description: md(
          'La UNCTAD sigue la adopción de legislación sobre comercio electrónico en todo el mundo mediante su inventario mundial de ciberlegislación (Global Cyberlaw Tracker), que abarca, entre otras, las leyes sobre protección de datos y privacidad, transacciones electrónicas y protección de los consumidores en línea.',
          'Las cifras más recientes de la UNCTAD sobre la adopción de leyes de protección de datos se publicaron el 24 de abril de 2017, durante la Semana del Comercio Electrónico, en una sesión dedicada a la protección de datos, el comercio electrónico y el desarrollo. En ella se examinaron las novedades en materia de protección de datos y sus consecuencias para las pymes y para la participación de los consumidores en el comercio electrónico, desde la perspectiva del desarrollo: la protección de los datos personales es una de las claves de la confianza de los consumidores en las compras en línea.',
        ),
      },
    },
    source: `${report}, session "Data Protection, E-Commerce and Development", 24 April 2017 (the report speaks of "the latest UNCTAD figures" on law adoption; that they come from UNCTAD's Global Cyberlaw Tracker is our attribution). How to get it: UNCTAD page "Summary of Adoption of E-Commerce Legislation Worldwide" (Global Cyberlaw Tracker) (checked 2026-12-07).`,
  },
  {
    type: 'resource',
    slug: 'reaping-digital-dividends-eca',
    kind: 'report',
    organisations: ['world-bank'],
    policyAreas: ['readiness-assessment', 'skills-development', 'legal-regulatory'],
    beneficiaries: ['governments', 'researchers'],
    coverage: ['150', '143'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'http://www.worldbank.org/eca/digitaldividends' },
    link: 'http://www.worldbank.org/eca/digitaldividends',
    documentUrl: null,
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Reaping Digital Dividends: World Bank regional report for Europe and Central Asia',
        summary:
          'World Bank regional report on how Europe and Central Asia can benefit from digital technologies, with a special focus on digital trade and online work.',
        eligibility:
          'Open to anyone: free to read and download from the World Bank’s site.',
        description: md(
          "A regional report by the World Bank's Europe and Central Asia (ECA) region on reaping digital dividends, presented at UNCTAD E-Commerce Week on 24 April 2017 with a special focus on digital trade and online labour market arrangements.",
          'The report identifies the main bottlenecks holding back digital trade and online work in the region and argues that governments will need policies that:',
          [
            '- foster competition and international trade;',
            '- expand the supply of skills;',
            '- adapt regulation to a changing business environment and to changing labour markets.',
          ].join('\n'),
        ),
      },
      fr: {
        title: "Reaping Digital Dividends (Récolter les dividendes du numérique) : rapport régional de la Banque mondiale pour l'Europe et l'Asie centrale",
        summary:
          "Rapport régional de la Banque mondiale sur la manière dont l'Europe et l'Asie centrale peuvent tirer parti des technologies numériques, axé sur le commerce numérique et le travail en ligne.",
        eligibility:
          'Ouvert à tous : consultation et téléchargement gratuits sur le site de la Banque mondiale.',
        description: md(
          "Rapport régional de la Banque mondiale pour l'Europe et l'Asie centrale (région ECA) consacré aux dividendes du numérique, présenté le 24 avril 2017 lors de la Semaine du commerce électronique de la CNUCED et axé en particulier sur le commerce numérique et les formes de travail en ligne.",
          'Le rapport recense les principaux obstacles au commerce numérique et au travail en ligne dans la région et fait valoir que les gouvernements devront adopter des politiques visant à :',
          [
            '- favoriser la concurrence et le commerce international ;',
            "- développer l'offre de compétences ;",
            "- adapter la réglementation à l'évolution de l'environnement des entreprises et des marchés du travail.",
          ].join('\n'),
        ),
      },
      es: {
        title: 'Reaping Digital Dividends (Aprovechar los dividendos digitales): informe regional del Banco Mundial para Europa y Asia Central',
        summary:
          'Informe regional del Banco Mundial sobre cómo pueden Europa y Asia Central beneficiarse de las tecnologías digitales, centrado en el comercio digital y el trabajo en línea.',
        eligibility:
          'Abierto a todos: consulta y descarga gratuitas en el sitio web del Banco Mundial.',
        description: md(
          'Informe regional del Banco Mundial para Europa y Asia Central (región ECA) dedicado a los dividendos digitales, presentado el 24 de abril de 2017 en la Semana del Comercio Electrónico de la UNCTAD y centrado especialmente en el comercio digital y las modalidades de trabajo en línea.',
          'El informe señala los principales obstáculos al comercio digital y al trabajo en línea en la región y sostiene que los gobiernos necesitarán políticas que:',
          [
            '- fomenten la competencia y el comercio internacional;',
            '- amplíen la oferta de competencias;',
            '- adapten la regulación a la evolución del entorno empresarial y de los mercados de trabajo.',
          ].join('\n'),
        ),
      },
    },
    source: `${report}, session "Digital Trade and Online Work in Europe and Central Asia", 24 April 2017. How to get it: the report’s address as the E-Commerce Week 2017 report gives it; no later page was checked.`,
  },

  // ——— 24 April 2017: e-commerce in Africa ———
  {
    type: 'solution',
    slug: 'trainfortrade',
    kind: 'training',
    organisations: ['unctad'],
    policyAreas: ['skills-development'],
    beneficiaries: ['governments', 'trade-support-institutions'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'varies',
    access: { applyUrl: 'https://unctad.org/projects/how-request-tc', viaHub: true },
    link: 'https://unctad.org',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'TrainForTrade',
        summary:
          "UNCTAD's programme for developing skills, knowledge and capacities in developing countries, combining a recognised teaching method with state-of-the-art technology.",
        eligibility:
          'Governments and public institutions of developing countries, through a formal request to UNCTAD; courses are for their officials and trade practitioners. Funded by donors, in some programmes (such as port management) with the beneficiaries sharing the cost.',
        description: md(
          "TrainForTrade is UNCTAD's capacity-building programme. It develops the skills, knowledge and capacities of people and institutions in developing countries through innovative development approaches, built on a recognised pedagogical method and on state-of-the-art technology.",
          'At UNCTAD E-Commerce Week it was presented in the session on e-commerce in Africa (24 April 2017) as one of the tools available to African countries that want to develop e-commerce. The session recalled that, according to the UNCTAD B2C E-commerce Index 2016, Africa ranked lowest on every indicator of e-commerce readiness, and that just over a fifth of Africans used the Internet.',
        ),
      },
      fr: {
        title: 'TrainForTrade',
        summary:
          "Programme de la CNUCED qui développe les compétences, les connaissances et les capacités dans les pays en développement en alliant une méthode pédagogique reconnue à des technologies de pointe.",
        eligibility:
          'Gouvernements et institutions publiques des pays en développement, sur demande officielle adressée à la CNUCED ; les cours s’adressent à leurs fonctionnaires et aux professionnels du commerce. Financé par des donateurs, avec dans certains programmes (comme la gestion portuaire) un partage des coûts par les bénéficiaires.',
        description: md(
          "TrainForTrade est le programme de renforcement des capacités de la CNUCED. Il développe les compétences, les connaissances et les capacités des personnes et des institutions des pays en développement grâce à des approches novatrices, fondées sur une méthode pédagogique reconnue et sur des technologies de pointe.",
          "Lors de la Semaine du commerce électronique de la CNUCED, il a été présenté pendant la séance sur le commerce électronique en Afrique (24 avril 2017) comme l'un des outils dont disposent les pays africains pour développer le commerce électronique. La séance a rappelé que, selon l'indice B2C de la CNUCED 2016, l'Afrique se classait au dernier rang pour tous les indicateurs de l'état de préparation au commerce électronique, et qu'un peu plus d'un cinquième seulement des Africains utilisaient Internet.",
        ),
      },
      es: {
        title: 'TrainForTrade',
        summary:
          'Programa de la UNCTAD que desarrolla competencias, conocimientos y capacidades en los países en desarrollo combinando un método pedagógico reconocido con tecnología de vanguardia.',
        eligibility:
          'Gobiernos e instituciones públicas de los países en desarrollo, mediante solicitud oficial a la UNCTAD; los cursos se dirigen a sus funcionarios y a los profesionales del comercio. Financiado por donantes, y en algunos programas (como la gestión portuaria) con costos compartidos por los beneficiarios.',
        description: md(
          'TrainForTrade es el programa de fomento de la capacidad de la UNCTAD. Desarrolla las competencias, los conocimientos y las capacidades de personas e instituciones de los países en desarrollo mediante enfoques innovadores, basados en un método pedagógico reconocido y en tecnología de vanguardia.',
          'En la Semana del Comercio Electrónico de la UNCTAD se presentó en la sesión sobre el comercio electrónico en África (24 de abril de 2017) como uno de los instrumentos de que disponen los países africanos para desarrollar el comercio electrónico. En la sesión se recordó que, según el Índice de Comercio Electrónico B2C de la UNCTAD 2016, África ocupaba el último lugar en todos los indicadores del estado de preparación para el comercio electrónico y que solo algo más de una quinta parte de los africanos utilizaba Internet.',
        ),
      },
    },
    source: `${report}, session "E-Commerce in Africa", 24 April 2017. How to get it: UNCTAD page "How to request technical cooperation" and TrainForTrade pages (tft.unctad.org, sdgpulse.unctad.org) (checked 2026-12-07).`,
  },
  {
    type: 'solution',
    slug: 'upu-ecommerce-capacity-building',
    kind: 'technical-assistance',
    organisations: ['upu'],
    policyAreas: ['trade-logistics', 'skills-development'],
    beneficiaries: ['postal-operators', 'governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'varies',
    access: { applyUrl: 'https://www.upu.int', viaHub: true },
    link: 'https://www.upu.int',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UPU e-commerce capacity-building programme',
        summary:
          'A Universal Postal Union programme that builds the capacity of countries to take part in e-commerce activities.',
        eligibility:
          'UPU member countries and their designated postal operators. Projects such as Ecom@Africa are funded by each interested member country, with UPU cooperation funds and donors covering other activities. Link: the UPU’s site.',
        description: md(
          'The Universal Postal Union (UPU) presented this capacity-building programme, which assists countries in taking part in e-commerce activities, in the session on e-commerce in Africa at UNCTAD E-Commerce Week (24 April 2017), together with its e-commerce guide for postal operators.',
          'The session warned that, unless the underlying transaction and logistics processes improve, online commerce in Africa is likely to stay confined to wealthier urban populations. Postal reliability is one of the four indicators of the UNCTAD B2C E-commerce Index, on which Africa ranked lowest.',
        ),
      },
      fr: {
        title: "Programme de renforcement des capacités de l'UPU en matière de commerce électronique",
        summary:
          "Programme de l'Union postale universelle qui renforce les capacités des pays à participer aux activités de commerce électronique.",
        eligibility:
          'Pays membres de l’UPU et leurs opérateurs postaux désignés. Les projets comme Ecom@Africa sont financés par chaque pays membre intéressé, d’autres activités l’étant par les fonds de coopération de l’UPU et des donateurs. Lien : site de l’UPU.',
        description: md(
          "L'Union postale universelle (UPU) a présenté ce programme de renforcement des capacités, qui aide les pays à participer aux activités de commerce électronique, pendant la séance sur le commerce électronique en Afrique de la Semaine du commerce électronique de la CNUCED (24 avril 2017), avec son guide du commerce électronique destiné aux opérateurs postaux.",
          "La séance a averti que, faute d'amélioration des processus de transaction et de logistique sous-jacents, le commerce en ligne en Afrique risque de rester l'apanage des populations urbaines les plus aisées. La fiabilité postale est l'un des quatre indicateurs de l'indice B2C de la CNUCED, pour lequel l'Afrique se classait au dernier rang.",
        ),
      },
      es: {
        title: 'Programa de fomento de la capacidad de la UPU en materia de comercio electrónico',
        summary:
          'Programa de la Unión Postal Universal que fomenta la capacidad de los países para participar en actividades de comercio electrónico.',
        eligibility:
          'Países miembros de la UPU y sus operadores postales designados. Los proyectos como Ecom@Africa los financia cada país miembro interesado, y otras actividades, los fondos de cooperación de la UPU y donantes. Enlace: sitio web de la UPU.',
        description: md(
          'La Unión Postal Universal (UPU) presentó este programa de fomento de la capacidad, que ayuda a los países a participar en actividades de comercio electrónico, en la sesión sobre el comercio electrónico en África de la Semana del Comercio Electrónico de la UNCTAD (24 de abril de 2017), junto con su guía de comercio electrónico para los operadores postales.',
          'En la sesión se advirtió que, si no mejoran los procesos de transacción y logística subyacentes, el comercio en línea en África probablemente seguirá limitado a la población urbana más acomodada. La fiabilidad postal es uno de los cuatro indicadores del Índice de Comercio Electrónico B2C de la UNCTAD, en el que África ocupaba el último lugar.',
        ),
      },
    },
    source: `${report}, session "E-Commerce in Africa", 24 April 2017. How to get it: UPU pages on the Ecom@Africa initiative and its FAQ, and UPU news of June 2021 on African projects; link to the UPU’s site (checked 2026-12-07).`,
  },
  {
    type: 'resource',
    slug: 'upu-ecommerce-guide',
    kind: 'guide',
    organisations: ['upu'],
    policyAreas: ['trade-logistics'],
    beneficiaries: ['postal-operators'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.upu.int' },
    link: 'https://www.upu.int',
    documentUrl: null,
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UPU E-commerce Guide',
        summary:
          'A Universal Postal Union guide for postal operators on the opportunities e-commerce offers them and on how to enter the e-commerce market.',
        eligibility:
          'Written for the postal operators of UPU member countries; it may be reproduced for non-commercial purposes with acknowledgement. Updated in 2015 and again in 2020. Link: the UPU’s site.',
        description: md(
          'A guide from the Universal Postal Union (UPU) that gives postal operators comprehensive information on the opportunities e-commerce opens up for Posts and on how to take part in the e-commerce market.',
          'The UPU presented it, with its e-commerce capacity-building programme, in the session on e-commerce in Africa at UNCTAD E-Commerce Week (24 April 2017).',
        ),
      },
      fr: {
        title: "Guide du commerce électronique de l'UPU",
        summary:
          "Guide de l'Union postale universelle destiné aux opérateurs postaux sur les possibilités que leur offre le commerce électronique et sur la manière d'accéder à ce marché.",
        eligibility:
          'Rédigé pour les opérateurs postaux des pays membres de l’UPU ; sa reproduction est autorisée à des fins non commerciales, avec mention de la source. Mis à jour en 2015, puis en 2020. Lien : site de l’UPU.',
        description: md(
          "Guide de l'Union postale universelle (UPU) qui donne aux opérateurs postaux des informations complètes sur les possibilités que le commerce électronique ouvre aux postes et sur la manière de participer au marché du commerce électronique.",
          "L'UPU l'a présenté, avec son programme de renforcement des capacités en matière de commerce électronique, pendant la séance sur le commerce électronique en Afrique de la Semaine du commerce électronique de la CNUCED (24 avril 2017).",
        ),
      },
      es: {
        title: 'Guía de comercio electrónico de la UPU',
        summary:
          'Guía de la Unión Postal Universal para los operadores postales sobre las oportunidades que les ofrece el comercio electrónico y sobre cómo entrar en ese mercado.',
        eligibility:
          'Redactada para los operadores postales de los países miembros de la UPU; puede reproducirse con fines no comerciales citando la fuente. Actualizada en 2015 y de nuevo en 2020. Enlace: sitio web de la UPU.',
        description: md(
          'Guía de la Unión Postal Universal (UPU) que ofrece a los operadores postales información completa sobre las oportunidades que el comercio electrónico abre a los correos y sobre cómo participar en el mercado del comercio electrónico.',
          'La UPU la presentó, junto con su programa de fomento de la capacidad en materia de comercio electrónico, en la sesión sobre el comercio electrónico en África de la Semana del Comercio Electrónico de la UNCTAD (24 de abril de 2017).',
        ),
      },
    },
    source: `${report}, session "E-Commerce in Africa", 24 April 2017. How to get it: the guide’s 2015 ("Boosting e-commerce: a how-to guide for postal operators") and 2020 ("UPU E-Commerce Guide") editions; link to the UPU’s site (checked 2026-12-07).`,
  },

  // ——— 24 April 2017: China ———
  {
    type: 'resource',
    slug: 'aliresearch-inclusive-ecommerce-china',
    kind: 'report',
    organisations: ['aliresearch'],
    policyAreas: ['readiness-assessment', 'skills-development', 'access-to-financing'],
    beneficiaries: ['governments', 'msmes', 'researchers'],
    coverage: ['CHN'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'http://unctad.org/meetings/en/Contribution/dtl_eWeek2017c11-aliresearch_en.pdf' },
    link: null,
    documentUrl: 'http://unctad.org/meetings/en/Contribution/dtl_eWeek2017c11-aliresearch_en.pdf',
    publishedOn: '2017-04',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Inclusive Development and E-commerce: The Case of China (AliResearch study)',
        summary:
          "AliResearch study of China's domestic and cross-border e-commerce and its effect on inclusive growth, with guidance for policymakers and good practices for MSMEs.",
        eligibility:
          'Open to anyone: free to read and download. The study was contributed to E-Commerce Week 2017 and is published on UNCTAD’s website.',
        description: md(
          'A study prepared by AliResearch, the research institute of Alibaba Group, and released at UNCTAD E-Commerce Week on 24 April 2017 in the session on inclusive development and e-commerce in China. It offers strategic guidelines for policymakers, good practices for micro, small and medium-sized enterprises (MSMEs) and empirical evidence of inclusive growth, drawing lessons from China that could help other countries develop e-commerce.',
          'Recommendations discussed in the session included:',
          [
            '- extending the reach of digital platforms and encouraging private investment in finance, transactions, logistics and credit;',
            '- encouraging innovation and using fiscal, financial and price policies to support MSMEs, within an inclusive and fair market system;',
            '- more digital skills training by governments and international organisations, to overcome the shortage of e-commerce talent.',
          ].join('\n'),
          'The session also heard a comparative case study of how China and the Republic of Korea have prepared rural communities to become self-sufficient through e-commerce.',
        ),
      },
      fr: {
        title: "Développement inclusif et commerce électronique : le cas de la Chine (étude d'AliResearch)",
        summary:
          "Étude d'AliResearch sur le commerce électronique intérieur et transfrontière de la Chine et ses effets sur la croissance inclusive, avec des orientations pour les décideurs et de bonnes pratiques pour les MPME.",
        eligibility:
          'Ouvert à tous : consultation et téléchargement gratuits. L’étude, présentée en contribution à la Semaine du commerce électronique 2017, est publiée sur le site de la CNUCED.',
        description: md(
          "Étude réalisée par AliResearch, l'institut de recherche d'Alibaba Group, et publiée le 24 avril 2017 lors de la Semaine du commerce électronique de la CNUCED, pendant la séance sur le développement inclusif et le commerce électronique en Chine. Elle propose des orientations stratégiques aux décideurs, de bonnes pratiques aux micro, petites et moyennes entreprises (MPME) et des données empiriques sur la croissance inclusive, en tirant de l'expérience chinoise des enseignements utiles à d'autres pays.",
          'Parmi les recommandations examinées pendant la séance :',
          [
            "- étendre la portée des plateformes numériques et encourager l'investissement privé dans la finance, les transactions, la logistique et le crédit ;",
            "- encourager l'innovation et recourir à des politiques budgétaires, financières et de prix pour soutenir les MPME, dans un système de marché inclusif et équitable ;",
            '- développer, avec les gouvernements et les organisations internationales, la formation aux compétences numériques afin de remédier au manque de talents dans le commerce électronique.',
          ].join('\n'),
          'La séance a également présenté une étude de cas comparant les expériences de la Chine et de la République de Corée pour aider les communautés rurales à devenir autonomes grâce au commerce électronique.',
        ),
      },
      es: {
        title: 'Desarrollo inclusivo y comercio electrónico: el caso de China (estudio de AliResearch)',
        summary:
          'Estudio de AliResearch sobre el comercio electrónico nacional y transfronterizo de China y su efecto en el crecimiento inclusivo, con orientaciones para los responsables de políticas y buenas prácticas para las mipymes.',
        eligibility:
          'Abierto a todos: consulta y descarga gratuitas. El estudio, aportado a la Semana del Comercio Electrónico de 2017, se publica en el sitio web de la UNCTAD.',
        description: md(
          'Estudio elaborado por AliResearch, el instituto de investigación de Alibaba Group, y publicado el 24 de abril de 2017 en la Semana del Comercio Electrónico de la UNCTAD, durante la sesión sobre desarrollo inclusivo y comercio electrónico en China. Ofrece directrices estratégicas a los responsables de políticas, buenas prácticas a las microempresas y pequeñas y medianas empresas (mipymes) y datos empíricos sobre el crecimiento inclusivo, y extrae de la experiencia china lecciones útiles para otros países.',
          'Entre las recomendaciones examinadas en la sesión figuraban:',
          [
            '- ampliar el alcance de las plataformas digitales y alentar la inversión privada en finanzas, transacciones, logística y crédito;',
            '- fomentar la innovación y aplicar políticas fiscales, financieras y de precios que apoyen a las mipymes, en un sistema de mercado inclusivo y equitativo;',
            '- ampliar, con los gobiernos y las organizaciones internacionales, la capacitación en competencias digitales para superar la escasez de talento en el comercio electrónico.',
          ].join('\n'),
          'En la sesión también se presentó un estudio de caso comparativo sobre cómo China y la República de Corea han preparado a comunidades rurales para ser autosuficientes gracias al comercio electrónico.',
        ),
      },
    },
    source: `${report}, session "Inclusive Development and E-Commerce: Case of China", 24 April 2017 (the report does not name the author of the China–Korea rural case study, which is therefore mentioned here rather than listed separately). How to get it: the contribution’s address on UNCTAD’s website, as the report gives it.`,
  },

  // ——— 25 April 2017: eTrade for all and the FED ———
  {
    type: 'solution',
    slug: 'etrade-for-all',
    kind: 'technical-assistance',
    organisations: ['unctad', 'business-for-etrade-development'],
    policyAreas: ['readiness-assessment', 'legal-regulatory', 'skills-development', 'access-to-financing'],
    beneficiaries: ['governments', 'msmes', 'trade-support-institutions'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'varies',
    access: { applyUrl: 'https://etradeforall.org', viaHub: true },
    link: 'https://etradeforall.org',
    startsOn: '2016-07',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'eTrade for all',
        summary:
          'A global initiative led by UNCTAD that helps developing countries unlock the potential of e-commerce by connecting them with the partners and support they need.',
        eligibility:
          'Developing countries, least developed countries first, find the partners’ solutions and ask the partners directly; each partner sets its own terms. Organisations working on e-commerce for development can ask to become partners.',
        description: md(
          "eTrade for all is a global initiative, led by UNCTAD, that helps developing countries use e-commerce to drive development. It was launched in July 2016, at UNCTAD's fourteenth quadrennial Conference, and at the time of E-Commerce Week 2017 had 22 members: international and regional organisations, national entities and development banks.",
          'The initiative organises support around seven policy areas:',
          [
            '- e-commerce readiness assessment and strategy formulation;',
            '- ICT infrastructure and services;',
            '- trade logistics and trade facilitation;',
            '- payment solutions;',
            '- legal and regulatory frameworks;',
            '- e-commerce skills development;',
            '- access to financing.',
          ].join('\n'),
          'It works with Business for eTrade Development, a private-sector-led advisory council, and launched its online platform, etradeforall.org, during the Week. Recommendations made at the Week proposed using the initiative for further readiness assessments of LDCs and for a network of women entrepreneurs in e-commerce.',
        ),
      },
      fr: {
        title: 'eTrade for all (initiative « Commerce électronique pour tous »)',
        summary:
          "Initiative mondiale pilotée par la CNUCED qui aide les pays en développement à libérer le potentiel du commerce électronique en les mettant en relation avec les partenaires et l'appui dont ils ont besoin.",
        eligibility:
          'Les pays en développement, en premier lieu les pays les moins avancés, trouvent les solutions des partenaires et s’adressent directement à eux ; chaque partenaire fixe ses propres conditions. Les organisations actives dans le commerce électronique pour le développement peuvent demander à devenir partenaires.',
        description: md(
          "eTrade for all est une initiative mondiale, pilotée par la CNUCED, qui aide les pays en développement à faire du commerce électronique un moteur de développement. Lancée en juillet 2016, lors de la quatorzième Conférence quadriennale de la CNUCED, elle comptait au moment de la Semaine du commerce électronique 2017 22 membres : organisations internationales et régionales, entités nationales et banques de développement.",
          "L'initiative organise son appui autour de sept domaines d'action :",
          [
            "- évaluation de l'état de préparation au commerce électronique et formulation de stratégies ;",
            '- infrastructure et services TIC ;',
            '- logistique commerciale et facilitation des échanges ;',
            '- solutions de paiement ;',
            '- cadres juridiques et réglementaires ;',
            '- développement des compétences en commerce électronique ;',
            '- accès au financement.',
          ].join('\n'),
          "Elle travaille avec Business for eTrade Development, conseil consultatif piloté par le secteur privé, et a lancé sa plateforme en ligne, etradeforall.org, pendant la Semaine. Des recommandations formulées pendant la Semaine proposaient de s'appuyer sur l'initiative pour mener de nouvelles évaluations de l'état de préparation des PMA et pour créer un réseau de femmes entrepreneurs dans le commerce électronique.",
        ),
      },
      es: {
        title: 'eTrade for all (Iniciativa de Comercio Electrónico para Todos)',
        summary:
          'Iniciativa mundial dirigida por la UNCTAD que ayuda a los países en desarrollo a liberar el potencial del comercio electrónico poniéndolos en contacto con los asociados y el apoyo que necesitan.',
        eligibility:
          'Los países en desarrollo, en primer lugar los países menos adelantados, encuentran las soluciones de los asociados y se dirigen directamente a ellos; cada asociado fija sus propias condiciones. Las organizaciones que trabajan en el comercio electrónico para el desarrollo pueden solicitar ser asociadas.',
        description: md(
          'eTrade for all es una iniciativa mundial, dirigida por la UNCTAD, que ayuda a los países en desarrollo a hacer del comercio electrónico un motor de desarrollo. Se puso en marcha en julio de 2016, en la 14ª Conferencia cuatrienal de la UNCTAD, y en el momento de la Semana del Comercio Electrónico 2017 contaba con 22 miembros: organizaciones internacionales y regionales, entidades nacionales y bancos de desarrollo.',
          'La iniciativa organiza su apoyo en torno a siete esferas de política:',
          [
            '- evaluación del estado de preparación para el comercio electrónico y formulación de estrategias;',
            '- infraestructura y servicios de TIC;',
            '- logística comercial y facilitación del comercio;',
            '- soluciones de pago;',
            '- marcos jurídicos y regulatorios;',
            '- desarrollo de competencias en comercio electrónico;',
            '- acceso a la financiación.',
          ].join('\n'),
          'Colabora con Empresas en pro del Desarrollo del Comercio Electrónico (Business for eTrade Development), consejo consultivo dirigido por el sector privado, y durante la Semana presentó su plataforma en línea, etradeforall.org. En las recomendaciones formuladas durante la Semana se propuso recurrir a la iniciativa para realizar nuevas evaluaciones del estado de preparación de los PMA y para crear una red de mujeres empresarias en el comercio electrónico.',
        ),
      },
    },
    source: `${report}, session "Launch of eTrade for all online Platform", 25 April 2017; session "Key Outcomes and Way forward", 28 April 2017. How to get it: UNCTAD page "Principles of the eTrade for All initiative" and the initiative’s site (checked 2026-12-07).`,
  },
  {
    type: 'solution',
    slug: 'etradeforall-platform',
    kind: 'platform',
    organisations: ['unctad'],
    policyAreas: ['readiness-assessment', 'skills-development'],
    beneficiaries: ['governments', 'msmes', 'trade-support-institutions', 'researchers'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es'],
    cost: 'free',
    access: { applyUrl: 'https://etradeforall.org' },
    link: 'https://etradeforall.org',
    startsOn: '2017-04-25',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'etradeforall.org online platform',
        summary:
          'The eTrade for all information hub, launched in April 2017, where developing countries find e-commerce assistance, partners, data, good practices and events.',
        eligibility:
          'Open to anyone, free of charge: the platform lists partners’ solutions, news, events and data. Each service listed is requested from the partner that offers it.',
        description: md(
          'etradeforall.org is the online platform of the eTrade for all initiative, officially launched on 25 April 2017 during UNCTAD E-Commerce Week. It is an information hub that helps developing countries find their way through the many technical and financial services they can use to develop e-commerce.',
          'On the platform, countries can:',
          [
            '- connect with potential partners;',
            '- learn about trends and good practices;',
            '- find up-to-date e-commerce data;',
            '- keep up with upcoming e-commerce events.',
          ].join('\n'),
          'Speakers at the launch stressed that it works on most electronic devices and lets users learn and share with partners and peers.',
        ),
      },
      fr: {
        title: 'Plateforme en ligne etradeforall.org',
        summary:
          "Le centre d'information d'eTrade for all, lancé en avril 2017, où les pays en développement trouvent assistance, partenaires, données, bonnes pratiques et événements liés au commerce électronique.",
        eligibility:
          'Ouvert à tous, gratuitement : la plateforme présente les solutions des partenaires, des actualités, des événements et des données. Chaque service présenté se demande au partenaire qui le propose.',
        description: md(
          "etradeforall.org est la plateforme en ligne de l'initiative eTrade for all, lancée officiellement le 25 avril 2017 pendant la Semaine du commerce électronique de la CNUCED. Ce centre d'information aide les pays en développement à s'orienter parmi les nombreux services techniques et financiers dont ils peuvent tirer parti pour développer le commerce électronique.",
          'Sur la plateforme, les pays peuvent :',
          [
            '- nouer des contacts avec des partenaires potentiels ;',
            "- s'informer sur les tendances et les bonnes pratiques ;",
            '- trouver des données à jour sur le commerce électronique ;',
            '- suivre les prochains événements consacrés au commerce électronique.',
          ].join('\n'),
          "Les intervenants au lancement ont souligné qu'elle fonctionne sur la plupart des appareils électroniques et permet aux utilisateurs d'apprendre et d'échanger avec leurs partenaires et leurs pairs.",
        ),
      },
      es: {
        title: 'Plataforma en línea etradeforall.org',
        summary:
          'El centro de información de eTrade for all, presentado en abril de 2017, donde los países en desarrollo encuentran asistencia, asociados, datos, buenas prácticas y eventos sobre comercio electrónico.',
        eligibility:
          'Abierta a todos, gratuitamente: la plataforma presenta las soluciones de los asociados, noticias, eventos y datos. Cada servicio presentado se solicita al asociado que lo ofrece.',
        description: md(
          'etradeforall.org es la plataforma en línea de la iniciativa eTrade for all, presentada oficialmente el 25 de abril de 2017 durante la Semana del Comercio Electrónico de la UNCTAD. Es un centro de información que ayuda a los países en desarrollo a orientarse entre los numerosos servicios técnicos y financieros que pueden utilizar para desarrollar el comercio electrónico.',
          'En la plataforma, los países pueden:',
          [
            '- ponerse en contacto con posibles asociados;',
            '- conocer tendencias y buenas prácticas;',
            '- consultar datos actualizados sobre comercio electrónico;',
            '- informarse de los próximos eventos sobre comercio electrónico.',
          ].join('\n'),
          'En la presentación se destacó que funciona en la mayoría de los dispositivos electrónicos y permite a los usuarios aprender e intercambiar con asociados y pares.',
        ),
      },
    },
    source: `${report}, session "Launch of eTrade for all online Platform", 25 April 2017. How to get it: the eTrade for all site (checked 2026-12-07).`,
  },
  {
    type: 'solution',
    slug: 'business-for-etrade-development',
    kind: 'platform',
    organisations: ['business-for-etrade-development', 'unctad'],
    policyAreas: ['readiness-assessment', 'skills-development'],
    beneficiaries: ['msmes', 'governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://etradeforall.org/public-private-priorities-aid-trade-digital-era/' },
    link: null,
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Business for eTrade Development',
        summary:
          'A private-sector-led advisory council of large corporations and small businesses from developed and developing countries, working with eTrade for all to spread e-commerce.',
        eligibility:
          'An advisory council of companies, not a service one applies for. Its first report (2017), on public-private priorities for Aid for Trade in the digital era, is free to read on the eTrade for all site.',
        description: md(
          'Business for eTrade Development is the private-sector-led advisory council of the eTrade for all initiative. It brings together large corporations and small businesses from developed and developing countries and works with eTrade for all to promote the uptake of e-commerce for inclusive development.',
          'Its board held its first meeting during UNCTAD E-Commerce Week 2017, one of the highlights of the Week.',
        ),
      },
      fr: {
        title: 'Business for eTrade Development (Entreprises pour le développement du commerce électronique)',
        summary:
          "Conseil consultatif piloté par le secteur privé, réunissant grandes sociétés et petites entreprises de pays développés et en développement, qui œuvre avec eTrade for all à l'essor du commerce électronique.",
        eligibility:
          'Un conseil consultatif d’entreprises, et non un service auquel on postule. Son premier rapport (2017), sur les priorités public-privé de l’Aide pour le commerce à l’ère numérique, se consulte gratuitement sur le site d’eTrade for all.',
        description: md(
          "Business for eTrade Development est le conseil consultatif de l'initiative eTrade for all, piloté par le secteur privé. Il réunit de grandes sociétés et de petites entreprises de pays développés et de pays en développement et œuvre avec eTrade for all à promouvoir l'adoption du commerce électronique au service d'un développement inclusif.",
          "Son conseil d'administration a tenu sa première réunion pendant la Semaine du commerce électronique 2017 de la CNUCED, l'un des temps forts de la Semaine.",
        ),
      },
      es: {
        title: 'Empresas en pro del Desarrollo del Comercio Electrónico (Business for eTrade Development)',
        summary:
          'Consejo consultivo dirigido por el sector privado que reúne a grandes empresas y pequeños negocios de países desarrollados y en desarrollo y colabora con eTrade for all para difundir el comercio electrónico.',
        eligibility:
          'Un consejo asesor de empresas, no un servicio que se solicita. Su primer informe (2017), sobre las prioridades público-privadas de la Ayuda para el Comercio en la era digital, se consulta gratuitamente en el sitio de eTrade for all.',
        description: md(
          'Empresas en pro del Desarrollo del Comercio Electrónico es el consejo consultivo de la iniciativa eTrade for all dirigido por el sector privado. Reúne a grandes empresas y pequeños negocios de países desarrollados y en desarrollo y colabora con eTrade for all para promover la adopción del comercio electrónico en favor de un desarrollo inclusivo.',
          'Su junta celebró su primera reunión durante la Semana del Comercio Electrónico 2017 de la UNCTAD, uno de los momentos destacados de la Semana.',
        ),
      },
    },
    source: `${report}: overview (first board meeting) and session "Launch of eTrade for all online Platform", 25 April 2017. How to get it: eTrade for all page on the council’s first report, "Public-Private Priorities for Aid for Trade in the Digital Era" (checked 2026-12-07).`,
  },
  {
    type: 'resource',
    slug: 'fed-roadmap-seven-priorities',
    kind: 'publication',
    organisations: ['friends-of-e-commerce-for-development'],
    policyAreas: ['readiness-assessment', 'ict-infrastructure', 'legal-regulatory', 'access-to-financing'],
    beneficiaries: ['governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://twn.my/title2/wto.info/2017/ti170501.htm' },
    link: null,
    documentUrl: null,
    publishedOn: '2017-04-25',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Friends of E-Commerce for Development roadmap: seven priority issues',
        summary:
          'Roadmap proposed by FED ministers at their first Ministerial Meeting in April 2017, setting seven e-commerce priorities that match the focus of eTrade for all.',
        eligibility:
          'A policy roadmap, free to read; there is nothing to apply for. In April 2017 the group’s members were Argentina, Chile, Colombia, Costa Rica, Kenya, Mexico, Nigeria, Pakistan, Sri Lanka and Uruguay. Link: a news report; no official page was found.',
        description: md(
          'At its first Ministerial Meeting, held on 25 April 2017 during UNCTAD E-Commerce Week, the Group of Friends of E-Commerce for Development (FED) discussed the role of e-commerce and trade in developing countries. Ministers from FED member countries proposed a roadmap of seven priority issues for sustainable economic development, matching the focus of eTrade for all:',
          [
            '1. identifying strategies for e-commerce readiness;',
            '2. access to ICT infrastructure and services;',
            '3. trade logistics and trade facilitation;',
            '4. e-payment solutions;',
            '5. legal certainty and regulatory frameworks;',
            '6. capacity building and technical assistance;',
            '7. access to financing.',
          ].join('\n'),
          "Argentina's Susana Malcorra described the roadmap as a milestone on the road to the WTO's Eleventh Ministerial Conference in Buenos Aires (December 2017) that would help shape the debate on its outcomes.",
        ),
      },
      fr: {
        title: 'Feuille de route du Groupe des Amis du commerce électronique pour le développement : sept questions prioritaires',
        summary:
          "Feuille de route proposée par les ministres du Groupe FED lors de leur première réunion ministérielle, en avril 2017, qui fixe sept priorités pour le commerce électronique, conformes aux axes d'eTrade for all.",
        eligibility:
          'Une feuille de route politique, en libre lecture ; il n’y a rien à demander. En avril 2017, le groupe réunissait l’Argentine, le Chili, la Colombie, le Costa Rica, le Kenya, le Mexique, le Nigéria, le Pakistan, Sri Lanka et l’Uruguay. Lien : un article de presse ; aucune page officielle n’a été trouvée.',
        description: md(
          "Lors de sa première réunion ministérielle, tenue le 25 avril 2017 pendant la Semaine du commerce électronique de la CNUCED, le Groupe des Amis du commerce électronique pour le développement (FED) a examiné le rôle du commerce électronique et du commerce dans les pays en développement. Les ministres des pays membres ont proposé une feuille de route de sept questions prioritaires pour un développement économique durable, qui coïncident avec les axes de l'initiative eTrade for all :",
          [
            "1. définition de stratégies de préparation au commerce électronique ;",
            '2. accès aux infrastructures et services TIC ;',
            '3. logistique commerciale et facilitation des échanges ;',
            '4. solutions de paiement électronique ;',
            '5. sécurité juridique et cadres réglementaires ;',
            '6. renforcement des capacités et assistance technique ;',
            '7. accès au financement.',
          ].join('\n'),
          "Pour l'Argentine, Susana Malcorra a qualifié la feuille de route d'étape importante sur la voie de la onzième Conférence ministérielle de l'OMC à Buenos Aires (décembre 2017), appelée à orienter le débat sur ses résultats.",
        ),
      },
      es: {
        title: 'Hoja de ruta del Grupo de Amigos del Comercio Electrónico para el Desarrollo: siete cuestiones prioritarias',
        summary:
          'Hoja de ruta propuesta por los ministros del Grupo FED en su primera reunión ministerial, en abril de 2017, que fija siete prioridades de comercio electrónico acordes con eTrade for all.',
        eligibility:
          'Una hoja de ruta de política, de libre lectura; no hay nada que solicitar. En abril de 2017 el grupo lo formaban la Argentina, Chile, Colombia, Costa Rica, Kenya, México, Nigeria, el Pakistán, Sri Lanka y el Uruguay. Enlace: un artículo de prensa; no se encontró ninguna página oficial.',
        description: md(
          'En su primera reunión ministerial, celebrada el 25 de abril de 2017 durante la Semana del Comercio Electrónico de la UNCTAD, el Grupo de Amigos del Comercio Electrónico para el Desarrollo (FED) examinó el papel del comercio electrónico y del comercio en los países en desarrollo. Los ministros de los países miembros propusieron una hoja de ruta con siete cuestiones prioritarias para un desarrollo económico sostenible, que coinciden con los ejes de la iniciativa eTrade for all:',
          [
            '1. definición de estrategias de preparación para el comercio electrónico;',
            '2. acceso a la infraestructura y los servicios de TIC;',
            '3. logística comercial y facilitación del comercio;',
            '4. soluciones de pago electrónico;',
            '5. seguridad jurídica y marcos regulatorios;',
            '6. fomento de la capacidad y asistencia técnica;',
            '7. acceso a la financiación.',
          ].join('\n'),
          'Por la Argentina, Susana Malcorra calificó la hoja de ruta de hito en el camino hacia la Undécima Conferencia Ministerial de la OMC en Buenos Aires (diciembre de 2017), que contribuiría a orientar el debate sobre sus resultados.',
        ),
      },
    },
    source: `${report}, session "E-Commerce for Development Ministerial by the Friends of E-Commerce for Development", 25 April 2017. How to get it: Third World Network report "Friends of E-Commerce lay out roadmap for MC11 and beyond" (SUNS #8451, 27 April 2017); no official page of the group was found (checked 2026-12-07).`,
  },

  // ——— 26 April 2017: LDCs, courses, indices and consumer protection ———
  {
    type: 'solution',
    slug: 'etrade-readiness-assessments',
    kind: 'technical-assistance',
    organisations: ['unctad', 'eif'],
    policyAreas: ['readiness-assessment'],
    beneficiaries: ['governments'],
    coverage: ['ldc'],
    languages: ['en', 'fr'],
    cost: 'varies',
    access: { applyUrl: 'https://unctad.org/projects/how-request-tc', viaHub: true },
    link: 'https://unctad.org',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'eTrade Readiness Assessments of LDCs (eT Ready)',
        summary:
          'UNCTAD assessments that give a least developed country a holistic view of its e-commerce readiness and a matrix of actions for government, business and partners.',
        eligibility:
          'Governments of least developed countries, and since then of other developing countries, through a request to UNCTAD, usually from the ministry of trade or commerce. Funding is agreed case by case, often from donors such as Germany, Sweden or the Enhanced Integrated Framework.',
        description: md(
          "UNCTAD's eTrade Readiness Assessments (eT Ready) look at how ready a least developed country (LDC) is to take part in and benefit from e-commerce: on the supply side, from payment solutions to logistics, and on the demand side, from connectivity and its use to trust. Each assessment includes a matrix of findings, conclusions and actions.",
          'The special session co-organised by UNCTAD and the Enhanced Integrated Framework (EIF) on 26 April 2017 discussed the assessments already released for Cambodia and Bhutan. Speakers saw them as an entry point for LDCs to mainstream ICT and e-commerce in national development plans, while stressing that implementation is what counts. Recommendations included:',
          [
            '- carrying out more eT Ready assessments of LDCs under the eTrade for all initiative;',
            "- helping LDCs mobilise resources locally in response to each assessment's action matrix;",
            '- involving national stakeholders through National Steering Committees;',
            '- dedicating Aid for Trade resources to e-commerce ecosystems in LDCs.',
          ].join('\n'),
          'After the Cambodia and Bhutan assessments, the EIF and Germany pledged new funding for further LDC assessments, including for Liberia and Samoa.',
        ),
      },
      fr: {
        title: "Évaluations de l'état de préparation au commerce électronique des PMA (eT Ready)",
        summary:
          "Évaluations de la CNUCED qui donnent à un pays moins avancé une vue d'ensemble de son état de préparation au commerce électronique et une matrice d'actions pour l'État, les entreprises et les partenaires.",
        eligibility:
          'Gouvernements des pays les moins avancés, puis d’autres pays en développement, sur demande adressée à la CNUCED, le plus souvent par le ministère du commerce. Le financement est convenu au cas par cas, souvent auprès de donateurs comme l’Allemagne, la Suède ou le Cadre intégré renforcé.',
        description: md(
          "Les évaluations de l'état de préparation au commerce électronique (eT Ready) de la CNUCED examinent dans quelle mesure un pays moins avancé (PMA) est prêt à participer au commerce électronique et à en tirer parti : du côté de l'offre, des solutions de paiement à la logistique, et du côté de la demande, de la connectivité et de son utilisation à la confiance. Chaque évaluation comprend une matrice de constatations, de conclusions et d'actions.",
          "La séance spéciale coorganisée par la CNUCED et le Cadre intégré renforcé (CIR) le 26 avril 2017 a examiné les évaluations déjà publiées pour le Cambodge et le Bhoutan. Les intervenants y ont vu un point d'entrée permettant aux PMA d'intégrer les TIC et le commerce électronique dans leurs plans nationaux de développement, tout en soulignant que c'est la mise en œuvre qui compte. Parmi les recommandations :",
          [
            "- réaliser d'autres évaluations eT Ready de PMA dans le cadre de l'initiative eTrade for all ;",
            "- aider les PMA à mobiliser des ressources au niveau local pour donner suite à la matrice d'actions de chaque évaluation ;",
            '- associer les parties prenantes nationales par l’intermédiaire de comités directeurs nationaux ;',
            "- consacrer des ressources de l'Aide pour le commerce aux écosystèmes du commerce électronique dans les PMA.",
          ].join('\n'),
          "À la suite des évaluations du Cambodge et du Bhoutan, le CIR et l'Allemagne ont annoncé de nouveaux financements pour d'autres évaluations de PMA, notamment du Libéria et du Samoa.",
        ),
      },
      es: {
        title: 'Evaluaciones sobre el estado de preparación para el comercio electrónico de los PMA (eT Ready)',
        summary:
          'Evaluaciones de la UNCTAD que ofrecen a un país menos adelantado una visión de conjunto de su preparación para el comercio electrónico y una matriz de medidas para el Gobierno, las empresas y los asociados.',
        eligibility:
          'Gobiernos de los países menos adelantados, y después de otros países en desarrollo, mediante solicitud a la UNCTAD, por lo general del ministerio de comercio. La financiación se acuerda caso por caso, a menudo con donantes como Alemania, Suecia o el Marco Integrado Mejorado.',
        description: md(
          'Las evaluaciones sobre el estado de preparación para el comercio electrónico (eT Ready) de la UNCTAD examinan en qué medida un país menos adelantado (PMA) está preparado para participar en el comercio electrónico y beneficiarse de él: por el lado de la oferta, desde las soluciones de pago hasta la logística, y por el de la demanda, desde la conectividad y su uso hasta la confianza. Cada evaluación incluye una matriz de constataciones, conclusiones y medidas.',
          'La sesión especial coorganizada por la UNCTAD y el Marco Integrado Mejorado (MIM) el 26 de abril de 2017 examinó las evaluaciones ya publicadas de Camboya y Bhután. Los oradores las consideraron un punto de partida para que los PMA integren las TIC y el comercio electrónico en sus planes nacionales de desarrollo, aunque subrayaron que lo decisivo es la aplicación. Entre las recomendaciones figuraban:',
          [
            '- realizar más evaluaciones eT Ready de PMA en el marco de la iniciativa eTrade for all;',
            '- ayudar a los PMA a movilizar recursos a nivel local para dar seguimiento a la matriz de medidas de cada evaluación;',
            '- hacer participar a las partes interesadas nacionales mediante comités directivos nacionales;',
            '- destinar recursos de la Ayuda para el Comercio a los ecosistemas de comercio electrónico de los PMA.',
          ].join('\n'),
          'Tras las evaluaciones de Camboya y Bhután, el MIM y Alemania anunciaron nueva financiación para más evaluaciones de PMA, entre ellas las de Liberia y Samoa.',
        ),
      },
    },
    source: `${report}, session "Special session on Assessing E-trade Readiness of the Least Developed Countries", 26 April 2017. How to get it: UNCTAD page "How to request technical cooperation", UNCTAD news of 29 November 2017 on Germany’s funding, and EIF Trade for Development News "Taking trade online" (checked 2026-12-07).`,
  },
  {
    type: 'resource',
    slug: 'etrade-readiness-assessment-cambodia',
    kind: 'report',
    organisations: ['unctad'],
    policyAreas: ['readiness-assessment'],
    beneficiaries: ['governments'],
    coverage: ['KHM'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://unctad.org' },
    link: 'https://unctad.org',
    documentUrl: null,
    publishedOn: '2017',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Cambodia Rapid eTrade Readiness Assessment',
        summary:
          "UNCTAD's eTrade Readiness Assessment of Cambodia, which reviews the country's e-commerce environment and sets out actions for stakeholders at home and abroad.",
        eligibility:
          'Open to anyone: free to read and download. The assessment was published by UNCTAD in 2017 and is among its publications. Link: UNCTAD’s site.',
        description: md(
          "UNCTAD's eTrade Readiness Assessment (eT Ready) of Cambodia, one of the two assessments whose release was welcomed at the special session on the e-trade readiness of LDCs during UNCTAD E-Commerce Week (26 April 2017). Like other eT Ready assessments, it reviews the country's readiness across the policy areas of eTrade for all and closes with a matrix of recommended actions.",
          "Cambodia's Minister of Commerce, H.E. Pan Sorasak, told the session that the assessment comes with a set of robust actions for stakeholders in Cambodia and beyond to support the rapid adoption of digital technologies.",
        ),
      },
      fr: {
        title: "Cambodge : évaluation rapide de l'état de préparation au commerce électronique",
        summary:
          "Évaluation eT Ready de la CNUCED consacrée au Cambodge, qui examine l'environnement du commerce électronique du pays et propose des actions aux parties prenantes nationales et étrangères.",
        eligibility:
          'Ouvert à tous : consultation et téléchargement gratuits. L’évaluation a été publiée par la CNUCED en 2017 et figure parmi ses publications. Lien : site de la CNUCED.',
        description: md(
          "Évaluation de l'état de préparation au commerce électronique (eT Ready) du Cambodge réalisée par la CNUCED, l'une des deux évaluations dont la publication a été saluée lors de la séance spéciale sur l'état de préparation des PMA au commerce électronique, pendant la Semaine du commerce électronique de la CNUCED (26 avril 2017). Comme les autres évaluations eT Ready, elle passe en revue les domaines d'action d'eTrade for all et se termine par une matrice d'actions recommandées.",
          "Le Ministre du commerce du Cambodge, S. E. M. Pan Sorasak, a déclaré pendant la séance que l'évaluation s'accompagne d'un ensemble d'actions solides que les parties prenantes, au Cambodge et à l'étranger, peuvent engager pour favoriser l'adoption rapide des technologies numériques.",
        ),
      },
      es: {
        title: 'Camboya: evaluación rápida del estado de preparación para el comercio electrónico',
        summary:
          'Evaluación eT Ready de la UNCTAD dedicada a Camboya, que examina el entorno del comercio electrónico del país y propone medidas a las partes interesadas nacionales y extranjeras.',
        eligibility:
          'Abierto a todos: consulta y descarga gratuitas. La evaluación fue publicada por la UNCTAD en 2017 y figura entre sus publicaciones. Enlace: sitio web de la UNCTAD.',
        description: md(
          'Evaluación sobre el estado de preparación para el comercio electrónico (eT Ready) de Camboya realizada por la UNCTAD, una de las dos evaluaciones cuya publicación se celebró en la sesión especial sobre la preparación de los PMA para el comercio electrónico, durante la Semana del Comercio Electrónico de la UNCTAD (26 de abril de 2017). Como las demás evaluaciones eT Ready, examina las esferas de política de eTrade for all y concluye con una matriz de medidas recomendadas.',
          'El Ministro de Comercio de Camboya, Excmo. Sr. Pan Sorasak, afirmó en la sesión que la evaluación incluye un conjunto de medidas sólidas que las partes interesadas, en Camboya y fuera del país, pueden adoptar para apoyar la rápida adopción de las tecnologías digitales.',
        ),
      },
    },
    source: `${report}, session "Special session on Assessing E-trade Readiness of the Least Developed Countries", 26 April 2017 (the exact title of the assessment is not given in the report). How to get it: the published assessment ("Cambodia Rapid eTrade Readiness Assessment", UNCTAD, New York and Geneva, 2017); link to UNCTAD’s site, no stable page was found (checked 2026-12-07).`,
  },
  {
    type: 'resource',
    slug: 'etrade-readiness-assessment-bhutan',
    kind: 'report',
    organisations: ['unctad'],
    policyAreas: ['readiness-assessment'],
    beneficiaries: ['governments'],
    coverage: ['BTN'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://unctad.org/en/pages/PublicationWebflyer.aspx?publicationid=1723' },
    link: 'https://unctad.org',
    documentUrl: null,
    publishedOn: '2017',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Bhutan Rapid eTrade Readiness Assessment',
        summary:
          "UNCTAD's eTrade Readiness Assessment of Bhutan, which reviews the country's readiness for e-commerce and sets out priority actions.",
        eligibility:
          'Open to anyone: free to read and download from UNCTAD’s publication page.',
        description: md(
          "UNCTAD's eTrade Readiness Assessment (eT Ready) of Bhutan, one of the two assessments whose release was welcomed at the special session on the e-trade readiness of LDCs during UNCTAD E-Commerce Week (26 April 2017). Like other eT Ready assessments, it reviews the country's readiness across the policy areas of eTrade for all and closes with a matrix of recommended actions.",
          "Bhutan's Minister for Economic Affairs, H.E. Lekey Dorji, told the session that strong ICT policies, technologies and platforms had greatly improved productivity and service delivery in his country. The Enhanced Integrated Framework cited projects supporting trade portals and e-commerce infrastructure in Bhutan as successful examples to build on.",
        ),
      },
      fr: {
        title: "Bhoutan : évaluation rapide de l'état de préparation au commerce électronique",
        summary:
          "Évaluation eT Ready de la CNUCED consacrée au Bhoutan, qui examine l'état de préparation du pays au commerce électronique et définit des actions prioritaires.",
        eligibility:
          'Ouvert à tous : consultation et téléchargement gratuits sur la page de la publication de la CNUCED.',
        description: md(
          "Évaluation de l'état de préparation au commerce électronique (eT Ready) du Bhoutan réalisée par la CNUCED, l'une des deux évaluations dont la publication a été saluée lors de la séance spéciale sur l'état de préparation des PMA au commerce électronique, pendant la Semaine du commerce électronique de la CNUCED (26 avril 2017). Comme les autres évaluations eT Ready, elle passe en revue les domaines d'action d'eTrade for all et se termine par une matrice d'actions recommandées.",
          "Le Ministre des affaires économiques du Bhoutan, S. E. M. Lekey Dorji, a indiqué pendant la séance que des politiques, technologies et plateformes TIC solides avaient nettement amélioré la productivité et la prestation de services dans son pays. Le Cadre intégré renforcé a cité les projets d'appui aux portails commerciaux et aux infrastructures du commerce électronique au Bhoutan comme des exemples réussis sur lesquels s'appuyer.",
        ),
      },
      es: {
        title: 'Bhután: evaluación rápida del estado de preparación para el comercio electrónico',
        summary:
          'Evaluación eT Ready de la UNCTAD dedicada a Bhután, que examina la preparación del país para el comercio electrónico y define medidas prioritarias.',
        eligibility:
          'Abierto a todos: consulta y descarga gratuitas en la página de la publicación de la UNCTAD.',
        description: md(
          'Evaluación sobre el estado de preparación para el comercio electrónico (eT Ready) de Bhután realizada por la UNCTAD, una de las dos evaluaciones cuya publicación se celebró en la sesión especial sobre la preparación de los PMA para el comercio electrónico, durante la Semana del Comercio Electrónico de la UNCTAD (26 de abril de 2017). Como las demás evaluaciones eT Ready, examina las esferas de política de eTrade for all y concluye con una matriz de medidas recomendadas.',
          'El Ministro de Asuntos Económicos de Bhután, Excmo. Sr. Lekey Dorji, señaló en la sesión que unas políticas, tecnologías y plataformas de TIC sólidas habían mejorado mucho la productividad y la prestación de servicios en su país. El Marco Integrado Mejorado citó los proyectos de apoyo a portales comerciales y a infraestructura de comercio electrónico en Bhután como ejemplos de éxito en los que basarse.',
        ),
      },
    },
    source: `${report}, session "Special session on Assessing E-trade Readiness of the Least Developed Countries", 26 April 2017 (the exact title of the assessment is not given in the report). How to get it: UNCTAD publication page "Bhutan Rapid eTrade Readiness Assessment" (checked 2026-12-07).`,
  },
  {
    type: 'solution',
    slug: 'eif-diagnostic-trade-integration-study',
    kind: 'research',
    organisations: ['eif'],
    policyAreas: ['readiness-assessment', 'ict-infrastructure', 'legal-regulatory'],
    beneficiaries: ['governments'],
    coverage: ['ldc'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://www.enhancedif.org/en/about/how-does-it-work', viaHub: true },
    link: 'https://www.enhancedif.org',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Diagnostic Trade Integration Study (DTIS)',
        summary:
          "The Enhanced Integrated Framework's diagnostic study of an LDC's trade, which can address ICT, regulatory reform and SME development so that the country benefits from e-commerce.",
        eligibility:
          'Least developed countries that have joined the Enhanced Integrated Framework, through the government’s EIF focal point. A full study is funded by the EIF trust fund (up to US$400,000); a country that already has one may ask for an update instead.',
        description: md(
          "The Diagnostic Trade Integration Study (DTIS) is the Enhanced Integrated Framework's (EIF) tool for analysing the constraints and opportunities of a least developed country's trade and setting priorities for action.",
          'At the special session on the e-trade readiness of LDCs during UNCTAD E-Commerce Week (26 April 2017), the EIF reaffirmed its support for LDCs that want to realise the potential of e-commerce through the DTIS, in particular on ICT, regulatory reform and SME development. It also offered to help countries mainstream trade and e-commerce in their national development agenda, including sectoral strategies.',
        ),
      },
      fr: {
        title: "Étude diagnostique sur l'intégration du commerce (EDIC)",
        summary:
          "Étude diagnostique du commerce d'un PMA menée au titre du Cadre intégré renforcé, qui peut porter sur les TIC, les réformes réglementaires et le développement des PME pour tirer parti du commerce électronique.",
        eligibility:
          'Pays les moins avancés qui participent au Cadre intégré renforcé, par l’intermédiaire du point focal du CIR au sein du gouvernement. Une étude complète est financée par le fonds d’affectation spéciale du CIR (jusqu’à 400 000 dollars des États-Unis) ; un pays qui en a déjà une peut demander une mise à jour.',
        description: md(
          "L'étude diagnostique sur l'intégration du commerce (EDIC) est l'outil du Cadre intégré renforcé (CIR) pour analyser les contraintes et les possibilités commerciales d'un pays moins avancé et définir des priorités d'action.",
          "Lors de la séance spéciale sur l'état de préparation des PMA au commerce électronique, pendant la Semaine du commerce électronique de la CNUCED (26 avril 2017), le CIR a réaffirmé son appui aux PMA qui souhaitent tirer parti du potentiel du commerce électronique grâce à l'EDIC, notamment en matière de TIC, de réformes réglementaires et de développement des PME. Il a aussi proposé d'aider les pays à intégrer le commerce et le commerce électronique dans leur programme national de développement, y compris dans les stratégies sectorielles.",
        ),
      },
      es: {
        title: 'Estudio de Diagnóstico sobre la Integración Comercial (EDIC)',
        summary:
          'Estudio de diagnóstico del comercio de un PMA del Marco Integrado Mejorado, que puede abarcar las TIC, las reformas regulatorias y el desarrollo de las pymes para aprovechar el comercio electrónico.',
        eligibility:
          'Países menos adelantados que participan en el Marco Integrado Mejorado, por medio del punto focal del MIM en el gobierno. Un estudio completo se financia con el fondo fiduciario del MIM (hasta 400.000 dólares de los Estados Unidos); un país que ya lo tiene puede pedir una actualización.',
        description: md(
          'El Estudio de Diagnóstico sobre la Integración Comercial (EDIC) es el instrumento del Marco Integrado Mejorado (MIM) para analizar las limitaciones y oportunidades comerciales de un país menos adelantado y fijar prioridades de acción.',
          'En la sesión especial sobre la preparación de los PMA para el comercio electrónico, durante la Semana del Comercio Electrónico de la UNCTAD (26 de abril de 2017), el MIM reiteró su apoyo a los PMA que desean aprovechar el potencial del comercio electrónico mediante el EDIC, en particular en materia de TIC, reformas regulatorias y desarrollo de las pymes. También ofreció ayudar a los países a integrar el comercio y el comercio electrónico en su agenda nacional de desarrollo, incluidas las estrategias sectoriales.',
        ),
      },
    },
    source: `${report}, session "Special session on Assessing E-trade Readiness of the Least Developed Countries", 26 April 2017. How to get it: EIF page "How does it work?" (Tier 1 funding) and the WTO page on the EIF’s steps and funding (checked 2026-12-07).`,
  },
  {
    type: 'solution',
    slug: 'eif-project-formulation-grants',
    kind: 'financing',
    organisations: ['eif'],
    policyAreas: ['access-to-financing', 'readiness-assessment'],
    beneficiaries: ['governments'],
    coverage: ['ldc'],
    languages: ['en', 'fr'],
    cost: 'free',
    access: { applyUrl: 'https://www.enhancedif.org/en/about/how-does-it-work', viaHub: true },
    link: 'https://www.enhancedif.org',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'EIF feasibility study and project formulation grants',
        summary:
          'Enhanced Integrated Framework grants that help LDCs design projects for digital productive capacities and can sponsor further eTrade readiness assessments.',
        eligibility:
          'Least developed countries that take part in the Enhanced Integrated Framework, through the government’s EIF focal point; the grants come from the EIF trust fund.',
        description: md(
          'At the special session on the e-trade readiness of LDCs during UNCTAD E-Commerce Week (26 April 2017), the Enhanced Integrated Framework (EIF) said it stood ready to:',
          [
            '- accompany the design and formulation of project proposals that increase digital productive capacities, building on successful projects that supported trade portals or e-commerce infrastructure, as in Bhutan;',
            '- sponsor additional e-trade readiness assessments for LDCs through its feasibility study and project formulation grants;',
            '- reach out to new and non-traditional donors for e-trade, such as the Islamic Development Bank, to leverage additional resources.',
          ].join('\n'),
          'Together with Germany, the EIF pledged new funding for more LDC e-commerce assessments, including for Liberia and Samoa.',
        ),
      },
      fr: {
        title: 'Dons du CIR pour les études de faisabilité et la formulation de projets',
        summary:
          "Dons du Cadre intégré renforcé qui aident les PMA à concevoir des projets de renforcement des capacités productives numériques et peuvent financer de nouvelles évaluations eT Ready.",
        eligibility:
          'Pays les moins avancés qui participent au Cadre intégré renforcé, par l’intermédiaire du point focal du CIR au sein du gouvernement ; les dons proviennent du fonds d’affectation spéciale du CIR.',
        description: md(
          "Lors de la séance spéciale sur l'état de préparation des PMA au commerce électronique, pendant la Semaine du commerce électronique de la CNUCED (26 avril 2017), le Cadre intégré renforcé (CIR) s'est déclaré prêt à :",
          [
            "- accompagner la conception et la formulation de propositions de projets visant à accroître les capacités productives numériques, en s'appuyant sur des projets réussis d'appui aux portails commerciaux ou aux infrastructures du commerce électronique, comme au Bhoutan ;",
            "- financer de nouvelles évaluations de l'état de préparation des PMA au commerce électronique grâce à ses dons pour les études de faisabilité et la formulation de projets ;",
            '- se tourner vers des donateurs nouveaux et non traditionnels du commerce électronique, comme la Banque islamique de développement, pour mobiliser des ressources supplémentaires.',
          ].join('\n'),
          "Avec l'Allemagne, le CIR a annoncé de nouveaux financements pour d'autres évaluations de PMA, notamment du Libéria et du Samoa.",
        ),
      },
      es: {
        title: 'Donaciones del MIM para estudios de viabilidad y formulación de proyectos',
        summary:
          'Donaciones del Marco Integrado Mejorado que ayudan a los PMA a diseñar proyectos para aumentar su capacidad productiva digital y pueden financiar nuevas evaluaciones eT Ready.',
        eligibility:
          'Países menos adelantados que participan en el Marco Integrado Mejorado, por medio del punto focal del MIM en el gobierno; las donaciones proceden del fondo fiduciario del MIM.',
        description: md(
          'En la sesión especial sobre la preparación de los PMA para el comercio electrónico, durante la Semana del Comercio Electrónico de la UNCTAD (26 de abril de 2017), el Marco Integrado Mejorado (MIM) se declaró dispuesto a:',
          [
            '- acompañar el diseño y la formulación de propuestas de proyectos para aumentar la capacidad productiva digital, a partir de proyectos exitosos de apoyo a portales comerciales o a infraestructura de comercio electrónico, como en Bhután;',
            '- financiar nuevas evaluaciones de la preparación de los PMA para el comercio electrónico mediante sus donaciones para estudios de viabilidad y formulación de proyectos;',
            '- recurrir a donantes nuevos y no tradicionales del comercio electrónico, como el Banco Islámico de Desarrollo, para movilizar recursos adicionales.',
          ].join('\n'),
          'Junto con Alemania, el MIM anunció nueva financiación para más evaluaciones de PMA, entre ellas las de Liberia y Samoa.',
        ),
      },
    },
    source: `${report}, session "Special session on Assessing E-trade Readiness of the Least Developed Countries", 26 April 2017. How to get it: EIF page "How does it work?" (checked 2026-12-07).`,
  },
  {
    type: 'solution',
    slug: 'digital-commerce-course',
    kind: 'training',
    organisations: ['geneva-internet-platform', 'itc', 'cuts-international', 'unctad', 'diplofoundation'],
    policyAreas: ['skills-development', 'legal-regulatory'],
    beneficiaries: ['governments', 'trade-support-institutions', 'researchers'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://www.diplomacy.edu/course/digital-commerce/' },
    link: 'https://www.giplatform.org',
    startsOn: '2017-04',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Digital Commerce online course',
        summary:
          'An online course on digital commerce by the Geneva Internet Platform with ITC, CUTS International, UNCTAD and DiploFoundation, kicked off at E-Commerce Week 2017.',
        eligibility:
          'Diplomats, capital-based officials and staff of trade-related international organisations from developing and least developed countries, in particular those based in Geneva, who apply for a place; the course page gives dates and terms.',
        description: md(
          'A course on digital commerce delivered by the Geneva Internet Platform (GIP) in partnership with the International Trade Centre (ITC), CUTS International (Consumer Unity & Trust Society), UNCTAD and DiploFoundation. It was kicked off on 26 April 2017 in a session open to all participants of UNCTAD E-Commerce Week.',
          'Its first module, on Internet functionality and online business models, covers:',
          [
            '- the basics of how the Internet works that matter for e-commerce;',
            '- how money, services and profit flow on the Internet, and how this shapes discussions on digital commerce.',
          ].join('\n'),
        ),
      },
      fr: {
        title: 'Cours en ligne sur le commerce numérique',
        summary:
          "Cours en ligne sur le commerce numérique dispensé par la Plateforme Internet de Genève avec le CCI, CUTS International, la CNUCED et DiploFoundation, lancé lors de la Semaine du commerce électronique 2017.",
        eligibility:
          'Diplomates, fonctionnaires en poste dans les capitales et personnel d’organisations internationales liées au commerce, originaires de pays en développement et de pays les moins avancés, en particulier ceux en poste à Genève, qui se portent candidats ; la page du cours donne les dates et les conditions.',
        description: md(
          "Cours sur le commerce numérique dispensé par la Plateforme Internet de Genève (GIP) en partenariat avec le Centre du commerce international (CCI), CUTS International (Consumer Unity & Trust Society), la CNUCED et DiploFoundation. Il a été lancé le 26 avril 2017 lors d'une séance ouverte à tous les participants à la Semaine du commerce électronique de la CNUCED.",
          'Son premier module, consacré au fonctionnement d’Internet et aux modèles économiques en ligne, porte sur :',
          [
            "- les notions de base du fonctionnement d'Internet utiles pour le commerce électronique ;",
            "- la circulation de l'argent, des services et des profits sur Internet, et son incidence sur les débats relatifs au commerce numérique.",
          ].join('\n'),
        ),
      },
      es: {
        title: 'Curso en línea sobre comercio digital',
        summary:
          'Curso en línea sobre comercio digital impartido por la Plataforma de Internet de Ginebra con el ITC, CUTS International, la UNCTAD y DiploFoundation, iniciado en la Semana del Comercio Electrónico 2017.',
        eligibility:
          'Diplomáticos, funcionarios destinados en las capitales y personal de organizaciones internacionales vinculadas al comercio, de países en desarrollo y países menos adelantados, en particular los destinados en Ginebra, que soliciten plaza; la página del curso indica fechas y condiciones.',
        description: md(
          'Curso sobre comercio digital impartido por la Plataforma de Internet de Ginebra (GIP) en colaboración con el Centro de Comercio Internacional (ITC), CUTS International (Consumer Unity & Trust Society), la UNCTAD y DiploFoundation. Se inauguró el 26 de abril de 2017 en una sesión abierta a todos los participantes en la Semana del Comercio Electrónico de la UNCTAD.',
          'Su primer módulo, dedicado al funcionamiento de Internet y a los modelos de negocio en línea, trata:',
          [
            '- los fundamentos del funcionamiento de Internet relevantes para el comercio electrónico;',
            '- la circulación del dinero, los servicios y los beneficios en Internet, y su influencia en los debates sobre el comercio digital.',
          ].join('\n'),
        ),
      },
    },
    source: `${report}, session "Kickstart of the Digital Commerce course: Internet functionality and business models", 26 April 2017. How to get it: DiploFoundation course page "Digital Commerce" (checked 2026-12-07).`,
  },
  {
    type: 'resource',
    slug: 'unctad-b2c-ecommerce-index-2016',
    kind: 'dataset',
    organisations: ['unctad'],
    policyAreas: ['readiness-assessment'],
    beneficiaries: ['governments', 'researchers', 'statistical-offices'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'http://unctad.org/en/PublicationsLibrary/tn_unctad_ict4d07_en.pdf' },
    link: 'https://unctad.org',
    documentUrl: null,
    publishedOn: '2016',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UNCTAD B2C E-commerce Index 2016',
        summary:
          "UNCTAD's index ranking economies on their readiness for business-to-consumer e-commerce, based on Internet use, secure servers, card use and postal reliability.",
        eligibility:
          'Open to anyone: free to read and download. UNCTAD Technical Note on ICT for Development No. 7, with the ranking of 137 economies.',
        description: md(
          'The UNCTAD B2C E-commerce Index measures how ready economies are to support online shopping between businesses and consumers. The 2016 edition combines four indicators:',
          [
            '- the share of individuals using the Internet;',
            '- secure Internet servers per million people;',
            '- credit card penetration;',
            '- the UPU postal reliability score.',
          ].join('\n'),
          'At UNCTAD E-Commerce Week 2017, the session on e-commerce in Africa (24 April) drew on the 2016 index: Africa ranked lowest on every indicator, with just over a fifth of its population using the Internet.',
        ),
      },
      fr: {
        title: 'Indice du commerce électronique entre entreprises et consommateurs (B2C) de la CNUCED 2016',
        summary:
          "Indice de la CNUCED qui classe les économies selon leur état de préparation au commerce électronique B2C, d'après l'usage d'Internet, les serveurs sécurisés, les cartes de crédit et la fiabilité postale.",
        eligibility:
          'Ouvert à tous : consultation et téléchargement gratuits. Note technique no 7 de la CNUCED sur les TIC au service du développement, avec le classement de 137 économies.',
        description: md(
          "L'indice B2C de la CNUCED mesure dans quelle mesure les économies sont prêtes à accueillir les achats en ligne entre entreprises et consommateurs. L'édition 2016 combine quatre indicateurs :",
          [
            '- la proportion de la population utilisant Internet ;',
            "- les serveurs Internet sécurisés par million d'habitants ;",
            '- le taux de pénétration des cartes de crédit ;',
            "- le score de fiabilité postale de l'UPU.",
          ].join('\n'),
          "Lors de la Semaine du commerce électronique 2017 de la CNUCED, la séance sur le commerce électronique en Afrique (24 avril) s'est appuyée sur l'indice 2016 : l'Afrique se classait au dernier rang pour tous les indicateurs, et un peu plus d'un cinquième seulement de sa population utilisait Internet.",
        ),
      },
      es: {
        title: 'Índice de Comercio Electrónico entre Empresas y Consumidores (B2C) de la UNCTAD 2016',
        summary:
          'Índice de la UNCTAD que clasifica las economías según su preparación para el comercio electrónico B2C, a partir del uso de Internet, los servidores seguros, las tarjetas de crédito y la fiabilidad postal.',
        eligibility:
          'Abierto a todos: consulta y descarga gratuitas. Nota técnica n.º 7 de la UNCTAD sobre las TIC para el desarrollo, con la clasificación de 137 economías.',
        description: md(
          'El Índice de Comercio Electrónico B2C de la UNCTAD mide en qué medida las economías están preparadas para las compras en línea entre empresas y consumidores. La edición de 2016 combina cuatro indicadores:',
          [
            '- la proporción de personas que utilizan Internet;',
            '- los servidores de Internet seguros por millón de habitantes;',
            '- la penetración de las tarjetas de crédito;',
            '- la puntuación de fiabilidad postal de la UPU.',
          ].join('\n'),
          'En la Semana del Comercio Electrónico 2017 de la UNCTAD, la sesión sobre el comercio electrónico en África (24 de abril) se basó en el índice de 2016: África ocupaba el último lugar en todos los indicadores y solo algo más de una quinta parte de su población utilizaba Internet.',
        ),
      },
    },
    source: `${report}, session "E-Commerce in Africa", 24 April 2017. How to get it: the technical note’s address as UNCTAD’s 2017 edition of the index cites it (checked 2026-12-07).`,
  },
  {
    type: 'resource',
    slug: 'un-guidelines-consumer-protection',
    kind: 'guide',
    organisations: ['unctad'],
    policyAreas: ['legal-regulatory'],
    beneficiaries: ['governments', 'consumers'],
    coverage: ['001'],
    languages: ['en', 'fr', 'es', 'ar', 'zh', 'ru'],
    cost: 'free',
    access: { applyUrl: 'http://unctad.org/en/pages/PublicationWebflyer.aspx?publicationid=1598', viaHub: true },
    link: 'https://unctad.org',
    documentUrl: null,
    publishedOn: '2015',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'United Nations Guidelines for Consumer Protection',
        summary:
          'UN principles for effective consumer protection laws, institutions and redress, whose implementation E-Commerce Week 2017 named the top priority for protecting online consumers.',
        eligibility:
          'Open to anyone: the Guidelines (General Assembly resolution 70/186 of 2015) are free to read and may be quoted with acknowledgement. UNCTAD helps interested member States apply them in their laws and institutions.',
        description: md(
          'The United Nations Guidelines for Consumer Protection set out the main features of effective consumer protection legislation, enforcement institutions and redress systems, and help member States develop and strengthen their consumer protection policies. UNCTAD promotes their implementation; the current version, revised by the General Assembly in 2015, covers e-commerce.',
          'In the session on e-commerce and consumer protection at UNCTAD E-Commerce Week (26 April 2017), participants singled out implementing the Guidelines as the main priority for helping developing countries protect consumers online, together with:',
          [
            '- reviewing and updating legal and institutional frameworks for e-commerce;',
            '- capacity building on online consumer protection for the stakeholders concerned;',
            '- ‘networking the networks’ and deeper international cooperation;',
            '- education and awareness raising for consumers and businesses;',
            '- trust-building mechanisms online.',
          ].join('\n'),
        ),
      },
      fr: {
        title: 'Principes directeurs des Nations Unies pour la protection du consommateur',
        summary:
          "Principes de l'ONU pour des lois, institutions et voies de recours efficaces en matière de protection du consommateur, dont la mise en œuvre est la priorité retenue en 2017 pour protéger les consommateurs en ligne.",
        eligibility:
          'Ouvert à tous : les Principes directeurs (résolution 70/186 de l’Assemblée générale, 2015) se consultent gratuitement et peuvent être cités en mentionnant la source. La CNUCED aide les États membres intéressés à les appliquer dans leurs lois et leurs institutions.',
        description: md(
          "Les Principes directeurs des Nations Unies pour la protection du consommateur décrivent les principales caractéristiques d'une législation, d'institutions chargées de son application et de systèmes de recours efficaces en matière de protection du consommateur, et aident les États membres à élaborer et à renforcer leurs politiques dans ce domaine. La CNUCED en promeut la mise en œuvre ; la version en vigueur, révisée par l'Assemblée générale en 2015, couvre le commerce électronique.",
          "Lors de la séance sur le commerce électronique et la protection du consommateur de la Semaine du commerce électronique de la CNUCED (26 avril 2017), les participants ont désigné la mise en œuvre des Principes directeurs comme la priorité pour aider les pays en développement à protéger les consommateurs en ligne, avec :",
          [
            '- la révision et la mise à jour des cadres juridiques et institutionnels pour tenir compte du commerce électronique ;',
            '- le renforcement des capacités des parties prenantes concernées en matière de protection des consommateurs en ligne ;',
            '- la « mise en réseau des réseaux » et une coopération internationale plus étroite ;',
            '- l’éducation et la sensibilisation des consommateurs et des entreprises ;',
            '- des mécanismes propres à renforcer la confiance en ligne.',
          ].join('\n'),
        ),
      },
      es: {
        title: 'Directrices de las Naciones Unidas para la Protección del Consumidor',
        summary:
          'Principios de las Naciones Unidas para leyes, instituciones y mecanismos de reparación eficaces de protección del consumidor, cuya aplicación fue la prioridad señalada en 2017 para proteger a los consumidores en línea.',
        eligibility:
          'Abierto a todos: las Directrices (resolución 70/186 de la Asamblea General, de 2015) se consultan gratuitamente y pueden citarse indicando la fuente. La UNCTAD ayuda a los Estados miembros interesados a aplicarlas en sus leyes e instituciones.',
        description: md(
          'Las Directrices de las Naciones Unidas para la Protección del Consumidor describen las principales características de una legislación, unas instituciones de aplicación y unos sistemas de reparación eficaces en materia de protección del consumidor, y ayudan a los Estados Miembros a elaborar y reforzar sus políticas en este ámbito. La UNCTAD promueve su aplicación; la versión vigente, revisada por la Asamblea General en 2015, abarca el comercio electrónico.',
          'En la sesión sobre comercio electrónico y protección del consumidor de la Semana del Comercio Electrónico de la UNCTAD (26 de abril de 2017), los participantes señalaron la aplicación de las Directrices como la prioridad para ayudar a los países en desarrollo a proteger a los consumidores en línea, junto con:',
          [
            '- revisar y actualizar los marcos jurídicos e institucionales para adaptarlos al comercio electrónico;',
            '- fomentar la capacidad de las partes interesadas en materia de protección de los consumidores en línea;',
            '- «conectar las redes» y profundizar la cooperación internacional;',
            '- educar y sensibilizar a consumidores y empresas;',
            '- promover mecanismos que refuercen la confianza en línea.',
          ].join('\n'),
        ),
      },
    },
    source: `${report}, session "E-commerce and Consumer Protection", 26 April 2017 (the 2015 revision by the General Assembly is not stated in the report). How to get it: UNCTAD publication page "United Nations Guidelines for Consumer Protection" (UNCTAD/DITC/CPLP/MISC/2016/1) (checked 2026-12-07).`,
  },

  // ——— 28 April 2017: trade logistics and single windows ———
  {
    type: 'resource',
    slug: 'aaec-single-window-guide',
    kind: 'guide',
    organisations: ['aaec'],
    policyAreas: ['trade-logistics'],
    beneficiaries: ['governments', 'customs-border-agencies'],
    coverage: ['002'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://african-alliance.org' },
    link: null,
    documentUrl: null,
    publishedOn: '2017-04',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'AAEC guide to Single Window implementation (updated edition)',
        summary:
          "The African Alliance for E-Commerce's practical guide for governments planning and rolling out a single window for trade, based on UN/CEFACT recommendations.",
        eligibility:
          'Written for governments and single-window operators in Africa (2013 edition, supported by UNECA’s African Trade Policy Centre). No stable page for the guide was found: ask the Alliance through its site.',
        description: md(
          'A practical guide from the African Alliance for E-Commerce (AAEC) that takes governments through the steps to consider when planning and rolling out a single window project, with further guidance based on the recommendations of the UN Centre for Trade Facilitation and Electronic Business (UN/CEFACT).',
          'The updated edition was launched on 28 April 2017 at UNCTAD E-Commerce Week, in the session on the single window as an enabler of e-commerce development, which also explained the basic principles of a single window and its relationship to e-commerce. A single window is a facility that helps traders meet all their regulatory requirements for crossing a border.',
        ),
      },
      fr: {
        title: "Guide de l'Alliance africaine pour le commerce électronique pour la mise en place d'un guichet unique (édition actualisée)",
        summary:
          "Guide pratique de l'Alliance africaine pour le commerce électronique destiné aux gouvernements qui planifient et déploient un guichet unique du commerce extérieur, fondé sur les recommandations du CEFACT-ONU.",
        eligibility:
          'Rédigé pour les gouvernements et les opérateurs de guichets uniques en Afrique (édition de 2013, avec l’appui du Centre africain pour les politiques commerciales de la CEA). Aucune page stable du guide n’a été trouvée : s’adresser à l’Alliance par son site.',
        description: md(
          "Guide pratique de l'Alliance africaine pour le commerce électronique qui présente aux gouvernements les étapes à prendre en compte pour planifier et déployer un projet de guichet unique, avec des orientations complémentaires fondées sur les recommandations du Centre des Nations Unies pour la facilitation du commerce et les transactions électroniques (CEFACT-ONU).",
          "L'édition actualisée a été lancée le 28 avril 2017 lors de la Semaine du commerce électronique de la CNUCED, pendant la séance consacrée au guichet unique comme catalyseur du développement du commerce électronique, qui a aussi exposé les principes de base du guichet unique et ses liens avec le commerce électronique. Un guichet unique est un dispositif qui permet aux commerçants d'accomplir l'ensemble des formalités réglementaires liées au passage des frontières.",
        ),
      },
      es: {
        title: 'Guía de la Alianza Africana para el Comercio Electrónico para la implantación de una ventanilla única (edición actualizada)',
        summary:
          'Guía práctica de la Alianza Africana para el Comercio Electrónico para los gobiernos que planifican e implantan una ventanilla única de comercio exterior, basada en las recomendaciones del CEFACT-ONU.',
        eligibility:
          'Redactada para los gobiernos y los operadores de ventanillas únicas de África (edición de 2013, con el apoyo del Centro Africano de Política Comercial de la CEPA). No se encontró ninguna página estable de la guía: diríjase a la Alianza a través de su sitio web.',
        description: md(
          'Guía práctica de la Alianza Africana para el Comercio Electrónico que expone a los gobiernos los pasos que deben tener en cuenta para planificar e implantar un proyecto de ventanilla única, con orientaciones adicionales basadas en las recomendaciones del Centro de las Naciones Unidas de Facilitación del Comercio y las Transacciones Electrónicas (CEFACT-ONU).',
          'La edición actualizada se presentó el 28 de abril de 2017 en la Semana del Comercio Electrónico de la UNCTAD, en la sesión dedicada a la ventanilla única como motor del desarrollo del comercio electrónico, en la que también se explicaron los principios básicos de la ventanilla única y su relación con el comercio electrónico. Una ventanilla única es un servicio que permite a los comerciantes cumplir todos los requisitos reglamentarios para cruzar una frontera.',
        ),
      },
    },
    source: `${report}, session "Single Window as an enabler for e-commerce development", 28 April 2017. How to get it: the guide "Guidelines for Single Window Implementation in Africa" (AACE, April 2013) and the Alliance’s site; no stable page for the guide was found (checked 2026-12-07).`,
  },
  {
    type: 'resource',
    slug: 'unece-trade-facilitation-recommendations',
    kind: 'guide',
    organisations: ['unece'],
    policyAreas: ['trade-logistics', 'legal-regulatory'],
    beneficiaries: ['governments', 'customs-border-agencies', 'trade-support-institutions'],
    coverage: ['001'],
    languages: ['en', 'fr', 'ru'],
    cost: 'free',
    access: { applyUrl: 'https://unece.org' },
    link: 'https://unece.org',
    documentUrl: null,
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UNECE and UN/CEFACT recommendations on electronic trade documents and single windows',
        summary:
          'UNECE policy recommendations, developed through UN/CEFACT, on standardising trade documents, converting them to electronic form and developing single windows.',
        eligibility:
          'Open to anyone: the recommendations, their guidelines and code lists are free of charge. Governments and traders apply them as suits their needs and may take part in UN/CEFACT’s work on them. Link: UNECE’s site.',
        description: md(
          'UNECE, through the UN Centre for Trade Facilitation and Electronic Business (UN/CEFACT), issues policy recommendations for simpler, paperless trade procedures. They include recommendations on standardising trade documents and converting them to electronic format, and on developing single windows, such as Recommendation No. 33 on establishing a single window and Recommendation No. 36 on single window interoperability.',
          "In the session on new solutions in international transport and trade facilitation at UNCTAD E-Commerce Week (28 April 2017), UNECE argued that these recommendations have become even more important with e-commerce, as customs and border agencies face a ‘tsunami of parcels’ that traders expect to be released within minutes or hours. The AAEC's updated single window guide, launched the same day, builds on them.",
        ),
      },
      fr: {
        title: 'Recommandations de la CEE-ONU et du CEFACT-ONU sur les documents commerciaux électroniques et les guichets uniques',
        summary:
          "Recommandations de la CEE-ONU, élaborées par le CEFACT-ONU, sur la normalisation des documents commerciaux, leur conversion au format électronique et la mise en place de guichets uniques.",
        eligibility:
          'Ouvert à tous : les recommandations, leurs lignes directrices et leurs listes de codes sont gratuites. Gouvernements et opérateurs les appliquent selon leurs besoins et peuvent participer aux travaux du CEFACT-ONU qui les élaborent. Lien : site de la CEE.',
        description: md(
          "Par l'intermédiaire du Centre des Nations Unies pour la facilitation du commerce et les transactions électroniques (CEFACT-ONU), la CEE-ONU publie des recommandations en faveur de procédures commerciales plus simples et dématérialisées. Elles portent notamment sur la normalisation des documents commerciaux et leur conversion au format électronique, ainsi que sur la mise en place de guichets uniques, par exemple la Recommandation no 33 sur l'établissement d'un guichet unique et la Recommandation no 36 sur l'interopérabilité des guichets uniques.",
          "Lors de la séance sur les nouvelles solutions en matière de transport international et de facilitation des échanges de la Semaine du commerce électronique de la CNUCED (28 avril 2017), la CEE-ONU a fait valoir que ces recommandations sont devenues encore plus importantes avec le commerce électronique, les douanes et les autres services aux frontières devant faire face à un « tsunami de colis » que les commerçants s'attendent à voir dédouaner en quelques minutes ou quelques heures. Le guide actualisé de l'Alliance africaine pour le commerce électronique sur le guichet unique, lancé le même jour, s'en inspire.",
        ),
      },
      es: {
        title: 'Recomendaciones de la CEPE y el CEFACT-ONU sobre documentos comerciales electrónicos y ventanillas únicas',
        summary:
          'Recomendaciones de la CEPE, elaboradas por el CEFACT-ONU, sobre la normalización de los documentos comerciales, su conversión a formato electrónico y la creación de ventanillas únicas.',
        eligibility:
          'Abierto a todos: las recomendaciones, sus directrices y sus listas de códigos son gratuitas. Gobiernos y operadores las aplican según sus necesidades y pueden participar en la labor del CEFACT/ONU que las elabora. Enlace: sitio web de la CEPE.',
        description: md(
          'A través del Centro de las Naciones Unidas de Facilitación del Comercio y las Transacciones Electrónicas (CEFACT-ONU), la CEPE publica recomendaciones para simplificar y desmaterializar los procedimientos comerciales. Entre ellas figuran recomendaciones sobre la normalización de los documentos comerciales y su conversión a formato electrónico, y sobre la creación de ventanillas únicas, como la Recomendación núm. 33 sobre el establecimiento de una ventanilla única y la Recomendación núm. 36 sobre la interoperabilidad de las ventanillas únicas.',
          'En la sesión sobre nuevas soluciones en materia de transporte internacional y facilitación del comercio de la Semana del Comercio Electrónico de la UNCTAD (28 de abril de 2017), la CEPE sostuvo que estas recomendaciones han cobrado aún más importancia con el comercio electrónico, ya que las aduanas y demás organismos de frontera afrontan un «tsunami de paquetes» que los comerciantes esperan ver despachados en minutos u horas. La guía actualizada de la Alianza Africana para el Comercio Electrónico sobre la ventanilla única, presentada el mismo día, se basa en ellas.',
        ),
      },
    },
    source: `${report}, session "E-Commerce and Trade Logistics: New Solutions in International Transport and Trade Facilitation", 28 April 2017 (the report does not number the recommendations; Recommendations 33 and 36 are cited as examples). How to get it: UNECE publication "Summary of UNECE Trade Facilitation Recommendations" (ECE/TRADE/475) and UNECE’s list of recommendations (checked 2026-12-07).`,
  },

  // ——— 27 April 2017: Internet Society, SMEs, women ———
  {
    type: 'solution',
    slug: 'isoc-internet-futures',
    kind: 'research',
    organisations: ['isoc'],
    policyAreas: ['ict-infrastructure'],
    beneficiaries: ['researchers', 'governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://future.internetsociety.org/2017/' },
    link: 'https://www.internetsociety.org',
    startsOn: '2016',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Internet Futures project',
        summary:
          'An Internet Society project, launched in 2016, that takes stock of the forces of change that could shape the future of the Internet, drawing on global surveys and expert interviews.',
        eligibility:
          'Open to anyone: free to read and download. The project’s findings are published online in the Internet Society’s Global Internet Report 2017.',
        description: md(
          'The Internet Society (ISOC) launched its Internet Futures project in 2016 to take stock of the key forces of change that could affect the future of the Internet. By April 2017 the project had:',
          [
            '- run two global surveys, with more than 2,500 responses from 160 countries and economies;',
            '- interviewed more than 130 Internet experts;',
            '- hosted 10 virtual roundtables.',
          ].join('\n'),
          'ISOC presented the project at UNCTAD E-Commerce Week on 27 April 2017. The work was to culminate in its 2017 Global Internet Report.',
        ),
      },
      fr: {
        title: "Projet Internet Futures (l'avenir d'Internet)",
        summary:
          "Projet de l'Internet Society, lancé en 2016, qui recense les forces de changement susceptibles de façonner l'avenir d'Internet, à partir d'enquêtes mondiales et d'entretiens avec des experts.",
        eligibility:
          'Ouvert à tous : consultation et téléchargement gratuits. Les conclusions du projet sont publiées en ligne dans le Global Internet Report 2017 de l’Internet Society.',
        description: md(
          "L'Internet Society (ISOC) a lancé son projet Internet Futures en 2016 pour faire le point sur les principales forces de changement susceptibles d'influer sur l'avenir d'Internet. En avril 2017, le projet avait :",
          [
            '- mené deux enquêtes mondiales, qui ont recueilli plus de 2 500 réponses provenant de 160 pays et économies ;',
            "- interrogé plus de 130 spécialistes d'Internet ;",
            '- organisé 10 tables rondes virtuelles.',
          ].join('\n'),
          "L'ISOC a présenté le projet le 27 avril 2017 lors de la Semaine du commerce électronique de la CNUCED. Ces travaux devaient aboutir à son Rapport mondial sur Internet 2017.",
        ),
      },
      es: {
        title: 'Proyecto Internet Futures (el futuro de Internet)',
        summary:
          'Proyecto de la Internet Society, iniciado en 2016, que analiza las fuerzas de cambio que podrían configurar el futuro de Internet, a partir de encuestas mundiales y entrevistas con expertos.',
        eligibility:
          'Abierto a todos: consulta y descarga gratuitas. Las conclusiones del proyecto se publican en línea en el Global Internet Report 2017 de la Internet Society.',
        description: md(
          'La Internet Society (ISOC) puso en marcha su proyecto Internet Futures en 2016 para hacer balance de las principales fuerzas de cambio que podrían influir en el futuro de Internet. En abril de 2017 el proyecto había:',
          [
            '- realizado dos encuestas mundiales, con más de 2.500 respuestas de 160 países y economías;',
            '- entrevistado a más de 130 expertos en Internet;',
            '- organizado 10 mesas redondas virtuales.',
          ].join('\n'),
          'La ISOC presentó el proyecto el 27 de abril de 2017 en la Semana del Comercio Electrónico de la UNCTAD. Esta labor debía culminar en su Informe Mundial sobre Internet 2017.',
        ),
      },
    },
    source: `${report}, session "Internet Futures (ISOC)", 27 April 2017. How to get it: the Internet Society’s Global Internet Report 2017 site and its methodology page (checked 2026-12-07).`,
  },
  {
    type: 'resource',
    slug: 'isoc-global-internet-report-2017',
    kind: 'report',
    organisations: ['isoc'],
    policyAreas: ['ict-infrastructure'],
    beneficiaries: ['researchers', 'governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'https://future.internetsociety.org/2017/' },
    link: 'https://www.internetsociety.org',
    documentUrl: null,
    publishedOn: '2017',
    sourceLocale: 'en',
    text: {
      en: {
        title: '2017 Global Internet Report (Internet Futures)',
        summary:
          "The Internet Society's 2017 report bringing together the findings of its Internet Futures project on the forces that could shape the Internet; announced for September 2017.",
        eligibility:
          'Open to anyone: free to read and download online; published in September 2017.',
        description: md(
          "The Internet Society's 2017 Global Internet Report is the culmination of its Internet Futures project, which drew on two global surveys with more than 2,500 responses from 160 countries and economies, interviews with over 130 Internet experts and 10 virtual roundtables.",
          'When ISOC presented the project at UNCTAD E-Commerce Week (27 April 2017), it announced the release of the report for September 2017.',
        ),
      },
      fr: {
        title: 'Rapport mondial sur Internet 2017 (Internet Futures)',
        summary:
          "Rapport 2017 de l'Internet Society qui réunit les conclusions de son projet Internet Futures sur les forces susceptibles de façonner Internet ; annoncé pour septembre 2017.",
        eligibility:
          'Ouvert à tous : consultation et téléchargement gratuits en ligne ; publié en septembre 2017.',
        description: md(
          "Le Rapport mondial sur Internet 2017 (Global Internet Report) de l'Internet Society est l'aboutissement de son projet Internet Futures, fondé sur deux enquêtes mondiales ayant recueilli plus de 2 500 réponses de 160 pays et économies, des entretiens avec plus de 130 spécialistes d'Internet et 10 tables rondes virtuelles.",
          "Lorsque l'ISOC a présenté le projet à la Semaine du commerce électronique de la CNUCED (27 avril 2017), elle a annoncé la publication du rapport pour septembre 2017.",
        ),
      },
      es: {
        title: 'Informe Mundial sobre Internet 2017 (Internet Futures)',
        summary:
          'Informe de 2017 de la Internet Society que reúne las conclusiones de su proyecto Internet Futures sobre las fuerzas que podrían configurar Internet; anunciado para septiembre de 2017.',
        eligibility:
          'Abierto a todos: consulta y descarga gratuitas en línea; publicado en septiembre de 2017.',
        description: md(
          'El Informe Mundial sobre Internet 2017 (Global Internet Report) de la Internet Society es la culminación de su proyecto Internet Futures, basado en dos encuestas mundiales con más de 2.500 respuestas de 160 países y economías, entrevistas con más de 130 expertos en Internet y 10 mesas redondas virtuales.',
          'Cuando la ISOC presentó el proyecto en la Semana del Comercio Electrónico de la UNCTAD (27 de abril de 2017), anunció la publicación del informe para septiembre de 2017.',
        ),
      },
    },
    source: `${report}, session "Internet Futures (ISOC)", 27 April 2017 (release announced for September 2017). How to get it: the report’s site, "Paths to Our Digital Future" (published 18 September 2017) (checked 2026-12-07).`,
  },
  {
    type: 'solution',
    slug: 'e-residency-estonia',
    kind: 'platform',
    organisations: ['e-residency-estonia'],
    policyAreas: ['legal-regulatory', 'payment-solutions'],
    beneficiaries: ['msmes'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'paid',
    access: { applyUrl: 'https://www.e-resident.gov.ee' },
    link: 'https://www.e-resident.gov.ee',
    startsOn: '2014',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'e-Residency of Estonia',
        summary:
          'An Estonian government programme that gives entrepreneurs anywhere in the world a government-issued digital identity to set up and run a business online from abroad.',
        eligibility:
          'Open to anyone in the world who applies online and passes the Estonian Police and Border Guard Board’s checks; a state fee is charged and the digital ID card is collected in person at a pickup location. It gives no citizenship, tax residency or right of entry.',
        description: md(
          'e-Residency is a programme of the Government of Estonia that issues a digital identity to people anywhere in the world, so that they can establish and manage an Estonian company online without living in Estonia. Applicants pay a government fee.',
          'The session on supporting SMEs in e-commerce at UNCTAD E-Commerce Week (27 April 2017) listed it among the practical solutions that can help small businesses from developing countries overcome barriers to e-commerce, as a digital identity for running a business from abroad. The e-Residency of Estonia also co-organised sessions that day.',
        ),
      },
      fr: {
        title: "e-Residency de l'Estonie (résidence électronique)",
        summary:
          "Programme du Gouvernement estonien qui délivre aux entrepreneurs du monde entier une identité numérique officielle pour créer et gérer une entreprise en ligne depuis l'étranger.",
        eligibility:
          'Ouvert à toute personne dans le monde qui dépose une demande en ligne et passe les contrôles de la police et des gardes-frontières estoniens ; une taxe est perçue et la carte d’identité numérique se retire en personne dans un point de retrait. Elle ne confère ni citoyenneté, ni résidence fiscale, ni droit d’entrée.',
        description: md(
          "L'e-Residency est un programme du Gouvernement estonien qui délivre une identité numérique à des personnes du monde entier, afin qu'elles puissent créer et gérer une société estonienne en ligne sans résider en Estonie. La demande est soumise à des frais administratifs.",
          "La séance sur l'appui à la participation des PME au commerce électronique de la Semaine du commerce électronique de la CNUCED (27 avril 2017) l'a citée parmi les solutions pratiques qui peuvent aider les petites entreprises des pays en développement à surmonter les obstacles au commerce électronique, en tant qu'identité numérique permettant de gérer une entreprise depuis l'étranger. L'e-Residency de l'Estonie a également coorganisé des séances ce jour-là.",
        ),
      },
      es: {
        title: 'e-Residency de Estonia (residencia electrónica)',
        summary:
          'Programa del Gobierno de Estonia que otorga a emprendedores de todo el mundo una identidad digital oficial para crear y gestionar una empresa en línea desde el extranjero.',
        eligibility:
          'Abierto a cualquier persona del mundo que presente su solicitud en línea y supere los controles de la policía y la guardia de fronteras de Estonia; se cobra una tasa y la tarjeta de identidad digital se recoge en persona en un punto de recogida. No otorga ciudadanía, residencia fiscal ni derecho de entrada.',
        description: md(
          'La e-Residency es un programa del Gobierno de Estonia que expide una identidad digital a personas de todo el mundo para que puedan crear y gestionar una empresa estonia en línea sin residir en Estonia. La solicitud está sujeta al pago de una tasa oficial.',
          'La sesión sobre el apoyo a la participación de las pymes en el comercio electrónico de la Semana del Comercio Electrónico de la UNCTAD (27 de abril de 2017) la citó entre las soluciones prácticas que pueden ayudar a las pequeñas empresas de los países en desarrollo a superar los obstáculos al comercio electrónico, como identidad digital para dirigir una empresa desde el extranjero. La e-Residency de Estonia también coorganizó sesiones ese día.',
        ),
      },
    },
    source: `${report}, session "Supporting the Involvement of Small and Medium-Sized Enterprises in E-commerce", 27 April 2017 (start year and fee are not stated in the report). How to get it: e-Residency pickup locations page (e-resident.gov.ee) and the Estonian Embassy in New Delhi’s page on the programme (checked 2026-12-07).`,
  },
  {
    type: 'solution',
    slug: 'women-entrepreneurs-ecommerce-network-proposal',
    kind: 'platform',
    organisations: ['unctad', 'itc', 'un-women'],
    policyAreas: ['skills-development', 'readiness-assessment'],
    beneficiaries: ['women-entrepreneurs'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { viaHub: true },
    link: null,
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Proposed network for women entrepreneurs in e-commerce',
        summary:
          'A proposal made at E-Commerce Week 2017 for an eTrade for all network where women entrepreneurs in developing countries could exchange, learn and find mentors. Not an existing service.',
        eligibility:
          'A proposal made in 2017, not a service: there is nothing to apply for. Women entrepreneurs looking for training, mentors or networks can ask for help through the hub; UNCTAD’s eTrade for Women network, launched in 2019, works in this field.',
        description: md(
          'This is a proposal, not an operating service. The session on the gender dimension of e-commerce at UNCTAD E-Commerce Week (27 April 2017) proposed that the eTrade for all initiative could include a network for women entrepreneurs in e-commerce in developing countries, where members would exchange, learn, and give and receive mentoring. The report does not say which partner would run it; the day was co-organised by UNCTAD, ITC and UN Women among others.',
          'The session put forward three short-term measures under eTrade for all:',
          [
            '1. establishing a network for women entrepreneurs in e-commerce in developing countries;',
            '2. sharing good practices and giving access to role models, male and female, in particular on growing a business and reaching export markets;',
            '3. developing gender-disaggregated data on e-commerce.',
          ].join('\n'),
          "The session recognised a digital gender divide and a clear business case for bridging it. ITC's Executive Director, Arancha González, called for women to gain the knowledge and skills they need to trade online, from computer literacy to logistics and marketing.",
        ),
      },
      fr: {
        title: 'Projet de réseau de femmes entrepreneurs dans le commerce électronique',
        summary:
          "Proposé lors de la Semaine du commerce électronique 2017 : un réseau eTrade for all où les femmes entrepreneurs des pays en développement échangeraient, se formeraient et trouveraient des mentors. Pas encore créé.",
        eligibility:
          'Une proposition faite en 2017, et non un service : il n’y a rien à demander. Les femmes entrepreneurs qui cherchent une formation, un mentor ou un réseau peuvent demander une assistance par l’intermédiaire de la plateforme ; le réseau eTrade for Women de la CNUCED, lancé en 2019, travaille dans ce domaine.',
        description: md(
          "Il s'agit d'une proposition, et non d'un service existant. La séance sur la dimension de genre du commerce électronique de la Semaine du commerce électronique de la CNUCED (27 avril 2017) a proposé que l'initiative eTrade for all comprenne un réseau de femmes entrepreneurs dans le commerce électronique des pays en développement, où les membres pourraient échanger, se former, et offrir ou recevoir un mentorat. Le rapport ne précise pas quel partenaire l'animerait ; la journée était coorganisée notamment par la CNUCED, le CCI et ONU Femmes.",
          'La séance a avancé trois mesures à court terme dans le cadre d’eTrade for all :',
          [
            '1. créer un réseau de femmes entrepreneurs dans le commerce électronique des pays en développement ;',
            "2. diffuser les bonnes pratiques et donner accès à des modèles, hommes et femmes, notamment sur la croissance de l'entreprise et l'accès aux marchés d'exportation ;",
            '3. produire des données ventilées par sexe sur le commerce électronique.',
          ].join('\n'),
          "La séance a constaté l'existence d'une fracture numérique entre les sexes et l'intérêt économique évident de la réduire. La Directrice exécutive du CCI, Arancha González, a appelé à donner aux femmes les connaissances et les compétences nécessaires pour commercer en ligne, de l'informatique de base à la logistique et au marketing.",
        ),
      },
      es: {
        title: 'Propuesta de red de mujeres empresarias en el comercio electrónico',
        summary:
          'Propuesta formulada en la Semana del Comercio Electrónico 2017: una red de eTrade for all donde las mujeres empresarias de países en desarrollo intercambiarían, aprenderían y encontrarían mentores. Aún no existe.',
        eligibility:
          'Una propuesta formulada en 2017, no un servicio: no hay nada que solicitar. Las mujeres empresarias que buscan formación, mentores o redes pueden pedir asistencia a través de la plataforma; la red eTrade for Women de la UNCTAD, creada en 2019, trabaja en este ámbito.',
        description: md(
          'Se trata de una propuesta, no de un servicio en funcionamiento. La sesión sobre la dimensión de género del comercio electrónico de la Semana del Comercio Electrónico de la UNCTAD (27 de abril de 2017) propuso que la iniciativa eTrade for all incluyera una red de mujeres empresarias en el comercio electrónico de los países en desarrollo, en la que las integrantes pudieran intercambiar, aprender y ofrecer o recibir mentoría. El informe no indica qué asociado la gestionaría; la jornada fue coorganizada, entre otros, por la UNCTAD, el ITC y ONU Mujeres.',
          'La sesión planteó tres medidas a corto plazo en el marco de eTrade for all:',
          [
            '1. crear una red de mujeres empresarias en el comercio electrónico de los países en desarrollo;',
            '2. difundir buenas prácticas y dar acceso a modelos de referencia, hombres y mujeres, sobre todo en cuanto al crecimiento de la empresa y el acceso a los mercados de exportación;',
            '3. elaborar datos desglosados por sexo sobre el comercio electrónico.',
          ].join('\n'),
          'La sesión reconoció la existencia de una brecha digital de género y la clara justificación económica para cerrarla. La Directora Ejecutiva del ITC, Arancha González, pidió que las mujeres adquieran los conocimientos y las competencias necesarios para comerciar en línea, desde la alfabetización informática hasta la logística y el marketing.',
        ),
      },
    },
    source: `${report}, session "Gender Dimension of E-commerce", 27 April 2017 (a proposal; the report does not name the organisation that would run the network). How to get it: UNCTAD eCommerce Week 2019 summary report (launch of the eTrade for Women Network) (checked 2026-12-07).`,
  },
  {
    type: 'solution',
    slug: 'aid-for-trade',
    kind: 'financing',
    organisations: ['wto'],
    policyAreas: ['access-to-financing'],
    beneficiaries: ['governments'],
    coverage: ['001', 'ldc'],
    languages: ['en'],
    cost: 'varies',
    access: { applyUrl: 'https://www.wto.org/english/tratop_e/devel_e/a4t_e/aid4trade_e.htm', viaHub: true },
    link: 'https://www.wto.org',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'Aid for Trade and its 2017 Global Review',
        summary:
          'The WTO-led Aid for Trade initiative, whose July 2017 Global Review the Week fed into; LDC session participants urged Aid for Trade funding for e-commerce ecosystems.',
        eligibility:
          'Developing countries, least developed countries first, which set their trade priorities in their national development strategies and raise them with donors; support comes as grants and concessional loans. For least developed countries the Enhanced Integrated Framework is the main channel.',
        description: md(
          "Aid for Trade is the WTO-led initiative that mobilises support for developing countries to build their trade capacity and infrastructure. The discussions of UNCTAD E-Commerce Week 2017 were meant to contribute to its Global Review in July 2017.",
          'At the special session on the e-trade readiness of LDCs (26 April 2017), participants recommended:',
          [
            '- dedicating Aid for Trade resources to the development of e-commerce ecosystems in LDCs;',
            "- stepping up resource mobilisation to use the window of opportunity opened in 2017 by Germany's G20 Presidency, the Global Review of Aid for Trade and the WTO's Eleventh Ministerial Conference.",
          ].join('\n'),
        ),
      },
      fr: {
        title: 'L’Aide pour le commerce et son examen global de 2017',
        summary:
          'L’initiative Aide pour le commerce, menée par l’OMC, dont la Semaine a alimenté l’examen global de juillet 2017 ; les participants à la séance sur les PMA ont demandé qu’elle finance les écosystèmes du commerce électronique.',
        // Not translated yet: the page shows the English description, with the notice.
        description: '',
        eligibility:
          'Pays en développement, en premier lieu les pays les moins avancés, qui inscrivent leurs priorités commerciales dans leur stratégie nationale de développement et les présentent aux donateurs ; l’appui prend la forme de dons et de prêts concessionnels. Pour les pays les moins avancés, le Cadre intégré renforcé est le principal canal.',
      },
      es: {
        title: 'La Ayuda para el Comercio y su Examen Global de 2017',
        summary:
          'La iniciativa de Ayuda para el Comercio, dirigida por la OMC, a cuyo Examen Global de julio de 2017 contribuyó la Semana; los participantes en la sesión sobre los PMA pidieron que financie los ecosistemas de comercio electrónico.',
        // Not translated yet: the page shows the English description, with the notice.
        description: '',
        eligibility:
          'Países en desarrollo, en primer lugar los países menos adelantados, que incluyen sus prioridades comerciales en su estrategia nacional de desarrollo y las plantean a los donantes; el apoyo se presta en forma de donaciones y préstamos en condiciones favorables. Para los países menos adelantados, el Marco Integrado Mejorado es el principal cauce.',
      },
    },
    source: `${report}, session "Special session on Assessing E-trade Readiness of the Least Developed Countries", 26 April 2017, and session "Key Outcomes and Way forward", 28 April 2017. How to get it: WTO page "Aid for Trade" and ECOWAS page "About Aid for Trade" (checked 2026-12-07).`,
  },

  // ——— The Week itself ———
  {
    type: 'resource',
    slug: 'ecommerce-week-2017-report',
    kind: 'report',
    organisations: ['unctad'],
    policyAreas: ['readiness-assessment', 'legal-regulatory', 'trade-logistics', 'skills-development'],
    beneficiaries: ['governments', 'researchers'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'http://unctad.org/e-week2017' },
    link: 'http://unctad.org/e-week2017',
    documentUrl: null,
    publishedOn: '2017',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UNCTAD E-Commerce Week 2017 report (UNCTAD/DTL/STICT/2017/7)',
        summary:
          "UNCTAD's account of its third E-Commerce Week (24–28 April 2017): more than 30 sessions held with 30 partners, their recommendations and the initiatives launched.",
        eligibility:
          'Open to anyone: free to read and download from the Week’s page on UNCTAD’s website.',
        description: md(
          "UNCTAD's report on the third edition of its E-Commerce Week, held from 24 to 28 April 2017 with 30 partners. The Week brought together more than 1,000 representatives of governments, international organisations, the private sector and civil society from 99 countries, with 170 speakers and moderators, one third of them women and one third from developing countries.",
          'The report summarises each session, day by day, with its main recommendations. Highlights of the Week included:',
          [
            '- the high-level event on digital transformation for all, with Jack Ma, Special Adviser to UNCTAD for young entrepreneurs and small business;',
            '- the first Ministerial Meeting of the Friends of E-Commerce for Development;',
            '- the official launch of the etradeforall.org platform;',
            '- the first board meeting of Business for eTrade Development.',
          ].join('\n'),
          "The Week's outcomes were to feed into the WTO Aid for Trade Global Review (July 2017) and the first meeting of UNCTAD's Intergovernmental Group of Experts on E-commerce and the Digital Economy (4–6 October 2017).",
        ),
      },
      fr: {
        title: 'Rapport de la Semaine du commerce électronique 2017 de la CNUCED (UNCTAD/DTL/STICT/2017/7)',
        summary:
          'Compte rendu par la CNUCED de sa troisième Semaine du commerce électronique (24-28 avril 2017) : plus de 30 séances tenues avec 30 partenaires, leurs recommandations et les initiatives lancées.',
        eligibility:
          'Ouvert à tous : consultation et téléchargement gratuits sur la page de la Semaine, sur le site de la CNUCED.',
        description: md(
          "Rapport de la CNUCED sur la troisième édition de sa Semaine du commerce électronique, tenue du 24 au 28 avril 2017 avec 30 partenaires. La Semaine a réuni plus de 1 000 représentants de gouvernements, d'organisations internationales, du secteur privé et de la société civile de 99 pays, avec 170 intervenants et modérateurs, dont un tiers de femmes et un tiers de personnes venant de pays en développement.",
          'Le rapport résume chaque séance, jour après jour, avec ses principales recommandations. Parmi les temps forts de la Semaine :',
          [
            "- l'événement de haut niveau sur la transformation numérique pour tous, avec Jack Ma, Conseiller spécial de la CNUCED pour les jeunes entrepreneurs et les petites entreprises ;",
            '- la première réunion ministérielle du Groupe des Amis du commerce électronique pour le développement ;',
            '- le lancement officiel de la plateforme etradeforall.org ;',
            "- la première réunion du conseil d'administration de Business for eTrade Development.",
          ].join('\n'),
          "Les résultats de la Semaine devaient alimenter l'Examen global de l'Aide pour le commerce de l'OMC (juillet 2017) et la première réunion du Groupe intergouvernemental d'experts du commerce électronique et de l'économie numérique de la CNUCED (4-6 octobre 2017).",
        ),
      },
      es: {
        title: 'Informe de la Semana del Comercio Electrónico 2017 de la UNCTAD (UNCTAD/DTL/STICT/2017/7)',
        summary:
          'Relato de la UNCTAD sobre su tercera Semana del Comercio Electrónico (24 a 28 de abril de 2017): más de 30 sesiones celebradas con 30 asociados, sus recomendaciones y las iniciativas presentadas.',
        eligibility:
          'Abierto a todos: consulta y descarga gratuitas en la página de la Semana, en el sitio web de la UNCTAD.',
        description: md(
          'Informe de la UNCTAD sobre la tercera edición de su Semana del Comercio Electrónico, celebrada del 24 al 28 de abril de 2017 con 30 asociados. La Semana reunió a más de 1.000 representantes de gobiernos, organizaciones internacionales, el sector privado y la sociedad civil de 99 países, con 170 oradores y moderadores, un tercio de ellos mujeres y un tercio procedentes de países en desarrollo.',
          'El informe resume cada sesión, día por día, con sus principales recomendaciones. Entre los momentos destacados de la Semana figuraron:',
          [
            '- el evento de alto nivel sobre la transformación digital para todos, con Jack Ma, Asesor Especial de la UNCTAD para los jóvenes emprendedores y las pequeñas empresas;',
            '- la primera reunión ministerial del Grupo de Amigos del Comercio Electrónico para el Desarrollo;',
            '- la presentación oficial de la plataforma etradeforall.org;',
            '- la primera reunión de la junta de Empresas en pro del Desarrollo del Comercio Electrónico.',
          ].join('\n'),
          'Los resultados de la Semana debían contribuir al Examen Global de la Ayuda para el Comercio de la OMC (julio de 2017) y a la primera reunión del Grupo Intergubernamental de Expertos en Comercio Electrónico y Economía Digital de la UNCTAD (4 a 6 de octubre de 2017).',
        ),
      },
    },
    source: `${report} (whole report). How to get it: the Week’s page, as the report gives it.`,
  },
  {
    type: 'resource',
    slug: 'ecommerce-week-2017-presentations',
    kind: 'presentation',
    organisations: ['unctad'],
    policyAreas: ['readiness-assessment'],
    beneficiaries: ['researchers', 'governments'],
    coverage: ['001'],
    languages: ['en'],
    cost: 'free',
    access: { applyUrl: 'http://unctad.org/e-week2017' },
    link: 'http://unctad.org/e-week2017',
    documentUrl: null,
    publishedOn: '2017-04',
    sourceLocale: 'en',
    text: {
      en: {
        title: 'UNCTAD E-Commerce Week 2017: presentations and contributions',
        summary:
          'The sixty-five presentations and more than ten written contributions from the sessions of UNCTAD E-Commerce Week 2017, published on UNCTAD’s website.',
        eligibility:
          'Open to anyone: free to read and download from the Week’s page on UNCTAD’s website.',
        description: md(
          "The slides shown by speakers at UNCTAD E-Commerce Week 2017 (24–28 April 2017), sixty-five presentations in all, and more than ten written contributions are published on UNCTAD's E-Commerce Week 2017 page.",
          'They include, for example, the results of the 2017 CIGI-Ipsos-UNCTAD-ISOC global survey of Internet users and the AliResearch study on inclusive e-commerce in China.',
        ),
      },
      fr: {
        title: 'Semaine du commerce électronique 2017 de la CNUCED : présentations et contributions',
        summary:
          'Les soixante-cinq présentations et plus de dix contributions écrites des séances de la Semaine du commerce électronique 2017 de la CNUCED, publiées sur le site de la CNUCED.',
        // Not translated yet: the page shows the English description, with the notice.
        description: '',
        eligibility:
          'Ouvert à tous : consultation et téléchargement gratuits sur la page de la Semaine, sur le site de la CNUCED.',
      },
      es: {
        title: 'Semana del Comercio Electrónico de 2017 de la UNCTAD: presentaciones y contribuciones',
        summary:
          'Las sesenta y cinco presentaciones y más de diez contribuciones escritas de las sesiones de la Semana del Comercio Electrónico de 2017 de la UNCTAD, publicadas en el sitio web de la UNCTAD.',
        // Not translated yet: the page shows the English description, with the notice.
        description: '',
        eligibility:
          'Abierto a todos: consulta y descarga gratuitas en la página de la Semana, en el sitio web de la UNCTAD.',
      },
    },
    source: `${report}: overview ("Sixty-five presentations and more than 10 contributions are available on unctad.org/e-week2017"). How to get it: the Week’s page, as the report gives it.`,
  },
];

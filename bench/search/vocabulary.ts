// Words and sentence parts for the synthetic catalogue of bench/search.ts, in English, French and
// Spanish: e-commerce for development (payments, customs, postal, skills, financing, law…).
// Topics have a weight (how often items are about them), so some terms are common and some rare.
import type { PolicyAreaSlug } from '../../src/features/policy-areas/policy-areas.js';
import type { Locale } from '../../src/web/i18n/locales.js';

export type Tri = Record<Locale, string>;

export interface Topic {
  /** The topic as a noun phrase. */
  name: Tri;
  areas: PolicyAreaSlug[];
  /** Relative frequency. */
  weight: number;
}

const tri = (en: string, fr: string, es: string): Tri => ({ en, fr, es });

export const topics: Topic[] = [
  { name: tri('e-commerce', 'commerce électronique', 'comercio electrónico'), areas: ['readiness-assessment'], weight: 30 },
  { name: tri('digital trade', 'commerce numérique', 'comercio digital'), areas: ['readiness-assessment', 'legal-regulatory'], weight: 18 },
  { name: tri('digital payments', 'paiements numériques', 'pagos digitales'), areas: ['payment-solutions'], weight: 16 },
  { name: tri('mobile money', 'argent mobile', 'dinero móvil'), areas: ['payment-solutions'], weight: 12 },
  { name: tri('payment interoperability', 'interopérabilité des paiements', 'interoperabilidad de pagos'), areas: ['payment-solutions'], weight: 3 },
  { name: tri('cybercrime', 'cybercriminalité', 'ciberdelincuencia'), areas: ['legal-regulatory'], weight: 6 },
  { name: tri('cybersecurity', 'cybersécurité', 'ciberseguridad'), areas: ['legal-regulatory', 'ict-infrastructure'], weight: 8 },
  { name: tri('data protection', 'protection des données', 'protección de datos'), areas: ['legal-regulatory'], weight: 8 },
  { name: tri('consumer protection', 'protection des consommateurs', 'protección del consumidor'), areas: ['legal-regulatory'], weight: 7 },
  { name: tri('electronic transactions law', 'législation sur les transactions électroniques', 'legislación sobre transacciones electrónicas'), areas: ['legal-regulatory'], weight: 5 },
  { name: tri('electronic signatures', 'signatures électroniques', 'firmas electrónicas'), areas: ['legal-regulatory'], weight: 3 },
  { name: tri('online dispute resolution', 'règlement des litiges en ligne', 'resolución de litigios en línea'), areas: ['legal-regulatory'], weight: 1 },
  { name: tri('competition policy', 'politique de la concurrence', 'política de competencia'), areas: ['legal-regulatory'], weight: 2 },
  { name: tri('taxation of digital services', 'fiscalité des services numériques', 'tributación de los servicios digitales'), areas: ['legal-regulatory'], weight: 3 },
  { name: tri('customs procedures', 'procédures douanières', 'procedimientos aduaneros'), areas: ['trade-logistics'], weight: 9 },
  { name: tri('electronic single window', 'guichet unique électronique', 'ventanilla única electrónica'), areas: ['trade-logistics'], weight: 5 },
  { name: tri('trade facilitation', 'facilitation des échanges', 'facilitación del comercio'), areas: ['trade-logistics'], weight: 8 },
  { name: tri('postal services', 'services postaux', 'servicios postales'), areas: ['trade-logistics'], weight: 7 },
  { name: tri('last-mile logistics', 'logistique du dernier kilomètre', 'logística de última milla'), areas: ['trade-logistics'], weight: 6 },
  { name: tri('addressing and postcodes', 'adressage et codes postaux', 'direcciones y códigos postales'), areas: ['trade-logistics'], weight: 1 },
  { name: tri('cross-border e-commerce', 'commerce électronique transfrontalier', 'comercio electrónico transfronterizo'), areas: ['trade-logistics', 'legal-regulatory'], weight: 7 },
  { name: tri('broadband connectivity', 'connectivité à haut débit', 'conectividad de banda ancha'), areas: ['ict-infrastructure'], weight: 8 },
  { name: tri('rural connectivity', 'connectivité rurale', 'conectividad rural'), areas: ['ict-infrastructure'], weight: 4 },
  { name: tri('cloud computing', 'informatique en nuage', 'computación en la nube'), areas: ['ict-infrastructure'], weight: 3 },
  { name: tri('digital identity', 'identité numérique', 'identidad digital'), areas: ['ict-infrastructure', 'legal-regulatory'], weight: 4 },
  { name: tri('blockchain', 'chaîne de blocs', 'cadena de bloques'), areas: ['ict-infrastructure'], weight: 1 },
  { name: tri('artificial intelligence', 'intelligence artificielle', 'inteligencia artificial'), areas: ['ict-infrastructure', 'skills-development'], weight: 3 },
  { name: tri('e-waste', 'déchets électroniques', 'residuos electrónicos'), areas: ['ict-infrastructure'], weight: 1 },
  { name: tri('digital skills', 'compétences numériques', 'competencias digitales'), areas: ['skills-development'], weight: 12 },
  { name: tri('digital entrepreneurship', 'entrepreneuriat numérique', 'emprendimiento digital'), areas: ['skills-development', 'access-to-financing'], weight: 8 },
  { name: tri('online marketplaces', 'places de marché en ligne', 'mercados en línea'), areas: ['skills-development', 'trade-logistics'], weight: 5 },
  { name: tri('youth employment', 'emploi des jeunes', 'empleo juvenil'), areas: ['skills-development'], weight: 3 },
  { name: tri('access to finance', 'accès au financement', 'acceso a la financiación'), areas: ['access-to-financing'], weight: 9 },
  { name: tri('start-up financing', 'financement des start-up', 'financiación de empresas emergentes'), areas: ['access-to-financing'], weight: 5 },
  { name: tri('credit guarantee schemes', 'mécanismes de garantie de crédit', 'sistemas de garantía de crédito'), areas: ['access-to-financing'], weight: 2 },
  { name: tri('venture capital', 'capital-risque', 'capital de riesgo'), areas: ['access-to-financing'], weight: 2 },
  { name: tri('fintech', 'technologies financières', 'tecnología financiera'), areas: ['payment-solutions', 'access-to-financing'], weight: 5 },
  { name: tri('e-commerce statistics', 'statistiques du commerce électronique', 'estadísticas del comercio electrónico'), areas: ['readiness-assessment'], weight: 4 },
  { name: tri('eTrade readiness', 'état de préparation au commerce électronique', 'preparación para el comercio electrónico'), areas: ['readiness-assessment'], weight: 6 },
  { name: tri('digital trade negotiations', 'négociations sur le commerce numérique', 'negociaciones sobre comercio digital'), areas: ['legal-regulatory', 'readiness-assessment'], weight: 3 },
];

/** Who an item is for, as text (matches the beneficiary taxonomy). */
export const beneficiaryText: Record<string, Tri> = {
  governments: tri('governments', 'gouvernements', 'gobiernos'),
  msmes: tri('micro, small and medium-sized enterprises (MSMEs)', 'micro, petites et moyennes entreprises (MPME)', 'micro, pequeñas y medianas empresas (mipymes)'),
  'women-entrepreneurs': tri('women entrepreneurs', 'femmes entrepreneures', 'mujeres emprendedoras'),
  youth: tri('young people', 'jeunes', 'jóvenes'),
  consumers: tri('consumers', 'consommateurs', 'consumidores'),
  'customs-border-agencies': tri('customs and border agencies', 'administrations douanières et agences aux frontières', 'aduanas y organismos fronterizos'),
  'postal-operators': tri('postal operators', 'opérateurs postaux', 'operadores postales'),
  'trade-support-institutions': tri('trade support institutions', 'institutions d’appui au commerce', 'instituciones de apoyo al comercio'),
  'statistical-offices': tri('national statistical offices', 'instituts nationaux de statistique', 'oficinas nacionales de estadística'),
  researchers: tri('researchers', 'chercheurs', 'investigadores'),
};

/** Title openings by kind: the title is opening + topic (+ audience, + place). */
export const titleOpenings: Record<string, Tri[]> = {
  'technical-assistance': [
    tri('Technical assistance on', 'Assistance technique en matière de', 'Asistencia técnica sobre'),
    tri('Advisory services on', 'Services consultatifs sur', 'Servicios de asesoramiento sobre'),
    tri('Strengthening', 'Renforcement de', 'Fortalecimiento de'),
    tri('Policy support for', 'Appui aux politiques de', 'Apoyo a las políticas de'),
  ],
  training: [
    tri('Training programme on', 'Programme de formation sur', 'Programa de formación sobre'),
    tri('Online course on', 'Cours en ligne sur', 'Curso en línea sobre'),
    tri('Masterclass on', 'Classe de maître sur', 'Clase magistral sobre'),
    tri('Bootcamp on', 'Camp d’entraînement sur', 'Campamento intensivo sobre'),
  ],
  tool: [
    tri('Toolkit on', 'Boîte à outils sur', 'Caja de herramientas sobre'),
    tri('Self-assessment tool for', 'Outil d’auto-évaluation pour', 'Herramienta de autoevaluación para'),
    tri('Model law and checklist on', 'Loi type et liste de contrôle sur', 'Ley modelo y lista de verificación sobre'),
  ],
  research: [
    tri('Study on', 'Étude sur', 'Estudio sobre'),
    tri('Survey of', 'Enquête sur', 'Encuesta sobre'),
    tri('Policy review of', 'Examen des politiques de', 'Examen de las políticas de'),
  ],
  financing: [
    tri('Fund for', 'Fonds pour', 'Fondo para'),
    tri('Grants for', 'Subventions pour', 'Subvenciones para'),
    tri('Credit line for', 'Ligne de crédit pour', 'Línea de crédito para'),
  ],
  data: [
    tri('Data portal on', 'Portail de données sur', 'Portal de datos sobre'),
    tri('Indicators of', 'Indicateurs de', 'Indicadores de'),
    tri('Open dataset on', 'Jeu de données ouvert sur', 'Conjunto de datos abiertos sobre'),
  ],
  platform: [
    tri('Platform for', 'Plateforme pour', 'Plataforma para'),
    tri('Community of practice on', 'Communauté de pratique sur', 'Comunidad de práctica sobre'),
    tri('Marketplace and helpdesk for', 'Place de marché et service d’assistance pour', 'Mercado y servicio de ayuda para'),
  ],
  publication: [
    tri('Handbook on', 'Manuel sur', 'Manual sobre'),
    tri('Outlook on', 'Perspectives de', 'Perspectivas de'),
  ],
  report: [
    tri('Report on', 'Rapport sur', 'Informe sobre'),
    tri('Rapid assessment of', 'Évaluation rapide de', 'Evaluación rápida de'),
    tri('Annual review of', 'Bilan annuel de', 'Balance anual de'),
  ],
  guide: [
    tri('Practical guide to', 'Guide pratique de', 'Guía práctica de'),
    tri('Implementation guide for', 'Guide de mise en œuvre de', 'Guía de aplicación de'),
  ],
  presentation: [
    tri('Presentation on', 'Présentation sur', 'Presentación sobre'),
    tri('Webinar slides on', 'Diapositives du webinaire sur', 'Diapositivas del seminario web sobre'),
  ],
  dataset: [
    tri('Dataset of', 'Jeu de données de', 'Conjunto de datos de'),
    tri('Survey microdata on', 'Microdonnées d’enquête sur', 'Microdatos de encuesta sobre'),
  ],
};

/** "for {audience}" and "in {place}" joiners. */
export const forWord = tri('for', 'pour les', 'para');
export const inWord = tri('in', 'en', 'en');

/** Summary sentence: {verb} {audience} {purpose} {topic}{tail}. */
export const summaryVerbs: Tri[] = [
  tri('Helps', 'Aide les', 'Ayuda a los'),
  tri('Supports', 'Soutient les', 'Apoya a los'),
  tri('Equips', 'Prépare les', 'Prepara a los'),
  tri('Guides', 'Accompagne les', 'Orienta a los'),
];
export const summaryPurposes: Tri[] = [
  tri('to make the most of', 'à tirer parti de', 'a aprovechar'),
  tri('to design policies on', 'à concevoir des politiques sur', 'a diseñar políticas sobre'),
  tri('to build capacity in', 'à renforcer leurs capacités en matière de', 'a desarrollar capacidades en'),
  tri('to assess their readiness for', 'à évaluer leur préparation à', 'a evaluar su preparación para'),
  tri('to invest in', 'à investir dans', 'a invertir en'),
];
export const summaryTails: Tri[] = [
  tri(', with a focus on', ', en mettant l’accent sur', ', con énfasis en'),
  tri(' and', ' et', ' y'),
  tri(', linking it to', ', en lien avec', ', en relación con'),
];

/** Description paragraphs; {t} and {u} are topics, {a} an audience, {p} a place, {o} an organisation. */
export const contextSentences: Tri[] = [
  tri(
    'E-commerce is growing fast {p}, but {a} often lack the means to benefit from {t}.',
    'Le commerce électronique progresse rapidement {p}, mais les {a} manquent souvent de moyens pour tirer parti de {t}.',
    'El comercio electrónico crece rápidamente {p}, pero los {a} a menudo carecen de medios para beneficiarse de {t}.',
  ),
  tri(
    'Gaps in {t} and {u} remain a barrier to digital trade {p}.',
    'Les lacunes en matière de {t} et de {u} restent un obstacle au commerce numérique {p}.',
    'Las carencias en {t} y {u} siguen siendo un obstáculo para el comercio digital {p}.',
  ),
  tri(
    'Recent surveys show that {a} {p} see {t} as a priority for the coming years.',
    'Des enquêtes récentes montrent que les {a} {p} considèrent {t} comme une priorité pour les années à venir.',
    'Encuestas recientes muestran que los {a} {p} consideran {t} una prioridad para los próximos años.',
  ),
  tri(
    'The COVID-19 pandemic accelerated the shift to online trade and exposed weaknesses in {t}.',
    'La pandémie de COVID-19 a accéléré le passage au commerce en ligne et révélé des faiblesses en matière de {t}.',
    'La pandemia de COVID-19 aceleró el paso al comercio en línea y puso de manifiesto debilidades en {t}.',
  ),
];
export const objectiveSentences: Tri[] = [
  tri(
    'This initiative by {o} aims to strengthen {t} and to connect it with {u}.',
    'Cette initiative de {o} vise à renforcer {t} et à la relier à {u}.',
    'Esta iniciativa de {o} tiene como objetivo fortalecer {t} y vincularla con {u}.',
  ),
  tri(
    '{o} works with national partners to improve {t}, drawing on international good practice.',
    '{o} travaille avec des partenaires nationaux pour améliorer {t}, en s’appuyant sur les bonnes pratiques internationales.',
    '{o} trabaja con socios nacionales para mejorar {t}, a partir de las buenas prácticas internacionales.',
  ),
  tri(
    'It gives {a} practical guidance on {t}, from first diagnosis to implementation.',
    'Elle donne aux {a} des conseils pratiques sur {t}, du premier diagnostic à la mise en œuvre.',
    'Ofrece a los {a} orientación práctica sobre {t}, desde el primer diagnóstico hasta la aplicación.',
  ),
];
export const activityItems: Tri[] = [
  tri('diagnostic of {t} and stakeholder consultations', 'diagnostic de {t} et consultations des parties prenantes', 'diagnóstico de {t} y consultas con las partes interesadas'),
  tri('peer learning between {a}', 'apprentissage entre pairs pour les {a}', 'aprendizaje entre pares para los {a}'),
  tri('drafting of regulations on {t}', 'rédaction de réglementations sur {t}', 'redacción de reglamentos sobre {t}'),
  tri('online courses and workshops on {u}', 'cours en ligne et ateliers sur {u}', 'cursos en línea y talleres sobre {u}'),
  tri('pilot projects with {a}', 'projets pilotes avec les {a}', 'proyectos piloto con los {a}'),
  tri('a monitoring framework and indicators for {t}', 'un cadre de suivi et des indicateurs pour {t}', 'un marco de seguimiento e indicadores para {t}'),
  tri('grants and matching funds for {a}', 'subventions et fonds de contrepartie pour les {a}', 'subvenciones y fondos de contrapartida para los {a}'),
  tri('a helpdesk on {u}', 'un service d’assistance sur {u}', 'un servicio de asistencia sobre {u}'),
  tri('public–private dialogue on {t}', 'dialogue public-privé sur {t}', 'diálogo público-privado sobre {t}'),
];
export const activitiesIntro = tri('**Activities** include:', '**Activités** :', '**Actividades**:');
export const resultSentences: Tri[] = [
  tri(
    'Results are shared through reports, datasets and an annual forum open to all partners.',
    'Les résultats sont partagés au moyen de rapports, de jeux de données et d’un forum annuel ouvert à tous les partenaires.',
    'Los resultados se comparten mediante informes, conjuntos de datos y un foro anual abierto a todos los socios.',
  ),
  tri(
    'Since its launch, it has reached more than {n} beneficiaries in {m} countries.',
    'Depuis son lancement, elle a touché plus de {n} bénéficiaires dans {m} pays.',
    'Desde su lanzamiento, ha llegado a más de {n} beneficiarios en {m} países.',
  ),
  tri(
    'An evaluation found clear gains in {t}, especially for women-led businesses.',
    'Une évaluation a constaté des progrès nets en matière de {t}, notamment pour les entreprises dirigées par des femmes.',
    'Una evaluación constató avances claros en {t}, especialmente para las empresas dirigidas por mujeres.',
  ),
  tri(
    'Requests for support are handled through the eTrade for all network.',
    'Les demandes d’appui sont traitées via le réseau eTrade for all.',
    'Las solicitudes de apoyo se tramitan a través de la red eTrade for all.',
  ),
];

/** Organisation names: {adjective} {domain} {body}. */
export const orgAdjectives = ['African', 'Asian', 'Pacific', 'Caribbean', 'Arab', 'Andean', 'Global', 'International', 'Regional', 'Mekong', 'Sahel', 'Nordic', 'Latin American', 'Eastern', 'Southern', 'West African', 'Central Asian', 'Islamic', 'Commonwealth', 'Francophone'];
export const orgDomains = ['Digital Trade', 'E-commerce', 'Payments', 'Postal', 'Customs', 'Connectivity', 'Development', 'SME', 'Women in Business', 'Fintech', 'Data', 'Consumer', 'Logistics', 'Skills', 'Investment'];
export const orgBodies = ['Institute', 'Alliance', 'Union', 'Bank', 'Network', 'Foundation', 'Council', 'Agency', 'Centre', 'Association', 'Forum', 'Initiative'];

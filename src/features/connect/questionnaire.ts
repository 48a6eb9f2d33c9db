import type { PolicyAreaSlug } from '../policy-areas/policy-areas.js';
import { policyAreaSlugs } from '../policy-areas/policy-areas.js';

/**
 * The readiness self-assessment's questionnaire: per policy area, questions on what eTrade
 * Readiness Assessments examine (strategy and coordination, ICT infrastructure and its cost, trade
 * logistics and postal services, e-payments, the UNCTAD Cyberlaw Tracker's laws, skills, finance).
 * Each question has a stable id: stored answers refer to it. Changing a question's meaning means a
 * new questionnaire version, never an edited question.
 */

export const answerValues = [0, 1, 2, 3, 4] as const;
/** The form's answer for "don't know" (stored as null). */
export const dontKnow = 'dk';

export interface Question {
  id: string;
  area: PolicyAreaSlug;
  text: { en: string; fr: string; es: string };
}

type Q = [id: string, en: string, fr: string, es: string];

const byArea: Record<PolicyAreaSlug, Q[]> = {
  'readiness-assessment': [
    ['rs-strategy', 'Does the country have a national e-commerce or digital economy strategy adopted by the government?', "Le pays dispose-t-il d'une stratégie nationale de commerce électronique ou d'économie numérique adoptée par le gouvernement ?", '¿Cuenta el país con una estrategia nacional de comercio electrónico o de economía digital adoptada por el gobierno?'],
    ['rs-action-plan', 'Is the strategy turned into an action plan with a budget, lead agencies and monitoring?', "La stratégie est-elle traduite en un plan d'action doté d'un budget, d'organismes chefs de file et d'un suivi ?", '¿Se traduce la estrategia en un plan de acción con presupuesto, organismos responsables y seguimiento?'],
    ['rs-coordination', 'Is there a body that coordinates e-commerce policy across ministries and agencies?', 'Existe-t-il un organe qui coordonne la politique de commerce électronique entre les ministères et les organismes publics ?', '¿Existe un órgano que coordine la política de comercio electrónico entre ministerios y organismos?'],
    ['rs-dialogue', 'Do the government and the private sector hold a regular dialogue on e-commerce?', 'Le gouvernement et le secteur privé mènent-ils un dialogue régulier sur le commerce électronique ?', '¿Mantienen el gobierno y el sector privado un diálogo periódico sobre comercio electrónico?'],
    ['rs-statistics', 'Are official statistics on e-commerce and the digital economy collected and published?', "Des statistiques officielles sur le commerce électronique et l'économie numérique sont-elles collectées et publiées ?", '¿Se recopilan y publican estadísticas oficiales sobre el comercio electrónico y la economía digital?'],
    ['rs-assessment', 'Has an e-commerce readiness assessment (such as an eTrade Readiness Assessment) been carried out in the last five years?', "Une évaluation de l'état de préparation au commerce électronique (telle qu'une eT Ready) a-t-elle été réalisée au cours des cinq dernières années ?", '¿Se ha realizado en los últimos cinco años una evaluación sobre el estado de preparación para el comercio electrónico (como una eT Ready)?'],
  ],
  'ict-infrastructure': [
    ['ict-mobile-coverage', 'Does mobile broadband (3G or better) cover most of the population?', 'Le haut débit mobile (3G ou plus) couvre-t-il la majeure partie de la population ?', '¿Cubre la banda ancha móvil (3G o superior) a la mayor parte de la población?'],
    ['ict-affordability', 'Is entry-level mobile broadband affordable (1 GB for less than 2% of monthly income per person)?', "Le haut débit mobile d'entrée de gamme est-il abordable (1 Go pour moins de 2 % du revenu mensuel par habitant) ?", '¿Es asequible la banda ancha móvil básica (1 GB por menos del 2 % del ingreso mensual per cápita)?'],
    ['ict-rural', 'Do rural and remote areas have reliable internet access?', 'Les zones rurales et isolées disposent-elles d’un accès fiable à Internet ?', '¿Tienen las zonas rurales y remotas un acceso fiable a Internet?'],
    ['ict-fixed', 'Is fixed broadband available to businesses at reasonable prices and speeds?', 'Les entreprises ont-elles accès au haut débit fixe à des prix et des débits raisonnables ?', '¿Disponen las empresas de banda ancha fija a precios y velocidades razonables?'],
    ['ict-ixp-data-centres', 'Does the country have an internet exchange point and local data centres or hosting?', "Le pays dispose-t-il d'un point d'échange Internet et de centres de données ou d'hébergement locaux ?", '¿Cuenta el país con un punto de intercambio de Internet y con centros de datos o alojamiento locales?'],
    ['ict-power', 'Is the electricity supply reliable enough for online businesses?', "L'approvisionnement en électricité est-il assez fiable pour les entreprises en ligne ?", '¿Es el suministro eléctrico lo bastante fiable para las empresas en línea?'],
  ],
  'trade-logistics': [
    ['tl-addressing', 'Is there a national addressing system (street addresses or postcodes) used for deliveries?', "Existe-t-il un système national d'adressage (adresses ou codes postaux) utilisé pour les livraisons ?", '¿Existe un sistema nacional de direcciones (calles o códigos postales) utilizado para las entregas?'],
    ['tl-postal', 'Does the postal service deliver parcels reliably, with tracking?', 'Le service postal livre-t-il les colis de manière fiable, avec un suivi ?', '¿Entrega el servicio postal los paquetes de forma fiable y con seguimiento?'],
    ['tl-de-minimis', 'Do customs apply simplified procedures to low-value shipments (a de minimis threshold, e-commerce clearance)?', 'Les douanes appliquent-elles des procédures simplifiées aux envois de faible valeur (seuil de minimis, dédouanement du commerce électronique) ?', '¿Aplican las aduanas procedimientos simplificados a los envíos de bajo valor (umbral de minimis, despacho para el comercio electrónico)?'],
    ['tl-single-window', 'Is there an electronic single window for import and export formalities?', "Existe-t-il un guichet unique électronique pour les formalités d'importation et d'exportation ?", '¿Existe una ventanilla única electrónica para los trámites de importación y exportación?'],
    ['tl-last-mile', 'Are affordable last-mile delivery services available outside the capital?', 'Des services abordables de livraison du dernier kilomètre existent-ils en dehors de la capitale ?', '¿Existen servicios asequibles de entrega de última milla fuera de la capital?'],
  ],
  'payment-solutions': [
    ['pay-accounts', 'Do most adults hold an account at a financial institution or with a mobile-money service provider?', "La plupart des adultes détiennent-ils un compte auprès d'une institution financière ou d'un fournisseur de services de monnaie mobile ?", '¿Son la mayoría de los adultos titulares de una cuenta en una institución financiera o en un proveedor de servicios de dinero móvil?'],
    ['pay-mobile-money', 'Is mobile money widely used by individuals and small businesses?', 'La monnaie mobile est-elle largement utilisée par les particuliers et les petites entreprises ?', '¿Utilizan ampliamente el dinero móvil las personas y las pequeñas empresas?'],
    ['pay-interoperability', 'Are payment systems interoperable (transfers between banks and mobile-money providers)?', 'Les systèmes de paiement sont-ils interopérables (virements entre banques et fournisseurs de monnaie mobile) ?', '¿Son interoperables los sistemas de pago (transferencias entre bancos y proveedores de dinero móvil)?'],
    ['pay-cards', 'Can online merchants accept card payments through local payment gateways?', 'Les commerçants en ligne peuvent-ils accepter les paiements par carte au moyen de passerelles de paiement locales ?', '¿Pueden los comercios en línea aceptar pagos con tarjeta mediante pasarelas de pago locales?'],
    ['pay-cross-border', 'Can businesses receive payments from abroad for goods and services sold online?', "Les entreprises peuvent-elles recevoir des paiements de l'étranger pour les biens et services vendus en ligne ?", '¿Pueden las empresas recibir pagos del exterior por bienes y servicios vendidos en línea?'],
    ['pay-regulation', 'Does regulation cover electronic payments and e-money, with safeguards for consumers?', 'La réglementation couvre-t-elle les paiements électroniques et la monnaie électronique, avec des garanties pour les consommateurs ?', '¿Regula la normativa los pagos electrónicos y el dinero electrónico, con garantías para los consumidores?'],
  ],
  'legal-regulatory': [
    ['legal-e-transactions', 'Is there a law recognising electronic transactions and electronic signatures?', 'Existe-t-il une loi reconnaissant les transactions électroniques et les signatures électroniques ?', '¿Existe una ley que reconozca las transacciones electrónicas y las firmas electrónicas?'],
    ['legal-consumer-protection', 'Are consumers who buy online protected by law (information, withdrawal, redress)?', 'Les consommateurs qui achètent en ligne sont-ils protégés par la loi (information, rétractation, recours) ?', '¿Protege la ley a los consumidores que compran en línea (información, desistimiento, reclamación)?'],
    ['legal-data-protection', 'Is there a data protection and privacy law, with an authority that enforces it?', 'Existe-t-il une loi sur la protection des données et de la vie privée, et une autorité chargée de la faire appliquer ?', '¿Existe una ley de protección de datos y privacidad, con una autoridad que la haga cumplir?'],
    ['legal-cybercrime', 'Is there a cybercrime law that the police and courts are able to apply?', 'Existe-t-il une loi sur la cybercriminalité que la police et les tribunaux sont en mesure d’appliquer ?', '¿Existe una ley sobre ciberdelincuencia que la policía y los tribunales puedan aplicar?'],
    ['legal-online-disputes', 'Can online disputes be settled out of court (online dispute resolution)?', "Les litiges en ligne peuvent-ils être réglés à l'amiable (règlement des litiges en ligne) ?", '¿Pueden resolverse extrajudicialmente las controversias en línea (solución de controversias en línea)?'],
    ['legal-enforcement', 'Do regulators and courts have the capacity to enforce these laws?', 'Les autorités de régulation et les tribunaux ont-ils la capacité de faire appliquer ces lois ?', '¿Tienen los reguladores y los tribunales la capacidad de hacer cumplir estas leyes?'],
  ],
  'skills-development': [
    ['skills-msmes', 'Do most MSMEs have the digital skills to sell online?', 'La plupart des MPME disposent-elles des compétences numériques nécessaires pour vendre en ligne ?', '¿Tienen la mayoría de las mipymes las competencias digitales necesarias para vender en línea?'],
    ['skills-training', 'Are affordable e-commerce training courses offered to entrepreneurs, women entrepreneurs included?', 'Des formations abordables au commerce électronique sont-elles proposées aux entrepreneurs, y compris aux femmes entrepreneurs ?', '¿Se ofrecen cursos asequibles de comercio electrónico a los emprendedores, incluidas las mujeres empresarias?'],
    ['skills-curricula', 'Do universities and vocational schools teach e-commerce and digital skills?', 'Les universités et les écoles professionnelles enseignent-elles le commerce électronique et les compétences numériques ?', '¿Enseñan las universidades y las escuelas de formación profesional comercio electrónico y competencias digitales?'],
    ['skills-awareness', 'Are consumers and businesses aware of the benefits and risks of e-commerce?', 'Les consommateurs et les entreprises sont-ils conscients des avantages et des risques du commerce électronique ?', '¿Conocen los consumidores y las empresas los beneficios y los riesgos del comercio electrónico?'],
    ['skills-civil-servants', 'Do civil servants working on e-commerce policy receive training?', 'Les fonctionnaires chargés de la politique de commerce électronique reçoivent-ils une formation ?', '¿Reciben formación los funcionarios que trabajan en la política de comercio electrónico?'],
    ['skills-ict-professionals', 'Are there enough ICT professionals (developers, IT technicians)?', 'Le pays compte-t-il suffisamment de professionnels des TIC (développeurs, techniciens informatiques) ?', '¿Cuenta el país con suficientes profesionales de las TIC (desarrolladores, técnicos informáticos)?'],
  ],
  'access-to-financing': [
    ['fin-msme-credit', 'Can e-commerce MSMEs obtain bank credit on reasonable terms?', 'Les MPME du commerce électronique peuvent-elles obtenir un crédit bancaire à des conditions raisonnables ?', '¿Pueden las mipymes de comercio electrónico obtener crédito bancario en condiciones razonables?'],
    ['fin-venture-capital', 'Are venture capital funds, business angels or other equity investors active in the country?', "Des fonds de capital-risque, des investisseurs providentiels ou d'autres investisseurs en fonds propres sont-ils actifs dans le pays ?", '¿Operan en el país fondos de capital riesgo, inversores ángeles u otros inversores de capital?'],
    ['fin-public-support', 'Are there public support schemes (grants, guarantees, incubators) for digital start-ups?', 'Existe-t-il des dispositifs publics de soutien (subventions, garanties, incubateurs) pour les jeunes entreprises du numérique ?', '¿Existen programas públicos de apoyo (subvenciones, garantías, incubadoras) para las empresas emergentes digitales?'],
    ['fin-alternative', 'Are alternative sources of finance available (crowdfunding, digital lending, microfinance)?', "D'autres sources de financement sont-elles disponibles (financement participatif, prêts numériques, microfinance) ?", '¿Existen fuentes alternativas de financiación (micromecenazgo, préstamos digitales, microfinanzas)?'],
    ['fin-women', 'Do women entrepreneurs have equal access to finance?', 'Les femmes entrepreneurs ont-elles un accès égal au financement ?', '¿Tienen las mujeres empresarias igualdad de acceso a la financiación?'],
    ['fin-development-partners', 'Do development partners fund e-commerce projects in the country?', 'Les partenaires de développement financent-ils des projets de commerce électronique dans le pays ?', '¿Financian los asociados para el desarrollo proyectos de comercio electrónico en el país?'],
  ],
};

export interface Questionnaire {
  version: string;
  questions: readonly Question[];
}

/** The current questionnaire: new assessments answer it. */
export const currentQuestionnaire: Questionnaire = {
  version: '2026-1',
  questions: policyAreaSlugs.flatMap((area) => byArea[area].map(([id, en, fr, es]) => ({ id, area, text: { en, fr, es } }))),
};

/** Every version assessments may have answered, by version id. */
export const questionnaires: ReadonlyMap<string, Questionnaire> = new Map([[currentQuestionnaire.version, currentQuestionnaire]]);

/** The questionnaire of a stored assessment (the current one for an unknown version, so old answers still show). */
export function questionnaireOf(version: string): Questionnaire {
  return questionnaires.get(version) ?? currentQuestionnaire;
}

/** A question's number as shown on the form: area number and position, e.g. "3.2". */
export function questionNumber(questionnaire: Questionnaire, id: string): string {
  const question = questionnaire.questions.find((q) => q.id === id);
  if (!question) return id;
  const inArea = questionnaire.questions.filter((q) => q.area === question.area);
  return `${policyAreaSlugs.indexOf(question.area) + 1}.${inArea.indexOf(question) + 1}`;
}

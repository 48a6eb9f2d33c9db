import type { seoEn } from './en.js';

/** Descripciones en español para los motores de búsqueda y las vistas previas de enlaces. */
export const seoEs: Record<keyof typeof seoEn, string> = {
  site: 'Asistencia técnica y financiera para el comercio electrónico en los países en desarrollo: asociados, soluciones, datos por país y eventos.',
  home: 'Encuentre la ayuda que los asociados ofrecen a los países en desarrollo para el comercio electrónico, y quién trabaja en su país.',
  search: 'Busque soluciones, recursos, asociados, países y eventos sobre el comercio electrónico para el desarrollo.',
  searchFor: 'Resultados para «{{q}}»: soluciones, recursos, asociados, países y eventos sobre el comercio electrónico para el desarrollo.',
  outcomes: '{{event}}: resultados y recomendaciones, y las acciones que los siguieron.',
  figures: '{{event}} en cifras: lo que publicaron los organizadores, con sus fuentes, y lo que calculó el hub.',
  ranking: 'El Índice de Comercio Electrónico B2C de la UNCTAD {{edition}}: la puntuación y el puesto de cada economía, con sus componentes, fuente y licencia.',
  request: '{{title}}: una solicitud de asistencia ({{country}}).',
  actionHistory: '{{country}}: cada cambio en el seguimiento de las acciones, quién lo registró y cuándo.',
  assessments: '{{country}}: autoevaluaciones del estado de preparación para el comercio electrónico por esfera de política, con la fecha de cada una.',
  matching: 'Cómo se relacionan las solicitudes de asistencia con los asociados, y qué pueden hacer después un punto focal y un asociado.',
};

import type { hubsEn } from './en.js';

/** Cadenas en español de las páginas de las esferas de política y de los filtros de listas. */
export const hubsEs: typeof hubsEn = {
  contents: 'En esta esfera',
  covers: {
    'readiness-assessment':
      'Abarca la evaluación del estado de preparación de un país para participar en el comercio electrónico y beneficiarse de él —como las evaluaciones del estado de preparación para el comercio electrónico de los países menos adelantados— y las estrategias nacionales de comercio electrónico, los planes de acción y los órganos de coordinación que se derivan de ellas.',
    'ict-infrastructure':
      'Abarca las redes de banda ancha y móviles, los puntos de intercambio de Internet, los centros de datos y los servidores seguros, el acceso universal a una conectividad asequible, y los servicios de TIC de los que dependen las empresas en línea.',
    'trade-logistics':
      'Abarca la entrega al comprador de los bienes adquiridos en línea: los procedimientos aduaneros y su automatización, las ventanillas únicas electrónicas, la facilitación del comercio, las redes postales y las direcciones, la entrega urgente, y la gestión de paquetes pequeños y devoluciones.',
    'payment-solutions':
      'Abarca cómo compradores y vendedores pagan y cobran en línea: cuentas y tarjetas, dinero móvil, pasarelas de pago y su interoperabilidad, pagos transfronterizos y remesas, y las normas que los hacen seguros y asequibles.',
    'legal-regulatory':
      'Abarca las leyes que generan confianza en el comercio en línea: transacciones y firmas electrónicas, protección del consumidor, protección de datos y privacidad, ciberdelincuencia, y tributación del comercio electrónico.',
    'skills-development':
      'Abarca el fomento de la capacidad y la asistencia técnica para los responsables de políticas, los emprendedores —entre ellos las mujeres y los jóvenes emprendedores— y las pequeñas empresas: cursos, aprendizaje en línea, mentoría y aprendizaje entre pares sobre el comercio electrónico y la economía digital.',
    'access-to-financing':
      'Abarca la financiación de las empresas de comercio electrónico y de los proyectos que construyen ecosistemas de comercio electrónico: subvenciones, préstamos, garantías, inversión en capital y de impacto, y financiación para el desarrollo.',
  },
  solutions: {
    title: 'Soluciones',
    none: 'Aún no hay ninguna solución en esta esfera.',
    all_one: 'La {{count}}\u00a0solución de esta esfera',
    all_other: 'Las {{count}}\u00a0soluciones de esta esfera',
  },
  resources: {
    title: 'Recursos',
    none: 'Aún no hay ningún recurso en esta esfera.',
    all_one: 'El {{count}}\u00a0recurso de esta esfera',
    all_other: 'Los {{count}}\u00a0recursos de esta esfera',
  },
  partners: {
    title: 'Asociados',
    none: 'Aún no hay asociados que trabajen en esta esfera.',
    browse: 'Ver todos los asociados',
    items_one: '({{count}}\u00a0solución o recurso)',
    items_other: '({{count}}\u00a0soluciones y recursos)',
    all_one: 'El {{count}}\u00a0asociado que trabaja en esta esfera',
    all_other: 'Los {{count}}\u00a0asociados que trabajan en esta esfera',
  },
  recommendations: {
    title: 'Recomendaciones',
    lead_one: 'Formuladas en eventos pasados; {{count}} de ellas cuenta con acciones de seguimiento por país.',
    lead_other: 'Formuladas en eventos pasados; {{count}} de ellas cuentan con acciones de seguimiento por país.',
    none: 'Aún no hay ninguna recomendación de un evento pasado en esta esfera.',
    pastEvents: 'Ver los eventos pasados',
    all_one: 'La {{count}}\u00a0recomendación de esta esfera, con las acciones que responden a ella',
    all_other: 'Las {{count}}\u00a0recomendaciones de esta esfera, con las acciones que responden a ellas',
    number: 'Recomendación {{number}}',
    answeredBy_one: 'Acción que responde a ella:',
    answeredBy_other: '{{count}}\u00a0acciones que responden a ella:',
    noAction: 'Aún no responde a ella ninguna acción de un seguimiento por país.',
    pageTitle: 'Recomendaciones: {{area}}',
    pageLead_one: '{{count}}\u00a0recomendación formulada en eventos pasados, por evento; {{answered}} cuentan con acciones de seguimiento por país, cada una con su estado.',
    pageLead_other: '{{count}}\u00a0recomendaciones formuladas en eventos pasados, por evento; {{answered}} cuentan con acciones de seguimiento por país, cada una con su estado.',
  },
  events: {
    title: 'Próximos eventos',
    none: 'No hay ningún evento próximo en esta esfera.',
    past: 'Eventos pasados de esta esfera',
    all_one: 'El {{count}}\u00a0evento próximo de esta esfera',
    all_other: 'Los {{count}}\u00a0eventos próximos de esta esfera',
  },
  indicators: {
    title: 'Indicadores',
    none: 'La plataforma aún no contiene cifras para esta esfera.',
    explorer: 'Abrir el explorador de indicadores',
    caption: '{{indicator}}, {{year}}: {{count}}\u00a0economías ({{source}}).',
    open: 'El valor de cada país, la tabla y las descargas en el explorador',
    mapDescription: 'Mapa mundial del indicador «{{indicator}}» en {{year}}: {{count}}\u00a0economías en cinco clases de aproximadamente el mismo número de economías cada una; el explorador de indicadores da cada valor.',
  },
  requests: {
    title: 'Solicitudes abiertas',
    none: 'No hay ninguna solicitud de asistencia abierta en esta esfera.',
    post: 'Publicar una solicitud',
    ask: 'Pedir ayuda a los asociados',
    all_one: 'La {{count}}\u00a0solicitud abierta de esta esfera',
    all_other: 'Las {{count}}\u00a0solicitudes abiertas de esta esfera',
  },
  facets: {
    showAll: 'Ver todo ({{count}})',
    worldwideHint: 'Ofrecido en todo el mundo',
    countryHint: 'Un país enumera lo que se ofrece a él, a su región o a su grupo de las Naciones Unidas; lo que se ofrece en todo el mundo se enumera aparte.',
  },
};

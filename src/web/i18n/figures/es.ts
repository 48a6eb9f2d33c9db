import type { FiguresCatalogue } from './en.js';

export const figuresEs: FiguresCatalogue = {
  title: 'De un vistazo',
  untagged: 'Sin esfera de política',
  participants: {
    name: 'Participantes',
    definition: 'Inscripciones confirmadas en el hub (sin la lista de espera ni las inscripciones canceladas). Los oradores y moderadores se cuentan aparte: nada vincula una inscripción con una persona del programa.',
  },
  countries: {
    name: 'Países representados',
    definition: 'Países distintos de los participantes confirmados y de las personas nombradas en el programa (sesiones no canceladas), contando solo aquellas cuyo país consta.',
  },
  developingShare: {
    name: 'De economías en desarrollo',
    definition: 'Proporción de participantes confirmados y personas del programa cuyo país registrado es una economía en desarrollo según la clasificación de la UNCTAD (economías desarrolladas, en transición y en desarrollo; la norma M49 de las Naciones Unidas ya no incluye una columna de países desarrollados/en desarrollo). Las personas sin país registrado quedan fuera de la base. No se desglosa para menos de {{threshold}} personas.',
  },
  people: {
    name: 'Personas en el programa',
    definition: 'Personas distintas nombradas en el programa de las sesiones no canceladas, sea cual sea su función (orador principal, presidente, moderador u orador). Una persona que participa en varias sesiones cuenta una vez.',
  },
  speakers: {
    name: 'Oradores',
    definition: 'Personas distintas nombradas como orador principal u orador en al menos una sesión no cancelada.',
  },
  moderators: {
    name: 'Presidentes y moderadores',
    definition: 'Personas distintas nombradas como presidente o moderador en al menos una sesión no cancelada. Una persona que también interviene cuenta aquí y entre los oradores.',
  },
  womenShare: {
    name: 'Mujeres',
    definition: 'Proporción de mujeres entre los participantes confirmados y las personas del programa que indicaron su género ellas mismas (o cuyo género indica la fuente). El género nunca se deduce de un nombre; las personas que no lo indicaron quedan fuera de la base. No se desglosa para menos de {{threshold}} personas.',
  },
  coOrganisers: {
    name: 'Asociados coorganizadores',
    definition: 'Organizaciones distintas que coorganizaron al menos una sesión no cancelada (un perfil del hub cuenta una vez, las demás organizaciones una vez por su nombre), junto con los asociados del evento.',
  },
  sessions: {
    name: 'Sesiones',
    definition: 'Sesiones del programa, sin contar las sesiones canceladas.',
  },
  recommendations: {
    name: 'Recomendaciones',
    definition: 'Recomendaciones numeradas registradas para las sesiones no canceladas.',
  },
  withheld: {
    'small-group': 'No se desglosa: menos de {{threshold}} personas ({{base}}).',
    'no-data': 'No hay datos registrados.',
  },
  calendar: {
    name: 'Eventos del E4D Hub',
    description: 'Eventos sobre comercio electrónico para el desarrollo publicados en el E4D Hub.',
    coOrganisers: 'Coorganizado por',
    people: 'Personas',
    online: 'En línea',
    more: 'Programa y detalles',
  },
  atom: {
    sample: 'Ejemplo',
    title: 'E4D Hub: nuevos eventos',
    subtitle: 'Los eventos más recientes sobre comercio electrónico para el desarrollo publicados en el E4D Hub.',
  },
};

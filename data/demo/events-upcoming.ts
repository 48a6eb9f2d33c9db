import type { EventSeed } from '../../src/features/events/types.js';

/**
 * Made-up upcoming events, so the demo's calendar, registration and programme pages have something to
 * show. None is real: each is marked `isSample`, its source says so, its titles start with "Sample" (or
 * the French and Spanish equivalents), and people, venues and addresses are fictional (example.org).
 * Dates are placed 3, 6, 10 and 16 weeks after `today` (UTC), so they stay upcoming whenever the demo loads.
 */
const source = 'E4D Hub sample event (not a real event)';

/** `today`'s UTC date plus a number of days, as YYYY-MM-DD. */
function utcDatePlus(today: Date, days: number): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days));
  return d.toISOString().slice(0, 10);
}

export function upcomingSampleEvents(today: Date): EventSeed[] {
  const webinarDay = utcDatePlus(today, 3 * 7);
  const bogotaDay = utcDatePlus(today, 6 * 7);
  const dakarFirst = utcDatePlus(today, 10 * 7);
  const dakarLast = utcDatePlus(today, 10 * 7 + 1);
  const trainingDay = utcDatePlus(today, 16 * 7);

  return [
    // Online, registration through an outside page.
    {
      slug: 'sample-webinar-mobile-money-cross-border',
      status: 'scheduled',
      attendanceMode: 'online',
      timeZone: 'Africa/Nairobi',
      startDate: webinarDay,
      startTime: '14:00',
      endDate: webinarDay,
      endTime: '15:30',
      onlineUrl: 'https://example.org/sample-webinar/join',
      organisers: ['itu'],
      partners: ['unctad'],
      policyAreas: ['payment-solutions', 'ict-infrastructure'],
      coverage: ['014'],
      languages: ['en'],
      registration: 'link',
      registrationUrl: 'https://example.org/sample-webinar/register',
      sourceLocale: 'en',
      source,
      isSample: true,
      text: {
        en: {
          title: 'Sample webinar: mobile money for small online sellers in East Africa',
          summary: 'A sample online event, made up to show how the hub lists webinars. It is not a real event and nobody will be there.',
          description:
            'This **sample** webinar shows how an online event appears on E4D Hub: its time in the organiser’s zone and in yours, a link to join, and a link to an outside registration page.\n\nThe imagined programme: how mobile money lets small sellers accept payments from other countries, and what regulators can do to make it cheaper.\n\n*E4D Hub sample event: not a real event.*',
        },
      },
    },

    // In person and online, in Spanish, in Latin America.
    {
      slug: 'muestra-taller-logistica-comercio-electronico',
      status: 'scheduled',
      attendanceMode: 'mixed',
      timeZone: 'America/Bogota',
      startDate: bogotaDay,
      startTime: '09:00',
      endDate: bogotaDay,
      endTime: '17:00',
      venue: 'Sede de ejemplo (ficticia)',
      city: 'Bogotá',
      country: 'COL',
      onlineUrl: 'https://example.org/muestra-taller/en-linea',
      organisers: ['upu'],
      partners: ['wco', 'unctad'],
      policyAreas: ['trade-logistics'],
      coverage: ['419'],
      languages: ['es'],
      registration: 'none',
      sourceLocale: 'es',
      source,
      isSample: true,
      text: {
        es: {
          title: 'Ejemplo: taller sobre la logística del comercio electrónico transfronterizo',
          summary: 'Evento de ejemplo, inventado para mostrar un evento presencial y en línea en español. No es un evento real.',
          description:
            'Este taller **de ejemplo** muestra cómo aparece en E4D Hub un evento que se celebra a la vez en una sala y en línea.\n\nEl programa imaginado: cómo los servicios postales y las aduanas pueden tramitar con rapidez los pequeños envíos del comercio electrónico, y qué aporta la facilitación del comercio a las mipymes.\n\n*Evento de ejemplo de E4D Hub: no es un evento real.*',
        },
        en: {
          title: 'Sample: workshop on cross-border e-commerce logistics',
          summary: 'A sample event, made up to show an in-person and online event in Spanish. It is not a real event.',
          description:
            'This **sample** workshop shows how E4D Hub presents an event held both in a room and online.\n\nThe imagined programme: how postal services and customs can clear small e-commerce parcels quickly, and what trade facilitation offers micro, small and medium-sized enterprises.\n\n*E4D Hub sample event: not a real event.*',
        },
      },
    },

    // In person, in French, in West Africa, over two days.
    {
      slug: 'exemple-atelier-preparation-commerce-electronique',
      status: 'scheduled',
      attendanceMode: 'offline',
      timeZone: 'Africa/Dakar',
      startDate: dakarFirst,
      startTime: '09:00',
      endDate: dakarLast,
      endTime: '17:00',
      venue: "Lieu d'exemple (fictif)",
      city: 'Dakar',
      country: 'SEN',
      organisers: ['unctad'],
      partners: ['eif'],
      policyAreas: ['readiness-assessment', 'skills-development'],
      coverage: ['SEN', '011'],
      languages: ['fr'],
      registration: 'none',
      sourceLocale: 'fr',
      source,
      isSample: true,
      text: {
        fr: {
          title: "Exemple : atelier national sur l'état de préparation au commerce électronique",
          summary: "Événement d'exemple, inventé pour montrer un événement en français sur deux jours. Ce n'est pas un événement réel.",
          description:
            "Cet atelier **d'exemple** montre comment E4D Hub présente un événement rédigé en français, sur deux journées.\n\nLe programme imaginé : présenter la démarche d'une évaluation de l'état de préparation au commerce électronique (eT Ready), puis en débattre avec les acteurs nationaux.\n\n*Événement d'exemple d'E4D Hub : ce n'est pas un événement réel.*",
        },
        en: {
          title: 'Sample: national workshop on e-commerce readiness',
          summary: 'A sample event, made up to show a two-day event written in French. It is not a real event.',
          description:
            'This **sample** workshop shows how E4D Hub presents an event written in French, over two days.\n\nThe imagined programme: an introduction to eTrade Readiness Assessments (eT Ready), then a discussion with national stakeholders.\n\n*E4D Hub sample event: not a real event.*',
        },
      },
      sessions: [
        {
          key: 'presentation-evaluation',
          date: dakarFirst,
          start: '09:30',
          end: '12:30',
          room: 'Salle A',
          type: 'workshop',
          title: "Exemple : qu'est-ce qu'une évaluation de l'état de préparation au commerce électronique ?",
          description: "Séance d'exemple : les sept piliers de l'initiative eTrade for all et la démarche d'une évaluation.",
        },
        {
          key: 'table-ronde-acteurs-nationaux',
          date: dakarLast,
          start: '09:30',
          end: '12:30',
          room: 'Salle A',
          type: 'panel',
          title: 'Exemple : table ronde des acteurs nationaux',
          description: "Séance d'exemple : priorités des administrations, des entreprises et de la société civile.",
        },
      ],
    },

    // In person, registration on the hub with a capacity, and a programme with speakers.
    {
      slug: 'sample-training-day-online-consumer-protection',
      status: 'scheduled',
      attendanceMode: 'offline',
      timeZone: 'Asia/Kathmandu',
      startDate: trainingDay,
      startTime: '09:00',
      endDate: trainingDay,
      endTime: '16:30',
      venue: 'Sample training centre (fictional)',
      city: 'Kathmandu',
      country: 'NPL',
      organisers: ['unctad'],
      partners: ['consumers-international'],
      policyAreas: ['legal-regulatory', 'skills-development'],
      coverage: ['NPL', 'ldc'],
      languages: ['en'],
      registration: 'built-in',
      capacity: 40,
      sourceLocale: 'en',
      source,
      isSample: true,
      text: {
        en: {
          title: 'Sample training day: online consumer protection for small businesses',
          summary: 'A sample event with 40 places to register for on the hub and a four-session programme. It is not a real event; the speakers are fictional.',
          description:
            'This **sample** training day shows registration on E4D Hub (40 places, then a waiting list) and a programme with speakers.\n\nThe imagined programme follows the United Nations Guidelines for Consumer Protection: clear information for buyers, fair dispute resolution, and trust online.\n\n*E4D Hub sample event: not a real event. The people named are fictional.*',
        },
      },
      sessions: [
        {
          key: 'welcome',
          date: trainingDay,
          start: '09:00',
          end: '09:30',
          room: 'Training room 1',
          type: 'opening',
          title: 'Sample: welcome and introductions',
          people: [{ name: 'Alex Example', title: 'Training coordinator (fictional)', organisation: 'Sample organisers', role: 'chair' }],
        },
        {
          key: 'consumer-rights-online',
          date: trainingDay,
          start: '09:30',
          end: '11:00',
          room: 'Training room 1',
          type: 'course',
          title: "Sample: consumers' rights online and what sellers must tell them",
          people: [
            { name: 'Robin Sample', title: 'Consumer protection officer (fictional)', organisation: 'Example consumer authority', role: 'speaker' },
          ],
        },
        {
          key: 'disputes-and-refunds',
          date: trainingDay,
          start: '11:30',
          end: '13:00',
          room: 'Training room 1',
          type: 'workshop',
          title: 'Sample: handling complaints, refunds and online disputes',
          people: [
            { name: 'Sam Placeholder', title: 'Mediator (fictional)', organisation: 'Example dispute resolution service', role: 'moderator' },
            { name: 'Jordan Demo', title: 'Owner of an online shop (fictional)', organisation: 'Example small business', role: 'speaker' },
          ],
        },
        {
          key: 'building-trust',
          date: trainingDay,
          start: '14:30',
          end: '16:30',
          room: 'Training room 1',
          type: 'panel',
          title: 'Sample: building trust with online buyers',
          people: [
            { name: 'Robin Sample', title: 'Consumer protection officer (fictional)', organisation: 'Example consumer authority', role: 'speaker' },
            { name: 'Jordan Demo', title: 'Owner of an online shop (fictional)', organisation: 'Example small business', role: 'speaker' },
          ],
        },
      ],
    },
  ];
}

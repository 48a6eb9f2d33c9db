import type { seoEn } from './en.js';

/** Descriptions en français pour les moteurs de recherche et les aperçus de liens. */
export const seoFr: Record<keyof typeof seoEn, string> = {
  site: 'Assistance technique et financière pour le commerce électronique dans les pays en développement : partenaires, solutions, données par pays et événements.',
  home: 'Trouvez l’aide que les organisations partenaires offrent aux pays en développement pour le commerce électronique, et qui est actif dans votre pays.',
  search: 'Recherchez des solutions, ressources, partenaires, pays et événements sur le commerce électronique pour le développement.',
  searchFor: 'Résultats pour « {{q}} » : solutions, ressources, partenaires, pays et événements sur le commerce électronique pour le développement.',
  outcomes: '{{event}} : résultats et recommandations, et les actions qui ont suivi.',
  figures: '{{event}} en chiffres : ce que les organisateurs ont publié, avec leurs sources, et ce que le hub a calculé.',
  ranking: 'L’indice B2C de la CNUCED {{edition}} : le score et le rang de chaque économie, avec ses composantes, sa source et sa licence.',
  request: '{{title}} : une demande d’assistance ({{country}}).',
  actionHistory: '{{country}} : chaque modification du suivi des actions, qui l’a enregistrée et quand.',
  assessments: '{{country}} : auto-évaluations de l’état de préparation au commerce électronique par domaine d’action, avec la date de chacune.',
  matching: 'Comment les demandes d’assistance sont rapprochées des partenaires, et ce qu’un point focal et un partenaire peuvent faire ensuite.',
};

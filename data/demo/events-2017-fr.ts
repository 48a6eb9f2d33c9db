import type { ProgrammeTranslation } from './events-2017.js';

/**
 * The 2017 programme in French: day themes, session titles, and each session's outcomes and
 * recommendations in the order of events-2017.ts (the lists must keep that order and length). UN
 * French wording (glossary: CNUCED, PMA, MPME, pays en développement, eTrade for all kept in English);
 * session titles are ours, the report giving them in English only.
 */
export const programmeFr: ProgrammeTranslation = {
  days: {
    '2017-04-25': 'Manifestations de haut niveau sur le commerce électronique au service du développement',
    '2017-04-27': 'Les micro, petites et moyennes entreprises (MPME) et les femmes dans le commerce électronique',
  },
  sessions: {
    'cybersecurity-and-cybercrime': {
      title: 'Cybersécurité et cybercriminalité : de nouveaux outils pour une meilleure cyberprotection',
      outcomes: [
        'Les participants sont convenus que des mesures s’imposent aux niveaux national et mondial : une coopération plus étroite entre les États et les autres parties prenantes ; un consensus sur des protocoles internationaux garantissant un cyberespace ouvert, sûr et fiable ; l’harmonisation des systèmes de justice pénale, par exemple autour de la Convention de Budapest du Conseil de l’Europe ; et un renforcement des capacités adapté aux besoins de chaque groupe de parties prenantes.',
        'Les réponses juridiques et réglementaires devraient incriminer les comportements en cause, renforcer les pouvoirs des services de répression et mettre en place des cadres de cybersécurité qui couvrent la prévention et permettent une défense active.',
      ],
    },
    'global-survey-internet-user-perceptions': { title: 'Enquête mondiale sur la perception des internautes' },
    'data-protection-and-development': { title: 'Protection des données, commerce électronique et développement' },
    'fintech-consumer-markets-competition': { title: 'L’essor des technologies financières et leurs effets sur les marchés de consommation et la concurrence' },
    'digital-trade-online-work-eca': { title: 'Commerce numérique et travail en ligne en Europe et en Asie centrale' },
    'data-flows-and-development': { title: 'Flux de données et développement : le point de vue de l’industrie mondiale' },
    'private-sector-priorities': { title: 'Les priorités du secteur privé pour le commerce électronique' },
    'e-commerce-in-africa': {
      title: 'Le commerce électronique en Afrique',
      outcomes: [
        'Si les processus de transaction et de logistique sur lesquels il repose ne s’améliorent pas, le commerce en ligne en Afrique restera sans doute cantonné aux populations les plus aisées des zones urbaines.',
      ],
    },
    'trade-logistics-new-challenges': {
      title: 'Commerce électronique et logistique commerciale : nouveaux défis et nouvelles perspectives pour le transport international et la facilitation des échanges',
      outcomes: [
        'Du point de vue du secteur privé, peu a été fait pour adapter les procédures douanières à l’essor des échanges des petites entreprises : les PME supportent des coûts fixes de mise en conformité plus élevés tout en ayant moins de moyens pour s’y conformer. Les banques de développement pourraient mettre sur pied des programmes de renforcement des capacités en matière de commerce électronique pour les pays intéressés et aider chaque économie à évaluer les effets nets de différents scénarios, y compris sur les exportations des PME.',
        'Autres mesures concrètes proposées : des partenariats public-privé exploitant les mégadonnées sur les envois du commerce électronique pour l’évaluation des risques douaniers (comme le programme ACAS), une mise en conformité simplifiée et un dédouanement accéléré pour les commerçants en ligne de confiance.',
        'Du point de vue du secteur public, le secteur doit automatiser la gestion de ses opérations commerciales mondiales, et il convient d’encourager un suivi fiable et en temps réel des commandes et de la logistique, afin que les clients et les équipes d’assistance puissent suivre chaque livraison jusqu’à la porte du client final.',
      ],
    },
    'inclusive-development-china': {
      title: 'Développement inclusif et commerce électronique : le cas de la Chine',
      outcomes: [
        'Pour une croissance inclusive du commerce électronique, les gouvernements devraient étendre la portée des plateformes numériques, encourager l’investissement privé dans la finance, les transactions, la logistique et le crédit, favoriser l’innovation, soutenir les MPME par des politiques budgétaires, financières et de prix appropriées, et instaurer un système de marché inclusif et équitable.',
        'Les organisations internationales et les gouvernements doivent améliorer la formation aux compétences numériques pour remédier au manque de talents dans le commerce électronique.',
      ],
    },
    'ministerial-friends-of-e-commerce': {
      title: 'Réunion ministérielle sur le commerce électronique au service du développement, organisée par les Amis du commerce électronique pour le développement',
      recommendations: [
        'Priorité de la feuille de route : définir des stratégies de préparation au commerce électronique.',
        'Priorité de la feuille de route : l’accès à l’infrastructure et aux services TIC.',
        'Priorité de la feuille de route : la logistique commerciale et la facilitation des échanges.',
        'Priorité de la feuille de route : les solutions de paiement électronique.',
        'Priorité de la feuille de route : la sécurité juridique et les cadres réglementaires.',
        'Priorité de la feuille de route : le renforcement des capacités et l’assistance technique.',
        'Priorité de la feuille de route : l’accès au financement.',
      ],
    },
    'youth-employment-digital-economy': {
      title: 'L’emploi des jeunes dans l’économie numérique',
      recommendations: [
        'Pour relever le défi du commerce électronique, la session a proposé de moderniser l’enseignement public dans les pays en développement et de combler l’écart de qualité entre enseignement public et privé, afin que les jeunes aient un accès égal à une éducation de qualité, notamment en sciences, technologie, ingénierie et mathématiques.',
        'Les jeunes ont aussi besoin d’une formation à l’utilisation des réseaux sociaux pour le commerce électronique et, dans les pays non anglophones, de bons programmes d’apprentissage des langues, pour passer de l’école à l’emploi dans une économie numérique connectée et en rapide mutation.',
        'Autoriser les paiements électroniques transfrontières, promouvoir les transactions en ligne et financer l’innovation dans les plateformes de paiement numérique ont été reconnus comme des priorités, afin que toutes les composantes de la société, y compris les jeunes, aient un accès égal aux produits et des chances égales de créer et de développer une entreprise.',
      ],
    },
    'g20-digital-economy': {
      title: 'Économie numérique du G20 : façonner la numérisation pour un monde interconnecté, et priorités du G20 en matière de commerce numérique',
    },
    'launch-etrade-for-all-platform': { title: 'Lancement de la plateforme en ligne eTrade for all' },
    'high-level-digital-transformation-for-all': {
      title: 'Manifestation de haut niveau : la transformation numérique pour tous, donner les moyens d’agir aux entrepreneurs et aux petites entreprises',
      outcomes: [
        'Un large fossé s’est creusé entre les pays et les entreprises capables de saisir les possibilités du numérique et ceux qui ne le peuvent pas. Les plateformes et les règles du commerce mondial favorisent les grandes entreprises et laissent peu de place aux petites et moyennes entreprises, qui représentent environ 80 % de l’ensemble des entreprises, en particulier aux jeunes entrepreneurs, aux femmes d’affaires et aux entrepreneurs d’autres groupes vulnérables.',
        'Jack Ma a exhorté les décideurs à créer un environnement favorable dans lequel les petites entreprises et les jeunes puissent prendre une part effective au commerce électronique, qui crée des emplois et des débouchés pour les jeunes entrepreneurs des pays en développement, et il a encouragé les jeunes qui veulent entreprendre à oser, à accepter le changement et à adopter les nouvelles technologies.',
      ],
    },
    'digital-commerce-course-kickstart': {
      title: 'Lancement du cours sur le commerce numérique : fonctionnement de l’Internet et modèles d’affaires',
    },
    'ldc-etrade-readiness': {
      title: 'Session spéciale sur l’évaluation de l’état de préparation au commerce électronique des pays les moins avancés',
      recommendations: [
        'Aider les PMA à faire le point sur leur état de préparation au commerce électronique en réalisant d’autres évaluations (eT Ready) dans le cadre de l’initiative eTrade for all.',
        'Intensifier la mobilisation des ressources pour saisir la fenêtre ouverte en 2017 par la présidence allemande du G20, l’Examen global de l’Aide pour le commerce et la onzième Conférence ministérielle de l’OMC.',
        'Aider les PMA à mobiliser des ressources au niveau local pour donner suite aux constatations, aux conclusions et à la matrice d’actions de leur évaluation de l’état de préparation au commerce électronique.',
        'Poursuivre le dialogue avec toutes les parties prenantes au moyen de la plateforme eTrade for all, en donnant accès aux autres travaux de la CNUCED liés aux TIC.',
        'Intensifier les partenariats au sein de l’initiative eTrade for all et associer davantage les parties prenantes nationales concernées au dialogue sur le commerce électronique et les TIC, par l’intermédiaire des comités directeurs nationaux.',
        'Continuer à contribuer aux activités de l’initiative eTrade for all en apportant savoir-faire technique, informations à jour et bonnes pratiques.',
        'Consacrer des ressources de l’Aide pour le commerce au développement d’écosystèmes de commerce électronique dans les PMA.',
        'Partager les informations sur les dons, prêts, projets et programmes susceptibles de soutenir le développement des PME et des entreprises dans les PMA, tels que les incubateurs et la défense des intérêts des entreprises.',
      ],
      outcomes: [
        'Les évaluations de l’état de préparation au commerce électronique offrent aux PMA un point d’entrée et une vue d’ensemble de la situation de leur pays, mais leur mise en œuvre est décisive. Les gouvernements des PMA ont besoin des infrastructures matérielles et immatérielles d’un environnement favorable, avec des cadres politiques, juridiques et réglementaires renforcés et des stratégies de commerce électronique adaptées.',
        'Les PME sont un moteur de l’innovation et de la création de valeur. Parmi les formes qu’a prises la participation du secteur privé au développement du commerce électronique, les partenariats public-privé sont les plus prometteurs pour en bâtir les fondations, et les partenariats avec les grands acteurs ont donné des résultats très positifs.',
        'Le Cadre intégré renforcé (CIR) a réaffirmé son soutien au moyen de son Étude diagnostique sur l’intégration du commerce (EDIC), notamment pour les TIC, la réforme de la réglementation et le développement des PME. Il est prêt à aider à concevoir des propositions de projets qui renforcent les capacités productives numériques, en s’appuyant sur des projets de portails commerciaux et d’infrastructures de commerce électronique comme celui du Bhoutan ; à se tourner vers de nouveaux donateurs non traditionnels, tels que la Banque islamique de développement ; à financer d’autres évaluations de l’état de préparation au commerce électronique des PMA par des dons pour des études de faisabilité et la formulation de projets ; et, dans chaque pays, à aider à intégrer le commerce et le commerce électronique dans les programmes nationaux de développement et les stratégies sectorielles.',
        'Après la publication et le bon accueil des évaluations du Cambodge et du Bhoutan, le CIR et l’Allemagne ont annoncé de nouveaux financements pour d’autres évaluations du commerce électronique dans les PMA, dont le Libéria et le Samoa.',
      ],
    },
    'trade-investment-promotion-digital-disruption': {
      title: 'Promotion du commerce et de l’investissement : à la croisée des chemins de la disruption numérique',
    },
    'trade-policy-mc11-lunch': {
      title: 'Optimiser la politique commerciale pour le commerce électronique : considérations pour la CM11 et au-delà',
    },
    'consumer-protection': {
      title: 'Commerce électronique et protection des consommateurs',
      recommendations: [
        'Offrir aux consommateurs en ligne un niveau de protection qui ne soit pas inférieur à celui dont ils bénéficient hors ligne.',
        'Revoir les politiques existantes pour tenir compte des particularités du commerce électronique.',
        'Fournir des informations claires sur les droits et les obligations des entreprises et des consommateurs.',
        'Mener des programmes d’éducation et d’information des consommateurs et des entreprises qui couvrent le commerce électronique.',
        'Promouvoir les bonnes pratiques commerciales en ligne.',
        'Mettre en place des systèmes de règlement des litiges équitables, efficaces, transparents et impartiaux, en particulier de règlement en ligne des litiges.',
        'Veiller à ce que les fournisseurs en ligne proposent des produits sûrs.',
        'Promouvoir la coopération internationale pour l’élaboration des politiques de protection des consommateurs en ligne et pour leur application.',
        'Mettre en œuvre les Principes directeurs des Nations Unies pour la protection du consommateur : la principale priorité retenue pour aider les pays en développement à mieux protéger les consommateurs en ligne.',
        'Revoir et mettre à jour les cadres juridiques et institutionnels pour tenir compte du commerce électronique.',
        'Renforcer les capacités des parties prenantes concernées en matière de protection des consommateurs en ligne.',
        '« Mettre les réseaux en réseau » et approfondir la coopération internationale.',
        'Éduquer et sensibiliser les consommateurs et les entreprises.',
        'Encourager les mécanismes qui renforcent la confiance en ligne.',
      ],
    },
    'payment-solutions': {
      title: 'Solutions de paiement pour le commerce électronique',
      recommendations: [
        'Tirer parti de la souplesse dans le traitement des différents types de paiement pour faciliter les transferts internationaux, comme la facilité réglementaire qui permet les transactions par carte de crédit sans formulaires ni autorisations des autorités pour chaque transaction.',
        'Instaurer des procédures unifiées de mise en conformité réglementaire pour les intermédiaires financiers et les opérateurs de monnaie mobile, notamment aux fins de la connaissance du client (KYC) et de la lutte contre le blanchiment d’argent : les autorisations multiples de différents organismes sont autant d’obstacles.',
        'Traiter les différents systèmes de paiement de façon technologiquement neutre, avec des chances égales d’accès aux marchés.',
        'Investir tôt et durablement dans la relation avec les systèmes réglementaires internationaux : un risque plus élevé signifie des coûts plus élevés.',
        'Les décideurs nationaux devraient permettre l’innovation dans leur pays tout en visant d’emblée la compatibilité internationale.',
        'Tendre vers des services d’identité numérique auxquels tous les prestataires de services de paiement puissent se référer, en tenant compte de la vie privée et de la protection des données.',
        'Réfléchir soigneusement à la gestion d’une identité unique pour le commerce des PME et les transactions B2C.',
        'Exploiter les sources de données numériques pour établir la connaissance du client et l’identité, ce qui réduit les coûts, les délais et les possibilités de détourner le système.',
        'Viser moins de 15 minutes entre l’émission d’un paiement et son exécution, et remonter la chaîne pour repérer les goulets d’étranglement qui s’y opposent.',
        'Faciliter la conclusion d’affaires sur les réseaux sociaux et le paiement par le plus grand nombre de canaux possible : se placer du point de vue du client.',
        'Rendre l’interopérabilité des moyens de paiement obligatoire et non facultative.',
        'Les gouvernements devraient examiner comment les technologies financières peuvent aider le secteur à se développer et à innover, plutôt que de n’être qu’un prolongement de l’activité bancaire.',
        'Créer des systèmes régionaux et continentaux d’information sur le crédit ; des agréments transfrontières réduiraient les coûts, et la reconnaissance mutuelle des systèmes de crédit serait un bon début.',
        'Rendre les réglementations interopérables, ce qui compte d’autant plus que le volume des transactions transfrontières augmente.',
      ],
    },
    'gender-dimension': {
      title: 'La dimension de genre du commerce électronique',
      recommendations: [
        'Créer un réseau de femmes entrepreneurs du commerce électronique dans les pays en développement.',
        'Diffuser les bonnes pratiques et donner aux femmes entrepreneurs accès à des modèles, notamment pour développer leur entreprise et atteindre les marchés d’exportation.',
        'Produire des données ventilées par sexe.',
      ],
      outcomes: [
        'Les femmes entrepreneurs en particulier ont demandé des réseaux, du mentorat et des modèles, hommes et femmes. Les organisations internationales peuvent y contribuer en créant un environnement favorable à un commerce électronique inclusif, en recueillant et en diffusant les bonnes pratiques et en mettant les entrepreneurs en relation avec des modèles ; l’initiative eTrade for all pourrait accueillir un réseau où les femmes entrepreneurs du commerce électronique échangent, apprennent, et offrent et reçoivent du mentorat.',
        'Les intervenants ont demandé à plusieurs reprises des données ventilées par sexe plus nombreuses et de meilleure qualité sur le commerce électronique. Dans le cadre de l’initiative eTrade for all, les organisations internationales peuvent travailler avec les gouvernements, le secteur privé et les milieux universitaires pour mesurer la participation des femmes au commerce électronique, en améliorant la disponibilité, la comparabilité et la qualité des statistiques officielles du commerce et des TIC ventilées par sexe : de meilleures données permettront de meilleures politiques.',
      ],
    },
    'better-measurement': {
      title: 'Vers une meilleure mesure du commerce électronique',
      outcomes: [
        'De nombreuses données existent déjà sur bien des éléments de l’état de préparation au commerce électronique ; la difficulté est de mesurer la valeur du commerce électronique lui-même. Les lacunes importantes comprennent le manque de données officielles sur le commerce électronique dans les pays en développement et la rareté des mesures du commerce électronique entre entreprises et du commerce électronique transfrontière (par opposition au commerce intérieur). Les données privées ont beaucoup à apporter, mais il n’est ni facile ni bon marché pour tous d’y accéder.',
      ],
      recommendations: [
        'Utiliser davantage les enquêtes existantes sur l’activité économique et les déclarations en douane pour recueillir des données sur le commerce électronique, en y ajoutant quelques questions.',
        'Exploiter de manière créative les données recueillies par le secteur privé, notamment les « mégadonnées » détenues par les entreprises financières et de transport et par les plateformes de commerce en ligne, ainsi que les données postales, pour alimenter la collecte de données publiques.',
        'Dégager davantage de ressources pour renforcer la capacité des services statistiques des pays en développement à recueillir des données sur le commerce électronique.',
        'Poursuivre le partenariat entre toutes les parties prenantes concernées sur le programme de mesure.',
      ],
    },
    'trade-rules-msmes-lunch': {
      title: 'Les règles commerciales du commerce électronique peuvent-elles aider les MPME des pays en développement ?',
      outcomes: [
        'Les règles commerciales peuvent aider les MPME des pays en développement à mieux tirer parti des possibilités du commerce électronique. Les pays en développement ont déjà souscrit à de nombreuses règles et disciplines commerciales relatives au commerce électronique, qui ont contribué à leur croissance et à leur développement.',
        'Les gouvernements devraient tenir compte des préoccupations et des intérêts des MPME en matière de commerce électronique lorsqu’ils participent à des négociations commerciales.',
      ],
    },
    'internet-futures': { title: 'L’avenir de l’Internet (projet Internet Futures de l’ISOC)' },
    'smes-in-e-commerce': {
      title: 'Favoriser la participation des petites et moyennes entreprises au commerce électronique',
      recommendations: [
        'Harmoniser les réglementations (impôts, droits de douane, obstacles non tarifaires) et les rendre plus favorables aux entreprises.',
        'Associer les petites entreprises à l’élaboration des politiques.',
        'Recourir aux partenariats public-privé.',
        'Trouver des solutions pratiques, comme des entités étrangères détenues collectivement par des PME de pays en développement, qui donnent un accès partagé aux paiements internationaux, à la logistique et à la représentation juridique et fiscale.',
        'Créer des guichets uniques qui donnent aux PME toutes les informations nécessaires pour commercer par des canaux numériques (par exemple sur les règles de minimis).',
        'Renforcer les capacités au moyen de formations en ligne.',
        'Contribuer à créer un environnement plus stable pour les petits entrepreneurs indépendants qui souhaitent se lancer dans le commerce électronique.',
        'Améliorer l’accès au financement.',
        'Soutenir la création de coopératives par lesquelles les PME partagent coûts et informations.',
        'Les décideurs doivent mieux comprendre et mieux faire connaître le potentiel du commerce électronique.',
        'Utiliser des plateformes en ligne (telles qu’eBay et Etsy) qui aident à connecter les non-connectés, par exemple en donnant un accès partagé à l’information.',
        'Recourir à des solutions telles que la résidence électronique (e-Residency), qui donne aux entrepreneurs une identité numérique pour diriger une entreprise depuis l’étranger.',
      ],
    },
    'trade-logistics-new-solutions': {
      title: 'Commerce électronique et logistique commerciale : nouvelles solutions pour le transport international et la facilitation des échanges',
      outcomes: [
        'Le commerce électronique est porté par la technologie et freiné par la tradition. Ses obstacles ressemblent beaucoup aux obstacles traditionnels, mais le nombre d’envois et l’exigence de rapidité les ont accentués ; une mise en œuvre effective de l’Accord de l’OMC sur la facilitation des échanges (AFE), dont les dispositions modernisent les procédures douanières et simplifient les processus, peut largement contribuer à les lever.',
        'L’AFE est nécessaire mais pas suffisant : aller au-delà de la simple conformité juridique suppose une approche couvrant l’ensemble de la chaîne d’approvisionnement, à chaque étape d’une transaction commerciale internationale, avec un échange et une analyse des données en temps réel entre commerçants, administrations douanières et prestataires de services logistiques.',
        'Les décideurs devraient voir dans ces facteurs des occasions d’adopter le commerce électronique et créer les conditions (telles que l’alignement des normes), les procédures et les ressources qui lui permettent de prospérer, en plaçant les PME au cœur de leurs interventions.',
      ],
    },
    'broadband-connectivity': {
      title: 'La connectivité à haut débit au service du commerce électronique',
      recommendations: [
        'Politiques : réformer les politiques des TIC pour l’économie numérique, en décloisonnant les administrations ainsi que les secteurs et technologies qui convergent ; encourager les gouvernements des pays en développement à se doter d’une vision claire de la connectivité universelle comme plateforme et à en faire une priorité ; fournir aux gouvernements et aux utilisateurs une assistance technique et un renforcement des capacités multipartites pour mettre en œuvre les politiques ; maintenir des politiques et réglementations propices à l’investissement intérieur et étranger, dans un marché des télécommunications ouvert, transparent et équitable ; envisager des engagements au titre du Document de référence sur les services de télécommunication ; réunir toutes les parties autour de la table, y compris dans les discussions sur le commerce électronique à l’OMC ; et évaluer les mesures d’accessibilité financière de manière globale, la croissance qu’apporte la connectivité universelle compensant la perte de recettes à court terme d’un ministère.',
        'Investissement et financement : associer des acteurs qui ne participent pas encore au processus, tels que les banques régionales de développement et d’autres institutions multilatérales de financement ; promouvoir le dialogue entre les ministères chargés des TIC, des finances et du commerce ; faire en sorte que l’appui des donateurs aux projets de connectivité respecte les particularités de chaque pays tout en reconnaissant les points communs ; rendre le haut débit plus abordable, par exemple en réduisant les taxes et droits d’importation sur les équipements et services de télécommunication et TIC, en partageant les infrastructures et en gérant le spectre ; envisager d’adhérer à l’Accord sur les technologies de l’information élargi ; et encourager l’investissement public et privé, la connectivité à haut débit étant un bien social.',
        'Coopération : nul ne peut relever seul ces défis, et l’Internet n’a pas de frontières. Partager les bonnes pratiques, domaine où les organisations intergouvernementales et des forums comme la Semaine du commerce électronique jouent un rôle important, et renforcer la coopération entre entreprises privées, gouvernements, organisations internationales et institutions multipartites, avec de nouveaux modèles pour réunir les partenaires, de nouveaux partenariats public-privé entre secteurs et au-delà du cloisonnement des TIC, et des idées et modèles d’affaires nouveaux.',
      ],
    },
    'single-window': {
      title: 'Le guichet unique, levier du développement du commerce électronique',
      outcomes: [
        'Le groupe a lancé le guide actualisé de mise en œuvre du guichet unique de l’Alliance africaine pour le commerce électronique (AACE). Il guide les gouvernements dans les étapes pratiques de la planification et du déploiement des projets de guichet unique, en s’appuyant sur les recommandations du Centre des Nations Unies pour la facilitation du commerce et les transactions électroniques (CEFACT-ONU).',
      ],
    },
    'key-outcomes-way-forward': {
      title: 'Principaux résultats et suite à donner',
      outcomes: [
        'Les débats de la Semaine alimentent plusieurs processus qui soutiennent le renforcement des capacités des pays en développement : l’Examen de l’Aide pour le commerce de l’OMC (juillet 2017), les discussions plus larges sur le commerce électronique, le commerce et le développement, et la première réunion du Groupe intergouvernemental d’experts du commerce électronique et de l’économie numérique de la CNUCED (4-6 octobre 2017). Ils ont aussi fourni des données, des études de cas et des analyses de politiques pour des rapports de recherche, ainsi que de nouveaux partenariats pour renforcer les capacités des pays en développement.',
        'En clôturant la Semaine, la présidente a souligné que la seule façon d’être à la hauteur pour apporter aux pays en développement l’appui dont ils ont besoin afin de libérer le potentiel de développement du commerce électronique, dans toutes ses dimensions, est de travailler ensemble : relier les initiatives entre elles pour utiliser au mieux des ressources limitées, atteindre une masse critique et accélérer les progrès vers les objectifs de développement durable.',
      ],
    },
  },
};

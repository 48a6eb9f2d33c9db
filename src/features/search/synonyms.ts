/**
 * Words and phrases that mean the same thing to someone searching the hub, in English, French and
 * Spanish (UN wording: docs/glossary-en-fr-es.md). A query that contains one phrase of a group finds
 * what any phrase of the group finds (decision 021). One group per line; a phrase is matched on its
 * words, accents and case ignored, singular and plural alike.
 *
 * To extend: add a phrase to its group, or a new group, and a line to synonyms.test.ts if the
 * group is new. Keep groups narrow (things a visitor would accept as the same), and leave out words
 * that alone match most of the catalogue ("e-commerce", "digital"): they only slow the search down.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  ['mobile money', 'e-wallet', 'electronic wallet', 'digital wallet', 'mobile wallet', 'monnaie mobile', 'monnaie électronique', 'argent mobile', 'porte-monnaie électronique', 'dinero móvil', 'dinero electrónico', 'billetera móvil', 'billetera electrónica', 'monedero electrónico'],
  ['MSME', 'SME', 'small business', 'small and medium-sized enterprise', 'MPME', 'PME', 'petite entreprise', 'pyme', 'mipyme', 'pequeña empresa'],
  ['e-signature', 'electronic signature', 'digital signature', 'signature électronique', 'signature numérique', 'firma electrónica', 'firma digital'],
  ['single window', 'guichet unique', 'ventanilla única'],
  ['data protection', 'personal data', 'protection des données', 'données personnelles', 'protección de datos', 'datos personales'],
  ['consumer protection', 'protection du consommateur', 'protection des consommateurs', 'protección del consumidor', 'protección de los consumidores'],
  ['cybercrime', 'cybercriminalité', 'ciberdelincuencia', 'ciberdelito'],
  ['cyberlaw', 'cyberlégislation', 'ciberlegislación'],
  ['remittance', 'transfert de fonds', 'remesa'],
  ['broadband', 'haut débit', 'banda ancha'],
  ['trade facilitation', 'facilitation des échanges', 'facilitation du commerce', 'facilitación del comercio'],
  ['financial inclusion', 'inclusion financière', 'inclusión financiera'],
  ['digital identity', 'digital ID', 'identité numérique', 'identidad digital'],
  ['LDC', 'least developed country', 'PMA', 'pays les moins avancés', 'países menos adelantados'],
  ['youth', 'young people', 'jeunes', 'jeunesse', 'jóvenes', 'juventud'],
  ['women', 'woman', 'femme', 'mujer'],
];

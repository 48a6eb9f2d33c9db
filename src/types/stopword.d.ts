// stopword ships no types; only the lists the hub uses are declared.
declare module 'stopword' {
  export const eng: string[];
  export const fra: string[];
  export const spa: string[];
}

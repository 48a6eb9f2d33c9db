/** Joins Markdown blocks (paragraphs, lists) with a blank line; empty blocks are left out. */
export const md = (...blocks: string[]): string => blocks.filter(Boolean).join('\n\n');

/** One thing wrong with an import file: where (a line of the file, or null for the file as a whole) and why, in English. */
export interface ImportProblem {
  line: number | null;
  message: string;
}

/** A report keeps this many problems; a file with more wrong rows says how many were left out. */
const keptProblems = 1000;

/** Problems found while reading a file; an import goes ahead only when there are none. */
export class ProblemList {
  readonly items: ImportProblem[] = [];
  count = 0;

  add(line: number | null, message: string): void {
    this.count += 1;
    if (this.items.length < keptProblems) this.items.push({ line, message });
  }

  get empty(): boolean {
    return this.count === 0;
  }

  /** Throws an ImportError when anything was found. */
  throwIfAny(): void {
    if (!this.empty) throw new ImportError(this.items, this.count);
  }
}

/** An import that was refused: nothing was written. `problems` lists why, by line. */
export class ImportError extends Error {
  readonly problems: ImportProblem[];
  /** How many problems were found; `problems` keeps the first thousand. */
  readonly total: number;

  constructor(problems: ImportProblem[], total = problems.length) {
    const sorted = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    super(formatProblems(sorted, total));
    this.name = 'ImportError';
    this.problems = sorted;
    this.total = total;
  }
}

export function fileProblem(message: string): ImportError {
  return new ImportError([{ line: null, message }]);
}

/** The report a person reads: one problem a line, with the line number of the file. */
export function formatProblems(problems: readonly ImportProblem[], total = problems.length): string {
  const lines = problems.map((p) => (p.line === null ? p.message : `line ${p.line}: ${p.message}`));
  if (total > problems.length) lines.push(`… and ${total - problems.length} more problems`);
  const head = total === 1 ? 'The import was refused (1 problem); nothing was imported.' : `The import was refused (${total} problems); nothing was imported.`;
  return [head, ...lines].join('\n');
}

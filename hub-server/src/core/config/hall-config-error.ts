/** One problem found in a hall config file, in words an administrator can act on. */
export interface HallConfigIssue {
  /** Where the problem is, as written in the file: `services[3].prefix`; empty for the whole file. */
  path: string;
  /** Why it is wrong, in plain English words. */
  message: string;
  /** Why it is wrong, in Vietnamese (the admin console shows it first). */
  vi: string;
  /** 1-based line in the file, when it could be found. */
  line?: number;
}

/**
 * Thrown when a hall config cannot be read, parsed or validated. The message
 * lists every problem (not only the first), so one edit fixes them all: each
 * in English, with its Vietnamese on the line under it.
 */
export class HallConfigError extends Error {
  readonly file: string;
  readonly issues: readonly HallConfigIssue[];

  constructor(file: string, issues: readonly HallConfigIssue[]) {
    super(formatHallConfigIssues(file, issues));
    this.name = 'HallConfigError';
    this.file = file;
    this.issues = issues;
  }
}

function formatHallConfigIssues(file: string, issues: readonly HallConfigIssue[]): string {
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  const lines = issues.flatMap((issue) => {
    const where = [issue.path, issue.line === undefined ? '' : `(line ${issue.line})`].filter(Boolean).join(' ');
    const whereVi = [issue.path, issue.line === undefined ? '' : `(dòng ${issue.line})`].filter(Boolean).join(' ');
    return [`  - ${where ? `${where}: ` : ''}${issue.message}`, `    ${whereVi ? `${whereVi}: ` : ''}${issue.vi}`];
  });
  return [`Tệp cấu hình không hợp lệ / Hall config is not valid: ${file} (${count})`, ...lines].join('\n');
}

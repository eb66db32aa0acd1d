/** One problem found in a mission document, with where it is. */
export interface ValidationIssue {
  /** Where, as in `contributors[2].personnel[0].count`; empty for the document itself. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/** `events[3].date: expected …`, the line an editor reads. */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.path || '(document)'}: ${issue.message}`;
}

import { formatIssue, type ValidationIssue } from './issues.js';

export type MissionDataErrorKind = 'network' | 'http' | 'timeout' | 'too-large' | 'json' | 'invalid';

/** Why a mission document could not be used, with every validator message when it was invalid. */
export class MissionDataError extends Error {
  override readonly name = 'MissionDataError';

  constructor(
    readonly kind: MissionDataErrorKind,
    message: string,
    /** Where the data came from: its URL, `inline` or `default`. */
    readonly origin: string,
    readonly issues: readonly ValidationIssue[] = [],
  ) {
    super(message);
  }

  /** One line per problem, as a developer wants them in the console. */
  get messages(): string[] {
    const errors = this.issues.filter((issue) => issue.severity === 'error');
    return [`${this.origin}: ${this.message}`, ...errors.map(formatIssue)];
  }
}

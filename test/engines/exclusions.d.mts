export type Engine = 'chromium' | 'firefox' | 'webkit';
export interface Exclusion {
  file: string;
  title: string;
  engines: Engine[];
  reason: string;
}
export const EXCLUSIONS: Exclusion[];
export const ENGINES: Engine[];
export function engineOf(userAgent: string): Engine;
export function exclusionFor(engine: Engine, file: string, fullTitle: string): Exclusion | undefined;

import type { LoadedMission } from '../data/load.js';

/**
 * What screen readers hear once after a refresh brought a new version of the mission a widget
 * shows (politely; never on its first render, nor when its source changed): the sentence
 * `say(previous, next)` makes of it, until the next version. A sentence holding data texts in
 * another language than the widget's comes as the template that marks them (`marked`), as the
 * sentence shown does.
 */
export class RefreshAnnouncer {
  /** The last refresh's sentence (a string or its template), or `''`. */
  sentence: unknown = '';
  private shown?: LoadedMission;

  constructor(private readonly say: (previous: LoadedMission, next: LoadedMission) => unknown) {}

  /** Before each render, with the mission the widget shows now (or none). */
  show(mission: LoadedMission | undefined): void {
    const previous = this.shown;
    if (mission === previous) return;
    this.shown = mission;
    this.sentence =
      previous && mission && previous.origin === mission.origin ? this.say(previous, mission) : '';
  }
}

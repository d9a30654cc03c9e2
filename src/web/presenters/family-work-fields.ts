// How the chronology shows the fields of working with the family: a stage's signs in the pack's words,
// a review's progress on each goal by the goal's own words, a goal's due day, and the summary given as
// the family read it.
import type { CaseFile } from '../../domain/case-file.js';
import type { Entry } from '../../domain/entries.js';
import { progressLabels, stageOfChangeLabels } from '../../domain/family-work.js';
import { packFor } from '../../domain/packs/index.js';
import { ukDate } from '../uk-dates.js';

/** The field in words, or undefined for a field this module does not word. */
export function familyWorkField(entry: Entry, field: string, file: CaseFile): string | undefined {
  if (entry.kind === 'stage-of-change') {
    if (field === 'stage') return stageOfChangeLabels[entry.stage];
    if (field === 'indicators') {
      const signs = packFor(file.case.pack).familyWork.stagesOfChange[entry.stage].indicators;
      return (entry.indicators ?? []).map((id) => signs.find((s) => s.id === id)?.text ?? id).join('; ');
    }
  }
  if (entry.kind === 'plan-review') {
    if (field === 'progress') return progressLabels[entry.progress];
    if (field === 'goals') {
      const goalText = (id: string) => {
        const goal = file.entries.find((e) => e.id === id);
        return goal?.kind === 'goal' ? goal.goal : id;
      };
      return (entry.goals ?? [])
        .map((g) => `${goalText(g.goal)}: ${progressLabels[g.progress].toLowerCase()}`)
        .join('; ');
    }
  }
  // A goal is due on a day, not at a moment.
  if (entry.kind === 'goal' && field === 'due' && entry.due) return ukDate(entry.due);
  if (entry.kind === 'contact' && field === 'summary' && entry.summary)
    return Object.values(entry.summary).filter(Boolean).join(' ');
  return undefined;
}

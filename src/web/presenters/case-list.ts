// A row of "My cases" or "Team cases": the worst finding as a tag, and the findings by their pack's titles.
import { packFor } from '../../domain/packs/index.js';
import type { CaseSummary } from '../../services/case-lists.js';
import { severityTags } from './findings.js';

export interface CaseRowView extends CaseSummary {
  tag: { text: string; classes: string } | null;
  findingTitles: string[];
  /** Why the worst finding holds, in the engine's words. */
  why: string | null;
  stageName: string;
}

export function presentCaseRows(cases: readonly CaseSummary[]): CaseRowView[] {
  return cases.map((summary) => {
    const pack = packFor(summary.pack);
    const titles = [...new Set(summary.findings.map((f) => pack.findings[f.code].title))];
    return {
      ...summary,
      tag: summary.worstSeverity ? severityTags[summary.worstSeverity] : null,
      findingTitles: titles,
      why: summary.findings[0]?.explanation ?? null,
      stageName: pack.pathway.find((p) => p.stage === summary.stage)?.name ?? summary.stage,
    };
  });
}

// The meeting pack: what the professionals around the table need in front of them (MK 5.1.20: pool what
// is known; SX 1.7.21: share and plan). The case in brief, what needs attention, the engagement
// chronology (contacts and meetings only, newest first, each as its latest correction says), the
// actions already agreed, and who is involved.
import { meetingActions } from '../../domain/meetings.js';
import { agencyTypeLabels } from '../../domain/labels.js';
import type { Pack } from '../../domain/packs/types.js';
import { toUkDate } from '../../domain/time.js';
import type { CaseOverview } from '../../services/cases.js';
import type { ChronologyItem } from '../../domain/chronology.js';
import { ukDateTime } from '../uk-dates.js';
import { chronologyPage, listedEntries, presentListed, type ChronologyPage } from './chronology.js';
import { presentFindings, type FindingView } from './findings.js';
import { presentActions, type ActionView } from './meeting-actions.js';

export interface PackEntry {
  id: string;
  at: string;
  title: string;
  by: string;
  details: string;
  corrected: boolean;
}

export interface MeetingPack {
  summary: { key: { text: string }; value: { text: string } }[];
  findings: FindingView[];
  /** A page of the engagement chronology, or all of it when the whole pack is asked for (to print). */
  chronology: PackEntry[];
  shown: ChronologyPage;
  actions: ActionView[];
  /** `type` only where the name does not already say it ("Police", a police force). */
  agencies: { name: string; type: string | null; workers: string[] }[];
}

/** The lines worth a line in the pack: who was seen and how it went, and what a meeting decided. */
const packLines = new Set([
  'Seen',
  'Seen alone',
  'Behaviours',
  'Signs of disguised compliance',
  'Threats',
  'Reason given',
  'Agencies attending',
  'Parents excluded',
  'Decision',
]);

export function presentMeetingPack(
  overview: CaseOverview,
  chronology: ChronologyItem[],
  pack: Pack,
  plan: string,
  now: Date,
  wanted: { page?: string; whole?: boolean } = {},
): MeetingPack {
  const { file } = overview;
  const row = (key: string, value: string) => ({ key: { text: key }, value: { text: value } });
  const children = overview.children.map((c) => (c.age === null ? c.name : `${c.name}, aged ${c.age}`));
  const engagement = listedEntries(
    chronology.filter((item) => item.entry.kind === 'contact' || item.entry.kind === 'meeting'),
  );
  // A long case's pack ran to megabytes: a page of its chronology, or the whole of it to print.
  const shown = chronologyPage(engagement, wanted, wanted.whole ? Math.max(1, engagement.length) : undefined);
  return {
    summary: [
      row('Case', file.case.ref),
      row('Children', children.join('; ') || 'No children recorded'),
      row('Plan', plan),
      row('Lead worker', overview.leadWorker ?? 'Not allocated'),
      row('Local procedure', pack.name),
      row('Agencies', file.agencies.map((agency) => agency.name).join(', ')),
    ],
    findings: presentFindings(overview.assessment.findings, pack, file),
    shown,
    chronology: presentListed(shown.listed, file).map((item) => {
      const current = item.corrections.at(-1)?.view ?? item;
      return {
        id: item.id,
        at: ukDateTime(current.at),
        title: current.title,
        by: current.by,
        // A restricted entry the reader may not read: that it exists, when, and whom to ask.
        details:
          current.withheld ??
          current.lines
            .filter((line) => packLines.has(line.label) && line.value !== 'None')
            .map(
              (line) =>
                `${current.kind === 'meeting' && line.label === 'Reason given' ? 'Why' : line.label}: ${line.value}`,
            )
            .join('. '),
        corrected: item.corrections.length > 0,
      };
    }),
    actions: presentActions(meetingActions(file.entries, toUkDate(now)), file, pack),
    agencies: file.agencies.map((agency) => ({
      name: agency.name,
      type:
        plain(agencyTypeLabels[agency.type]) === plain(agency.name) ? null : agencyTypeLabels[agency.type],
      workers: file.workers.filter((worker) => worker.agency === agency.ref).map((worker) => worker.name),
    })),
  };
}

const plain = (text: string) => text.toLowerCase().replace(/[‘’]/g, "'");

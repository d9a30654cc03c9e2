// The end-of-contact summary for the family (SX 1.7.28; BEF 9.2, 11.1): why we met, what we did, what
// happens next, and who does what by when, in plain words. A first draft is worked out from the contact
// and the case; the worker edits it with the family before it is given. Once given, it is part of the
// contact (`summary`), and that is what is shown from then on.
import { asAmended, originalIds } from './amendments.js';
import { listText } from './assessment/explain.js';
import type { CaseFile } from './case-file.js';
import type { Contact, Entry } from './entries.js';
import { meetingActions, scheduledMeetings } from './meetings.js';
import { smsSize, withPlainPunctuation } from './sms.js';
import { toInstant, toInstantMs, toUkDate } from './time.js';
import { ukDateFormat } from './uk-date-format.js';
import type { ContactMode, ContactOutcome } from './vocabularies.js';

export interface SummaryParts {
  why: string;
  done: string;
  next: string;
  actions?: string | undefined;
}

export const summaryHeadings: Record<keyof SummaryParts, string> = {
  why: 'Why we met',
  done: 'What we did',
  next: 'What happens next',
  actions: 'Who does what, by when',
};

/** The most text messages the summary's SMS version is sent as (domain/sms.ts counts them). */
export const smsMostMessages = 3;

/** The contact `id` names (an original or one of its corrections), as amended; undefined if it is not a contact. */
export function contactAsAmended(entries: readonly Entry[], id: string): Contact | undefined {
  const original = originalIds(entries).get(id);
  const entry = asAmended(entries).find((e) => e.id === original);
  return entry?.kind === 'contact' ? entry : undefined;
}

/** The id of the latest correction of the contact `id` (or its own id): a new correction amends that. */
export function latestVersionId(entries: readonly Entry[], id: string): string {
  const originals = originalIds(entries);
  const original = originals.get(id) ?? id;
  return entries.filter((entry) => originals.get(entry.id) === original).at(-1)?.id ?? id;
}

/** "Monday 9 March", for a calendar date or a time. */
const dayText = ukDateFormat({ weekday: 'long', day: 'numeric', month: 'long' });
const clock = ukDateFormat({ hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });
/** "Monday 9 March at 10:30" for a time. */
const dayTimeText = (at: string): string => `${dayText(at)} at ${clock(at)}`;

const names = (file: CaseFile, refs: readonly string[]): string =>
  listText(refs.map((ref) => file.people.find((p) => p.ref === ref)?.name ?? ref));

const wherePhrases: Record<ContactMode, string> = {
  'home-visit': 'We came to your home',
  office: 'We met at our office',
  school: 'We met at school',
  clinic: 'We met at the clinic',
  phone: 'We spoke on the phone',
  text: 'We sent you a text',
  letter: 'We wrote to you',
  email: 'We emailed you',
  video: 'We spoke on a video call',
  meeting: 'We met at a meeting',
  'health-appointment': 'You had a health appointment',
  other: 'We got in touch',
};

const missedPhrases: Partial<Record<ContactOutcome, string>> = {
  'no-answer-not-in': 'Nobody was in when we came.',
  'no-answer-believed-in': 'Nobody answered the door.',
  'refused-entry': 'We were not let in.',
  refused: 'You said no to meeting us.',
  'cancelled-by-family': 'You cancelled the visit.',
  'rescheduled-by-family': 'You asked us to come another time.',
  'did-not-attend': 'You did not come to the appointment.',
  'not-brought': 'Your child was not brought to the appointment.',
  'no-reply': 'We did not hear back from you.',
  'cancelled-by-professional': 'We had to cancel. We are sorry.',
  'rescheduled-by-professional': 'We had to change the time. We are sorry.',
};

/** A first draft of the summary of `contact`, from the contact and what the case plans after it. */
export function draftSummary(file: CaseFile, contact: Contact, now: Date): SummaryParts {
  const children = file.people.filter((p) => p.role === 'child').map((p) => p.ref);
  const about = contact.for?.length ? contact.for : children;
  const why = `${wherePhrases[contact.mode]}${about.length ? ` to see how ${names(file, about)} ${about.length === 1 ? 'is' : 'are'} getting on` : ' to see how things are going'}.`;
  const done: string[] = [];
  const missed = missedPhrases[contact.outcome];
  if (missed) done.push(missed);
  if (contact.seen?.length) done.push(`We saw ${names(file, contact.seen)}.`);
  if (contact.seenAlone?.length) done.push(`We talked with ${names(file, contact.seenAlone)} on their own.`);
  if (contact.childViews?.length)
    done.push(`${names(file, contact.childViews)} told us what they think and feel.`);
  if (contact.interpreterUsed) done.push('An interpreter helped us talk.');
  if (!missed) done.push('We talked about how things are going.');
  return {
    why,
    done: done.join(' '),
    next: nextSteps(file, contact, now),
    ...(actionsText(file, now) ? { actions: actionsText(file, now) } : {}),
  };
}

function nextSteps(file: CaseFile, contact: Contact, now: Date): string {
  const entries = asAmended(file.entries);
  const after = Math.max(now.getTime(), toInstantMs(contact.at));
  const visit = entries
    .flatMap((e) => (e.kind === 'visit-plan' && toInstantMs(e.due) > after ? [e.due] : []))
    .sort((a, b) => toInstantMs(a) - toInstantMs(b))[0];
  const meeting = scheduledMeetings(entries, now).find(
    (m) => m.heldAs === null && toInstant(m.due).getTime() > now.getTime(),
  );
  const steps = [
    visit
      ? `We will visit again on ${dayTimeText(visit)}.`
      : 'We will get in touch to set up the next visit.',
    ...(meeting ? [`There is a meeting about the plan on ${dayTimeText(meeting.due)}.`] : []),
  ];
  return steps.join(' ');
}

/** Open meeting actions and family members' goals due from today, soonest first: at most four. */
function actionsText(file: CaseFile, now: Date): string {
  const today = toUkDate(now);
  const entries = asAmended(file.entries);
  const whoIs = (ref: string | undefined): string =>
    (ref &&
      (file.workers.find((w) => w.ref === ref)?.name ??
        file.people.find((p) => p.ref === ref)?.name ??
        file.agencies.find((a) => a.ref === ref)?.name)) ||
    'We';
  const items = [
    ...meetingActions(entries, today)
      .filter((a) => a.doneAt === null && a.due !== undefined && a.due >= today)
      .map((a) => ({ due: a.due as string, text: `${whoIs(a.owner)}: ${lowerFirst(a.what)}` })),
    ...entries.flatMap((e) =>
      e.kind === 'goal' && e.due !== undefined && e.due >= today
        ? [{ due: e.due, text: `${whoIs(e.person)}: ${lowerFirst(e.will ?? e.goal)}` }]
        : [],
    ),
  ]
    .sort((a, b) => a.due.localeCompare(b.due))
    .slice(0, 4);
  return items.map((item) => `${stripStop(item.text)}, by ${dayText(item.due)}.`).join('\n');
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const stripStop = (text: string): string => text.trim().replace(/[.!]+$/, '');

/** The summary as one plain text: each part under its heading. */
export function summaryText(parts: SummaryParts): string {
  return (Object.keys(summaryHeadings) as (keyof SummaryParts)[])
    .filter((key) => parts[key])
    .map((key) => `${summaryHeadings[key]}\n${parts[key]}`)
    .join('\n\n');
}

/**
 * The summary as a printed page for the family (a large-print PDF, src/documents/pdf.ts): each part a
 * section, the actions one item a line. `from` says who it is from and when we met.
 */
export function summaryDocument(parts: SummaryParts, from: string) {
  return {
    title: 'What we talked about',
    intro: from,
    sections: (Object.keys(summaryHeadings) as (keyof SummaryParts)[])
      .filter((key) => parts[key])
      .map((key) =>
        key === 'actions'
          ? { heading: summaryHeadings[key], items: sentencesOf(parts[key] ?? '') }
          : { heading: summaryHeadings[key], paragraphs: [parts[key] ?? ''] },
      ),
    footer: 'If anything here is not clear, or not right, please tell us.',
  };
}

/** "Sam Patel, Children's Social Care, on Monday 9 March": who a summary is from and when we met. */
export function summaryFrom(file: CaseFile, contact: Contact): string {
  const worker = file.workers.find((w) => w.ref === contact.worker)?.name;
  const agency = file.agencies.find((a) => a.ref === contact.agency)?.name;
  return `From ${[worker, agency].filter(Boolean).join(', ') || 'us'}, after we met on ${dayText(contact.at)}.`;
}

/** The words of the summary alone, without its headings: what a reading age is measured on. */
export const summaryWords = (parts: SummaryParts): string =>
  [parts.why, parts.done, parts.next, parts.actions ?? ''].join('\n');

/**
 * The text-message version: what happens next and every action, from `worker`, in at most
 * `smsMostMessages` messages. Where they do not all fit, it keeps whole sentences, the soonest first, and
 * says how many more the full summary has. It leaves out who was seen and what was said: a phone may be
 * shared. Curly quotes and dashes are sent as plain ones, which keeps the text in GSM's 160 a message.
 */
export function smsText(parts: SummaryParts, worker: string | undefined): string {
  const opening = withPlainPunctuation(
    worker ? `From ${worker}: thank you for today.` : 'Thank you for today.',
  );
  const sentences = [...sentencesOf(parts.next), ...sentencesOf(parts.actions ?? '')].map(
    withPlainPunctuation,
  );
  const fits = (text: string) => smsSize(text).messages <= smsMostMessages;
  for (let kept = sentences.length; kept >= 0; kept -= 1) {
    const left = sentences.length - kept;
    const text = [opening, ...sentences.slice(0, kept), ...(left ? [leftOut(left)] : [])].join(' ');
    if (fits(text)) return text;
  }
  // Only a name too long for three messages gets here: cut it short.
  let text = `${opening} ${leftOut(sentences.length)}`;
  while (!fits(`${text}...`)) text = text.slice(0, -1);
  return `${text.trimEnd()}...`;
}

const leftOut = (count: number): string =>
  `The full summary has ${count} more ${count === 1 ? 'thing' : 'things'} to know.`;

const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

// Whom something reached, in the confirmation's words: the agencies and people who received it here, and
// each one nobody here could receive it for, with what to do instead. Never "the other agencies have been
// told" of an agency nobody in Stickability works for.
import { listText } from '../../domain/assessment/explain.js';
import type { Told } from '../../services/told.js';
import type { Flash } from '../flash.js';

/** Up to three people by name, more by how many. */
const peopleText = (people: readonly string[]) =>
  people.length <= 3 ? listText(people) : `${people.length} people`;

/** "Health Visiting (Priya Shah)", "Police (4 people)", "Priya Shah (Health Visiting)": who received it. */
export function receivedBy(told: Told): string[] {
  return [
    ...told.agencies
      .filter((agency) => agency.people.length > 0)
      .map((agency) => `${agency.name} (${peopleText(agency.people)})`),
    ...told.workers
      .filter((worker) => worker.people.length > 0)
      .map((worker) => `${worker.name} (${worker.agency})`),
  ];
}

/** The agencies addressed with nobody here to receive it (not the recorder's own, who is there). */
function agenciesNotReached(told: Told): Told['agencies'] {
  return told.agencies.filter((agency) => agency.people.length === 0 && !agency.own);
}

/** The workers addressed by name who have no account here. */
function workersNotReached(told: Told): string[] {
  return told.workers
    .filter((worker) => worker.people.length === 0)
    .map((worker) => `${worker.name} (${worker.agency})`);
}

const has = (names: readonly string[]) => (names.length === 1 ? 'has' : 'have');

/**
 * What to do for those nobody here could receive `what` for ("your alert"), or null when there are none:
 * each agency whose safeguarding contact is recorded with that contact, the others together, pointed to
 * their usual safeguarding contact.
 */
export function tellThemYourself(told: Told, what: string): string | null {
  const notReached = agenciesNotReached(told);
  const withContact = notReached.filter((agency) => agency.contact);
  const agencies = notReached.filter((agency) => !agency.contact).map((agency) => agency.name);
  const workers = workersNotReached(told);
  const nobody = `nobody in Stickability to receive ${what}: tell them yourself, by telephone or secure email`;
  const sentences = [
    ...withContact.map((agency) => `${agency.name} has ${nobody}: ${agency.contact?.replace(/\.$/, '')}.`),
    agencies.length > 0 &&
      `${listText(agencies)} ${has(agencies)} ${nobody}, through their usual safeguarding contact.`,
    workers.length > 0 &&
      `${listText(workers)} ${has(workers)} no account in Stickability: tell them yourself, by telephone or secure email.`,
  ].filter((sentence): sentence is string => Boolean(sentence));
  return sentences.length > 0 ? sentences.join(' ') : null;
}

/** "Your line manager (Jo Morgan) and Health Visiting (Priya Shah) have been told": opens a sentence. */
function haveBeenTold(received: readonly string[]): string {
  const text = `${listText(received)} ${has(received)} been told`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The banner after reporting an incident (MK 5.1.13, 5.1.16): whether the line manager and which agencies
 * were told at once, what to do for those nobody here could tell, and to ask for a debrief.
 */
export function incidentReportedFlash(told: Told): Flash {
  const received = [told.manager && `your line manager (${told.manager})`, ...receivedBy(told)].filter(
    (text): text is string => Boolean(text),
  );
  const tell = tellThemYourself(told, 'the risk-to-staff warning');
  const lines = [
    !told.manager &&
      'You have no line manager in Stickability to receive it: tell your manager yourself, today (MK 5.1.13).',
    tell,
    'Look after yourself: ask for a debrief.',
  ].filter((line): line is string => Boolean(line));
  return {
    ...(told.manager && !tell ? { type: 'success' as const } : {}),
    text:
      received.length > 0
        ? `Incident recorded. ${haveBeenTold(received)}.`
        : 'Incident recorded, but nobody in Stickability has been told.',
    lines,
  };
}

/**
 * The banner after sending an alert: whom it reached, and for those nobody here could receive it for,
 * what to do instead (then an information banner, not a success: something is still to do).
 */
export function alertSentFlash(told: Told): Flash {
  const received = receivedBy(told);
  const tell = tellThemYourself(told, 'your alert');
  if (!tell)
    return received.length > 0
      ? {
          type: 'success',
          text: `Alert sent to ${listText(received)}. They see it in their notifications, and it is in the chronology.`,
        }
      : { text: 'Alert recorded in the chronology. Nobody else in Stickability received it.' };
  return received.length > 0
    ? { text: `Alert sent to ${listText(received)}, and recorded in the chronology.`, lines: [tell] }
    : { text: 'Alert recorded in the chronology, but nobody in Stickability received it.', lines: [tell] };
}

/** The banner after arranging a meeting (`when`, in words): who of the agencies invited was told. */
export function meetingArrangedFlash(when: string, told: Told): Flash {
  const received = receivedBy(told);
  const tell = tellThemYourself(told, 'the invitation');
  const lines = [
    received.length > 0 && `Invited and told in Stickability: ${listText(received)}.`,
    tell,
  ].filter((line): line is string => Boolean(line));
  return {
    ...(tell ? {} : { type: 'success' as const }),
    text: `Meeting arranged${when}. Record it here once it has been held.`,
    ...(lines.length > 0 ? { lines } : {}),
  };
}

/** Under "Meeting recorded": who was told of the actions they own, and who nobody here could tell. */
export function actionOwnersLines(told: Told): string[] {
  const received = receivedBy(told);
  return [
    received.length > 0 && `Told of their actions: ${listText(received)}.`,
    tellThemYourself(told, 'their actions'),
  ].filter((line): line is string => Boolean(line));
}

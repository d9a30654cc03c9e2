// The "inform the other agencies" form: which agencies on the case, which findings the alert is about, and
// what they need to know (MK 5.1.9.4, 5.1.16; SX 1.7.16; BEF 11.2). Messages follow the GOV.UK pattern.
import type { Finding } from '../../domain/assessment/assess.js';
import type { CaseFile } from '../../domain/case-file.js';
import type { Pack } from '../../domain/packs/types.js';
import type { AddressableAgency } from '../../services/alerts.js';
import type { Problem } from '../../services/errors.js';
import { listOf, textOf } from './fields.js';

export interface AlertForm {
  to: string[];
  about: string[];
  message: string;
}

/** A finding the alert may be about: one box per code, naming whom it concerns. */
export interface FindingChoice {
  value: string;
  text: string;
  hint: string | null;
}

const longestMessage = 10_000;

/** Every agency on the case but the user's own is ticked to start with: most alerts go to all of them. */
export function newAlertForm(agencies: readonly AddressableAgency[]): AlertForm {
  return { to: agencies.filter((agency) => !agency.own).map((agency) => agency.ref), about: [], message: '' };
}

export function alertFormFrom(body: Record<string, unknown>): AlertForm {
  return { to: listOf(body.to), about: listOf(body.about), message: textOf(body.message) };
}

/** The case's findings as boxes, in the assessment's order (worst first), one per code. */
export function findingChoices(findings: readonly Finding[], pack: Pack, file: CaseFile): FindingChoice[] {
  const codes = [...new Set(findings.map((finding) => finding.code))];
  return codes.map((code) => {
    const subjects = findings
      .filter((finding) => finding.code === code && finding.subject)
      .map(
        (finding) => file.people.find((person) => person.ref === finding.subject)?.name ?? finding.subject,
      );
    return {
      value: code,
      text: pack.findings[code].title,
      hint: subjects.length > 0 ? [...new Set(subjects)].join(', ') : null,
    };
  });
}

/** The alert the form describes (for the alert service), or the problems that stop it. */
export function alertFrom(
  form: AlertForm,
  agencies: readonly AddressableAgency[],
  choices: readonly FindingChoice[],
): { alert: Record<string, unknown> } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const onCase = new Set(agencies.map((agency) => agency.ref));
  if (form.to.length === 0 || form.to.some((ref) => !onCase.has(ref)))
    problems.push({ path: 'to', message: 'Select the agencies to inform' });
  const offered = new Set(choices.map((choice) => choice.value));
  if (form.about.some((code) => !offered.has(code)))
    problems.push({ path: 'about', message: 'Select findings from the list, or none' });
  if (!form.message)
    problems.push({ path: 'message', message: 'Enter what the other agencies need to know' });
  else if (form.message.length > longestMessage)
    problems.push({ path: 'message', message: 'The message must be 10,000 characters or fewer' });
  if (problems.length > 0) return { problems };
  return {
    alert: {
      to: [...new Set(form.to)],
      ...(form.about.length > 0 ? { about: [...new Set(form.about)] } : {}),
      message: form.message,
    },
  };
}

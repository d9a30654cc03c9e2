// Page objects: each knows its page by the h1 (`verifyOnPage`) and offers what a person does there, by
// label or `data-qa` test id, never by layout. The journeys read as steps, not as selectors.
import type { Locator, Page } from 'playwright-core';
import { expectAccessible } from '../support/browser.js';

interface PageKind<T> {
  new (page: Page): T;
  /** What the page's h1 says (a case page's h1 starts with its caption, "Case REF"). */
  readonly heading: RegExp;
}

/** The page object for `page`, once its h1 says it is that page; fails naming the h1 it found instead. */
export async function verifyOnPage<T>(Kind: PageKind<T>, page: Page): Promise<T> {
  try {
    await page.locator('h1', { hasText: Kind.heading }).waitFor({ timeout: 10_000 });
  } catch {
    const found = await page.locator('h1').allTextContents();
    throw new Error(
      `expected an h1 matching ${Kind.heading} at ${page.url()}, found ${JSON.stringify(found)}`,
    );
  }
  return new Kind(page);
}

/** verifyOnPage, then axe: every page a journey visits is checked. */
export async function onAccessiblePage<T>(Kind: PageKind<T>, page: Page): Promise<T> {
  const found = await verifyOnPage(Kind, page);
  await expectAccessible(page);
  return found;
}

abstract class AppPage {
  constructor(readonly page: Page) {}
  /** The success or information banner a page shows after an action. */
  get flash(): Locator {
    return this.page.locator('[data-qa=flash]');
  }
  get errorSummary(): Locator {
    return this.page.locator('.govuk-error-summary');
  }
  async signOut(): Promise<void> {
    await this.page.locator('[data-qa=sign-out]').click();
  }
}

export class SignInPage extends AppPage {
  static readonly heading = /^Sign in$/;
}

export class NotFoundPage extends AppPage {
  static readonly heading = /^Page not found$/;
}

export class MyCasesPage extends AppPage {
  static readonly heading = /^My cases$/;
  get caseRefs(): Promise<string[]> {
    return this.page.locator('[data-qa=my-cases] tbody th a').allTextContents();
  }
  async openCase(ref: string): Promise<void> {
    await this.page.locator('[data-qa=my-cases]').getByRole('link', { name: ref, exact: true }).click();
  }
}

export class CreateCasePage extends AppPage {
  static readonly heading = /^Create a case$/;
  async fill(details: { ref: string; plan: string; openedOn: [number, number, number]; agencies: string[] }) {
    await this.page.getByLabel('Family reference').fill(details.ref);
    await this.page.getByLabel(details.plan, { exact: true }).check();
    await fillDate(this.page, 'openedOn', details.openedOn);
    for (const agency of details.agencies) await this.page.getByLabel(agency, { exact: true }).check();
  }
  async submit(): Promise<void> {
    await this.page.locator('[data-qa=create-case]').click();
  }
}

abstract class CasePage extends AppPage {
  get identityBar(): Locator {
    return this.page.locator('[data-qa=identity-bar]');
  }
  async openTab(name: 'Overview' | 'People' | 'Chronology' | 'Record a contact'): Promise<void> {
    await this.page.locator('.moj-sub-navigation').getByRole('link', { name, exact: true }).click();
  }
}

export class CaseOverviewPage extends CasePage {
  static readonly heading = /Overview$/;
  async recordContact(): Promise<void> {
    await this.page.locator('[data-qa=record-contact]').click();
  }
  /** The stage the procedure has got to, as the page names it. */
  get stage(): Locator {
    return this.page.locator('[data-qa=stage]');
  }
  /** The findings shown, by code, worst first. */
  async findingCodes(): Promise<string[]> {
    return this.page
      .locator('[data-qa=findings] [data-code]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-code') ?? ''));
  }
  /** Each step of the stage indicator that links to the entry that reached it: [step name, href]. */
  async stageLinks(): Promise<[string, string][]> {
    return this.page
      .locator('[data-qa=stage-link]')
      .evaluateAll((links) =>
        links.map(
          (a) => [a.firstChild?.textContent?.trim() ?? '', a.getAttribute('href') ?? ''] as [string, string],
        ),
      );
  }
  get managerDiscussion(): Locator {
    return this.page.locator('[data-qa=manager-discussion]');
  }
  async recordManagerDiscussion(): Promise<void> {
    await this.page.locator('[data-qa=record-manager-discussion]').click();
  }
  async closeCase(): Promise<void> {
    await this.page.locator('[data-qa=close-case]').click();
  }
}

export class PeoplePage extends CasePage {
  static readonly heading = /People$/;
  async addPerson(): Promise<void> {
    await this.page.locator('[data-qa=add-person]').click();
  }
  /** Each row of the children's or the adults' table, as its cells' text. */
  async rows(who: 'children' | 'adults'): Promise<string[][]> {
    const rows = this.page.locator(`[data-qa=${who}] tbody tr`);
    const texts: string[][] = [];
    for (const row of await rows.all())
      texts.push((await row.locator('th, td').allInnerTexts()).map((t) => t.trim()));
    return texts;
  }
}

export class AddPersonPage extends CasePage {
  static readonly heading = /Add a person$/;
  async add(person: {
    role: string;
    name: string;
    dateOfBirth?: [number, number, number];
    livesWith?: string[];
  }) {
    await this.page.getByLabel(person.role, { exact: true }).check();
    await this.page.getByLabel('Full name').fill(person.name);
    if (person.dateOfBirth) await fillDate(this.page, 'dateOfBirth', person.dateOfBirth);
    for (const adult of person.livesWith ?? []) {
      const livesWith = this.page.getByRole('group', { name: /which adults does the child live with/ });
      await livesWith.getByLabel(adult, { exact: true }).check();
    }
    await this.page.locator('[data-qa=save-person]').click();
  }
}

export class RecordContactPage extends CasePage {
  static readonly heading = /(Record|Correct) a contact$/;
  /** The date boxes as they are: [day, month, year]. */
  async date(): Promise<string[]> {
    return Promise.all(['day', 'month', 'year'].map((part) => this.page.locator(`#at-${part}`).inputValue()));
  }
  /** Sets the date boxes: [day, month, year]. */
  async dated(date: [number, number, number]): Promise<void> {
    await fillDate(this.page, 'at', date);
  }
  async fill(contact: {
    mode?: string;
    outcome: string;
    behaviours?: string[];
    contingency?: string;
    note?: string;
  }) {
    if (contact.mode)
      await this.page.getByLabel('How was the contact made?').selectOption({ label: contact.mode });
    await this.page.getByLabel(contact.outcome, { exact: true }).check();
    for (const behaviour of contact.behaviours ?? [])
      await this.page.getByLabel(behaviour, { exact: true }).check();
    if (contact.contingency !== undefined)
      await this.page.getByLabel('Contingency plan').fill(contact.contingency);
    if (contact.note !== undefined) await this.page.getByLabel('Note', { exact: true }).fill(contact.note);
  }
  async save(): Promise<void> {
    await this.page.locator('[data-qa=save-contact]').click();
  }
}

export class ChronologyPage extends CasePage {
  static readonly heading = /Chronology$/;
  get entries(): Locator {
    return this.page.locator('[data-qa=timeline] [data-qa=entry]');
  }
  /** Each shown entry's kind (its data-kind), newest first. */
  async kinds(): Promise<string[]> {
    const kinds = await this.entries.evaluateAll((entries) =>
      entries.map((e) => e.getAttribute('data-kind') ?? ''),
    );
    return kinds;
  }
  async filterByKind(label: string): Promise<void> {
    await this.page.getByLabel('Kind of entry').selectOption({ label });
    await this.page.locator('[data-qa=apply-filter]').click();
  }
  async correct(entry: Locator): Promise<void> {
    await entry.getByRole('link', { name: /^Correct this entry/ }).click();
  }
}

async function fillDate(
  page: Page,
  name: string,
  [day, month, year]: [number, number, number],
): Promise<void> {
  await page.locator(`#${name}-day`).fill(String(day));
  await page.locator(`#${name}-month`).fill(String(month));
  await page.locator(`#${name}-year`).fill(String(year));
}

/** "Your team": the manager's view of the team, ending with every team case (issue 9). */
export class TeamCasesPage extends AppPage {
  static readonly heading = /^Your team$/;
  get caseRefs(): Promise<string[]> {
    return this.page.locator('[data-qa=team-cases] tbody th a').allTextContents();
  }
  async filterBy(finding: string): Promise<void> {
    await this.page.getByLabel('Finding').selectOption({ label: finding });
    await this.page.getByRole('button', { name: 'Filter' }).click();
  }
}

export class RecordManagerDiscussionPage extends CasePage {
  static readonly heading = /Record a manager discussion$/;
  async record(discussion: {
    worker: string;
    decision: string;
    urgency: 'Immediate' | 'Within days' | 'Routine';
  }) {
    await this.page
      .getByRole('group', { name: 'Who did you discuss the case with?' })
      .getByLabel(discussion.worker)
      .check();
    await this.page.getByLabel('What did you decide?').fill(discussion.decision);
    await this.page.getByLabel(discussion.urgency, { exact: true }).check();
    await this.page.locator('[data-qa=save-manager-discussion]').click();
  }
}

export class ClosePage extends CasePage {
  static readonly heading = /Close the case or end an agency’s involvement$/;
  /** `what` is "Close the case" or "End NAME’s involvement", as the radios say. */
  async close(what: string, reason: string): Promise<void> {
    await this.page.getByLabel(what, { exact: true }).check();
    await this.page.getByLabel('Why is it ending?').fill(reason);
    await this.page.locator('[data-qa=confirm-closure]').click();
  }
  get refusal(): Locator {
    return this.page.locator('[data-qa=closure-refused]');
  }
  async blockingCodes(): Promise<string[]> {
    return this.page
      .locator('[data-qa=blocking-findings] [data-code]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-code') ?? ''));
  }
  async arrangeMeeting(): Promise<void> {
    await this.page.locator('[data-qa=arrange-meeting]').click();
  }
  async recordMeeting(): Promise<void> {
    await this.page.locator('[data-qa=record-meeting]').click();
  }
}

export class TasksPage extends AppPage {
  static readonly heading = /^My tasks$/;
  get actions(): Promise<string[]> {
    return this.page.locator('[data-qa=tasks] tbody th a').allTextContents();
  }
}

// Page objects for the "Worried about engagement?" guide: its start page, one question per page, "Check your
// answers" and the confirmation. Each question is found by its id (`data-question`), answered by label.
import type { Locator, Page } from 'playwright-core';
import { expectAccessible } from '../support/browser.js';

export class GuideStartPage {
  static readonly heading = /Worried about engagement\?$/;
  constructor(readonly page: Page) {}
  async start(): Promise<void> {
    await this.page.locator('[data-qa=guide-start]').click();
  }
}

/** Any question of the guide: its h1 is the question, after the caption. */
export class GuideQuestionPage {
  static readonly heading = /Worried about engagement\? – Case /;
  constructor(readonly page: Page) {}

  /** Waits for question `id`, checks the page with axe, and returns its form. */
  async at(id: string): Promise<Locator> {
    const form = this.page.locator(`[data-qa=guide-question][data-question="${id}"]`);
    await form.waitFor();
    await expectAccessible(this.page);
    return form;
  }
  async write(id: string, text: string): Promise<void> {
    await (await this.at(id)).getByRole('textbox').fill(text);
    await this.continue();
  }
  async choose(id: string, ...labels: string[]): Promise<void> {
    const form = await this.at(id);
    for (const label of labels) await form.getByLabel(label, { exact: true }).check();
    await this.continue();
  }
  /** Answers with the keyboard alone: focus the option, Space to select it, Tab to Continue, Enter. */
  async chooseByKeyboard(id: string, label: string): Promise<void> {
    await (await this.at(id)).getByLabel(label, { exact: true }).focus();
    await this.page.keyboard.press('Space');
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Enter');
  }
  async continue(): Promise<void> {
    await this.page.locator('[data-qa=guide-continue]').click();
  }
}

export class GuideCheckPage {
  static readonly heading = /Check your answers$/;
  constructor(readonly page: Page) {}
  get answers(): Locator {
    return this.page.locator('[data-qa=guide-answers]');
  }
  get willRecord(): Locator {
    return this.page.locator('[data-qa=guide-will-record]');
  }
  async record(): Promise<void> {
    await this.page.locator('[data-qa=guide-record]').click();
  }
}

export class GuideRecordedPage {
  static readonly heading = /Your answers are recorded/;
  constructor(readonly page: Page) {}
  get recorded(): Locator {
    return this.page.locator('[data-qa=guide-recorded] a');
  }
  get due(): Locator {
    return this.page.locator('[data-qa=guide-due] li');
  }
}

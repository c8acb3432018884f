import type { Locator, Page } from '@playwright/test';

import { ConsolePage } from './ConsolePage';

/** The organiser's 活动现场 page (check-in desk, meeting attendance) and the 现场大屏 floor view. */
export class EventDayPage extends ConsolePage {
  constructor(
    page: Page,
    readonly eventId: string,
  ) {
    super(page);
  }

  async open(): Promise<void> {
    await this.page.goto(`/organiser/events/${this.eventId}/day`);
  }

  async openFloor(): Promise<void> {
    await this.page.goto(`/organiser/events/${this.eventId}/floor`);
  }

  get codeField(): Locator {
    return this.page.getByLabel('签到码');
  }

  get searchField(): Locator {
    return this.page.getByLabel('搜索企业');
  }

  /** What the last check-in answered (签到成功 / 已签到 / the refusal). */
  get lastResult(): Locator {
    return this.page.getByRole('status', { name: '签到结果' });
  }

  counts(checkedIn: number, approved: number): Locator {
    return this.page.getByText(`已签到 ${checkedIn} / ${approved} 家`);
  }

  /** Types a code as a door scanner does: the characters, then Enter. */
  async scan(code: string): Promise<void> {
    await this.codeField.fill(code);
    await this.codeField.press('Enter');
  }

  firmRow(name: string): Locator {
    return this.page.getByRole('row').filter({ hasText: name });
  }

  async checkInFromList(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `签到 ${name}` }).click();
  }

  /** A meeting of the 洽谈到场 tab, found by a party's name. */
  meetingRow(party: string): Locator {
    return this.page.getByRole('row').filter({ hasText: party });
  }

  floorTable(table: string): Locator {
    return this.page.getByRole('listitem', { name: `${table} 号桌` });
  }
}

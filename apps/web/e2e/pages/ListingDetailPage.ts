import type { Locator, Page } from '@playwright/test';

import { ConsolePage } from './ConsolePage';

export class ListingDetailPage extends ConsolePage {
  constructor(page: Page) {
    super(page);
  }

  /** A suggestion card, named after the counterpart firm. */
  suggestion(firm: string): Locator {
    return this.page.getByRole('article', { name: firm });
  }

  async requestMeeting(firm: string, event: string, message: string): Promise<void> {
    await this.suggestion(firm).getByRole('button', { name: '邀约洽谈' }).click();
    const dialog = this.page.getByRole('dialog', { name: `邀约洽谈 · ${firm}` });
    await dialog.getByLabel('对接活动').click();
    await this.pick(event);
    await dialog.getByLabel('留言').fill(message);
    await dialog.getByRole('button', { name: '发送邀约' }).click();
  }
}

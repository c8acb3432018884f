import type { Locator, Page } from '@playwright/test';

import { ConsolePage } from './ConsolePage';

export class EventPage extends ConsolePage {
  constructor(
    page: Page,
    readonly eventId: string,
  ) {
    super(page);
  }

  async open(tab?: 'participants' | 'requests' | 'agenda' | 'deals'): Promise<void> {
    await this.page.goto(tab ? `/events/${this.eventId}/${tab}` : `/events/${this.eventId}`);
  }

  async tab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  async register(listingTitle: string): Promise<void> {
    await this.page.getByLabel('带去的供需信息').click();
    await this.pick(`求购 · ${listingTitle}`);
    await this.page.keyboard.press('Escape');
    await this.page.getByRole('button', { name: '报名参加' }).click();
  }

  get registrationState(): Locator {
    return this.page.getByLabel('报名状态', { exact: true });
  }

  receivedRequest(from: string): Locator {
    return this.page.getByRole('row').filter({ hasText: from });
  }

  /** A meeting of the agenda, named by its time and counterpart. */
  agendaItem(counterpart: string): Locator {
    return this.page.getByRole('group', { name: new RegExp(counterpart.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  }

  get feedUrl(): Locator {
    return this.page.getByRole('textbox', { name: '日历订阅' });
  }
}

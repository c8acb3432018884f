import type { Locator, Page } from '@playwright/test';

import { ConsolePage } from './ConsolePage';

/** 圆桌对接: the organiser's round-table tab, the firm's round-table tab and its agenda. */
export class RoundTablesPage extends ConsolePage {
  constructor(
    page: Page,
    readonly eventId: string,
  ) {
    super(page);
  }

  async openOrganiser(): Promise<void> {
    await this.page.goto(`/organiser/events/${this.eventId}/roundtables`);
  }

  async openFirm(tab: 'roundtables' | 'agenda' = 'roundtables'): Promise<void> {
    await this.page.goto(`/events/${this.eventId}/${tab}`);
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Sets up a round table through the form (host, topic, table and first slot picked from their lists). */
  async create(v: { host: string; topic: string; table: string; slot: string; capacity: number }): Promise<void> {
    await this.field('主办方').click();
    await this.pick(v.host);
    await this.field('圆桌主题').fill(v.topic);
    await this.field('桌号').click();
    await this.pick(v.table);
    await this.field('开始时段').click();
    await this.pick(v.slot);
    await this.field('席位数').fill(String(v.capacity));
    await this.page.getByRole('button', { name: '创建圆桌' }).click();
  }

  row(topic: string): Locator {
    return this.page.getByTestId('round-tables').getByRole('row').filter({ hasText: topic });
  }

  get mine(): Locator {
    return this.page.getByTestId('my-round-tables');
  }
}

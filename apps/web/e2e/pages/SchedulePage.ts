import type { Locator, Page } from '@playwright/test';

import { cellName } from '../../src/modules/scheduling/utils/scheduleGrid';
import { ConsolePage } from './ConsolePage';

/** The organiser's schedule page: the toolbar, the run's result and the tables × slots grid. */
export class SchedulePage extends ConsolePage {
  constructor(
    page: Page,
    readonly eventId: string,
  ) {
    super(page);
  }

  async open(): Promise<void> {
    await this.page.goto(`/organiser/events/${this.eventId}/schedule`);
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  /** A grid cell by its name, `3号桌 10:00`. */
  cell(table: string, slot: string): Locator {
    return this.page.getByRole('cell', { name: cellName(table, slot), exact: true });
  }

  /** A meeting card, named after both firms. */
  meeting(a: string, b: string): Locator {
    return this.page.getByRole('group', { name: `洽谈：${a} 与 ${b}` });
  }

  get runStatus(): Locator {
    return this.page.getByLabel('状态', { exact: true });
  }

  async publish(): Promise<void> {
    await this.button('发布日程').click();
    await this.page.getByRole('button', { name: /^确\s*定$/ }).click();
  }
}

/** The event report dashboard. */
export class ReportPage extends ConsolePage {
  constructor(
    page: Page,
    readonly eventId: string,
  ) {
    super(page);
  }

  async open(): Promise<void> {
    await this.page.goto(`/organiser/events/${this.eventId}/report`);
  }

  /** A row of the funnel table: its step and count. */
  funnelRow(step: string, count: number): Locator {
    return this.page.getByRole('row', { name: `${step} ${count}`, exact: true });
  }
}

import type { Locator, Page } from '@playwright/test';

import { ConsolePage } from './ConsolePage';

/** 产业链全景图: filters, the chart, the table of numbers and a node's drawer. */
export class ChainPanoramaPage extends ConsolePage {
  constructor(page: Page) {
    super(page);
  }

  get chart(): Locator {
    return this.page.getByRole('img', { name: /产业链全景图/ });
  }

  /** The table row of a category, by its name. */
  row(categoryName: string): Locator {
    return this.page.getByRole('row').filter({ hasText: categoryName });
  }

  async chooseSector(name: string): Promise<void> {
    await this.page.getByLabel('产业', { exact: true }).click();
    await this.pick(name);
  }

  async chooseRegion(path: string[]): Promise<void> {
    await this.page.getByLabel('所在地区（省/市/县）').click();
    for (const level of path) await this.pick(level);
    await this.page.keyboard.press('Escape');
  }

  async show(categoryName: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `查看 ${categoryName}` }).click();
    return this.page.getByRole('dialog');
  }
}

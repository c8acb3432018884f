import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

import { ConsolePage } from './ConsolePage';

export class EnterprisePage extends ConsolePage {
  constructor(page: Page) {
    super(page);
  }

  get creditCode(): Locator {
    return this.page.getByLabel('统一社会信用代码');
  }

  /** The message shown under a field. */
  fieldError(text: string): Locator {
    return this.page.getByRole('main').getByText(text);
  }

  async fill(values: {
    name: string;
    creditCode: string;
    region: string[];
    sector: string;
    category: string;
  }): Promise<void> {
    await this.page.getByLabel('企业名称').fill(values.name);
    await this.creditCode.fill(values.creditCode);
    await this.creditCode.blur();
    await this.page.getByLabel('所在地区（省/市/县）').click();
    for (const level of values.region) await this.pick(level);
    await this.page.keyboard.press('Escape');
    // the region's cascader may still be closing when the sector's select opens, and an option clicked
    // then is lost: pick again until the select shows it. Each try starts from a closed select (a lost
    // click can leave the dropdown open, and clicking the select again would close it) and gives the
    // option click its own short timeout, so that the tries do not spend the whole budget on one.
    await expect(async () => {
      await this.page.keyboard.press('Escape');
      await this.page.getByLabel('所属产业').click();
      await this.page.getByTitle(values.sector, { exact: true }).last().click({ timeout: 2_000 });
      await expect(this.chosen(values.sector)).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await this.page.getByLabel('主营产业链环节').fill(values.category.slice(0, 2));
    await this.pick(values.category);
    await this.page.keyboard.press('Escape');
  }

  /** A choice a select shows in the form (its dropdown is rendered outside the page's main). */
  chosen(title: string): Locator {
    return this.page.getByRole('main').getByTitle(title, { exact: true });
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: '登记企业' }).click();
  }
}

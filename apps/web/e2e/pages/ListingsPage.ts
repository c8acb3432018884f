import type { Locator, Page } from '@playwright/test';

import { ConsolePage } from './ConsolePage';

export interface ListingValues {
  kind: '供应' | '求购';
  title: string;
  category: string;
  quantity?: string;
  unit?: string;
  priceMin?: string;
  priceMax?: string;
}

export class ListingsPage extends ConsolePage {
  constructor(page: Page) {
    super(page);
  }

  async open(): Promise<void> {
    await this.page.goto('/listings');
  }

  get table(): Locator {
    return this.page.getByRole('table');
  }

  row(title: string): Locator {
    return this.table.getByRole('row').filter({ hasText: title });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: '发布供需' });
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('button', { name: '发布供需' }).click();
  }

  async fill(v: ListingValues): Promise<void> {
    const d = this.dialog;
    await d.getByLabel(v.kind).check();
    await d.getByLabel('标题').fill(v.title);
    await d.getByLabel('产品类别（产业链环节）').fill(v.category.slice(0, 4));
    await this.pick(v.category);
    if (v.quantity) await d.getByLabel('数量').fill(v.quantity);
    if (v.unit) {
      await d.getByLabel('单位').click();
      await this.pick(v.unit);
    }
    if (v.priceMin) await d.getByLabel('最低价（元）').fill(v.priceMin);
    if (v.priceMax) await d.getByLabel('最高价（元）').fill(v.priceMax);
  }

  async submit(): Promise<void> {
    await this.dialog.getByRole('button', { name: '发布' }).click();
  }

  fieldError(text: string | RegExp): Locator {
    return this.dialog.getByText(text);
  }
}

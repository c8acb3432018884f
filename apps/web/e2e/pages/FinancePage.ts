import type { Locator, Page } from '@playwright/test';

import { ConsolePage } from './ConsolePage';

/** The 政银企 pages: a bank's products and matched needs, a firm's needs and matched products. */
export class FinancePage extends ConsolePage {
  constructor(page: Page) {
    super(page);
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async publishProduct(p: {
    name: string;
    min: string;
    max: string;
    rates: [string, string];
    terms: [string, string];
  }) {
    await this.page.getByRole('button', { name: '发布金融产品' }).click();
    const d = this.dialog('发布金融产品');
    await d.getByLabel('产品名称').fill(p.name);
    await d.getByLabel('最低额度（元）').fill(p.min);
    await d.getByLabel('最高额度（元）').fill(p.max);
    await d.getByLabel('最低年化利率（%）').fill(p.rates[0]);
    await d.getByLabel('最高年化利率（%）').fill(p.rates[1]);
    await d.getByLabel('最短期限（月）').fill(p.terms[0]);
    await d.getByLabel('最长期限（月）').fill(p.terms[1]);
    await d.getByLabel('担保方式').click();
    await this.pick('订单融资');
    await this.page.keyboard.press('Escape');
    await d.getByRole('button', { name: '发布金融产品' }).click();
  }

  async postNeed(n: { amount: string; purpose: string; term: string }) {
    await this.page.getByRole('button', { name: '发布融资需求' }).click();
    const d = this.dialog('发布融资需求');
    await d.getByLabel('融资金额').fill(n.amount);
    await d.getByLabel('资金用途').fill(n.purpose);
    await d.getByLabel('期限（月）').fill(n.term);
    await d.getByLabel('担保方式').click();
    await this.pick('订单融资');
    await this.page.keyboard.press('Escape');
    await d.getByRole('button', { name: '发布融资需求' }).click();
  }

  row(text: string): Locator {
    return this.page.getByRole('row').filter({ hasText: text });
  }
}

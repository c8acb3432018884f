import type { Locator } from '@playwright/test';

import { ConsolePage } from './ConsolePage';

/** 政产学金 · 技术成果 and 技术需求: the tables, their matches, the contract dialog and the contracts table. */
export class ResearchPage extends ConsolePage {
  async open(item: '技术成果' | '技术需求'): Promise<void> {
    await this.page.getByRole('menuitem', { name: '政产学金' }).hover();
    await this.menu(item).click();
  }

  get resultDialog(): Locator {
    return this.page.getByRole('dialog', { name: '发布技术成果' });
  }

  async publishResult(v: { title: string; description: string; category: string; price: string }): Promise<void> {
    await this.page.getByRole('button', { name: '发布技术成果' }).click();
    const d = this.resultDialog;
    await d.getByLabel('成果名称').fill(v.title);
    await d.getByLabel('技术领域与简介').fill(v.description);
    await d.getByLabel('产业链环节').fill(v.category.slice(0, 3));
    await this.pick(v.category);
    await d.getByLabel('价格（元）').fill(v.price);
    await d.getByRole('button', { name: '发布技术成果' }).click();
  }

  /** A row of the results or needs table, by its title. */
  row(title: string): Locator {
    return this.page.getByRole('row').filter({ hasText: title }).first();
  }

  /** Opens a row onto its matches (a click on the row expands it). */
  async expand(title: string): Promise<void> {
    await this.row(title).getByText(title, { exact: true }).click();
  }

  /** A match in an expanded row, by the counterpart's title. */
  match(title: string): Locator {
    return this.page.getByRole('listitem').filter({ hasText: title });
  }

  async proposeContract(matchTitle: string, amount: string): Promise<void> {
    await this.match(matchTitle).getByRole('button', { name: '登记技术合同' }).click();
    const d = this.page.getByRole('dialog', { name: '登记技术合同' });
    await d.getByLabel('合同金额（元）').fill(amount);
    await d.getByRole('button', { name: '登记技术合同' }).click();
  }

  /** A row of the contracts table: it names both the result and the need. */
  contract(resultTitle: string, needTitle: string): Locator {
    return this.page.getByRole('row').filter({ hasText: resultTitle }).filter({ hasText: needTitle });
  }
}

import type { Locator, Page } from '@playwright/test';

import { ConsolePage } from './ConsolePage';

/** 产业招商: leads, projects, the pipeline (government bodies) and contacts (firms). */
export class InvestmentPage extends ConsolePage {
  constructor(page: Page) {
    super(page);
  }

  tab(name: '招商线索' | '招商项目' | '招商进度' | '招商接洽'): Locator {
    return this.page.getByRole('tab', { name });
  }

  table(name: string): Locator {
    return this.page.getByRole('table', { name }).or(this.page.getByLabel(name).getByRole('table')).first();
  }

  row(tableName: string, text: string): Locator {
    return this.page.getByLabel(tableName).getByRole('row').filter({ hasText: text });
  }

  async newProject(v: { title: string; description: string; region: string[]; category: string; planned: string }) {
    await this.page.getByRole('button', { name: '发布招商项目' }).click();
    const d = this.page.getByRole('dialog');
    await d.getByLabel('项目名称').fill(v.title);
    await d.getByLabel('项目简介').fill(v.description);
    await d.getByLabel('项目所在地').click();
    for (const level of v.region) await this.pick(level);
    await this.page.keyboard.press('Escape');
    await d.getByLabel('产业链环节').fill(v.category.slice(0, 3));
    await this.pick(v.category);
    await this.page.keyboard.press('Escape');
    await d.getByLabel('计划投资额（元）').fill(v.planned);
    await d.getByRole('button', { name: '保存' }).click();
  }

  /** 推进 an entry one stage, giving the amount when the stage asks for one. */
  async advance(firm: string, stage: string, amount?: string): Promise<void> {
    await this.page.getByRole('button', { name: `推进到“${stage}” ${firm}` }).click();
    if (amount) {
      const d = this.page.getByRole('dialog');
      await d.getByRole('textbox').fill(amount);
      await d.getByRole('button', { name: /确\s*定|OK/ }).click();
    }
  }
}

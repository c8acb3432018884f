import type { Locator, Page } from '@playwright/test';

/** 政策发布 (government) and 惠企政策 (firm), found by their Chinese names. */
export class PoliciesPage {
  constructor(readonly page: Page) {}

  async openPublisher(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '政产学金' }).hover();
    await this.page.getByRole('menuitem', { name: '政策发布' }).click();
  }

  async openMine(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '政产学金' }).hover();
    await this.page.getByRole('menuitem', { name: '惠企政策' }).click();
  }

  private rule(n: number): Locator {
    return this.page.getByRole('group', { name: `申报条件 ${n}` });
  }

  private async choose(scope: Locator, label: string, option: string): Promise<void> {
    // Typing filters the (virtual) list to the option; Enter picks it.
    const box = scope.getByLabel(label);
    await box.click();
    await box.pressSequentially(option);
    await box.press('Enter');
  }

  /** Publishes a policy for 生态特色食品 firms with at least one signed deal. */
  async publish(title: string, deadline: string): Promise<void> {
    await this.page.getByRole('button', { name: '发布政策' }).click();
    const dialog = this.page.getByRole('dialog', { name: '发布政策' });
    await dialog.getByLabel('政策名称').fill(title);
    await dialog.getByLabel('扶持内容').fill('按已签约合同金额的 2% 给予奖补');
    await dialog.getByLabel('申报截止日期').fill(deadline);
    await dialog.getByLabel('申报截止日期').press('Enter');
    await this.choose(this.rule(1), '所属行业', '生态特色食品');
    await this.page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: '添加条件' }).click();
    await this.choose(this.rule(2), '条件类型', '已签约合同');
    await dialog.getByRole('button', { name: /^发\s?布$/ }).click();
  }

  policyRow(title: string): Locator {
    return this.page.getByRole('row').filter({ hasText: title });
  }

  card(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }
}

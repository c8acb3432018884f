import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

import { ConsolePage } from './ConsolePage';

/** The organiser's pages: the event form (create and settings), registrations review and the 供需清单 import. */
export class OrganiserEventPage extends ConsolePage {
  constructor(page: Page) {
    super(page);
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  /** A field of the event form by its label. */
  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** The message shown under a field (or a list such as 洽谈桌). */
  fieldError(text: string | RegExp): Locator {
    return this.main.getByText(text);
  }

  /** Types a Shanghai date-time into a picker and confirms it. */
  async setTime(label: string, wall: string): Promise<void> {
    const input = this.field(label);
    await input.click();
    await input.fill(wall);
    await input.press('Enter');
    await expect(input).toHaveValue(wall);
  }

  async fillEvent(values: {
    title: string;
    theme: string;
    venue: string;
    sectors: string[];
    category: string;
    startsAt: string;
    endsAt: string;
    registrationClosesAt: string;
    slotMinutes: number;
    maxRequestsPerFirm: number;
  }): Promise<void> {
    await this.field('活动名称').fill(values.title);
    await this.field('活动主题').fill(values.theme);
    await this.field('地点').fill(values.venue);
    for (const s of values.sectors) {
      await this.field('产业').fill(s);
      await this.pick(s);
    }
    await this.page.keyboard.press('Escape');
    await this.field('产业链环节').fill(values.category.slice(0, 2));
    await this.pick(values.category);
    await this.page.keyboard.press('Escape');
    await this.setTime('开始时间', values.startsAt);
    await this.setTime('结束时间', values.endsAt);
    await this.setTime('报名截止', values.registrationClosesAt);
    await this.field('每场洽谈时长（分钟）').fill(String(values.slotMinutes));
    await this.field('每家企业可发起的洽谈邀约数').fill(String(values.maxRequestsPerFirm));
  }

  /** Gives table `n` (1-based) a tag by its label, e.g. 翻译桌. */
  async tagTable(n: number, tag: string): Promise<void> {
    await this.page.getByLabel(`桌位标签 ${n}`, { exact: true }).click();
    await this.pick(tag);
    await this.page.keyboard.press('Escape');
  }

  async removeTable(n: number): Promise<void> {
    await this.page.getByRole('button', { name: `删除 ${n}` }).click();
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** A registration's row, by its firm's name. */
  registration(firm: string): Locator {
    return this.main.getByRole('row', { name: firm });
  }

  async filterRegistrations(label: '审核状态' | '产业', option: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(option);
    await this.pick(option);
  }

  /** A row of the import preview, e.g. `第 2 行`. */
  previewRow(row: number): Locator {
    return this.main.getByRole('row', { name: `第 ${row} 行` });
  }

  async upload(name: string, csv: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '选择文件并预览' }).click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  }
}

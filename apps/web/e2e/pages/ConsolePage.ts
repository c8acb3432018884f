import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** What every signed-in page has: the menu, the bell, toasts; and a record of CSP violations. */
export class ConsolePage {
  constructor(readonly page: Page) {}

  /** Call before the first navigation: collects Content-Security-Policy violations of the page. */
  static async watchCsp(page: Page): Promise<void> {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.sample}`));
    });
  }

  /**
   * Violations other than antd's scrollbar probe (rc-util measures a custom ::-webkit-scrollbar
   * with a style it cannot give a nonce; blocked, it measures the default, which is what we use).
   */
  async cspViolations(): Promise<string[]> {
    const all = await this.page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    return all.filter((v) => !v.includes('rc-scrollbar-measure'));
  }

  menu(name: string): Locator {
    return this.page.getByRole('menuitem', { name });
  }

  bell(unread: number): Locator {
    return this.page.getByRole('button', { name: `通知（${unread} 条未读）` });
  }

  async expectToast(text: string | RegExp): Promise<void> {
    await expect(this.page.getByText(text).first()).toBeVisible();
  }

  /** Picks an option of an antd select or cascader by its title (what the user reads in the list). */
  async pick(title: string): Promise<void> {
    await this.page.getByTitle(title, { exact: true }).last().click();
  }
}

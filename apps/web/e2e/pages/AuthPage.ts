import type { Page } from '@playwright/test';

export class AuthPage {
  constructor(readonly page: Page) {}

  async signUp(name: string, email: string, password: string): Promise<void> {
    await this.page.getByRole('link', { name: '没有账号？立即注册' }).click();
    await this.page.getByLabel('姓名').fill(name);
    await this.page.getByLabel('邮箱').fill(email);
    await this.page.getByLabel('密码').fill(password);
    await this.page.getByRole('button', { name: '注册' }).click();
  }

  async logIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel('邮箱').fill(email);
    await this.page.getByLabel('密码').fill(password);
    await this.page.getByRole('button', { name: '登录' }).click();
  }
}

import { weakPasswordProblem } from './password';

describe('weakPasswordProblem', () => {
  const email = 'zhang.wei@maotai-pack.cn';

  it.each([
    ['aaaaaaaaaaaa', '至少包含 5 个不同的字符'],
    ['1212121212', '至少包含 5 个不同的字符'],
    ['1234567890', '连续的数字、字母或键盘按键'],
    ['0987654321', '连续的数字、字母或键盘按键'],
    ['7890123456', '连续的数字、字母或键盘按键'],
    ['abcdefghijk', '连续的数字、字母或键盘按键'],
    ['QWERTYUIOP', '连续的数字、字母或键盘按键'],
    ['1qaz2wsx3edc', '连续的数字、字母或键盘按键'],
    ['password123', '常见密码'],
    ['Password@2020', '常见密码'],
    ['Admin@2020', '常见密码'],
    ['woaini1314', '常见密码'],
    ['zhang.wei2020', '不能与邮箱相同'],
    ['zhang.wei@maotai-pack.cn', '不能与邮箱相同'],
  ])('refuses %s', (password, why) => {
    expect(weakPasswordProblem(password, email)).toBe(`password（密码）过于简单：${msg(why)}`);
  });

  it.each(['correct-horse-battery', 'duijie-demo-2020', 'a1b2c3d4e5', '茅台镇包装厂2020采购', 'wrong-password-x'])(
    'accepts %s',
    (password) => expect(weakPasswordProblem(password, email)).toBeNull(),
  );

  it('names the field it checks', () => {
    expect(weakPasswordProblem('1234567890', email, 'newPassword', '新密码')).toMatch(
      /^newPassword（新密码）过于简单：/,
    );
  });
});

/** The whole reason as the rule words it. */
function msg(part: string): string {
  const reasons = ['至少包含 5 个不同的字符', '不能是连续的数字、字母或键盘按键', '不能使用常见密码', '不能与邮箱相同'];
  return reasons.find((r) => r.includes(part))!;
}

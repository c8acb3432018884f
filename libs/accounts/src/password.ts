import { hash, verify } from '@node-rs/argon2';

/** Argon2id with the library's recommended parameters (19 MiB, t=2). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/** A real hash of nothing useful, verified when the e-mail is unknown so timing reveals no accounts. */
export function dummyHash(): Promise<string> {
  dummy ??= hash('duijie-no-such-account');
  return dummy;
}

/** Runs of keys a person types when asked for a password: a password inside one (either way) is guessed first. */
const RUNS = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1qaz2wsx3edc4rfv'];

/** Words every guessing list starts with; a password that is one of them with digits or marks around is no better. */
const COMMON = ['password', 'passw0rd', 'p@ssw0rd', 'admin', 'qwerty', 'iloveyou', 'woaini', 'welcome', 'letmein'];

/**
 * Why `password` is too easy to guess for the account `email`, in Chinese naming the field, or null.
 * Length is the input rule's (10 to 200); this catches what a guessing list tries first: few
 * different characters (aaaaaaaaaa, 1212121212), a run of keys (1234567890, qwertyuiop, in either
 * direction), a common word with digits or marks around it (password123, Admin@2020), the e-mail
 * or its name part.
 */
export function weakPasswordProblem(
  password: string,
  email: string,
  field = 'password',
  label = '密码',
): string | null {
  const p = password.toLowerCase();
  const say = (why: string) => `${field}（${label}）过于简单：${why}`;
  if (new Set(p).size < 5) return say('至少包含 5 个不同的字符');
  const core = p.replace(/^[^a-z]+|[^a-z]+$/g, '');
  if (COMMON.includes(core) || COMMON.includes(p.replace(/[^a-z0-9@]+$/g, '').replace(/\d+$/, '')))
    return say('不能使用常见密码');
  const run = p.replace(/[^a-z0-9]/g, '');
  if (run.length >= p.length - 1 && RUNS.some((r) => inRun(run, r) || inRun(run, [...r].reverse().join(''))))
    return say('不能是连续的数字、字母或键盘按键');
  const name = email.trim().toLowerCase();
  const local = name.split('@')[0];
  if (p.includes(name) || (local.length >= 4 && p.replace(/\d+$/, '') === local)) return say('不能与邮箱相同');
  return null;
}

/** Whether `s` is made of `run`'s keys in order, possibly wrapping around it (7890123456). */
function inRun(s: string, run: string): boolean {
  return (run + run).includes(s);
}

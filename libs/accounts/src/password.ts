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

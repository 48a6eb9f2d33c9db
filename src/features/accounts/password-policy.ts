/** Why a new password is refused, as a key of accounts.error; undefined when it is acceptable. */
export type PasswordProblem = 'passwordShort' | 'passwordLong' | 'passwordEmail' | 'passwordCommon';

let common: Set<string> | undefined;

/** The 49 000 most common passwords (zxcvbn-ts's list), loaded on first use: it costs memory only when someone sets a password. */
async function commonPasswords(): Promise<Set<string>> {
  if (!common) {
    const { dictionary } = await import('@zxcvbn-ts/language-common');
    common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  }
  return common;
}

/**
 * At least 12 characters, at most 256; not the email (or its name part); not a common password,
 * nor one with digits or symbols stuck on its end ("password1234!"); not a handful of characters repeated.
 */
export async function passwordProblem(password: string, email: string): Promise<PasswordProblem | undefined> {
  if ([...password].length < 12) return 'passwordShort';
  if (password.length > 256) return 'passwordLong';
  const lower = password.toLowerCase();
  const address = email.toLowerCase().trim();
  const local = address.split('@')[0] ?? '';
  if (lower === address || (local.length >= 4 && lower.includes(local))) return 'passwordEmail';
  const list = await commonPasswords();
  const stem = lower.replace(/[^\p{L}]+$/u, '');
  if (list.has(lower) || (stem.length >= 4 && list.has(stem)) || new Set(lower).size < 5) return 'passwordCommon';
  return undefined;
}

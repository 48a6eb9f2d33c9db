import type { AppDeps } from '../../web/context.js';
import { authFlag } from './auth-columns.js';

/**
 * The first secretariat account, from SECRETARIAT_EMAIL (and SECRETARIAT_PASSWORD for a new one):
 * created through better-auth with its email marked verified, or an existing account promoted.
 */
export async function ensureSecretariat(deps: Pick<AppDeps, 'auth' | 'db' | 'dialect'>, email: string, password: string | undefined): Promise<'promoted' | 'created' | 'unchanged' | 'needs-password'> {
  const existing = await deps.db.selectFrom('users').select(['id', 'hubRole']).where('email', '=', email.toLowerCase()).executeTakeFirst();
  if (existing) {
    if (existing.hubRole === 'secretariat') return 'unchanged';
    await deps.db.updateTable('users').set({ hubRole: 'secretariat' }).where('id', '=', existing.id).execute();
    return 'promoted';
  }
  if (!password) return 'needs-password';
  const { user } = await deps.auth.api.signUpEmail({ body: { name: 'Secretariat', email, password } });
  await deps.db.updateTable('users').set({ hubRole: 'secretariat', emailVerified: authFlag(deps.dialect, true) }).where('id', '=', user.id).execute();
  return 'created';
}

import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { notFound } from '../../lib/errors.js';
import { cleanMultiline, cleanText } from '../../lib/text.js';
import { renderBarChart } from '../../web/charts/charts.js';
import type { FieldErrors } from '../../web/components/form.js';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { publicOrigin } from '../../web/links.js';
import { gate } from '../../web/policy.js';
import { doneNotice, queryFilter, render } from '../../web/render.js';
import { actorOf } from '../accounts/forms.js';
import { type PolicyAreaSlug, isPolicyAreaSlug } from '../policy-areas/policy-areas.js';
import { idParam } from '../workspace/access.js';
import { actsForCountry, countryForbidden, countryParam } from './country-access.js';
import { actionForm, noteForm, parsedForm } from './action-schema.js';
import { type ActionDetail, actionCreator, actionHistory, actionNoteAdder, actionShares, actionUpdater, actionsCsv, countryAction, countryActions, publishedRecommendation } from './actions.js';
import { type ActionStatus, actionStatuses } from './types.js';
import { ActionEditPage, type ActionValues, type NoteValues, actionValuesOf, emptyAction } from './views/action-form.js';
import { ActionHistoryPage } from './views/action-history.js';
import { ActionMatrixPage } from './views/action-matrix.js';
import { percent } from './views/format.js';
import { policyAreaLabel } from '../policy-areas/present.js';

const isStatus = (value: string): value is ActionStatus => (actionStatuses as readonly string[]).includes(value);
const emptyNote = (): NoteValues => ({ onDate: new Date().toISOString().slice(0, 10), text: '', evidenceUrl: '' });
const doneNotices = { created: 'actions.done.created', saved: 'actions.done.saved', unchanged: 'actions.done.unchanged', noted: 'actions.done.noted' };

/** A country's action tracker: the public matrix, its CSV and history; editing by focal points and the secretariat. */
export function actionPages(deps: AppDeps) {
  const { db } = deps;

  /** The country, and whether the user may edit its actions (anyone else gets a 403 page saying who may). */
  const editableCountry = async (c: Context<AppEnv>) => {
    const country = await countryParam(c, db);
    return { country, allowed: actsForCountry(c.var.user, country.iso3) };
  };

  const forbiddenPage = (c: Context<AppEnv>, name: string) =>
    countryForbidden(c, { title: c.var.t('actions.forbidden.title'), text: c.var.t('actions.forbidden.text', { country: name }) });

  /** The action of the URL within the country: another country's action is not found here. */
  const actionOf = async (c: Context<AppEnv>, iso3: string): Promise<ActionDetail> => {
    const action = await countryAction(db, iso3, idParam(c.req.param('id')));
    if (!action) throw notFound('The action');
    return action;
  };

  const editPage = (
    c: Context<AppEnv>,
    country: { iso3: string; name: string },
    form: { stored?: ActionDetail; values: ActionValues; errors?: FieldErrors; note?: { values: NoteValues; errors: FieldErrors } },
    status: ContentfulStatusCode = 200,
  ) => {
    const { t, locale } = c.var;
    const title = form.stored ? t('actions.form.editTitle', { country: country.name }) : t('actions.form.newTitle', { country: country.name });
    return render(
      c,
      { title },
      <ActionEditPage
        t={t}
        locale={locale}
        iso3={country.iso3}
        name={country.name}
        token={c.var.csrfToken()}
        stored={form.stored}
        values={form.values}
        errors={form.errors ?? {}}
        note={form.note ?? { values: emptyNote(), errors: {} }}
      />,
      status,
    );
  };

  /** The posted action form: its values as typed, and the checked input or the errors (the recommendation looked up too). */
  const postedAction = async (c: Context<AppEnv>) => {
    const body = await c.req.parseBody();
    const values = Object.fromEntries(Object.keys(emptyAction).map((k) => [k, cleanText(typeof body[k] === 'string' ? body[k] : '', 2000)])) as ActionValues;
    const parsed = parsedForm(actionForm, values, c.var.t);
    if (parsed.errors) return { values, errors: parsed.errors };
    if (parsed.input.recommendationRef && !(await publishedRecommendation(db, parsed.input.recommendationRef))) {
      return { values, errors: { recommendationRef: c.var.t('actions.error.recommendation') } };
    }
    return { values, input: parsed.input };
  };

  return new Hono<AppEnv>()
    .get('/countries/:iso3/actions', gate('public'), async (c) => {
      const country = await countryParam(c, db);
      if (country.raw !== country.iso3) return c.redirect(`/countries/${country.iso3}/actions`, 301);
      const { t, locale } = c.var;
      doneNotice(c, doneNotices);
      const filter = { status: queryFilter(c, 'status', isStatus), policyArea: queryFilter(c, 'policyArea', (v): v is PolicyAreaSlug => isPolicyAreaSlug(v)) };
      const all = await countryActions(db, country.iso3);
      const shares = actionShares(all);
      const actions = all.filter((a) => (!filter.status || a.status === filter.status) && (!filter.policyArea || a.policyArea === filter.policyArea));
      const chart = renderBarChart({
        id: 'action-shares',
        title: t('actions.share.chartTitle'),
        description: t('actions.share.chartDescription'),
        valueLabel: t('actions.share.axis'),
        categoryLabel: t('actions.share.area'),
        bars: [
          ...shares.byPolicyArea.map((s) => ({ label: policyAreaLabel(t, s.policyArea, 'short'), value: s.share === null ? undefined : s.share * 100 })),
          { label: t('actions.share.overall'), value: shares.overall.share === null ? undefined : shares.overall.share * 100, highlight: true },
        ],
        domain: [0, 100],
        format: (n) => percent(n / 100, locale),
        missing: t('actions.share.noneCounted'),
      });
      return render(
        c,
        { title: t('actions.title', { country: country.name }), description: t('actions.lead', { country: country.name }), json: `/api/v1/countries/${country.iso3}/actions` },
        <ActionMatrixPage
          t={t}
          locale={locale}
          iso3={country.iso3}
          name={country.name}
          actions={actions}
          shares={shares}
          chart={chart}
          filter={filter}
          total={all.length}
          sample={all.some((a) => a.isSample)}
          canEdit={actsForCountry(c.var.user, country.iso3)}
        />,
      );
    })
    .get('/countries/:iso3/actions.csv', gate('public'), async (c) => {
      const country = await countryParam(c, db);
      const csv = actionsCsv(await countryActions(db, country.iso3), publicOrigin(c, deps.publicUrl));
      c.header('Content-Type', 'text/csv; charset=utf-8; header=present');
      c.header('Content-Disposition', `attachment; filename="actions-${country.iso3}.csv"`);
      return c.body(csv);
    })
    .get('/countries/:iso3/actions/history', gate('public'), async (c) => {
      const country = await countryParam(c, db);
      const { t, locale } = c.var;
      const entries = await actionHistory(db, country.iso3);
      return render(c, { title: t('actions.history.title', { country: country.name }), description: t('seo.actionHistory', { country: country.name }) }, <ActionHistoryPage t={t} locale={locale} iso3={country.iso3} name={country.name} entries={entries} />);
    })
    .get('/countries/:iso3/actions/new', gate('signedIn'), async (c) => {
      const { country, allowed } = await editableCountry(c);
      if (!allowed) return forbiddenPage(c, country.name);
      return editPage(c, country, { values: emptyAction });
    })
    .post('/countries/:iso3/actions', gate('signedIn'), async (c) => {
      const { country, allowed } = await editableCountry(c);
      if (!allowed) return forbiddenPage(c, country.name);
      const form = await postedAction(c);
      if (!form.input) return editPage(c, country, { values: form.values, errors: form.errors }, 422);
      const input = form.input;
      const id = await db.transaction().execute((trx) =>
        actionCreator(trx, actorOf(c), { ...input, country: country.iso3, supporting: input.supporting, targetDate: input.targetDate ?? undefined, recommendationRef: input.recommendationRef ?? undefined }),
      );
      deps.responseCache.clear();
      return c.redirect(`/countries/${country.iso3}/actions?done=created#action-${id}`, 303);
    })
    .get('/countries/:iso3/actions/:id{[0-9]+}/edit', gate('signedIn'), async (c) => {
      const { country, allowed } = await editableCountry(c);
      if (!allowed) return forbiddenPage(c, country.name);
      const action = await actionOf(c, country.iso3);
      doneNotice(c, doneNotices);
      return editPage(c, country, { stored: action, values: actionValuesOf(action) });
    })
    .post('/countries/:iso3/actions/:id{[0-9]+}', gate('signedIn'), async (c) => {
      const { country, allowed } = await editableCountry(c);
      if (!allowed) return forbiddenPage(c, country.name);
      const action = await actionOf(c, country.iso3);
      const form = await postedAction(c);
      if (!form.input) return editPage(c, country, { stored: action, values: form.values, errors: form.errors }, 422);
      const input = form.input;
      const changed = await db.transaction().execute((trx) => actionUpdater(trx, actorOf(c), action, input));
      deps.responseCache.clear();
      return c.redirect(`/countries/${country.iso3}/actions?done=${changed.length ? 'saved' : 'unchanged'}#action-${action.id}`, 303);
    })
    .post('/countries/:iso3/actions/:id{[0-9]+}/notes', gate('signedIn'), async (c) => {
      const { country, allowed } = await editableCountry(c);
      if (!allowed) return forbiddenPage(c, country.name);
      const action = await actionOf(c, country.iso3);
      const body = await c.req.parseBody();
      const field = (name: string) => {
        const value = body[`note-${name}`] ?? body[name];
        return typeof value === 'string' ? value : '';
      };
      const values: NoteValues = { onDate: cleanText(field('onDate'), 20), text: cleanMultiline(field('text'), 10_000), evidenceUrl: cleanText(field('evidenceUrl'), 2000) };
      const parsed = parsedForm(noteForm, values, c.var.t);
      if (parsed.errors) return editPage(c, country, { stored: action, values: actionValuesOf(action), note: { values, errors: parsed.errors } }, 422);
      const note = parsed.input;
      await db.transaction().execute((trx) => actionNoteAdder(trx, actorOf(c), action, note));
      deps.responseCache.clear();
      return c.redirect(`/countries/${country.iso3}/actions/${action.id}/edit?done=noted`, 303);
    });
}

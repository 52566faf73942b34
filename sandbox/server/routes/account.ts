// /api/v4/account (with optional `with=`), /api/v4/users, and custom field definitions.
import { sendJson, sendNoContent } from '../http';
import { readPage, sendPage } from '../paging';
import { param, route, type Ctx, type Route } from '../router';
import { fieldOut, selfLinks } from '../serialize';

function account(ctx: Ctx): void {
  const withSet = ctx.query.withSet();
  const a = ctx.store.data.account;
  const extra: Record<string, unknown> = {};
  const embedded: Record<string, unknown> = {};
  if (withSet.has('amojo_id')) extra.amojo_id = 'b1c2d3e4-5f60-4718-9a2b-3c4d5e6f7a8b';
  if (withSet.has('version')) extra.version = 1;
  if (withSet.has('is_api_filter_enabled')) extra.is_api_filter_enabled = false;
  if (withSet.has('drive_url')) extra.drive_url = 'https://drive-b.amocrm.ru';
  if (withSet.has('users_groups')) embedded.users_groups = [{ id: 0, name: 'Отдел продаж', uuid: null }];
  if (withSet.has('task_types'))
    embedded.task_types = [
      { id: 1, name: 'Связаться', color: null, icon_id: null, code: 'FOLLOW_UP' },
      { id: 2, name: 'Встреча', color: null, icon_id: null, code: 'MEETING' },
    ];
  if (withSet.has('datetime_settings')) {
    embedded.datetime_settings = {
      date_pattern: 'd.m.Y H:i',
      short_date_pattern: 'd.m.Y',
      short_time_pattern: 'H:i',
      date_format: 'd.m.Y',
      time_format: 'H:i:s',
      timezone: 'Europe/Moscow',
      timezone_offset: '+03:00',
    };
  }
  if (withSet.has('entity_names'))
    embedded.entity_names = { leads: { ru: { singular_form: { default: 'Сделка' }, plural_form: { default: 'Сделки' } } } };
  const body = {
    ...a,
    current_user_id: ctx.userId,
    ...extra,
    _links: selfLinks(ctx.origin, '/api/v4/account'),
    ...(Object.keys(embedded).length ? { _embedded: embedded } : {}),
  };
  sendJson(ctx.res, 200, body);
}

function users(ctx: Ctx): void {
  const page = readPage(ctx.res, ctx.query);
  if (!page) return;
  sendPage(ctx.res, ctx, 'users', ctx.store.data.users, page, { totals: true }, (u) => ({
    ...u,
    _links: selfLinks(ctx.origin, `/api/v4/users/${u.id}`),
  }));
}

function user(ctx: Ctx): void {
  const u = ctx.store.data.users.find((x) => x.id === param(ctx, 0));
  if (!u) return sendNoContent(ctx.res);
  sendJson(ctx.res, 200, { ...u, _links: selfLinks(ctx.origin, `/api/v4/users/${u.id}`) });
}

function fieldsOf(ctx: Ctx, entity: 'contacts' | 'leads') {
  return ctx.store.fieldsOf(entity);
}

function customFields(entity: 'contacts' | 'leads') {
  return (ctx: Ctx): void => {
    const page = readPage(ctx.res, ctx.query);
    if (!page) return;
    const types = ctx.query.list('filter[type]');
    const defs = fieldsOf(ctx, entity).filter((f) => types.length === 0 || types.includes(f.type));
    const path = `/api/v4/${entity}/custom_fields`;
    sendPage(ctx.res, ctx, 'custom_fields', defs, page, { totals: true }, (f) => fieldOut(f, ctx.origin, path));
  };
}

function customField(entity: 'contacts' | 'leads') {
  return (ctx: Ctx): void => {
    const f = fieldsOf(ctx, entity).find((d) => d.id === param(ctx, 0));
    if (!f) return sendNoContent(ctx.res);
    sendJson(ctx.res, 200, fieldOut(f, ctx.origin, `/api/v4/${entity}/custom_fields`));
  };
}

export const accountRoutes: Route[] = [
  route('GET', '/api/v4/account', account),
  route('GET', '/api/v4/users', users),
  route('GET', '/api/v4/users/:id', user),
  route('GET', '/api/v4/contacts/custom_fields', customFields('contacts')),
  route('GET', '/api/v4/contacts/custom_fields/:id', customField('contacts')),
  route('GET', '/api/v4/leads/custom_fields', customFields('leads')),
  route('GET', '/api/v4/leads/custom_fields/:id', customField('leads')),
];

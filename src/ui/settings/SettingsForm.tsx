// The widget's settings as the manager needs them: for each of the eight, what the widget found
// in this account (field name and id), a choice among the account's fields of the right type, and
// what is wrong with a saved value in words. Every choice is written back into amoCRM's own input
// so amoCRM's Save stores it; the adapter's onSave refuses to save while a problem remains.
import { useEffect, useId, useMemo, useRef, useSyncExternalStore } from 'react';
import { useQueries } from '@tanstack/react-query';
import { useHost } from '../host/HostContext';
import { SETTINGS_KEYS } from '../../domain/settings';
import { contactFieldsQuery, leadFieldsQuery } from '../../api/hooks/queries';
import { catalogsQuery } from '../../api/hooks/useCardKindData';
import { useAmoClient } from '../../api/hooks/AmoClientProvider';
import { ErrorNotice, Loading } from '../StatusMessage';
import {
  catalogChoices,
  checkSetting,
  detected,
  fieldChoices,
  FIELD_SETTING_ROWS,
  markerChoices,
  type Account,
  type Choice,
  type FieldSettingKey,
  type Problem,
  type SettingKey,
} from './settingsModel';
import type { SettingsFormState } from './settingsFormState';
import css from './settings.module.css';

const ORDER = SETTINGS_KEYS;
const TAG = '__tag__';

export function SettingsForm({ state }: { state: SettingsFormState }) {
  const host = useHost();
  const client = useAmoClient();
  const snapshot = useSyncExternalStore(state.subscribe, state.get, state.get);
  const formRef = useRef<HTMLDivElement>(null);
  // A refused Save takes the manager to the first setting to fix (the modal may be scrolled away from it).
  useEffect(() => {
    if (snapshot.refused) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [snapshot.refused, snapshot.checked]);
  const [contactFields, leadFields, catalogs] = useQueries({
    queries: [contactFieldsQuery(client), leadFieldsQuery(client), catalogsQuery(client)],
  });
  const failed = contactFields.error ?? leadFields.error ?? catalogs.error;
  const account = useMemo<Account | undefined>(
    () =>
      contactFields.data && leadFields.data && catalogs.data
        ? { contactFields: contactFields.data, leadFields: leadFields.data, catalogs: catalogs.data }
        : undefined,
    [contactFields.data, leadFields.data, catalogs.data],
  );
  if (failed)
    return (
      <ErrorNotice error={failed} onRetry={() => void Promise.all([contactFields.refetch(), leadFields.refetch(), catalogs.refetch()])} />
    );
  if (!account) return <Loading text={host.t('settings_form.loading')} />;
  const problemCount = ORDER.filter((k) => snapshot.checked[k]).length;
  return (
    <div ref={formRef} className={css['partner_card_cleaner-settings']} lang={host.lang}>
      <p className={css['partner_card_cleaner-intro']}>{host.t('settings_form.intro')}</p>
      {snapshot.refused && problemCount > 0 && (
        <p role="alert" className={css['partner_card_cleaner-problem']}>
          {host.t('settings_form.not_saved', { count: problemCount })}
        </p>
      )}
      {ORDER.map((key) => (
        <SettingRow
          key={key}
          account={account}
          settingKey={key}
          value={snapshot.values[key] ?? ''}
          problem={snapshot.checked[key] ?? checkSetting(account, key, snapshot.values[key])}
          onChange={(v) => state.set(key, v)}
        />
      ))}
    </div>
  );
}

function choicesFor(account: Account, key: SettingKey): Choice[] {
  if (key === 'client_catalog') return catalogChoices(account);
  if (key === 'partner_marker') return markerChoices(account);
  return fieldChoices(account, key);
}

function SettingRow({
  account,
  settingKey: key,
  value,
  problem,
  onChange,
}: {
  account: Account;
  settingKey: SettingKey;
  value: string;
  problem: Problem | undefined;
  onChange: (value: string) => void;
}) {
  const host = useHost();
  const id = useId();
  const choices = choicesFor(account, key);
  const found = detected(account, key);
  const isTag = key === 'partner_marker' && value !== '' && !value.startsWith('field:');
  const known = value === '' || choices.some((c) => c.value === value);
  const foundText = found
    ? host.t(`settings_form.detected.${key === 'client_catalog' ? 'list' : key === 'partner_marker' ? 'marker' : 'field'}`, {
        name: found.name,
        id: found.id,
      })
    : host.t(`settings_form.not_detected.${kindOf(key)}`);
  return (
    <div className={css['partner_card_cleaner-setting']} role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-select`} className={css['partner_card_cleaner-label']}>
        {host.t(`settings_form.label.${key}`)}
      </label>
      <span className={css['partner_card_cleaner-found']}>{foundText}</span>
      <select
        id={`${id}-select`}
        className={css['partner_card_cleaner-select']}
        value={isTag ? TAG : value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => onChange(e.target.value === TAG ? host.t('settings_form.default_tag') : e.target.value)}
      >
        <option value="">
          {host.t('settings_form.auto', {
            found: found ? `${found.name}${found.value ? ` (id ${found.id})` : ''}` : host.t('settings_form.nothing'),
          })}
        </option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {key === 'partner_marker' ? c.name : `${c.name} (id ${c.id})`}
          </option>
        ))}
        {key === 'partner_marker' && <option value={TAG}>{host.t('settings_form.tag_option')}</option>}
        {!known && !isTag && <option value={value}>{host.t('settings_form.saved_value', { value })}</option>}
      </select>
      {isTag && (
        <input
          className={css['partner_card_cleaner-select']}
          aria-label={host.t('settings_form.tag_label')}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {problem && (
        <span id={`${id}-problem`} role="alert" className={css['partner_card_cleaner-problem']}>
          {host.t(`settings_form.problem.${problem.code}`, problemVars(problem))}
        </span>
      )}
    </div>
  );
}

function kindOf(key: SettingKey): 'contact_field' | 'lead_field' | 'list' | 'marker' {
  if (key === 'client_catalog') return 'list';
  if (key === 'partner_marker') return 'marker';
  return FIELD_SETTING_ROWS[key as FieldSettingKey].entity === 'contacts' ? 'contact_field' : 'lead_field';
}

function problemVars(p: Problem): Record<string, string> {
  return { value: p.value, name: 'name' in p ? p.name : '', type: 'type' in p ? p.type : '' };
}

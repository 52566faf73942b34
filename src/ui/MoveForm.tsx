// The client a number moves to: the suggested name (editable), the deals to link (preselected,
// changeable) and a new or an existing contact. One button moves it.
import { useId, useState } from 'react';
import { Input } from '@kommo-crm/crm-react-ui-kit/Input';
import { Checkbox, CheckboxDarkTheme, CheckboxLabelTheme, CheckboxLightTheme } from '@kommo-crm/crm-react-ui-kit/Checkbox';
import { Button } from '@kommo-crm/crm-react-ui-kit/Button';
import type { Host } from '../host';
import { useHost } from './host/HostContext';
import type { Contact } from '../api/schemas';
import type { CardPhone, OwnerVerdict } from '../domain/types';
import type { DealLine, ListedEvidence } from './phoneEvidence';
import { TargetSelect, type TargetOption } from './TargetSelect';
import { phoneText } from './phoneText';
import css from './panel.module.css';
import { CompactInputDark, CompactInputLight, CompactNeutralButton, CompactPrimaryButton } from './compactThemes';

export interface MoveChoice {
  phone: CardPhone;
  target: { kind: 'new'; name: string } | { kind: 'existing'; contactId: number; name: string };
  dealIds: number[];
}

export function MoveForm({
  phone,
  verdict,
  evidence,
  knownContacts,
  allDeals,
  isBusy,
  isChecking = false,
  onMove,
  onCancel,
}: {
  phone: CardPhone;
  verdict: OwnerVerdict | undefined;
  evidence: ListedEvidence | undefined;
  /** Contacts of the partner's deals: names for the suggested existing contact. */
  knownContacts: Contact[];
  /** Every deal of the partner, so a manager can link one the engine did not pick. */
  allDeals: DealLine[];
  isBusy: boolean;
  /** Other foremen holding the number are still being searched: no move until they are known. */
  isChecking?: boolean;
  onMove: (choice: MoveChoice) => void;
  onCancel: () => void;
}) {
  const host = useHost();
  const ids = useId();
  const suggestion = verdict?.suggestion;
  const [name, setName] = useState(suggestion?.name ?? '');
  const [dealIds, setDealIds] = useState<number[]>(suggestion?.dealIds ?? verdict?.dealIds ?? []);
  const existing = existingOptions(host, suggestion?.existingContactId, evidence, knownContacts);
  const [target, setTarget] = useState<'new' | number>(suggestion?.existingContactId ?? 'new');
  const deals = dealsToOffer(allDeals, evidence?.deals ?? [], dealIds);
  const nameMissing = target === 'new' && name.trim() === '';
  const light = host.theme !== 'dark';

  const submit = () => {
    if (nameMissing || isBusy || isChecking) return;
    const picked = existing.find((o) => o.value === target);
    onMove({
      phone,
      target: target === 'new' ? { kind: 'new', name: name.trim() } : { kind: 'existing', contactId: target, name: picked?.label ?? '' },
      dealIds,
    });
  };

  return (
    <form
      className={css['partner_card_cleaner-form']}
      aria-label={host.t('panel.move.form', { number: phoneText(phone) })}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <div className={css['partner_card_cleaner-field']}>
        <span className={css['partner_card_cleaner-label']} id={`${ids}-target`}>
          {host.t('panel.move.target')}
        </span>
        <TargetSelect
          labelId={`${ids}-target`}
          options={[{ value: 'new', label: host.t('panel.move.new_contact') }, ...existing]}
          value={target}
          onChange={setTarget}
        />
      </div>
      {target === 'new' && (
        <div className={css['partner_card_cleaner-field']}>
          <label className={css['partner_card_cleaner-label']} htmlFor={`${ids}-name`}>
            {host.t('panel.move.name')}
          </label>
          <Input
            id={`${ids}-name`}
            theme={light ? CompactInputLight : CompactInputDark}
            value={name}
            onChange={(e) => setName(e.target.value)}
            isInvalid={nameMissing}
            aria-describedby={`${ids}-source`}
            {...(nameMissing ? { invalidDescription: host.t('panel.move.name_required') } : {})}
          />
          {suggestion && suggestion.nameSource !== 'none' && (
            <span className={css['partner_card_cleaner-muted']} id={`${ids}-source`}>
              {host.t(`panel.move.name_from.${suggestion.nameSource}`)}
            </span>
          )}
        </div>
      )}
      {deals.length > 0 && (
        <fieldset className={css['partner_card_cleaner-fieldset']}>
          <legend className={css['partner_card_cleaner-label']}>{host.t('panel.move.deals')}</legend>
          {deals.map((d) => (
            <Checkbox.Label
              key={d.id}
              theme={CheckboxLabelTheme}
              textPlacement="right"
              isCentered
              text={d.contract ? `${d.title} · ${d.contract}` : d.title}
            >
              <Checkbox
                theme={light ? CheckboxLightTheme : CheckboxDarkTheme}
                checked={dealIds.includes(d.id)}
                onChange={(e) => setDealIds((now) => (e.target.checked ? [...now, d.id] : now.filter((x) => x !== d.id)))}
              />
            </Checkbox.Label>
          ))}
        </fieldset>
      )}
      {isChecking && (
        <span className={css['partner_card_cleaner-muted']} role="status">
          {host.t('panel.move.checking_holders')}
        </span>
      )}
      <div className={css['partner_card_cleaner-actions']}>
        <Button theme={CompactPrimaryButton} type="submit" isDisabled={nameMissing || isBusy || isChecking} isLoading={isBusy}>
          {host.t('panel.move.submit')}
        </Button>
        <Button theme={CompactNeutralButton} type="button" onClick={onCancel}>
          {host.t('panel.move.cancel')}
        </Button>
      </div>
    </form>
  );
}

function existingOptions(
  host: Host,
  suggestedId: number | undefined,
  evidence: ListedEvidence | undefined,
  known: Contact[],
): TargetOption[] {
  const label = (c: Contact) => c.name || host.t('panel.evidence.unnamed', { id: c.id });
  const options = (evidence?.contacts ?? []).map((c) => ({ value: c.id, label: label(c) }));
  if (suggestedId !== undefined && !options.some((o) => o.value === suggestedId)) {
    const contact = known.find((c) => c.id === suggestedId);
    options.unshift({ value: suggestedId, label: contact ? label(contact) : host.t('panel.evidence.unnamed', { id: suggestedId }) });
  }
  return options;
}

/** The deals the number appears in, plus any preselected one; not all of a foreman's hundreds. */
function dealsToOffer(all: DealLine[], own: DealLine[], preselected: number[]): DealLine[] {
  const ownIds = new Set(own.map((d) => d.id));
  return [...own, ...all.filter((d) => !ownIds.has(d.id) && preselected.includes(d.id))];
}

// One number on the partner's card: the number, whose it is (in words), the short why that opens
// into the evidence, duplicates to merge, and for a client's number the form that moves it.
import { useState } from 'react';
import { Accordion, AccordionItemTheme, AccordionTheme } from '@kommo-crm/crm-react-ui-kit/Accordion';
import { Button, ButtonPrimaryTheme, ButtonNeutralTheme } from '@kommo-crm/crm-react-ui-kit/Button';
import type { Host } from '../host';
import type { Contact } from '../api/schemas';
import type { CardPhone, OwnerVerdict, PhoneDuplicate } from '../domain/types';
import type { DealLine, PhoneEvidence } from './phoneEvidence';
import { OwnerBadge } from './OwnerBadge';
import { EvidenceList } from './EvidenceList';
import { MoveForm, type MoveChoice } from './MoveForm';
import { shortWhy } from './reasonText';
import { phoneText } from './phoneText';
import css from './panel.module.css';

// The kit's item is sized for a page; in a 280 px column it gets a tighter padding.
const COMPACT_ITEM = { ...AccordionItemTheme, '--crm-ui-kit-accordion-item-padding': '6px 8px 6px 12px', '--crm-ui-kit-accordion-item-margin-bottom': '0' };

export interface PhoneRowProps {
  host: Host;
  phone: CardPhone;
  verdict: OwnerVerdict | undefined;
  evidence: PhoneEvidence | undefined;
  knownContacts: Contact[];
  allDeals: DealLine[];
  duplicate: PhoneDuplicate | undefined;
  isMoving: boolean;
  /** Other holders of the number still being searched: the move waits for them. */
  isChecking: boolean;
  isMerging: boolean;
  onMove: (choice: MoveChoice) => void;
  onMerge: (e164: string) => void;
}

export function PhoneRow({ host, phone, verdict, evidence, knownContacts, allDeals, duplicate, isMoving, isChecking, isMerging, onMove, onMerge }: PhoneRowProps) {
  // The form opens on request: twelve open forms would bury the list in a 280 px column.
  const [wantsMove, setWantsMove] = useState(false);
  const canMove = verdict !== undefined && verdict.owner !== 'partner';
  return (
    <li className={css['partner_card_cleaner-row']} aria-label={phoneText(phone)}>
      <div className={css['partner_card_cleaner-rowHead']}>
        <span className={css['partner_card_cleaner-number']}>{phoneText(phone)}</span>
        <OwnerBadge host={host} verdict={verdict} />
      </div>
      {phone.phone.note && <span className={css['partner_card_cleaner-muted']}>{phone.phone.note}</span>}
      {duplicate && (
        <div className={css['partner_card_cleaner-actions']}>
          <span className={css['partner_card_cleaner-muted']}>{host.t('panel.duplicate.times', { count: duplicate.indexes.length })}</span>
          {duplicate.conflicting ? (
            <span className={css['partner_card_cleaner-muted']}>{host.t('panel.duplicate.conflicting')}</span>
          ) : (
            <Button theme={ButtonNeutralTheme} onClick={() => onMerge(duplicate.e164)} isLoading={isMerging} isDisabled={isMerging}>
              {host.t('panel.duplicate.merge')}
            </Button>
          )}
        </div>
      )}
      {verdict && <span className={css['partner_card_cleaner-why']}>{shortWhy(host, verdict)}</span>}
      {verdict && (
        <Accordion type="single" isCollapsible theme={AccordionTheme}>
          <Accordion.Item value="why" theme={COMPACT_ITEM} title={host.t('panel.why.details')}>
            <EvidenceList host={host} reasons={verdict.reasons} evidence={evidence} />
          </Accordion.Item>
        </Accordion>
      )}
      {isMoving && <span className={css['partner_card_cleaner-muted']}>{host.t('panel.move.in_progress')}</span>}
      {!isMoving && canMove && !wantsMove && (
        <div className={css['partner_card_cleaner-actions']}>
          <Button theme={verdict.owner === 'client' ? ButtonPrimaryTheme : ButtonNeutralTheme} onClick={() => setWantsMove(true)}>
            {host.t(verdict.owner === 'client' ? 'panel.move.open' : 'panel.move.its_client')}
          </Button>
        </div>
      )}
      {!isMoving && canMove && wantsMove && (
        <MoveForm
          host={host}
          phone={phone}
          verdict={verdict}
          evidence={evidence}
          knownContacts={knownContacts}
          allDeals={allDeals}
          isBusy={isMoving}
          isChecking={isChecking}
          onMove={onMove}
          onCancel={() => setWantsMove(false)}
        />
      )}
    </li>
  );
}

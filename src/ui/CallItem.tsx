// One call: direction, date, duration and, when the telephony kept it, the recording.
import type { Host } from '../host';
import type { CallLine } from './phoneEvidence';
import css from './panel.module.css';

function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

export function CallItem({ host, call }: { host: Host; call: CallLine }) {
  const date = new Date(call.created_at * 1000).toLocaleDateString(host.lang === 'ru' ? 'ru-RU' : 'en-GB');
  const direction = host.t(call.note_type === 'call_in' ? 'panel.evidence.call_in' : 'panel.evidence.call_out');
  const label = `${direction}, ${date}, ${duration(call.call.duration)}`;
  return (
    <li>
      {label}
      {call.call.link ? (
        <audio className={css['partner_card_cleaner-audio']} controls preload="none" src={call.call.link} aria-label={host.t('panel.evidence.recording', { call: label })} />
      ) : (
        <span className={css['partner_card_cleaner-muted']}> · {host.t('panel.evidence.no_recording')}</span>
      )}
    </li>
  );
}

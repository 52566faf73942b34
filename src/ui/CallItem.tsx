// One call: direction, date, duration and, when the telephony kept it, the recording.
import { useHost } from './host/HostContext';
import type { CallLine } from './phoneEvidence';
import css from './panel.module.css';

function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/**
 * The recording's address, only when it is a web address. The link is whatever the telephony
 * integration (or anyone with API access) wrote into the note: `javascript:`, `data:` or a
 * relative path must never become the player's source.
 */
export function playableRecording(link: string): string | null {
  try {
    const url = new URL(link.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function CallItem({ call }: { call: CallLine }) {
  const host = useHost();
  const date = new Date(call.created_at * 1000).toLocaleDateString(host.lang === 'ru' ? 'ru-RU' : 'en-GB');
  const direction = host.t(call.note_type === 'call_in' ? 'panel.evidence.call_in' : 'panel.evidence.call_out');
  const label = `${direction}, ${date}, ${duration(call.call.duration)}`;
  const link = call.call.link?.trim() ?? '';
  const src = link ? playableRecording(link) : null;
  return (
    <li>
      {label}
      {src ? (
        <audio
          className={css['partner_card_cleaner-audio']}
          controls
          preload="none"
          src={src}
          aria-label={host.t('panel.evidence.recording', { call: label })}
        />
      ) : link ? (
        <span className={css['partner_card_cleaner-muted']}> · {host.t('panel.evidence.recording_unplayable', { link })}</span>
      ) : (
        <span className={css['partner_card_cleaner-muted']}> · {host.t('panel.evidence.no_recording')}</span>
      )}
    </li>
  );
}

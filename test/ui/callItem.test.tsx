// @vitest-environment jsdom
// A call note's recording link is whatever the telephony wrote: only a web address is played.
import { screen } from '@testing-library/react';
import { asCallNote, noteSchema } from '../../src/api/schemas';
import { CallItem } from '../../src/ui/CallItem';
import type { CallLine } from '../../src/ui/phoneEvidence';
import { testHost } from './testHost';
import { renderWidget } from './renderWidget';

function callWithLink(link: string | null): CallLine {
  const note = noteSchema.parse({
    id: 88001001,
    entity_id: 31500101,
    created_at: 1710403365,
    note_type: 'call_in',
    params: { uniq: 'a1', duration: 95, source: 'telephony', link, phone: '89117654321' },
  });
  const call = asCallNote(note);
  if (!call) throw new Error('not a call note');
  return call;
}

function show(link: string | null, lang: 'ru' | 'en' = 'ru') {
  renderWidget(
    <ul>
      <CallItem call={callWithLink(link)} />
    </ul>,
    { host: testHost({ apiBase: '', partnerId: 1, lang }) },
  );
}

describe('a call recording', () => {
  it.each(['https://rec.example.ru/calls/a1.mp3', 'http://pbx.local/rec/a1.wav'])('plays %s', (link) => {
    show(link);
    expect(screen.getByLabelText(/Запись разговора: Входящий/)).toHaveAttribute('src', link);
  });

  it.each(['javascript:alert(document.cookie)', 'data:audio/wav;base64,AAAA', '/rec/a1.mp3', ' JaVaScRiPt:alert(1)', 'ftp://files/a1.mp3'])(
    'does not put %s into the player, and shows it as text that cannot be played',
    (link) => {
      show(link);
      expect(screen.queryByLabelText(/Запись разговора/)).toBeNull();
      expect(screen.getByText(/запись нельзя проиграть: ссылка не на веб-адрес/)).toHaveTextContent(link.trim());
    },
  );

  it('says so in English too, and says "no recording" when there is no link', () => {
    show('javascript:alert(1)', 'en');
    expect(screen.getByText(/the recording cannot be played/)).toBeInTheDocument();
    show(null, 'en');
    expect(screen.getByText(/no recording/)).toBeInTheDocument();
  });
});

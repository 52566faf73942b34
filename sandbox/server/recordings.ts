// Call recordings: a short, quiet, deterministic tone per call id, as a valid 8 kHz mono WAV,
// so the "listen to the call" button has something real to play.
const RATE = 8000;
const SECONDS = 3;

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** 8-bit unsigned PCM: two alternating tones with short pauses, pitch chosen by the call id. */
export function recordingWav(callId: string): Buffer {
  const samples = RATE * SECONDS;
  const buf = Buffer.alloc(44 + samples);
  buf.write('RIFF', 0, 'ascii');
  buf.writeUInt32LE(36 + samples, 4);
  buf.write('WAVE', 8, 'ascii');
  buf.write('fmt ', 12, 'ascii');
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20); // PCM
  buf.writeUInt16LE(1, 22); // mono
  buf.writeUInt32LE(RATE, 24);
  buf.writeUInt32LE(RATE, 28); // byte rate
  buf.writeUInt16LE(1, 32); // block align
  buf.writeUInt16LE(8, 34); // bits per sample
  buf.write('data', 36, 'ascii');
  buf.writeUInt32LE(samples, 40);
  const h = hash(callId);
  const tones = [300 + (h % 400), 300 + ((h >>> 9) % 400)];
  for (let i = 0; i < samples; i++) {
    const beat = Math.floor(i / (RATE / 2));
    const inPause = i % (RATE / 2) > RATE * 0.4;
    const f = tones[beat % 2] ?? 440;
    const v = inPause ? 0 : Math.sin((2 * Math.PI * f * i) / RATE) * 24;
    buf.writeUInt8(Math.round(128 + v), 44 + i);
  }
  return buf;
}

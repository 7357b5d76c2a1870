/**
 * Minimal PCM WAV reading and writing for the voice-pack generator
 * (16-bit mono only: what espeak-ng writes and what the pack ships).
 */
export interface Pcm {
  sampleRate: number;
  /** Samples in -1…1. */
  samples: Float32Array;
}

export function readWav(bytes: Uint8Array): Pcm {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a RIFF/WAVE file');
  let at = 12;
  let sampleRate = 0;
  let channels = 0;
  let bits = 0;
  while (at + 8 <= bytes.length) {
    const id = tag(at);
    // espeak-ng writing to a file leaves the data size at its placeholder; read to the end then.
    let size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ') {
      channels = view.getUint16(body + 2, true);
      sampleRate = view.getUint32(body + 4, true);
      bits = view.getUint16(body + 14, true);
    } else if (id === 'data') {
      if (channels !== 1 || bits !== 16) throw new Error(`need 16-bit mono, got ${bits}-bit × ${channels}`);
      if (size === 0 || body + size > bytes.length) size = bytes.length - body;
      const n = Math.floor(size / 2);
      const samples = new Float32Array(n);
      for (let i = 0; i < n; i++) samples[i] = view.getInt16(body + i * 2, true) / 32768;
      return { sampleRate, samples };
    }
    at = body + size + (size % 2);
  }
  throw new Error('no data chunk');
}

export function writeWav({ sampleRate, samples }: Pcm): Uint8Array {
  const out = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(out.buffer);
  const put = (at: number, s: string) => [...s].forEach((c, i) => (out[at + i] = c.charCodeAt(0)));
  put(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  put(8, 'WAVE');
  put(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  put(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((s, i) => view.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, s)) * 32767), true));
  return out;
}

/** Low-pass (windowed sinc) then linear interpolation: good enough for speech. */
export function resample(pcm: Pcm, rate: number): Pcm {
  if (pcm.sampleRate === rate) return pcm;
  const cutoff = (0.45 * Math.min(rate, pcm.sampleRate)) / pcm.sampleRate;
  const taps = 31;
  const half = (taps - 1) / 2;
  const kernel = Array.from({ length: taps }, (_, i) => {
    const x = i - half;
    const sinc = x === 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * x) / (Math.PI * x);
    return sinc * (0.54 - 0.46 * Math.cos((2 * Math.PI * i) / (taps - 1)));
  });
  const sum = kernel.reduce((a, b) => a + b, 0);
  const src = pcm.samples;
  const filtered = new Float32Array(src.length);
  for (let i = 0; i < src.length; i++) {
    let acc = 0;
    for (let k = 0; k < taps; k++) acc += (src[i + k - half] ?? 0) * (kernel[k] ?? 0);
    filtered[i] = acc / sum;
  }
  const n = Math.floor((src.length * rate) / pcm.sampleRate);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const pos = (i * pcm.sampleRate) / rate;
    const j = Math.floor(pos);
    const f = pos - j;
    out[i] = (filtered[j] ?? 0) * (1 - f) + (filtered[j + 1] ?? 0) * f;
  }
  return { sampleRate: rate, samples: out };
}

/** Cuts leading and trailing silence, keeping a few ms, with short fades against clicks. */
export function trimSilence(pcm: Pcm, threshold = 0.01, keepMs = 15): Pcm {
  const s = pcm.samples;
  let start = 0;
  while (start < s.length && Math.abs(s[start] ?? 0) < threshold) start++;
  let end = s.length - 1;
  while (end > start && Math.abs(s[end] ?? 0) < threshold) end--;
  const keep = Math.round((pcm.sampleRate * keepMs) / 1000);
  const out = s.slice(Math.max(0, start - keep), Math.min(s.length, end + keep));
  const fade = Math.min(Math.round(pcm.sampleRate * 0.005), Math.floor(out.length / 2));
  for (let i = 0; i < fade; i++) {
    out[i] = (out[i] ?? 0) * (i / fade);
    out[out.length - 1 - i] = (out[out.length - 1 - i] ?? 0) * (i / fade);
  }
  return { sampleRate: pcm.sampleRate, samples: out };
}

/** Scales so the loudest sample reaches `peak`, so every clip has the same level. */
export function normalize(pcm: Pcm, peak = 0.89): Pcm {
  let max = 0;
  for (const v of pcm.samples) max = Math.max(max, Math.abs(v));
  if (max === 0) return pcm;
  return { sampleRate: pcm.sampleRate, samples: pcm.samples.map((v) => (v * peak) / max) };
}

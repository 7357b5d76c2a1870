/**
 * Generates the bundled voice pack under display-board/public/voice/vi/ with
 * espeak-ng and lame (Debian: `apt-get install espeak-ng lame`): one clip per
 * catalogue entry, silence trimmed and levels evened, 16 kHz mono, stored as
 * 32 kbit/s MP3 (every browser, old TVs' included, decodes MP3; WAV would make
 * the pack ~2 MB), plus a synthetic chime and an index.json. Run once and
 * commit the files; the build does not need espeak-ng or lame.
 *
 *   npx tsx display-board/scripts/make-voice-pack.ts [--only vi|en] [--clip ID]… [--out DIR]
 *
 * `--clip letter-g` remakes only that clip (repeatable), so the other
 * committed clips stay byte for byte as they were; index.json always lists
 * the whole catalogue.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { voicePackCatalogue, type CatalogueEntry } from '../src/voice/voice-pack-catalogue';
import { normalize, readWav, resample, trimSilence, writeWav, type Pcm } from './wav';

const RATE = 16_000;
const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outDir = args.includes('--out') ? String(args[args.indexOf('--out') + 1]) : join(here, '..', 'public', 'voice', 'vi');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const clips = args.flatMap((a, i) => (a === '--clip' && args[i + 1] ? [String(args[i + 1])] : []));

function speak(entry: CatalogueEntry, work: string): Pcm {
  const file = join(work, `${entry.clip}.wav`);
  const [voice, text, extra] =
    entry.lang === 'en'
      ? entry.clip.startsWith('en-letter-')
        ? ['en-us', `<say-as interpret-as="characters">${entry.text}</say-as>`, ['-m']]
        : ['en-us', entry.text, []]
      : // Letter names are written e-lờ, ét-xì: espeak reads the parts as words.
        ['vi', entry.text.replace(/-/g, ' '), []];
  execFileSync('espeak-ng', ['-v', voice, '-s', '135', '-a', '180', ...extra, '-w', file, text]);
  return readWav(readFileSync(file));
}

/** A two-note "ding-dong" with a few harmonics and a soft decay. */
function chime(): Pcm {
  const notes = [
    { freq: 659.25, at: 0, length: 0.9 },
    { freq: 523.25, at: 0.45, length: 1.1 },
  ];
  const total = Math.ceil(RATE * 1.6);
  const samples = new Float32Array(total);
  for (const n of notes) {
    const start = Math.round(n.at * RATE);
    for (let i = 0; i < n.length * RATE && start + i < total; i++) {
      const t = i / RATE;
      const env = Math.min(1, t / 0.01) * Math.exp(-t * 3.2);
      const tone = Math.sin(2 * Math.PI * n.freq * t) + 0.35 * Math.sin(4 * Math.PI * n.freq * t) + 0.12 * Math.sin(6 * Math.PI * n.freq * t);
      samples[start + i] = (samples[start + i] ?? 0) + 0.4 * env * tone;
    }
  }
  return normalize({ sampleRate: RATE, samples }, 0.8);
}

function main(): void {
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'luot-voice-'));
  const catalogue = voicePackCatalogue();
  const unknown = clips.filter((c) => !catalogue.some((e) => e.clip === c));
  if (unknown.length > 0) throw new Error(`not in the catalogue: ${unknown.join(', ')}`);
  const entries = catalogue.filter((e) => (clips.length > 0 ? clips.includes(e.clip) : !only || e.lang === only || e.lang === 'sound'));
  let bytes = 0;
  try {
    for (const entry of entries) {
      const pcm = entry.lang === 'sound' ? chime() : normalize(trimSilence(resample(speak(entry, work), RATE)));
      const wavFile = join(work, `${entry.clip}.out.wav`);
      writeFileSync(wavFile, writeWav(pcm));
      const mp3File = join(outDir, `${entry.clip}.mp3`);
      execFileSync('lame', ['--quiet', '-m', 'm', '-b', '32', '--resample', '16', wavFile, mp3File]);
      bytes += statSync(mp3File).size;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const listed = clips.length > 0 ? catalogue.filter((e) => !only || e.lang === only || e.lang === 'sound') : entries;
  const index = { ext: 'mp3', format: 'MP3, 16 kHz, mono, 32 kbit/s', generator: 'espeak-ng + lame (scripts/make-voice-pack.ts)', clips: listed };
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(index, null, 1) + '\n');
  console.log(`voice pack: ${entries.length} clips, ${Math.round(bytes / 1024)} KB in ${outDir}`);
}

main();

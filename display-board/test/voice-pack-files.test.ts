/**
 * The committed voice pack (public/voice/vi/) against its catalogue: CI does
 * not regenerate the clips, so these checks keep the files honest.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { voicePackCatalogue, type CatalogueEntry } from '../src/voice/voice-pack-catalogue';

const PACK_DIR = new URL('../public/voice/vi/', import.meta.url);

interface PackIndex {
  ext: string;
  clips: CatalogueEntry[];
}

const index = JSON.parse(readFileSync(new URL('index.json', PACK_DIR), 'utf8')) as PackIndex;
const clipFiles = readdirSync(PACK_DIR).filter((f) => f.endsWith(`.${index.ext}`));

describe('the bundled voice pack', () => {
  it('has exactly one file per catalogue entry, and index.json lists the catalogue as it is', () => {
    const catalogue = voicePackCatalogue();
    expect(clipFiles.map((f) => f.slice(0, -index.ext.length - 1)).sort()).toEqual(catalogue.map((e) => e.clip).sort());
    const byClip = (entries: CatalogueEntry[]) =>
      entries.map((e) => ({ clip: e.clip, text: e.text, lang: e.lang })).sort((a, b) => a.clip.localeCompare(b.clip));
    expect(byClip(index.clips)).toEqual(byClip(catalogue));
  });

  it('has no two clips with the same bytes (each word must sound different)', () => {
    const owners = new Map<string, string[]>();
    for (const file of clipFiles) {
      const digest = createHash('sha256').update(readFileSync(new URL(file, PACK_DIR))).digest('hex');
      owners.set(digest, [...(owners.get(digest) ?? []), file]);
    }
    const same = [...owners.values()].filter((files) => files.length > 1);
    expect(same).toEqual([]);
  });
});

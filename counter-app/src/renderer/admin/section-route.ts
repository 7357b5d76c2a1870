/** Which section the URL's hash names; an unknown or empty hash is the first section. */
export function sectionFromHash(hash: string, ids: readonly string[]): string {
  const id = hash.replace(/^#/, '');
  return ids.includes(id) ? id : (ids[0] ?? '');
}

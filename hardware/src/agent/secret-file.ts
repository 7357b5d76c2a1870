import { chmod, writeFile } from 'node:fs/promises';

/**
 * Writes a secret (the agent token) readable by its owner only. writeFile's
 * `mode` applies only when it creates the file, so a file left from an
 * earlier run with a wider mode is narrowed first, before the new secret
 * goes in.
 */
export async function writeSecretFile(path: string, content: string): Promise<void> {
  try {
    await chmod(path, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await writeFile(path, content, { mode: 0o600 });
  await chmod(path, 0o600);
}

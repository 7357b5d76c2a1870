/**
 * Reads the hall's config file (.json, .yaml or .yml), validates it against
 * `hallConfigSchema`, and either returns the typed config or throws one
 * `HallConfigError` listing every problem with its field path and line.
 *
 * @example
 *   const config = loadHallConfig(process.env.LUOT_CONFIG ?? DEMO_HALL_CONFIG_PATH);
 */
import { readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { HUB_DIR } from '../paths';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { describeZodError, formatConfigPath, type ConfigPath } from './describe-config-issue';
import { HallConfigError, type HallConfigIssue } from './hall-config-error';
import { hallConfigSchema, type HallConfig } from './hall-config-schema';

/** The bundled demo hall, used when `LUOT_CONFIG` is not set. */
export const DEMO_HALL_CONFIG_PATH = join(HUB_DIR, 'config', 'demo-hall.yaml');

export type HallConfigFormat = 'json' | 'yaml';

/**
 * Loads and validates a hall config file. Synchronous on purpose: it runs once
 * at start-up, before anything listens, and callers may `await` it or not.
 */
export function loadHallConfig(path: string): HallConfig {
  const file = resolve(path);
  const format = formatOf(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new HallConfigError(file, [{ path: '', ...describeReadError(error) }]);
  }
  return parseHallConfig(text, format, file);
}

/**
 * Parses and validates config text that did not come from a file (an upload
 * in the admin screen, a test). `source` names it in error messages.
 */
export function parseHallConfig(text: string, format: HallConfigFormat, source = 'hall config'): HallConfig {
  // A BOM is invisible in editors but breaks JSON.parse.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new HallConfigError(source, [{ path: '', message: 'the file is empty', vi: 'tệp đang trống' }]);
  const lines = new LineCounter();
  const doc = parseDocument(body, { lineCounter: lines, uniqueKeys: true });
  const input = format === 'json' ? parseJson(body, source) : parseYaml(doc, source);
  const parsed = hallConfigSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  // JSON is YAML 1.2, so the same document gives line numbers for both formats.
  const located = doc.errors.length === 0 ? doc : undefined;
  const issues: HallConfigIssue[] = describeZodError(parsed.error, input).map((issue) => ({
    path: formatConfigPath(issue.path),
    message: issue.en,
    vi: issue.vi,
    line: located ? lineOf(located, lines, issue.path) : undefined,
  }));
  throw new HallConfigError(source, issues);
}

function formatOf(file: string): HallConfigFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  throw new HallConfigError(file, [
    {
      path: '',
      message: `unsupported file type "${ext || '(none)'}": use a .json, .yaml or .yml file`,
      vi: `không đọc được loại tệp "${ext || '(không có)'}": hãy dùng tệp .json, .yaml hoặc .yml`,
    },
  ]);
}

function describeReadError(error: unknown): { message: string; vi: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') {
    return { message: 'the file does not exist (check LUOT_CONFIG or the path given)', vi: 'tệp không tồn tại (kiểm tra LUOT_CONFIG hoặc đường dẫn đã cho)' };
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return { message: 'the file cannot be read: permission denied', vi: 'không đọc được tệp: không có quyền đọc' };
  }
  if (code === 'EISDIR') return { message: 'this is a folder, not a file', vi: 'đây là một thư mục, không phải một tệp' };
  const detail = error instanceof Error ? error.message : String(error);
  return { message: `the file cannot be read: ${detail}`, vi: `không đọc được tệp: ${detail}` };
}

function parseYaml(doc: Document, source: string): unknown {
  if (doc.errors.length > 0) {
    throw new HallConfigError(
      source,
      doc.errors.map((error) => ({
        path: '',
        // yaml appends " at line N, column M:" and a code excerpt; we give the line ourselves.
        message: `YAML syntax error: ${firstSentence(error.message)}${error.linePos ? `, column ${error.linePos[0].col}` : ''}`,
        // The parser's own words are English only: the Vietnamese says where and what to look at.
        vi: `lỗi cú pháp YAML${error.linePos ? ` ở cột ${error.linePos[0].col}` : ''}: kiểm tra dấu hai chấm, dấu ngoặc, dấu nháy và thụt lề`,
        line: error.linePos?.[0].line,
      })),
    );
  }
  return doc.toJS({ maxAliasCount: 100 });
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? lineAtOffset(text, Number(position[1])) : undefined;
    throw new HallConfigError(source, [
      {
        path: '',
        message: `JSON syntax error: ${firstSentence(message)}`,
        vi: 'lỗi cú pháp JSON: kiểm tra dấu phẩy, dấu ngoặc và dấu nháy',
        line,
      },
    ]);
  }
}

function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? message)
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/ in JSON at position \d+.*$/, '')
    .trim();
}

function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/** The line of the deepest node that exists along `path` (a missing field points at its parent). */
function lineOf(doc: Document, lines: LineCounter, path: ConfigPath): number | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    let node: unknown;
    try {
      node = doc.getIn(path.slice(0, depth), true);
    } catch {
      continue; // a path through a scalar: try the parent
    }
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lines.linePos(range[0]).line;
  }
  return undefined;
}

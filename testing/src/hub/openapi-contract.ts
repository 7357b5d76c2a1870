/**
 * Contract checking for test hubs: every answer under /api/v1 (and /healthz)
 * is compared with what hub-server/openapi.yaml says that route, method and
 * status return, with ajv (OpenAPI 3.1 schemas are JSON Schema 2020-12).
 * Objects the document lists properties for are checked closed, so a field
 * added, renamed or dropped on either side is a violation.
 */
import { readFileSync } from 'node:fs';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { OPENAPI_PATH } from '@luot/hub-server';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** One answer the hub gave: the registered route (`/api/v1/tickets/{id}`), not the URL. */
export interface Answer {
  method: string;
  route: string;
  status: number;
  contentType: string | undefined;
  body: string | undefined;
}

export interface ContractRecorder {
  /** "METHOD /route STATUS" of every checked answer. */
  readonly answered: ReadonlySet<string>;
  /** Readable mismatches: route, status and what was wrong. */
  readonly violations: readonly string[];
  check(answer: Answer): void;
  /** Throws with every violation, if any. */
  assertClean(): void;
}

const DOC_ID = 'https://luot.invalid/openapi.json';

/** Whether the contract speaks about this path: the API and the health check (pages and apps are not in it). */
export const inContract = (path: string): boolean => path.startsWith('/api/v1/') || path === '/healthz';

/** Fastify's `/a/:id` as OpenAPI's `/a/{id}`. */
export const openApiPath = (fastifyUrl: string): string => fastifyUrl.replace(/:([A-Za-z_]+)/g, '{$1}');

const pointer = (...parts: string[]) => '#/' + parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy where every object schema with listed properties and no word on others allows no others. */
function closeObjects(node: Json): Json {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) out[k] = closeObjects(v);
  if (isObject(node.properties) && !('additionalProperties' in node) && !('unevaluatedProperties' in node))
    out.additionalProperties = false;
  return out;
}

const loaded = new Map<string, { doc: JsonObject; ajv: Ajv2020 }>();
function load(path: string) {
  const cached = loaded.get(path);
  if (cached) return cached;
  const doc = parse(readFileSync(path, 'utf8')) as JsonObject;
  // strict off: the document also carries OpenAPI words (example, description) ajv need not know;
  // validateSchema off: the document itself is checked by the OpenAPI linter in npm test.
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema(closeObjects(doc) as object, DOC_ID);
  const entry = { doc, ajv };
  loaded.set(path, entry);
  return entry;
}

function resolveRef(doc: JsonObject, node: Json | undefined): { node: Json | undefined; at: string | undefined } {
  if (!isObject(node) || typeof node.$ref !== 'string') return { node, at: undefined };
  let target: Json | undefined = doc;
  for (const part of node.$ref.slice(2).split('/'))
    target = isObject(target) ? target[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return { node: target, at: node.$ref };
}

/** Checks answers against hub-server/openapi.yaml, or another service's document (the province server's). */
export function createContractRecorder(documentPath: string = OPENAPI_PATH): ContractRecorder {
  const { doc, ajv } = load(documentPath);
  const documentName = documentPath === OPENAPI_PATH ? 'hub-server/openapi.yaml' : documentPath;
  const answered = new Set<string>();
  const violations: string[] = [];
  const validators = new Map<string, ValidateFunction>();

  function validatorFor(schemaPointer: string): ValidateFunction {
    let v = validators.get(schemaPointer);
    if (!v) {
      v = ajv.getSchema(`${DOC_ID}${schemaPointer}`) ?? ajv.compile({ $ref: `${DOC_ID}${schemaPointer}` });
      validators.set(schemaPointer, v);
    }
    return v;
  }

  function violation(a: Answer, what: string) {
    const body =
      a.body === undefined ? '' : `\n    answer: ${a.body.length > 300 ? `${a.body.slice(0, 300)}…` : a.body}`;
    violations.push(`${a.method} ${a.route} → ${a.status}: ${what}${body}`);
  }

  return {
    answered,
    violations,
    check(a) {
      // Never throw into the hub's reply: a checker fault is reported like a mismatch.
      try {
        checkAnswer(a);
      } catch (e) {
        violation(a, `the contract check failed: ${(e as Error).message}`);
      }
    },
    assertClean() {
      if (violations.length > 0) {
        throw new Error(
          `${violations.length} HTTP answer(s) differ from ${documentName}:\n  ${violations.join('\n  ')}`,
        );
      }
    },
  };

  function checkAnswer(a: Answer): void {
    answered.add(`${a.method} ${a.route} ${a.status}`);
    const paths = doc.paths as JsonObject;
    const operation = isObject(paths[a.route]) ? (paths[a.route] as JsonObject)[a.method.toLowerCase()] : undefined;
    if (!isObject(operation)) return violation(a, 'the route is not in openapi.yaml');
    const responses = operation.responses as JsonObject;
    const status = String(a.status) in responses ? String(a.status) : 'default' in responses ? 'default' : undefined;
    if (status === undefined) return violation(a, `openapi.yaml gives this operation no ${a.status} answer`);
    const { node: response, at } = resolveRef(doc, responses[status]);
    const content = isObject(response) && isObject(response.content) ? response.content : undefined;
    const isJson = a.contentType?.startsWith('application/json') ?? false;
    const jsonDoc = content?.['application/json'];
    if (!isJson) {
      if (jsonDoc !== undefined && a.body)
        violation(a, `answered ${a.contentType ?? 'no content type'}, documented application/json`);
      return;
    }
    if (!isObject(jsonDoc) || !isObject(jsonDoc.schema))
      return violation(a, 'answered JSON, but openapi.yaml documents no JSON body');
    const schemaPointer = `${at ?? pointer('paths', a.route, a.method.toLowerCase(), 'responses', status)}/content/application~1json/schema`;
    let body: unknown;
    try {
      body = a.body === undefined || a.body === '' ? undefined : JSON.parse(a.body);
    } catch {
      return violation(a, 'the JSON answer does not parse');
    }
    const validate = validatorFor(schemaPointer);
    if (!validate(body))
      violation(a, `does not match openapi.yaml: ${ajv.errorsText(validate.errors, { dataVar: 'answer' })}`);
  }
}

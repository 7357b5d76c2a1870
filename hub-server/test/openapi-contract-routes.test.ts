/**
 * The contract files together cover the whole contract: the routes they
 * declare (helpers/contract-routes.ts) are exactly the routes the hub
 * registers under /api/v1 and /healthz and exactly the operations openapi.yaml
 * describes there, each declared once, each declaration with its file. Each
 * file proves its own routes at its end; this file proves no route is left out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inContract, registeredRoutes, type TestHub } from '@luot/testing';
import { startContractHub } from './helpers/contract-file';
import { CONTRACT_ROUTES, type ContractFeature } from './helpers/contract-routes';
import { documentedRoutes, takesBearerToken } from './helpers/openapi-document';

const features = Object.keys(CONTRACT_ROUTES) as ContractFeature[];
const declared = features.flatMap((f) => [...CONTRACT_ROUTES[f]]);
const sorted = (routes: string[]) => [...new Set(routes)].sort();
const fileOf = (feature: string) => `openapi-contract-${feature}.test.ts`;

let hub: TestHub;
beforeAll(async () => {
  hub = await startContractHub();
});
afterAll(async () => {
  await hub.close();
});

describe('the contract files cover every route', () => {
  it('declare every route the hub registers, and no other', () => {
    const registered = registeredRoutes(hub.hub.app).filter((r) => inContract(r.split(' ')[1]!));
    expect(sorted(declared)).toEqual(sorted(registered));
  });

  it('declare every operation openapi.yaml describes, and no other', () => {
    const documented = documentedRoutes().filter((r) => inContract(r.split(' ')[1]!));
    expect(sorted(declared)).toEqual(sorted(documented));
  });

  it('declare each route in one file only', () => {
    const twice = declared.filter((route, i) => declared.indexOf(route) !== i);
    expect(twice).toEqual([]);
  });

  it('have a file for each feature that proves its routes, and no file without a feature', () => {
    for (const feature of features) {
      const path = `${import.meta.dirname}/${fileOf(feature)}`;
      expect(existsSync(path), fileOf(feature)).toBe(true);
      const text = readFileSync(path, 'utf8');
      expect(text, fileOf(feature)).toContain(`contractFile('${feature}')`);
      expect(text, fileOf(feature)).toContain('api.closingChecks();');
    }
    const own = new Set([...features.map(fileOf), fileOf('routes'), fileOf('checker')]);
    const strays = readdirSync(import.meta.dirname).filter((f) => f.startsWith('openapi-contract') && !own.has(f));
    expect(strays).toEqual([]);
  });

  it('lock out more than 15 bearer routes between them (the filter on the document still finds them)', () => {
    expect(declared.filter(takesBearerToken).length).toBeGreaterThan(15);
  });
});

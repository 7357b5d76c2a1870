import { readFile } from 'node:fs/promises';
import { DEMO_HALL_CONFIG_PATH } from '@luot/hub-server';
import { describe, expect, it } from 'vitest';
import { resolveDepartmentIcon } from '../src/renderer/components/icons/department-icons';

describe('the demo hall', () => {
  it('has a drawn kiosk icon for every department icon it names', async () => {
    const yaml = await readFile(DEMO_HALL_CONFIG_PATH, 'utf8');
    const names = [...yaml.matchAll(/\bicon:\s*([\w-]+)/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(5);
    const fallback = names.filter((n) => resolveDepartmentIcon(n) === 'building' && n !== 'building');
    expect(fallback).toEqual([]);
  });
});

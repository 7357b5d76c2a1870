import { describe, expect, it } from 'vitest';
import { DEPARTMENT_ICON_ALIASES, DEPARTMENT_ICONS, resolveDepartmentIcon } from './department-icons';

describe('department icons', () => {
  it('resolves drawn names, aliases (any case) and falls back to building', () => {
    expect(resolveDepartmentIcon('land')).toBe('land');
    expect(resolveDepartmentIcon(' Factory ')).toBe('industry');
    expect(resolveDepartmentIcon('no-such-icon')).toBe('building');
  });

  it('has every alias point at a drawn icon', () => {
    const broken = Object.entries(DEPARTMENT_ICON_ALIASES).filter(([, target]) => !(target in DEPARTMENT_ICONS));
    expect(broken).toEqual([]);
  });
});

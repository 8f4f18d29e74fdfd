import { describe, expect, it } from 'vitest';
import { themeSchema } from '../records/theme';
import { themeTemplateIds, themeTemplates } from './themeTemplates';

describe('theme templates', () => {
  it('ship the three programmes with 5, 4 and 5 themes', () => {
    expect(themeTemplateIds.map((id) => themeTemplates[id].themes.length)).toEqual([5, 4, 5]);
  });

  it('hold names a theme record accepts, none repeated within a set', () => {
    const name = themeSchema.shape.name;
    for (const id of themeTemplateIds) {
      const { themes } = themeTemplates[id];
      for (const theme of themes) expect(name.safeParse(theme).success).toBe(true);
      expect(new Set(themes).size).toBe(themes.length);
    }
  });
});

/**
 * The theme sets peer challenge programmes work to. An engagement copies one set into
 * its own theme records at creation; the team may then rename, add or drop themes.
 */
export const themeTemplateIds = ['adult-social-care', 'assurance', 'corporate'] as const;
export type ThemeTemplateId = (typeof themeTemplateIds)[number];

export type ThemeTemplate = {
  /** Shown when choosing a template. */
  label: string;
  /** Theme names in the order the programme presents them. */
  themes: readonly string[];
};

export const themeTemplates: Readonly<Record<ThemeTemplateId, ThemeTemplate>> = {
  'adult-social-care': {
    label: 'Adult social care peer challenge',
    themes: [
      'Vision, strategy and leadership',
      'Working together',
      'Resource and workforce management',
      'Service delivery and effective practice',
      'Commissioning',
    ],
  },
  assurance: {
    // The regulator's four assessment themes, used by the assurance-preparation programme.
    label: 'Assurance preparation',
    themes: ['Working with people', 'Providing support', 'How the council ensures safety', 'Leadership'],
  },
  corporate: {
    label: 'Corporate peer challenge',
    themes: [
      'Local priorities and outcomes',
      'Organisational and place leadership',
      'Governance and culture',
      'Financial planning and management',
      'Capacity for improvement',
    ],
  },
};

export const defaultThemeTemplate: ThemeTemplateId = 'adult-social-care';

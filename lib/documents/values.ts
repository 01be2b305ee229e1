// Value lists forms need in the browser: nothing here may import from db/ (the schema imports them).

export const documentKinds = ['working', 'information', 'draft'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** What a document is to its parent: the original, or a revision, addendum or corrigendum of it. */
export const documentVariants = ['original', 'revision', 'addendum', 'corrigendum'] as const;
export type DocumentVariant = (typeof documentVariants)[number];

// The programme's working languages: English and the member states' languages.
export const documentLanguages = ['en', 'zh', 'ja', 'ko', 'mn', 'ru'] as const;
export type DocumentLanguage = (typeof documentLanguages)[number];

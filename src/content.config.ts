import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir, contentFiles, contentLayout } from './data/content-layout';
import { anchorAliasesSchema } from './schemas/anchor-aliases';
import { articleSchema } from './schemas/article';
import { capabilitySchema } from './schemas/capability';
import { changeSchema } from './schemas/change';
import { comparisonSchema } from './schemas/comparison';
import { decisionSchema } from './schemas/decision';
import { factSchema } from './schemas/fact';
import { faqSchema } from './schemas/faq';
import { glossarySchema } from './schemas/glossary';
import { releaseSchema } from './schemas/release';
import { sourceSchema } from './schemas/source';

const root = contentDir();
const folder = (c: { folder: string; extension: string }) => glob({ pattern: `*${c.extension}`, base: `${root}/${c.folder}` });

export const collections = {
  articles: defineCollection({ loader: folder(contentLayout.articles), schema: articleSchema }),
  faq: defineCollection({ loader: folder(contentLayout.faq), schema: faqSchema }),
  comparisons: defineCollection({ loader: folder(contentLayout.comparisons), schema: comparisonSchema }),
  decisions: defineCollection({ loader: folder(contentLayout.decisions), schema: decisionSchema }),
  facts: defineCollection({ loader: file(`${root}/${contentFiles.facts}`), schema: factSchema }),
  sources: defineCollection({ loader: file(`${root}/${contentFiles.sources}`), schema: sourceSchema }),
  glossary: defineCollection({ loader: file(`${root}/${contentFiles.glossary}`), schema: glossarySchema }),
  releases: defineCollection({ loader: file(`${root}/${contentFiles.releases}`), schema: releaseSchema }),
  changes: defineCollection({ loader: file(`${root}/${contentFiles.changes}`), schema: changeSchema }),
  capabilities: defineCollection({ loader: file(`${root}/${contentFiles.capabilities}`), schema: capabilitySchema }),
  anchorAliases: defineCollection({ loader: file(`${root}/${contentFiles.anchorAliases}`), schema: anchorAliasesSchema }),
};

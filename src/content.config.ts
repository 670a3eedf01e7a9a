import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir, contentFiles, contentLayout } from './data/content-layout';
import { anchorAliasesSchema } from './schemas/anchor-aliases';
import { articleSchema } from './schemas/article';
import { comparisonSchema } from './schemas/comparison';
import { decisionSchema } from './schemas/decision';
import { factSchema } from './schemas/fact';
import { faqSchema } from './schemas/faq';
import { glossarySchema } from './schemas/glossary';
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
  anchorAliases: defineCollection({ loader: file(`${root}/${contentFiles.anchorAliases}`), schema: anchorAliasesSchema }),
};

import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './lib/site';
import { anchorAliasesSchema } from './schemas/anchor-aliases';
import { articleSchema } from './schemas/article';
import { comparisonSchema } from './schemas/comparison';
import { factSchema } from './schemas/fact';
import { faqSchema } from './schemas/faq';
import { sourceSchema } from './schemas/source';

const root = contentDir();

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${root}/articles` }), schema: articleSchema }),
  faq: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${root}/faq` }), schema: faqSchema }),
  comparisons: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/comparisons` }), schema: comparisonSchema }),
  facts: defineCollection({ loader: file(`${root}/facts.yaml`), schema: factSchema }),
  sources: defineCollection({ loader: file(`${root}/sources.yaml`), schema: sourceSchema }),
  anchorAliases: defineCollection({ loader: file(`${root}/anchor-aliases.yaml`), schema: anchorAliasesSchema }),
};

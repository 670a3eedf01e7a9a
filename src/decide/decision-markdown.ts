import type { RootContent } from 'mdast';
import { cellNodes, gfmTable, leadParagraph, link, list } from '../markdown-copy/nodes';
import { text, type CopyContext } from '../markdown-copy/mdx-to-mdast';
import { articleSectionPath } from '../routes';
import { sectionLink } from '../data/section-link';
import { findDecision } from './find-decision';
import { factorAnchor, leanLabel } from './lean';

/** How a decision reads in a page's Markdown copy: as the article's table, and as the guide's questions. */

/** A link to the section that explains a factor, named by its heading. */
function sectionNode(ctx: CopyContext, article: string, section: string) {
  const why = sectionLink(ctx.content, article, section);
  return link(ctx.url(why.path), [text(why.text)]);
}

/** A decision table: one row per situation with its factor, what it points to and the section that says why. */
export function decisionTableNodes(id: string, ctx: CopyContext, fail: (message: string) => Error): RootContent[] {
  const { content } = ctx;
  const { decision, systems } = findDecision(content, id, fail);
  const { caption, factors, article } = decision;
  return [
    leadParagraph(caption),
    gfmTable(
      ['Factor', 'If', 'Points to', 'Why'],
      factors.flatMap((factor) =>
        factor.rules.map((rule) => [
          [link(ctx.url(articleSectionPath(article, factorAnchor(factor.id))), [text(factor.factor)])],
          cellNodes(rule.when, ctx, fail),
          [text(leanLabel(rule.lean, systems))],
          [sectionNode(ctx, article, factor.section)],
        ]),
      ),
    ),
  ];
}

/** A decision guide: each question with its answers, where each points and why; the page itself combines them. */
export function decisionGuideNodes(id: string, ctx: CopyContext, fail: (message: string) => Error): RootContent[] {
  const { content } = ctx;
  const { decision, systems } = findDecision(content, id, fail);
  const { factors, article } = decision;
  return factors.flatMap((factor, i): RootContent[] => [
    leadParagraph(`${i + 1}. ${factor.question}`),
    list(
      factor.rules.map((rule) => [
        text(`${rule.answer} → ${rule.need ? 'only ' : ''}${leanLabel(rule.lean, systems)}. `),
        ...cellNodes(rule.reason, ctx, fail),
        text(' '),
        sectionNode(ctx, article, factor.section),
      ]),
    ),
  ]);
}

import type { RootContent } from 'mdast';
import { cellNodes, gfmTable, link } from '../markdown-copy/nodes';
import { text, type CopyContext } from '../markdown-copy/mdx-to-mdast';
import { articleSectionPath } from '../routes';
import { findDecision } from './find-decision';
import { factorAnchor, leanLabel } from './lean';

/** How a decision reads in a page's Markdown copy: as the article's table, and as the guide's questions. */

/** A decision table: one row per situation with its factor, what it points to and the section that says why. */
export function decisionTableNodes(id: string, ctx: CopyContext, fail: (message: string) => Error): RootContent[] {
  const { content } = ctx;
  const { decision, systems } = findDecision(content, id, fail);
  const { caption, factors, article } = decision;
  return [
    { type: 'paragraph', children: [{ type: 'strong', children: [text(caption)] }] },
    gfmTable(
      ['Factor', 'If', 'Points to', 'Why'],
      factors.flatMap((factor) =>
        factor.rules.map((rule) => [
          [link(ctx.url(articleSectionPath(article, factorAnchor(factor.id))), [text(factor.factor)])],
          cellNodes(rule.when, ctx, fail),
          [text(leanLabel(rule.lean, systems))],
          [
            link(ctx.url(articleSectionPath(article, factor.section)), [
              text(content.section(article, factor.section)?.heading.text ?? factor.section),
            ]),
          ],
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
    { type: 'paragraph', children: [{ type: 'strong', children: [text(`${i + 1}. ${factor.question}`)] }] },
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: factor.rules.map((rule) => ({
        type: 'listItem',
        spread: false,
        children: [
          {
            type: 'paragraph',
            children: [
              text(`${rule.answer} → ${rule.need ? 'only ' : ''}${leanLabel(rule.lean, systems)}. `),
              ...cellNodes(rule.reason, ctx, fail),
              text(' '),
              link(ctx.url(articleSectionPath(article, factor.section)), [
                text(content.section(article, factor.section)?.heading.text ?? factor.section),
              ]),
            ],
          },
        ],
      })),
    },
  ]);
}

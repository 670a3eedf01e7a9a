import type { RootContent } from 'mdast';
import { text } from '../markdown-copy/mdx-to-mdast';
import { leadParagraph, paragraph } from '../markdown-copy/nodes';
import { diagramInfo } from './diagrams';

/** A diagram: its title and caption, then the description that says everything it shows. */
export function diagramNodes(id: string, fail: (message: string) => Error): RootContent[] {
  let info;
  try {
    info = diagramInfo(id);
  } catch (error) {
    throw fail((error as Error).message);
  }
  return [leadParagraph(`Figure: ${info.title}.`, text(` ${info.caption}`)), paragraph([text(info.desc)])];
}

import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { pinnedHeadingIds } from '../../../src/anchors/pinned-heading-ids.build';

/** What an MDX body renders, as the JSX of its content function, after the plugin ran. */
function rendered(mdx: string): string | undefined {
  const { code } = mdxToJs(mdx, { hastPlugins: [pinnedHeadingIds], jsx: true });
  return /function _createMdxContent[\s\S]*?return (.*);/.exec(code)?.[1];
}

describe('pinnedHeadingIds', () => {
  it('moves a pin comment into the heading id and drops it from the text', () => {
    expect(
      rendered('## Latency: per record vs micro-batch {/* #latency */}\n\n### Plain heading\n\n#### Deep {/* #deep-one */}'),
    ).toMatchInlineSnapshot(
      `"<><_components.h2 id="latency">{"Latency: per record vs micro-batch "}</_components.h2>{"\\n"}<_components.h3>{"Plain heading"}</_components.h3>{"\\n"}<_components.h4 id="deep-one">{"Deep "}</_components.h4></>"`,
    );
  });

  it('leaves other expressions alone', () => {
    expect(rendered('## Total {props.count} and {/* a note */}')).toMatchInlineSnapshot(
      `"<_components.h2>{"Total "}{props.count}{" and "}{}</_components.h2>"`,
    );
  });

  it('refuses a pin that is not kebab-case', () => {
    expect(() => rendered('## Bad {/* #Bad_Id */}')).toThrow(/kebab-case/);
  });
});

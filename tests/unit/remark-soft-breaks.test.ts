import { describe, expect, it } from 'vitest';
import { remarkSoftBreaks } from '../../src/lib/remark-soft-breaks';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

describe('remarkSoftBreaks', () => {
  it('turns a line break inside running text into a space, and leaves code, HTML and hard breaks alone', () => {
    const tree: Node = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'En lang sætning\nom partnerskaber' },
            { type: 'break' },
            { type: 'text', value: 'ny linje' },
            { type: 'inlineCode', value: 'a\nb' },
            { type: 'emphasis', children: [{ type: 'text', value: 'fælles\nmål' }] },
          ],
        },
        { type: 'code', value: 'const a = 1;\nconst b = 2;' },
        { type: 'html', value: '<p>\nx\n</p>' },
      ],
    };
    remarkSoftBreaks()(tree);
    const paragraph = tree.children![0]!.children!;
    expect(paragraph[0]!.value).toBe('En lang sætning om partnerskaber');
    expect(paragraph[1]!.type).toBe('break');
    expect(paragraph[3]!.value).toBe('a\nb');
    expect(paragraph[4]!.children![0]!.value).toBe('fælles mål');
    expect(tree.children![1]!.value).toBe('const a = 1;\nconst b = 2;');
    expect(tree.children![2]!.value).toBe('<p>\nx\n</p>');
  });
});

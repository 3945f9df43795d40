/**
 * The site's own MDX components (src/components/mdx.ts) as editor components
 * in the CMS's body editor, so an editor inserts and edits a KortSagt,
 * Faktaboks or Term through a form and never types JSX. The body field allows
 * only these (EDITOR_COMPONENTS in src/lib/cms-config.ts).
 *
 * A component is described as data (its tag, attributes and body); one
 * self-contained function turns the descriptions into the CMS's definitions
 * (pattern, fromBlock, toBlock) in the browser, served as
 * /admin/editor-components.js. The MDX it writes is the form the content
 * already has, so opening and saving a body leaves it as it was.
 */

export interface ComponentAttribute {
  name: string;
  label: string;
  hint?: string;
  required: boolean;
  /** Written as {2} rather than "2". */
  number?: boolean;
  options?: { label: string; value: string }[];
}

export interface ComponentSpec {
  /** The id the body field's `editor_components` names. */
  id: string;
  label: string;
  /** A Material Symbols icon name. */
  icon: string;
  tag: string;
  attributes: ComponentAttribute[];
  body: {
    label: string;
    /** A markdown body on lines of its own, or a few words inline. */
    widget: 'markdown' | 'string';
    /** Between the tags and the body: "\n" (KortSagt) or a blank line (Faktaboks, whose body holds lists). */
    separator: string;
  };
}

/** The site's components; `terms` are the glossary's ids and names, for Term's choice. */
export function componentSpecs(terms: { id: string; term: string }[]): ComponentSpec[] {
  return [
    {
      id: 'kort-sagt',
      label: 'Kort sagt (citat)',
      icon: 'format_quote',
      tag: 'KortSagt',
      attributes: [
        { name: 'name', label: 'Navn', hint: 'Hvem der siger det, som kilden skriver navnet', required: true },
        { name: 'role', label: 'Rolle', hint: 'Stilling og sted, som kilden skriver det', required: false },
      ],
      body: { label: 'Citat', widget: 'markdown', separator: '\n' },
    },
    {
      id: 'faktaboks',
      label: 'Faktaboks',
      icon: 'info',
      tag: 'Faktaboks',
      attributes: [
        { name: 'title', label: 'Overskrift', required: true },
        {
          name: 'level',
          label: 'Overskriftsniveau',
          hint: 'Tomt: under en ##-overskrift. 2: før sidens første ##-overskrift',
          required: false,
          number: true,
          options: ['2', '3', '4'].map((v) => ({ label: v, value: v })),
        },
      ],
      body: { label: 'Indhold', widget: 'markdown', separator: '\n\n' },
    },
    {
      id: 'term',
      label: 'Begreb fra ordlisten',
      icon: 'menu_book',
      tag: 'Term',
      attributes: [
        {
          name: 'id',
          label: 'Begreb',
          required: true,
          options: terms.map((t) => ({ label: t.term, value: t.id })),
        },
      ],
      body: { label: 'Ordene i teksten', widget: 'string', separator: '' },
    },
  ];
}

interface EditorComponentCms {
  registerEditorComponent(definition: Record<string, unknown>): void;
}

/**
 * Registers the components with the CMS. Runs in the browser from its source
 * text (Function.prototype.toString), so it uses nothing from outside itself.
 */
export function registerComponents(cms: EditorComponentCms, specs: ComponentSpec[]) {
  for (const spec of specs) {
    const attribute = '\\s+(\\w+)=(?:"([^"]*)"|\\{(\\d+)\\})';
    // The CMS searches the whole body with the pattern: ^ and $ are a line's start and end.
    const pattern = new RegExp(`^<${spec.tag}((?:${attribute})*)>\\s*([\\s\\S]*?)\\s*</${spec.tag}>$`, 'm');
    cms.registerEditorComponent({
      id: spec.id,
      label: spec.label,
      icon: spec.icon,
      fields: [
        ...spec.attributes.map((a) => ({
          name: a.name,
          label: a.label,
          widget: a.options ? 'select' : 'string',
          required: a.required,
          ...(a.hint ? { hint: a.hint } : {}),
          ...(a.options ? { options: a.options } : {}),
        })),
        // A box's own text takes no box and no picture: only text, lists and links.
        spec.body.widget === 'markdown'
          ? { name: 'body', label: spec.body.label, widget: 'markdown', editor_components: [] }
          : { name: 'body', label: spec.body.label, widget: 'string' },
      ],
      pattern,
      fromBlock(match: RegExpMatchArray) {
        const props: Record<string, string> = { body: match[match.length - 1] ?? '' };
        for (const m of (match[1] ?? '').matchAll(new RegExp(attribute, 'g'))) props[m[1]!] = m[2] ?? m[3] ?? '';
        return props;
      },
      // The preview pane shows the box's kind and first attribute above its text (markdown, sanitised by the CMS).
      toPreview(props: Record<string, string | undefined>) {
        const first = props[spec.attributes[0]!.name] ?? '';
        return spec.body.widget === 'string'
          ? (props.body ?? '')
          : `**${spec.label}: ${first}**\n\n${props.body ?? ''}`;
      },
      toBlock(props: Record<string, string | undefined>) {
        const attributes = spec.attributes
          .filter((a) => props[a.name])
          // A straight quote would end the attribute: it becomes a typographic one.
          .map((a) =>
            a.number ? ` ${a.name}={${props[a.name]}}` : ` ${a.name}="${props[a.name]!.replace(/"/g, '”')}"`,
          )
          .join('');
        const gap = spec.body.separator;
        return `<${spec.tag}${attributes}>${gap}${(props.body ?? '').trim()}${gap}</${spec.tag}>`;
      },
    });
  }
}

/** The browser script: the function's own source, called with the descriptions. */
export const componentsScript = (specs: ComponentSpec[]) =>
  `(${registerComponents.toString()})(window.CMS, ${JSON.stringify(specs)});\n`;

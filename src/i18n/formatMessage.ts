// Fills a translated text with values. Plain `{name}` placeholders are replaced as they are;
// texts with ICU plurals (`{calls, plural, one {{calls} звонок} few {{calls} звонка} other {{calls} звонков}}`)
// choose their form with the browser's Intl.PluralRules, because Russian needs three forms where
// English needs two. The ICU subset the i18n files use: `plural`, `selectordinal` and `select`,
// `=N` exact branches, `#` for the counted value, nesting. Figures are shown as typed (no separators).
type Vars = Record<string, string | number>;

/** A parsed text: literal pieces, `{name}` placeholders, and choices among branches. */
type Part = string | { name: string } | Choice;
interface Choice {
  name: string;
  kind: 'plural' | 'selectordinal' | 'select';
  branches: Record<string, Part[]>;
}

const ICU = /\{\s*\w+\s*,\s*(plural|selectordinal|select)\s*,/;
const POUND = '#';

class Parser {
  private pos = 0;
  constructor(private readonly text: string) {}

  /** Reads parts until the end, or until the `}` closing a branch when `inBranch`. */
  message(inBranch: boolean): Part[] {
    const parts: Part[] = [];
    let literal = '';
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos]!;
      if (ch === '}' && inBranch) break;
      if (ch === '{') {
        if (literal) parts.push(literal);
        literal = '';
        parts.push(this.argument());
      } else if (ch === POUND && inBranch) {
        if (literal) parts.push(literal);
        literal = '';
        parts.push({ name: POUND });
        this.pos += 1;
      } else {
        literal += ch;
        this.pos += 1;
      }
    }
    if (literal) parts.push(literal);
    return parts;
  }

  private argument(): Part {
    this.expect('{');
    const name = this.word();
    if (this.peek() === '}') {
      this.pos += 1;
      return { name };
    }
    this.expect(',');
    const kind = this.word();
    if (kind !== 'plural' && kind !== 'selectordinal' && kind !== 'select') throw new Error(`unsupported argument type ${kind}`);
    this.expect(',');
    const branches: Record<string, Part[]> = {};
    while (this.peek() !== '}') {
      const key = this.word();
      this.expect('{');
      branches[key] = this.message(true);
      this.expect('}');
    }
    this.pos += 1;
    if (!branches.other) throw new Error(`{${name}, ${kind}} has no "other" branch`);
    return { name, kind, branches };
  }

  private word(): string {
    this.skipSpace();
    const match = /^=?[\w-]+/.exec(this.text.slice(this.pos));
    if (!match) throw new Error(`a name expected at ${this.pos}`);
    this.pos += match[0].length;
    return match[0];
  }

  private peek(): string | undefined {
    this.skipSpace();
    return this.text[this.pos];
  }

  private expect(ch: string): void {
    if (this.peek() !== ch) throw new Error(`"${ch}" expected at ${this.pos}`);
    this.pos += 1;
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos += 1;
  }
}

const parsed = new Map<string, Part[]>();
const rules = new Map<string, Intl.PluralRules>();

function pluralRules(lang: string, type: Intl.PluralRuleType): Intl.PluralRules {
  const key = `${lang}\u0000${type}`;
  let r = rules.get(key);
  if (!r) {
    r = new Intl.PluralRules(lang, { type });
    rules.set(key, r);
  }
  return r;
}

function branchOf(choice: Choice, value: string | number | undefined, lang: string): Part[] {
  if (value === undefined) throw new Error(`no value for {${choice.name}}`);
  const { branches } = choice;
  if (choice.kind === 'select') return branches[String(value)] ?? branches.other!;
  const n = Number(value);
  if (Number.isNaN(n)) throw new Error(`{${choice.name}} is not a number`);
  const category = pluralRules(lang, choice.kind === 'plural' ? 'cardinal' : 'ordinal').select(n);
  return branches[`=${n}`] ?? branches[category] ?? branches.other!;
}

function render(parts: Part[], vars: Vars, lang: string, counted?: string | number): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if ('kind' in part) {
      const value = vars[part.name];
      out += render(branchOf(part, value, lang), vars, lang, part.kind === 'select' ? counted : value);
    } else {
      const value = part.name === POUND ? counted : vars[part.name];
      out += value === undefined ? `{${part.name}}` : String(value);
    }
  }
  return out;
}

function icu(text: string): Part[] {
  let parts = parsed.get(text);
  if (!parts) {
    parts = new Parser(text).message(false);
    parsed.set(text, parts);
  }
  return parts;
}

/** Unknown placeholders stay visible so a missing value is noticed rather than silently blank. */
export function formatMessage(text: string, vars?: Vars, lang = 'ru'): string {
  if (ICU.test(text)) {
    try {
      return render(icu(text), vars ?? {}, lang);
    } catch {
      // A missing plural value or a text we cannot read: fall through and show the placeholders as they are.
    }
  }
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

import { normaliseInline } from '../../../lib/html/dom.js';

// Stands for <br> inside inline text until the block is normalised; a private-use
// character because every real whitespace character gets collapsed.
const LINE_BREAK = '\uE000';
// Table rows are cells joined by " | ": a "|" of the page's own text is
// escaped as Markdown tables do ("string \| null"), so that separator means
// a new cell and nothing else, in a row and in prose.
const PIPE = /\|/g;

type BlockKind = 'paragraph' | 'line';

/**
 * Accumulates one section's text from DOM events: paragraphs separated by blank
 * lines, list items ("- " / "1. ") and table rows ("a | b", a cell's own "|"
 * escaped "\|") on their own lines,
 * preformatted code kept verbatim. Table cells flatten nested blocks into the row.
 */
export class TextBuilder {
  private text = '';
  private inline: string[] = [];
  private inlineHasText = false;
  private lastKind: BlockKind = 'paragraph';
  private lists: Array<{ ordered: boolean; next: number }> = [];
  private itemDepth = 0;
  private itemPrefix: string | null = null;
  private tableDepth = 0;
  private cellDepth = 0;

  get inTableCell(): boolean {
    return this.cellDepth > 0;
  }

  addText(data: string): void {
    this.inline.push(data.includes('|') ? data.replace(PIPE, '\\|') : data);
    if (!this.inlineHasText && data.trim() !== '') this.inlineHasText = true;
  }

  addLineBreak(): void {
    this.inline.push(this.cellDepth > 0 ? ' ' : LINE_BREAK);
  }

  /** A code block, fenced with ``` lines so it is quoted verbatim and never read as sentences. */
  addPreformatted(code: string): void {
    if (code === '') return;
    if (this.cellDepth > 0) {
      this.addText(` ${code} `);
      return;
    }
    this.endBlock();
    this.append(`\`\`\`\n${code}\n\`\`\``, 'paragraph');
  }

  /** Closes the pending inline text as a block; inside a table cell it only separates words. */
  endBlock(): void {
    if (this.cellDepth > 0) return void this.inline.push(' ');
    if (!this.inlineHasText) return void (this.inline = []);
    // Most blocks hold no <br>: one line, normalised whole.
    const inline = this.inline.join('');
    const text = inline.includes(LINE_BREAK)
      ? inline.split(LINE_BREAK).map(normaliseInline).filter(Boolean).join('\n')
      : normaliseInline(inline);
    this.inline = [];
    this.inlineHasText = false;
    const inItem = this.itemDepth > 0 && this.lists.length > 0;
    let block = text;
    if (this.itemPrefix !== null) block = this.itemPrefix + text;
    else if (inItem) block = '  '.repeat(this.lists.length) + text;
    this.itemPrefix = null;
    this.append(block, inItem || this.tableDepth > 0 ? 'line' : 'paragraph');
  }

  openList(ordered: boolean, start: number): void {
    this.endBlock();
    if (this.lists.length === 0) this.lastKind = 'paragraph';
    this.lists.push({ ordered, next: start });
  }

  closeList(): void {
    this.endBlock();
    this.lists.pop();
    if (this.lists.length === 0) this.lastKind = 'paragraph';
  }

  openListItem(): void {
    this.endBlock();
    const list = this.lists[this.lists.length - 1];
    const indent = '  '.repeat(Math.max(0, this.lists.length - 1));
    this.itemPrefix = indent + (list?.ordered ? `${list.next++}. ` : '- ');
    this.itemDepth++;
  }

  closeListItem(): void {
    this.endBlock();
    this.itemPrefix = null;
    this.itemDepth = Math.max(0, this.itemDepth - 1);
  }

  openTable(): void {
    this.endBlock();
    this.tableDepth++;
    this.lastKind = 'paragraph';
  }

  closeTable(): void {
    this.endBlock();
    this.tableDepth = Math.max(0, this.tableDepth - 1);
    this.lastKind = 'paragraph';
  }

  openCell(): void {
    if (this.cellDepth === 0 && this.inlineHasText) this.inline.push(' | ');
    this.cellDepth++;
  }

  closeCell(): void {
    this.cellDepth = Math.max(0, this.cellDepth - 1);
  }

  toString(): string {
    return this.text;
  }

  private append(block: string, kind: BlockKind): void {
    if (this.text !== '') this.text += kind === 'line' && this.lastKind === 'line' ? '\n' : '\n\n';
    this.text += block;
    this.lastKind = kind;
  }
}

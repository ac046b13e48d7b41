import type { ArticleInputRaw } from '../article/article.js';

/** The source formats Midad imports. */
export type SourceFormat = 'pagetext' | 'html' | 'feed' | 'jsonl';

/** Something a parser noticed but could work around; `line` is 1-based in the source file. */
export interface ImportWarning {
  line?: number;
  /** For HTML/XML sources: a short locator of the element (`figure:nth-of-type(2)`). */
  element?: string;
  message: string;
}

/** What a parser made of one source: articles in source order, plus warnings. */
export interface ParsedSource {
  format: SourceFormat;
  articles: ArticleInputRaw[];
  warnings: ImportWarning[];
}

/** A source that cannot be imported; names where and why. Parsers return or throw only this. */
export class ImportError extends Error {
  readonly code = 'ERR_IMPORT_PARSE';
  constructor(
    message: string,
    readonly where: { file?: string; line?: number; element?: string } = {},
  ) {
    super(message);
    this.name = 'ImportError';
  }

  /** `file:line: reason`, the way compilers say it. */
  describe(): string {
    const at = [this.where.file, this.where.line].filter((x) => x !== undefined).join(':');
    const el = this.where.element ? ` <${this.where.element}>` : '';
    return `${at || '(input)'}${el}: ${this.message}`;
  }
}

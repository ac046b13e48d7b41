import { validateArticleInput } from '../../article/index.js';
import { ImportError, type ParsedSource } from '../types.js';

/**
 * JSON Lines: one article object a line (the format `midad export` writes). Blank lines
 * are allowed. Any bad line refuses the whole file, naming the line and the field, because
 * an import stores a whole file or nothing.
 */
export function parseJsonl(text: string, options: { file?: string } = {}): ParsedSource {
  const articles: ParsedSource['articles'] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const where = { file: options.file, line: i + 1 };
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new ImportError(`not valid JSON (${(e as Error).message})`, where);
    }
    const checked = validateArticleInput(value);
    if (!checked.ok) {
      throw new ImportError(checked.issues.map((x) => `${x.path}: ${x.message}`).join('; '), where);
    }
    articles.push(checked.value);
  }
  return { format: 'jsonl', articles, warnings: [] };
}

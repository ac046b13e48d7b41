import { toFieldIssues, type FieldIssue, type Validated } from '../../../article/index.js';
import { DraftFieldsSchema, type DraftFields } from '../../../newsroom/drafts/fields.js';
import type { BlockState, FormState } from './form-state.js';

// Names are separated by commas (Latin or Arabic) or new lines; references also by spaces.
const LIST_SEP = /[,،\n]+/u;
const REF_SEP = /[\s,،]+/u;
// Image and video addresses: a site path or http(s). Never `javascript:`, `data:` or `//host`.
const SRC_RE = /^(\/(?!\/)|https?:\/\/)\S+$/i;

const list = (s: string) => s.split(LIST_SEP).map((x) => x.trim()).filter(Boolean);
const refs = (s: string) => s.split(REF_SEP).map((x) => x.trim()).filter(Boolean);
const orNull = (s: string) => (s.trim() ? s.trim() : null);
const size = (s: string) => (/^[0-9]{1,5}$/.test(s.trim()) && Number(s) > 0 ? Number(s) : undefined);

/** A block as the model wants it, or null for a block left empty (drafts may have those; they are not saved). */
function blockInput(b: BlockState): Record<string, unknown> | null {
  switch (b.type) {
    case 'paragraph':
    case 'subheading':
      return b.text.trim() ? { type: b.type, text: b.text } : null;
    case 'quote':
      return b.text.trim() ? { type: 'quote', text: b.text, cite: orNull(b.cite) } : null;
    case 'image':
      if (!b.src.trim() && !b.caption.trim()) return null;
      return { type: 'image', src: orNull(b.src), alt: b.alt, caption: b.caption, credit: orNull(b.credit), width: size(b.width), height: size(b.height) };
    case 'video':
      if (!b.src.trim() && !b.caption.trim() && !b.poster.trim()) return null;
      return { type: 'video', src: orNull(b.src), poster: orNull(b.poster), caption: b.caption, credit: orNull(b.credit) };
  }
}

/** Maps a model path (`body.2.text`) back to the form field that holds it (`blocks.5.text`). */
function formPath(path: string, bodyIndex: number[]): string {
  const [head, i, ...rest] = path.split('.');
  if (head === 'body' && i !== undefined) return ['blocks', String(bodyIndex[Number(i)] ?? i), ...rest].join('.');
  if (head === 'leadImage') return ['lead', i, ...rest].filter(Boolean).join('.');
  if (head === 'byline') return i === 'authors' ? 'authors' : (i ?? 'authors');
  if (head === 'tags' || head === 'pins' || head === 'exclusions') return head;
  return path;
}

/** Address checks the schema does not make: sources must be site paths or http(s) URLs. */
function sourceIssues(state: FormState): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const bad = (v: string) => v.trim() !== '' && !SRC_RE.test(v.trim());
  if (!state.lead.remove && bad(state.lead.src)) issues.push({ path: 'lead.src', message: 'رابط الصورة يجب أن يبدأ بـ / أو https://' });
  state.blocks.forEach((b, i) => {
    if ((b.type === 'image' || b.type === 'video') && bad(b.src)) issues.push({ path: `blocks.${i}.src`, message: 'الرابط يجب أن يبدأ بـ / أو https://' });
    if (b.type === 'video' && bad(b.poster)) issues.push({ path: `blocks.${i}.poster`, message: 'الرابط يجب أن يبدأ بـ / أو https://' });
  });
  return issues;
}

/**
 * The draft fields a form says, validated; issues name the form's fields. Empty blocks are
 * dropped (a draft in progress has them), empty optional fields become null.
 */
export function fieldsFromForm(state: FormState): Validated<DraftFields> {
  const body: Record<string, unknown>[] = [];
  const bodyIndex: number[] = [];
  state.blocks.forEach((b, i) => {
    const input = blockInput(b);
    if (input) {
      body.push(input);
      bodyIndex.push(i);
    }
  });
  const lead = state.lead;
  const hasLead = !lead.remove && (lead.src.trim() !== '' || lead.caption.trim() !== '');
  const authors = list(state.authors);
  const raw = {
    headline: state.headline,
    deck: orNull(state.deck),
    kicker: orNull(state.kicker),
    section: orNull(state.section),
    tags: list(state.tags),
    leadImage: hasLead
      ? { src: orNull(lead.src), alt: lead.alt, caption: lead.caption, credit: orNull(lead.credit), width: size(lead.width), height: size(lead.height) }
      : null,
    byline: authors.length || state.source.trim() || state.dateline.trim() ? { authors, source: orNull(state.source), dateline: orNull(state.dateline) } : null,
    body,
    pins: refs(state.pins),
    exclusions: refs(state.exclusions),
  };
  const extra = sourceIssues(state);
  const r = DraftFieldsSchema.safeParse(raw);
  if (r.success && extra.length === 0) return { ok: true, value: r.data };
  const issues = r.success ? [] : toFieldIssues(r.error).map((i) => ({ path: formPath(i.path, bodyIndex), message: i.message }));
  return { ok: false, issues: [...issues, ...extra] };
}

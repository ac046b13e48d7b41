import type { BlockType, FieldIssue } from '../../../../article/index.js';
import type { MediaItem } from '../../../../store/newsroom/index.js';
import { BLOCK_NAMES } from '../../../../newsroom/revisions/compare.js';
import { Fragment, h, type Raw } from '../../../jsx/runtime.js';
import { BLOCK_TYPES, emptyBlock, type BlockState } from '../../articles/form-state.js';
import { Field, fieldId } from '../fields.js';
import { FieldError } from '../issues.js';

/** The file types the upload fields offer (the server checks the bytes regardless). */
export const IMAGE_ACCEPT = 'image/jpeg,image/png,image/webp,image/avif,image/gif';

/** The library choice of an image slot: recent images by caption. */
export function MediaChoice(props: { name: string; choices: readonly MediaItem[]; label: string }): Raw | null {
  if (!props.choices.length) return null;
  const id = fieldId(props.name);
  return (
    <div class="nr-field">
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name}>
        <option value="">—</option>
        {props.choices.map((m) => (
          <option value={String(m.id)}>{`#${m.id} ${m.caption || m.alt || `${m.width}×${m.height}`}`.slice(0, 90)}</option>
        ))}
      </select>
    </div>
  );
}

/** An image slot's upload field. */
export function UploadField(props: { name: string; label: string; issues: readonly FieldIssue[] }): Raw {
  const id = fieldId(props.name);
  return (
    <div class="nr-field">
      <label for={id}>{props.label}</label>
      <input type="file" id={id} name={props.name} accept={IMAGE_ACCEPT} aria-describedby={`${id}-error`} />
      <FieldError issues={props.issues} path={props.name} id={`${id}-error`} />
    </div>
  );
}

/** The fields of one block, by its type. */
function BlockFields(props: { b: BlockState; p: string; issues: readonly FieldIssue[]; media: readonly MediaItem[] }): Raw {
  const { b, p, issues } = props;
  switch (b.type) {
    case 'paragraph':
      return <Field name={`${p}.text`} label="النص" value={b.text} issues={issues} multiline rows={5} counted />;
    case 'subheading':
      return <Field name={`${p}.text`} label="العنوان الفرعي" value={b.text} issues={issues} maxlength={300} counted />;
    case 'quote':
      return (
        <>
          <Field name={`${p}.text`} label="نص الاقتباس" value={b.text} issues={issues} multiline rows={2} counted />
          <Field name={`${p}.cite`} label="القائل" value={b.cite} issues={issues} />
        </>
      );
    case 'video':
      return (
        <>
          <Field name={`${p}.src`} label="رابط الفيديو" value={b.src} issues={issues} dir="ltr" />
          <Field name={`${p}.poster`} label="رابط الصورة المصغّرة" value={b.poster} issues={issues} dir="ltr" />
          <Field name={`${p}.caption`} label="التعليق" value={b.caption} issues={issues} />
          <Field name={`${p}.credit`} label="المصدر" value={b.credit} issues={issues} />
        </>
      );
    case 'image':
      return (
        <>
          {b.src ? <img class="nr-thumb" src={b.src} alt="" /> : null}
          <UploadField name={`${p}.file`} label="رفع صورة" issues={issues} />
          <MediaChoice name={`${p}.media`} label="أو اختر من مكتبة الصور" choices={props.media} />
          <Field name={`${p}.src`} label="رابط الصورة" value={b.src} issues={issues} dir="ltr" />
          <Field name={`${p}.alt`} label="النص البديل (لقارئات الشاشة)" value={b.alt} issues={issues} />
          <Field name={`${p}.caption`} label="التعليق" value={b.caption} issues={issues} />
          <Field name={`${p}.credit`} label="المصدر (المصوّر أو الوكالة)" value={b.credit} issues={issues} />
          <input type="hidden" name={`${p}.width`} value={b.width} />
          <input type="hidden" name={`${p}.height`} value={b.height} />
        </>
      );
  }
}

/** One block: its fields and the buttons that move or remove it (form posts without scripts). */
export function BlockEditor(props: { b: BlockState; index: number; issues: readonly FieldIssue[]; media: readonly MediaItem[] }): Raw {
  const { b, index: i } = props;
  const p = `blocks.${i}`;
  const name = BLOCK_NAMES[b.type];
  return (
    <fieldset class={`nr-block nr-block--${b.type}`} data-block data-type={b.type}>
      <legend>
        {name} <span data-block-number>{i + 1}</span>
      </legend>
      <input type="hidden" name={`${p}.type`} value={b.type} />
      <BlockFields b={b} p={p} issues={props.issues} media={props.media} />
      <div class="nr-block__tools">
        <button type="submit" name="op" value={`up:${i}`} data-op="up" formnovalidate aria-label={`نقل ${name} ${i + 1} إلى الأعلى`}>
          ↑ أعلى
        </button>
        <button type="submit" name="op" value={`down:${i}`} data-op="down" formnovalidate aria-label={`نقل ${name} ${i + 1} إلى الأسفل`}>
          ↓ أسفل
        </button>
        <button type="submit" name="op" value={`remove:${i}`} data-op="remove" formnovalidate class="nr-danger" aria-label={`حذف ${name} ${i + 1}`}>
          حذف
        </button>
      </div>
    </fieldset>
  );
}

/** The body: every block, then a button per block type to add one. */
export function BodyEditor(props: { blocks: readonly BlockState[]; issues: readonly FieldIssue[]; media: readonly MediaItem[] }): Raw {
  return (
    <fieldset class="nr-fieldset nr-body">
      <legend>نص المقال</legend>
      <div class="nr-blocks" data-blocks>
        {props.blocks.map((b, i) => (
          <BlockEditor b={b} index={i} issues={props.issues} media={props.media} />
        ))}
      </div>
      <div class="nr-add" role="group" aria-label="إضافة كتلة">
        {BLOCK_TYPES.map((t) => (
          <button type="submit" name="op" value={`add:${t}`} data-op="add" data-type={t} formnovalidate>
            + {BLOCK_NAMES[t]}
          </button>
        ))}
      </div>
      {BLOCK_TYPES.map((t) => (
        // Blank blocks for the script to copy (index 0 is renumbered when inserted).
        <template data-block-template={t}>
          <BlockEditor b={emptyBlock(t as BlockType)} index={0} issues={[]} media={props.media} />
        </template>
      ))}
    </fieldset>
  );
}

/**
 * The one catalogue of coded errors. Clients and tests rely on codes, never on messages;
 * the HTTP status travels with the code so every layer answers the same way.
 */
export const ERRORS = {
  ERR_ARTICLE_NOT_FOUND: { status: 404, message: 'المقال غير موجود' },
  ERR_ARTICLE_INVALID: { status: 400, message: 'بيانات المقال غير صالحة' },
  ERR_ARTICLE_EXISTS: { status: 409, message: 'يوجد مقال بالمعرّف نفسه' },
  ERR_ARTICLE_CONFLICT: { status: 409, message: 'عُدّل المقال منذ فتحه؛ راجع التعديلات قبل الحفظ' },
  ERR_SECTION_NOT_FOUND: { status: 404, message: 'القسم غير موجود' },
  ERR_AUTHOR_NOT_FOUND: { status: 404, message: 'الكاتب غير موجود' },
  ERR_NOT_FOUND: { status: 404, message: 'الصفحة غير موجودة' },
  ERR_BAD_REQUEST: { status: 400, message: 'طلب غير صالح' },
  ERR_INTERNAL: { status: 500, message: 'حدث خطأ غير متوقع' },
} as const;

/** A code of the catalogue. */
export type ErrorCode = keyof typeof ERRORS;

/** An error with a catalogue code, an HTTP status, and optionally the field it concerns. */
export class MidadError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly field?: string,
  ) {
    super(message ?? ERRORS[code].message);
    this.name = 'MidadError';
    this.status = ERRORS[code].status;
  }
}

/** Whether a value is a MidadError carrying the given code. */
export function isMidadError(e: unknown, code?: ErrorCode): e is MidadError {
  return e instanceof MidadError && (code === undefined || e.code === code);
}

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
  ERR_UNAUTHENTICATED: { status: 401, message: 'سجّل الدخول للمتابعة' },
  ERR_FORBIDDEN: { status: 403, message: 'ليست لديك صلاحية للقيام بهذا' },
  ERR_CSRF: { status: 403, message: 'انتهت صلاحية النموذج؛ أعد تحميل الصفحة وحاول مجدداً' },
  ERR_LOGIN_FAILED: { status: 401, message: 'البريد الإلكتروني أو كلمة المرور غير صحيحة' },
  ERR_LOGIN_LOCKED: { status: 429, message: 'أُوقف تسجيل الدخول مؤقتاً بعد محاولات فاشلة متكررة؛ حاول مجدداً بعد قليل' },
  ERR_RATE_LIMITED: { status: 429, message: 'طلبات كثيرة في وقت قصير؛ انتظر قليلاً ثم حاول مجدداً' },
  ERR_SETUP_LINK_INVALID: { status: 410, message: 'رابط الإعداد غير صالح أو منتهي الصلاحية أو استُخدم من قبل' },
  ERR_PASSWORD_WEAK: { status: 400, message: 'كلمة المرور قصيرة جداً: عشرة أحرف على الأقل' },
  ERR_USER_EXISTS: { status: 409, message: 'يوجد حساب بهذا البريد الإلكتروني' },
  ERR_USER_NOT_FOUND: { status: 404, message: 'الحساب غير موجود' },
  ERR_USER_INVALID: { status: 400, message: 'بيانات الحساب غير صالحة' },
  ERR_TRANSITION_NOT_ALLOWED: { status: 409, message: 'لا يمكن نقل المقال إلى هذه المرحلة من مرحلته الحالية' },
  ERR_SCHEDULE_INVALID: { status: 400, message: 'موعد النشر يجب أن يكون في المستقبل' },
  ERR_REVISION_NOT_FOUND: { status: 404, message: 'النسخة غير موجودة' },
  ERR_MEDIA_TOO_LARGE: { status: 413, message: 'الملف أكبر من الحجم المسموح به' },
  ERR_MEDIA_UNSUPPORTED: { status: 415, message: 'نوع الملف غير مدعوم: ارفع صورة JPEG أو PNG أو WebP أو AVIF أو GIF' },
  ERR_MEDIA_NOT_FOUND: { status: 404, message: 'الصورة غير موجودة' },
  ERR_API_TOKEN_INVALID: { status: 401, message: 'رمز الواجهة البرمجية غير صالح أو أُلغي' },
  ERR_API_TOKEN_NOT_FOUND: { status: 404, message: 'الرمز غير موجود' },
  ERR_DRAFT_PARSE_FAILED: { status: 400, message: 'تعذّر استخراج مقال من النص المُدخل' },
  ERR_INVALID_PARAMETER: { status: 400, message: 'قيمة غير صالحة في الطلب؛ راجع الحقل المذكور' },
  ERR_ENTITY_NOT_FOUND: { status: 404, message: 'الاسم غير موجود' },
  ERR_QUOTE_NOT_FOUND: { status: 404, message: 'الاقتباس غير موجود' },
  ERR_ENTITY_NAME_TAKEN: { status: 409, message: 'يوجد اسم آخر بهذه التسمية؛ ادمجهما بدلاً من إعادة التسمية' },
  ERR_ENTITY_MERGE_INVALID: { status: 400, message: 'لا يُدمج الاسم إلا في اسم آخر من النوع نفسه' },
  ERR_SPEAKER_INVALID: { status: 400, message: 'المتحدث يجب أن يكون شخصاً' },
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

import { Fragment, h, type Raw } from '../jsx/runtime.js';

/** The Arabic not-found and server-error pages' content. */
export function ErrorPage(props: { status: number }): Raw {
  const notFound = props.status === 404;
  return (
    <>
      <div class="error-page">
        <p class="error-page__code">{props.status}</p>
        <h1>{notFound ? 'الصفحة غير موجودة' : 'حدث خطأ غير متوقع'}</h1>
        <p>
          {notFound
            ? 'ربما نُقلت الصفحة أو حُذفت، أو أن الرابط كُتب بشكل غير صحيح.'
            : 'نعتذر، لم نتمكن من عرض هذه الصفحة الآن. حاول مجدداً بعد قليل.'}
        </p>
        <p>
          <a href="/">العودة إلى الصفحة الرئيسية</a>
        </p>
      </div>
    </>
  );
}

import { h, type Raw } from '../../jsx/runtime.js';
import { PostForm, type NewsroomView } from '../views/layout.js';

/** The login form; `error` is a catalogue message. */
export function LoginPage(props: { view: NewsroomView; email: string; next: string; error: string | null }): Raw {
  return (
    <section class="nr-auth" aria-labelledby="login-title">
      <h1 id="login-title">تسجيل الدخول</h1>
      {props.error ? (
        <p class="nr-error" role="alert" data-login-error>
          {props.error}
        </p>
      ) : null}
      <PostForm view={props.view} action="/newsroom/login">
        <input type="hidden" name="next" value={props.next} />
        <div class="nr-field">
          <label for="email">البريد الإلكتروني</label>
          <input type="email" id="email" name="email" value={props.email} required autocomplete="username" dir="ltr" />
        </div>
        <div class="nr-field">
          <label for="password">كلمة المرور</label>
          <input type="password" id="password" name="password" required autocomplete="current-password" dir="ltr" />
        </div>
        <button type="submit" class="nr-primary">
          دخول
        </button>
      </PostForm>
    </section>
  );
}

/* The article editor's progressive layer. Without it the editor is a plain form: block buttons
   post and the server answers with the form changed. With it:
   - blocks are added, moved and removed in the page (same buttons, no round trip);
   - the word count and reading time follow the typing;
   - every change is kept in localStorage and offered back after a reload or a crash;
   - the draft is saved in the background every few seconds (JSON, same rights and stale check);
   - workflow buttons save pending changes first.
   Nothing typed is ever dropped: a failed background save leaves the text in the page and in
   the browser's storage, and says why. */
(function () {
  'use strict';

  var form = document.querySelector('form[data-editor]');
  if (!form) return;

  var BLOCK_NAMES = { paragraph: 'فقرة', subheading: 'عنوان فرعي', image: 'صورة', quote: 'اقتباس', video: 'فيديو' };
  var WPM = parseInt(form.getAttribute('data-words-per-minute') || '180', 10);
  var INTERVAL = Math.max(5, parseInt(form.getAttribute('data-autosave-seconds') || '20', 10)) * 1000;
  var blocksEl = form.querySelector('[data-blocks]');
  var statusEl = form.querySelector('[data-autosave-status]');
  var articleId = form.getAttribute('data-article-id');
  var changes = 0; // bumps on every edit; a save clears "dirty" only if nothing changed meanwhile
  var savedChanges = 0;
  var saving = null;
  var stopped = false;

  function storageKey() {
    return 'midad:draft:' + (articleId || 'new');
  }

  function say(text, state) {
    if (!statusEl) return;
    statusEl.textContent = text;
    if (state) statusEl.setAttribute('data-state', state);
    else statusEl.removeAttribute('data-state');
  }

  function updatedAt() {
    var input = form.querySelector('[data-updated-at]');
    return input ? input.value : '';
  }

  function setUpdatedAt(value) {
    var inputs = document.querySelectorAll('input[name="updatedAt"]');
    for (var i = 0; i < inputs.length; i++) inputs[i].value = value;
  }

  /* ---- blocks ---- */

  function renumber() {
    var blocks = blocksEl.querySelectorAll('[data-block]');
    for (var k = 0; k < blocks.length; k++) {
      var b = blocks[k];
      var all = b.querySelectorAll('[name],[id],[for],[aria-describedby],button[value],[aria-label]');
      for (var j = 0; j < all.length; j++) {
        var el = all[j];
        if (el.name) el.name = el.name.replace(/^blocks\.\d+\./, 'blocks.' + k + '.');
        if (el.id) el.id = el.id.replace(/^f-blocks-\d+-/, 'f-blocks-' + k + '-');
        var f = el.getAttribute('for');
        if (f) el.setAttribute('for', f.replace(/^f-blocks-\d+-/, 'f-blocks-' + k + '-'));
        var d = el.getAttribute('aria-describedby');
        if (d) el.setAttribute('aria-describedby', d.replace(/f-blocks-\d+-/g, 'f-blocks-' + k + '-'));
        if (el.tagName === 'BUTTON' && /^(up|down|remove):\d+$/.test(el.value)) el.value = el.value.replace(/\d+$/, String(k));
        var label = el.getAttribute('aria-label');
        if (label && el.tagName === 'BUTTON') el.setAttribute('aria-label', label.replace(/\d+/, String(k + 1)));
      }
      var n = b.querySelector('[data-block-number]');
      if (n) n.textContent = String(k + 1);
    }
  }

  function newBlock(type) {
    var tpl = form.querySelector('template[data-block-template="' + type + '"]');
    return tpl ? tpl.content.firstElementChild.cloneNode(true) : null;
  }

  function blockOf(el) {
    return el.closest('[data-block]');
  }

  function onOp(button) {
    var op = button.getAttribute('data-op');
    var block = blockOf(button);
    var type = button.getAttribute('data-type');
    if (op === 'add') {
      var fresh = newBlock(type);
      if (!fresh) return;
      blocksEl.appendChild(fresh);
      renumber();
      var first = fresh.querySelector('textarea, input:not([type="hidden"]):not([type="file"])');
      if (first) first.focus();
      say('أُضيفت ' + BLOCK_NAMES[type] + '.');
    } else if (op === 'up' && block && block.previousElementSibling) {
      blocksEl.insertBefore(block, block.previousElementSibling);
      renumber();
      button.focus();
      say('نُقلت الكتلة إلى الأعلى.');
    } else if (op === 'down' && block && block.nextElementSibling) {
      blocksEl.insertBefore(block.nextElementSibling, block);
      renumber();
      button.focus();
      say('نُقلت الكتلة إلى الأسفل.');
    } else if (op === 'remove' && block) {
      var next = block.nextElementSibling || block.previousElementSibling;
      block.parentNode.removeChild(block);
      renumber();
      var focusTo = next ? next.querySelector('textarea, input:not([type="hidden"])') : form.querySelector('[data-op="add"]');
      if (focusTo) focusTo.focus();
      say('حُذفت الكتلة.');
    } else {
      return;
    }
    changed();
  }

  form.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button[data-op]') : null;
    if (!button || !form.contains(button)) return;
    event.preventDefault();
    onOp(button);
  });

  /* ---- word count ---- */

  function count() {
    var words = 0;
    var fields = form.querySelectorAll('[data-blocks] [data-count]');
    for (var i = 0; i < fields.length; i++) {
      var t = fields[i].value.trim();
      if (t) words += t.split(/\s+/).length;
    }
    var minutes = words === 0 ? 0 : Math.max(1, Math.round(words / WPM));
    var w = form.querySelector('[data-words]');
    var m = form.querySelector('[data-minutes]');
    if (w) w.textContent = String(words);
    if (m) m.textContent = String(minutes);
  }

  /* ---- local backup ---- */

  function snapshot() {
    var out = [];
    var els = form.elements;
    for (var i = 0; i < els.length; i++) {
      var el = els[i];
      if (!el.name || el.name === '_csrf' || el.name === 'updatedAt' || el.name === 'op' || el.type === 'file' || el.type === 'submit') continue;
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) continue;
      out.push([el.name, el.value]);
    }
    return out;
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  var backupTimer = null;
  function backupSoon() {
    clearTimeout(backupTimer);
    backupTimer = setTimeout(backupNow, 400);
  }

  function backupNow() {
    try {
      localStorage.setItem(storageKey(), JSON.stringify({ base: updatedAt(), at: Date.now(), fields: snapshot() }));
    } catch (e) {
      /* storage full or off: the background save still runs */
    }
  }

  function readBackup() {
    try {
      return JSON.parse(localStorage.getItem(storageKey()) || 'null');
    } catch (e) {
      return null;
    }
  }

  function dropBackup() {
    try {
      localStorage.removeItem(storageKey());
    } catch (e) {}
  }

  /* Rebuilds the blocks to the backup's list, then fills every field. */
  function apply(fields) {
    var types = [];
    fields.forEach(function (pair) {
      var m = /^blocks\.(\d+)\.type$/.exec(pair[0]);
      if (m) types.push({ i: parseInt(m[1], 10), type: pair[1] });
    });
    types.sort(function (a, b) { return a.i - b.i; });
    while (blocksEl.firstChild) blocksEl.removeChild(blocksEl.firstChild);
    types.forEach(function (t) {
      var b = newBlock(t.type);
      if (b) blocksEl.appendChild(b);
    });
    renumber();
    // Indexes in the backup may have gaps (blocks removed before it was taken): map them in order.
    var order = {};
    types.forEach(function (t, k) { order[t.i] = k; });
    fields.forEach(function (pair) {
      var name = pair[0].replace(/^blocks\.(\d+)\./, function (_, i) { return 'blocks.' + order[i] + '.'; });
      var el = form.elements.namedItem(name);
      if (!el || el.type === 'file') return;
      if (el.type === 'checkbox') el.checked = true;
      else el.value = pair[1];
    });
    count();
  }

  function offerRestore(backup, automatic) {
    var box = document.createElement('div');
    box.className = 'nr-notice';
    box.setAttribute('role', 'status');
    var text = document.createElement('p');
    var button = document.createElement('button');
    button.type = 'button';
    if (automatic) {
      apply(backup.fields);
      text.textContent = 'استُعيد نص كتبته ولم يُحفظ بعد (من هذا المتصفح).';
      button.textContent = 'تجاهل النص المستعاد';
      button.addEventListener('click', function () {
        dropBackup();
        window.location.reload();
      });
      changed();
    } else {
      text.textContent = 'في هذا المتصفح نص لم يُحفظ، لكن المقال حُفظ بعده من مكان آخر.';
      button.textContent = 'استعادة النص غير المحفوظ';
      button.addEventListener('click', function () {
        apply(backup.fields);
        box.parentNode.removeChild(box);
        changed();
      });
    }
    box.appendChild(text);
    box.appendChild(button);
    form.insertBefore(box, form.firstChild);
  }

  function headlineOf(fields) {
    for (var i = 0; i < fields.length; i++) if (fields[i][0] === 'headline') return fields[i][1];
    return null;
  }

  function restoreOnLoad() {
    var justSaved = form.getAttribute('data-just-saved') === '1';
    if (justSaved && articleId) {
      // A new article saved with the button: its "new" backup is this article now.
      try {
        var fresh = JSON.parse(localStorage.getItem('midad:draft:new') || 'null');
        var mine = form.elements.namedItem('headline');
        if (fresh && fresh.fields && mine && headlineOf(fresh.fields) === mine.value) localStorage.removeItem('midad:draft:new');
      } catch (e) {}
    }
    var backup = readBackup();
    if (!backup || !backup.fields) return;
    if (same(backup.fields, snapshot()) || justSaved) {
      dropBackup();
      return;
    }
    offerRestore(backup, backup.base === updatedAt());
  }

  /* ---- background save ---- */

  function changed() {
    changes++;
    count();
    backupSoon();
  }

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);

  function adopt(data) {
    // A new article exists from its first background save on: point the page at it.
    if (articleId) return;
    var oldKey = storageKey();
    articleId = String(data.id);
    form.setAttribute('data-article-id', articleId);
    form.action = data.saveUrl;
    form.setAttribute('data-autosave-url', data.autosaveUrl);
    var preview = form.querySelector('button[formaction]');
    if (preview) preview.setAttribute('formaction', data.previewUrl);
    try {
      localStorage.removeItem(oldKey);
      history.replaceState(null, '', data.editUrl);
    } catch (e) {}
  }

  function save() {
    if (saving) return saving;
    if (stopped || changes === savedChanges) return Promise.resolve(true);
    var at = changes;
    var data = new FormData(form);
    var drop = [];
    data.forEach(function (value, key) {
      if (typeof value !== 'string' || key === 'op') drop.push(key);
    });
    drop.forEach(function (key) { data.delete(key); });
    say('جارٍ الحفظ…');
    saving = fetch(form.getAttribute('data-autosave-url'), {
      method: 'POST',
      body: data,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    })
      .then(function (res) {
        return res.json().then(function (body) {
          return { status: res.status, body: body };
        });
      })
      .then(function (r) {
        if (r.status === 200) {
          adopt(r.body);
          setUpdatedAt(r.body.updatedAt);
          savedChanges = at;
          if (changes === at) dropBackup();
          else backupNow();
          var time = new Date().toLocaleTimeString('ar', { hour: '2-digit', minute: '2-digit' });
          say('حُفظ تلقائياً ' + time + '.');
          return true;
        }
        var code = r.body && r.body.error ? r.body.error.code : '';
        if (code === 'ERR_ARTICLE_CONFLICT') {
          stopped = true;
          say('تعذّر الحفظ التلقائي: عُدّل المقال في مكان آخر. نصك باقٍ هنا؛ اضغط «حفظ» لمراجعة الفروق.', 'error');
        } else if (r.status === 401 || r.status === 403) {
          stopped = true;
          say('تعذّر الحفظ التلقائي: انتهت الجلسة أو لا صلاحية. نصك محفوظ في هذا المتصفح؛ سجّل الدخول في نافذة أخرى ثم اضغط «حفظ».', 'error');
        } else if (r.status === 400) {
          say(r.body.error && r.body.error.field === 'headline' ? 'اكتب العنوان ليبدأ الحفظ التلقائي.' : 'لم يُحفظ تلقائياً بعد: أكمل الحقول المطلوبة.', 'error');
        } else {
          say('تعذّر الحفظ التلقائي؛ سنحاول مجدداً. نصك محفوظ في هذا المتصفح.', 'error');
        }
        return false;
      })
      .catch(function () {
        say('انقطع الاتصال؛ سنحاول مجدداً. نصك محفوظ في هذا المتصفح.', 'error');
        return false;
      })
      .then(function (ok) {
        saving = null;
        return ok;
      });
    return saving;
  }

  setInterval(save, INTERVAL);

  // Workflow buttons act on the saved article: save what is pending first.
  var moves = document.querySelectorAll('form.nr-move');
  for (var i = 0; i < moves.length; i++) {
    moves[i].addEventListener('submit', function (event) {
      if (changes === savedChanges || stopped) return;
      event.preventDefault();
      var target = event.currentTarget;
      save().then(function (ok) {
        if (ok) target.submit();
      });
    });
  }

  // The full save posts the form; the backup stays until the saved page confirms it.
  form.addEventListener('submit', function () {
    backupNow();
  });

  restoreOnLoad();
  count();
})();

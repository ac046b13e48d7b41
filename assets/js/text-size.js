/* The text-size control: five steps, remembered in localStorage, announced to screen readers.
   No reload: the size is an attribute on <html> that the stylesheet turns into a scale. */
(function () {
  'use strict';
  var KEY = 'midad:text-size';
  var MIN = 1;
  var MAX = 5;
  var DEFAULT = 2;
  var NAMES = { 1: 'صغير', 2: 'عادي', 3: 'كبير', 4: 'أكبر', 5: 'الأكبر' };
  var root = document.documentElement;

  function current() {
    var v = parseInt(root.getAttribute('data-text-size') || String(DEFAULT), 10);
    return v >= MIN && v <= MAX ? v : DEFAULT;
  }

  function setAttr(v) {
    if (v === DEFAULT) root.removeAttribute('data-text-size');
    else root.setAttribute('data-text-size', String(v));
  }

  function save(v) {
    try {
      if (v === DEFAULT) localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, String(v));
    } catch (e) {
      /* private mode: the size still applies to this page */
    }
  }

  function refresh(v, announce) {
    var controls = document.querySelectorAll('[data-text-size-control]');
    for (var i = 0; i < controls.length; i++) {
      var buttons = controls[i].querySelectorAll('button[data-step]');
      for (var j = 0; j < buttons.length; j++) {
        var step = parseInt(buttons[j].getAttribute('data-step'), 10);
        var off = step < 0 ? v <= MIN : step > 0 ? v >= MAX : v === DEFAULT;
        buttons[j].setAttribute('aria-disabled', off ? 'true' : 'false');
        if (step === 0) buttons[j].setAttribute('aria-pressed', v === DEFAULT ? 'true' : 'false');
      }
      var status = controls[i].querySelector('[data-text-size-status]');
      if (announce && status) status.textContent = 'حجم النص: ' + NAMES[v];
    }
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    var button = target && target.closest ? target.closest('[data-text-size-control] button[data-step]') : null;
    if (!button) return;
    var step = parseInt(button.getAttribute('data-step'), 10);
    var v = current();
    var next = step === 0 ? DEFAULT : Math.min(MAX, Math.max(MIN, v + step));
    setAttr(next);
    save(next);
    refresh(next, true);
  });

  // Another tab changed the size: follow it.
  window.addEventListener('storage', function (event) {
    if (event.key !== KEY) return;
    var v = parseInt(event.newValue || String(DEFAULT), 10);
    if (!(v >= MIN && v <= MAX)) v = DEFAULT;
    setAttr(v);
    refresh(v, false);
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { refresh(current(), false); });
  } else {
    refresh(current(), false);
  }
})();

/* Newsroom pages: ask before actions that are hard to undo (forms marked data-confirm).
   Without scripts the forms simply submit. */
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var message = form && form.getAttribute ? form.getAttribute('data-confirm') : null;
    if (message && !window.confirm(message)) event.preventDefault();
  });
})();

(function () {
  // Runs in <head> before first paint: marks scripting on and applies the reader's saved text size.
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var saved = localStorage.getItem('midad:text-size');
    if (saved && /^[1-5]$/.test(saved)) root.setAttribute('data-text-size', saved);
  } catch (e) {}
})();

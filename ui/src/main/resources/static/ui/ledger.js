// Keyboard-first (issue 16): "/" jumps to the CPR search, Esc closes the open action form and returns focus to it.
document.addEventListener('keydown', function (e) {
  var t = e.target;
  var skriver = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
  if (e.key === '/' && !skriver) {
    var soeg = document.getElementById('hurtigsoeg');
    if (soeg) { e.preventDefault(); soeg.focus(); }
  } else if (e.key === 'Escape') {
    var aaben = t && t.closest ? t.closest('details[open]') : null;
    if (aaben) { aaben.open = false; var s = aaben.querySelector('summary'); if (s) { s.focus(); } }
  }
});

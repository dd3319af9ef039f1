// The entry screen without the mouse: Ctrl+S saves, Ctrl+Shift+S saves and starts the next entry,
// from any field (the browser's own "save page" is suppressed here).
document.addEventListener('keydown', function (event) {
  if ((event.ctrlKey || event.metaKey) && (event.key === 's' || event.key === 'S')) {
    event.preventDefault();
    var button = document.getElementById(event.shiftKey ? 'registerForm:saveAndNew' : 'registerForm:save');
    if (button) {
      button.click();
    }
  }
});

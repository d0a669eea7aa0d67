/*
 * Evalsheet: the notice for webviews too old to run the pane (Internet Explorer 11 / Trident in
 * Office 2019 volume-licensed and older, EdgeHTML, Safari before 16.4). Plain ES5 on purpose: it
 * must parse where the bundle (ES2020: ?., ??, BigInt) cannot. It runs before the bundle; if the
 * bundle has not started by the page's load event, the static notice in taskpane.html is shown.
 * The bundle hides the notice when it runs (src/taskpane/index.tsx).
 */
(function () {
  var shown = false;
  function show() {
    if (window.evalsheetStarted || shown) return;
    var notice = document.getElementById('legacy-notice');
    if (!notice) return;
    shown = true;
    notice.style.display = 'block';
  }
  if (window.addEventListener) {
    window.addEventListener('load', function () {
      // Deferred scripts have run by now; a bundle that failed to parse never set the flag.
      window.setTimeout(show, 0);
    }, false);
  } else if (window.attachEvent) {
    window.attachEvent('onload', show);
  }
})();

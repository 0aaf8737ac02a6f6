/*
 * Resize script for embedded figures of „Modele kooperacji i opieki”. A site that embeds a chart,
 * the territory map or a model's workflow in an <iframe data-osadz> may load this file; each
 * embed then tells its frame its height (a postMessage { type: 'kb-osadz-wysokosc', height }) and
 * the frame follows it, so nothing is cut off and nothing scrolls inside. Without the script the
 * frame keeps its fixed height.
 *
 * It only resizes frames that carry data-osadz and whose page came from the same origin as this
 * script, and only to a height between 100 and 20000 pixels (src/lib/embeds/embed-resize.ts is the
 * same rule in the site's code).
 */
(function () {
  var script = document.currentScript;
  var siteOrigin = script ? new URL(script.src).origin : location.origin;
  var MESSAGE_TYPE = 'kb-osadz-wysokosc';
  var MIN_HEIGHT = 100;
  var MAX_HEIGHT = 20000;

  function heightFromMessage(data) {
    if (typeof data !== 'object' || data === null) return undefined;
    if (data.type !== MESSAGE_TYPE || typeof data.height !== 'number' || !isFinite(data.height)) return undefined;
    return data.height >= MIN_HEIGHT && data.height <= MAX_HEIGHT ? Math.ceil(data.height) : undefined;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== siteOrigin) return;
    var height = heightFromMessage(event.data);
    if (height === undefined) return;
    var frames = document.querySelectorAll('iframe[data-osadz]');
    for (var index = 0; index < frames.length; index += 1) {
      if (frames[index].contentWindow === event.source) frames[index].style.height = height + 'px';
    }
  });
})();

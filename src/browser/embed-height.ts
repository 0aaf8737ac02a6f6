/**
 * On an embed page: tells the page that frames it how tall the embed is, whenever that changes
 * (a table opened, another step, another project on the map), with the message of
 * src/lib/embeds/embed-resize.ts. The framing page's /osadz/wysokosc.js fits the frame to it; a
 * page without that script ignores the message and keeps its fixed height.
 */
import { resizeMessage } from '../lib/embeds/embed-resize.ts';

if (window.parent !== window) {
  let sent = 0;
  const report = () => {
    // The document's own height, not scrollHeight, which never drops below the frame's height.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    // Any origin may frame an embed, and a height tells it nothing it could not measure itself.
    window.parent.postMessage(resizeMessage(height), '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}

// frame.html only (scripts/post-build.mjs puts this after the app's element): the iframe embed.
// 1. `frame.html?theme=light|dark|auto#/…` sets the widget's theme, as data-theme does on a
//    script embed (the theme is not a payload, so it may sit in the query).
// 2. The content's height goes to the host page as { type: "stardrill:height", height } (CSS
//    pixels), on load and whenever it changes, so a few lines of the host's script (README,
//    "Iframe embed") can size the frame to fit; without them the frame scrolls as usual.
{
  const theme = new URLSearchParams(location.search).get("theme");
  if (theme) document.querySelector("[data-stardrill]").setAttribute("data-theme", theme);
  if (parent !== window && "ResizeObserver" in window) {
    let last = 0;
    new ResizeObserver(() => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height !== last) parent.postMessage({ type: "stardrill:height", height: (last = height) }, "*");
    }).observe(document.documentElement);
  }
}

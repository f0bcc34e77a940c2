// stardrill embed loader. On any page:
//   <div data-stardrill data-deck="customer-obsession"></div>
//   <script type="module" src="https://YOUR-HOST/stardrill/embed.js"></script>
// The wasm is fetched from beside this file; every [data-stardrill] element gets a widget.
import init from "./stardrill.js";

// Widgets' links point at the standalone app beside this file (unless the page says otherwise
// with data-app-url), so "open in new tab" and "copy link" work.
const app = new URL("./", import.meta.url).href;
for (const el of document.querySelectorAll("[data-stardrill]:not([data-app-url])")) {
  el.setAttribute("data-app-url", app);
}
init();

// stardrill embed loader. On any page:
//   <div data-stardrill data-deck="customer-obsession"></div>
//   <script type="module" src="https://YOUR-HOST/stardrill/embed.js"></script>
// The wasm is fetched from beside this file; every [data-stardrill] element gets a widget.
import init from "./stardrill.js";
init();

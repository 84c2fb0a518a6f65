/** dist/brooklet.js: defines <st-app> and every element. */
import "./app/app-menu.js";
import "./app/st-app.js";
import "./elements/alert/st-alert.js";
import "./elements/button/st-button.js";
import "./elements/checkbox/st-checkbox.js";
import "./elements/code/st-code.js";
import "./elements/empty/st-empty.js";
import "./elements/exception/st-exception.js";
import "./elements/heading/st-heading.js";
import "./elements/help/st-help.js";
import "./elements/html/st-html.js";
import "./elements/json/st-json.js";
import "./elements/markdown/st-markdown.js";
import "./elements/text/st-text.js";

export { StApp } from "./app/st-app.js";
export { setAssetBase } from "./lib/assets.js";

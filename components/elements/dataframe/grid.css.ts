/** Styles of the data grid (document-level, scoped by tag). */
export const gridCss = `
st-data-grid { display: block; position: relative; font-size: 0.875rem; }
st-data-grid .st-grid { position: relative; max-width: 100%; }
st-data-grid .st-grid-toolbar { position: absolute; right: 0; top: -2.1rem; display: flex; gap: 0.125rem; opacity: 0; pointer-events: none; transition: opacity 0.15s; z-index: 5; background: var(--st-bg, #fff); border-radius: 0.25rem; }
st-data-grid .st-grid:hover .st-grid-toolbar, st-data-grid .st-grid-toolbar:focus-within { opacity: 1; pointer-events: auto; }
st-data-grid .st-grid-tool { border: 0; background: none; width: 1.9rem; height: 1.9rem; border-radius: 0.25rem; cursor: pointer; color: var(--st-text-muted, #888); font-size: 1rem; line-height: 1; }
st-data-grid .st-grid-tool:hover { background: var(--st-bg-secondary, #f0f2f6); color: var(--st-text, #31333f); }
st-data-grid .st-grid-tool:focus-visible { outline: 2px solid var(--st-primary, #ff4b4b); }
st-data-grid .st-grid-tool[aria-pressed="true"] { color: var(--st-primary, #ff4b4b); }
st-data-grid .st-grid-search { margin-bottom: 0.25rem; }
st-data-grid .st-grid-search input { width: 100%; font: inherit; padding: 0.25rem 0.5rem; border: 1px solid var(--st-border, #ccc); border-radius: 0.25rem; }
st-data-grid .st-grid-search input:focus { outline: 2px solid var(--st-primary, #ff4b4b); outline-offset: -1px; }
st-data-grid .st-grid-scroller { position: relative; overflow: auto; border: 1px solid var(--st-border, rgba(49, 51, 63, 0.2)); border-radius: 0.5rem; background: var(--st-bg, #fff); overscroll-behavior: contain; }
st-data-grid .st-grid-scroller:focus-visible { outline: 2px solid var(--st-primary, #ff4b4b); outline-offset: 1px; }
st-data-grid .st-grid-canvas { position: relative; min-width: 100%; }
st-data-grid .st-grid-header { position: sticky; top: 0; z-index: 3; display: flex; background: var(--st-bg-secondary, #f8f9fb); border-bottom: 1px solid var(--st-border, rgba(49, 51, 63, 0.2)); }
st-data-grid .st-grid-row { position: absolute; top: 0; left: 0; display: flex; min-width: 100%; will-change: transform; }
st-data-grid .st-grid-row[aria-selected="true"] .st-grid-cell { background: rgba(255, 75, 75, 0.08); }
st-data-grid .st-grid-hcell, st-data-grid .st-grid-cell { flex: none; display: flex; align-items: center; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; padding: 0 0.5rem; border-right: 1px solid rgba(49, 51, 63, 0.08); border-bottom: 1px solid rgba(49, 51, 63, 0.08); background: var(--st-bg, #fff); }
st-data-grid .st-grid-hcell { position: relative; background: var(--st-bg-secondary, #f8f9fb); color: var(--st-text-muted, rgba(49, 51, 63, 0.6)); font-weight: 400; gap: 0.25rem; }
st-data-grid .st-grid-hcell[aria-selected="true"] { background: rgba(255, 75, 75, 0.15); color: var(--st-text, #31333f); }
st-data-grid .st-grid-hbutton { all: unset; cursor: pointer; overflow: hidden; text-overflow: ellipsis; min-width: 0; }
st-data-grid .st-grid-hbutton:focus-visible, st-data-grid .st-grid-sort:focus-visible { outline: 2px solid var(--st-primary, #ff4b4b); outline-offset: 1px; border-radius: 2px; }
st-data-grid .st-grid-sort, st-data-grid .st-grid-sort-icon { flex: none; border: 0; background: none; color: inherit; cursor: pointer; padding: 0 0.125rem; font: inherit; }
st-data-grid .st-grid-resize { position: absolute; right: -3px; top: 0; bottom: 0; width: 7px; cursor: col-resize; z-index: 1; }
st-data-grid .st-grid-resize:hover { background: rgba(255, 75, 75, 0.35); }
st-data-grid .st-grid-pinned { position: sticky; z-index: 1; }
st-data-grid .st-grid-header .st-grid-pinned { z-index: 4; }
st-data-grid .st-grid-index { color: var(--st-text-muted, rgba(49, 51, 63, 0.6)); background: var(--st-bg-secondary, #f8f9fb); }
st-data-grid .st-grid-marker { justify-content: center; padding: 0; }
st-data-grid .st-grid-marker input { margin: 0; accent-color: var(--st-primary, #ff4b4b); }
st-data-grid .st-grid-cell[data-active] { box-shadow: inset 0 0 0 2px var(--st-primary, #ff4b4b); }
st-data-grid .st-grid-cell[data-edited] { background: #fffbe6; }
st-data-grid .st-grid-none { color: rgba(49, 51, 63, 0.35); }
st-data-grid .st-grid-check { display: inline-flex; width: 1rem; height: 1rem; border: 1px solid rgba(49, 51, 63, 0.4); border-radius: 0.2rem; align-items: center; justify-content: center; font-size: 0.75rem; }
st-data-grid .st-grid-check[data-checked="true"] { background: var(--st-primary, #ff4b4b); border-color: var(--st-primary, #ff4b4b); color: #fff; }
st-data-grid .st-grid-link { color: #0068c9; text-decoration: underline; overflow: hidden; text-overflow: ellipsis; }
st-data-grid .st-grid-image { max-height: 100%; max-width: 100%; object-fit: contain; }
st-data-grid .st-grid-progress { display: flex; align-items: center; gap: 0.5rem; width: 100%; }
st-data-grid .st-grid-progress-bar { flex: 1; height: 0.5rem; background: var(--st-bg-secondary, #f0f2f6); border-radius: 0.25rem; overflow: hidden; }
st-data-grid .st-grid-progress-bar > span { display: block; height: 100%; }
st-data-grid .st-grid-progress-text { flex: none; min-width: 2.5rem; text-align: right; }
st-data-grid .st-grid-bubble { display: inline-block; padding: 0 0.4rem; margin-right: 0.25rem; border-radius: 0.6rem; background: var(--st-bg-secondary, #f0f2f6); line-height: 1.4; }
st-data-grid .st-grid-chart { display: block; }
st-data-grid .st-grid-empty { position: absolute; left: 0; right: 0; display: flex; align-items: center; justify-content: center; color: var(--st-text-muted, #888); }
st-data-grid .st-grid-editor-box { position: absolute; top: 0; left: 0; z-index: 6; }
st-data-grid .st-grid-editor { box-sizing: border-box; width: 100%; height: 100%; font: inherit; padding: 0 0.5rem; border: 2px solid var(--st-primary, #ff4b4b); border-radius: 0.25rem; background: var(--st-bg, #fff); color: inherit; }
`;

/** The built bundle, imported by browser tests. */
declare module "/dist/brooklet.js";

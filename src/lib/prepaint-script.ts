/**
 * The pre-paint script (src/lib/reader-prefs.ts has the table it applies). A module of its own, used
 * only at build time (BaseLayout.astro, the CSP allowlist), so the reading tools' browser bundle
 * does not carry its text.
 */
import { ATTRIBUTES, PREFS_KEY } from './reader-prefs.ts';

/**
 * The pre-paint script, inlined in <head>: marks <html> as scripted (class "js", which reveals the
 * toolbar) and copies the stored choices onto it, by the same table as prefsAttributes. Kept tiny
 * and dependency-free; CSP hashes it.
 */
export const PREPAINT_SCRIPT =
  `(function(d){d.classList.add('js');try{var p=JSON.parse(localStorage.getItem('${PREFS_KEY}')||'{}'),t=${JSON.stringify(ATTRIBUTES)},k,v;` +
  `for(k in t){v=p[k];v=v===true?'':typeof v=='string'&&v?v:0;if(Object.prototype.hasOwnProperty.call(t[k],v))d.setAttribute('data-'+k,t[k][v])}}catch(e){}})(document.documentElement)`;

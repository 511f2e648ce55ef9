/**
 * The pre-paint script (src/reader/prefs.ts has the table it applies). A module of its own, used
 * only at build time (BaseLayout.astro, the CSP allowlist), so the reading tools' browser bundle
 * does not carry its text.
 */
import { ATTRIBUTES, PREFS_KEY } from './prefs.ts';

/**
 * The table, written short for the script, which sits at the head of every page where compression
 * has little to work with: "size:l:xl" lists the strings a setting may hold (each also its
 * attribute's value), "contrast=high" is a switch and its attribute's value when on.
 */
const SPEC = Object.entries(ATTRIBUTES)
  .map(([key, map]) => {
    const values = Object.keys(map);
    if (values.length === 1 && values[0] === '') return `${key}=${map['']}`;
    if (values.some((v) => v === '' || map[v] !== v || /[:=,']/.test(v)))
      throw new Error(`reader-prefs ATTRIBUTES.${key}: the pre-paint script takes a switch, or strings that are their own attribute values`);
    return `${key}:${values.join(':')}`;
  })
  .join(',');

/**
 * The pre-paint script, inlined in <head>: marks <html> as scripted (class "js", which reveals the
 * toolbar) and copies the stored choices onto it, by the same table as prefsAttributes. Kept tiny
 * and dependency-free; CSP hashes it. A value is looked up past the setting's own name (index 0)
 * and only among the listed ones: a stored "constructor" or "__proto__" sets nothing.
 */
export const PREPAINT_SCRIPT =
  `(function(d){d.classList.add('js');try{var p=JSON.parse(localStorage.getItem('${PREFS_KEY}')||'{}');'${SPEC}'.split(',').forEach(function(s){var m=s.split(/[:=]/),v=p[m[0]];` +
  `if(s.indexOf('=')>0?v===true&&(v=m[1]):typeof v=='string'&&m.indexOf(v)>0)d.setAttribute('data-'+m[0],v)})}catch(e){}})(document.documentElement)`;

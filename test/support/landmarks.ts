/**
 * A rule axe does not have: when a page has more than one landmark of a role (several navigation
 * menus, two search forms), each of them is named, so a screen reader's landmark list tells them
 * apart (WAI-ARIA Authoring Practices, "Landmark Regions"). axe's landmark-unique only wants the
 * role+name pairs to differ, which one unnamed navigation among named ones satisfies.
 */

/** Runs in the page: each landmark that shares its role with another and has no name. Self-contained. */
export function unnamedLandmarks(): string[] {
  const roles: Record<string, string> = {
    navigation: 'nav, [role="navigation"]',
    search: 'search, [role="search"]',
    complementary: 'aside, [role="complementary"]',
    region: '[role="region"]',
  };
  const named = (el: Element) => {
    const label = el.getAttribute('aria-label')?.trim();
    const by = el.getAttribute('aria-labelledby');
    return Boolean(label) || Boolean(by && by.split(/\s+/).some((id) => document.getElementById(id)?.textContent?.trim()));
  };
  const out: string[] = [];
  for (const [role, selector] of Object.entries(roles)) {
    // An explicit role wins over the element's own (a form with role="search" is a search, not a form).
    const all = [...document.querySelectorAll(selector)].filter((el) => {
      const explicit = el.getAttribute('role');
      return !explicit || explicit === role;
    });
    if (all.length < 2) continue;
    for (const el of all)
      if (!named(el)) out.push(`${role}: <${el.tagName.toLowerCase()} class="${el.className}"> has no name, and the page has ${all.length} ${role} landmarks`);
  }
  return out;
}

/** The plan's full title has one home in the site (site.fullName); it must be the title the plan's text gives. */
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../../../src/integrations/plan/read-plan.ts';
import { t } from '../../../../src/i18n/ui.ts';
import { PLAN_TITLE } from '../../../support/plan-facts.ts';

describe("the plan's title", () => {
  it("is the same in the UI strings (site.fullName) as in the plan's text, and as the tests expect it", () => {
    const title = readPlan().title;
    expect(t('site.fullName')).toBe(title);
    expect(title).toBe(PLAN_TITLE);
  });
});

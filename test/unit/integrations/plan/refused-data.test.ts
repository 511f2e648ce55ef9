/**
 * Bad edits of the data modules src/data/indicators.ts and src/data/targets.ts that `npm run build`
 * must refuse, naming the record and the field, one message each (today's schemas are strict, and
 * a broken record is not reported again by the checks across records).
 */
import { afterAll } from 'vitest';
import { cleanupPlanEdits } from '../../../support/plan-edits.ts';
import { describeRefusals, inRecord } from '../../../support/refusals.ts';

afterAll(() => cleanupPlanEdits());

const IND = 'src/data/indicators.ts';
const TGT = 'src/data/targets.ts';

describeRefusals('indicator records that do not fit the schema', [
  {
    name: 'a value that is not a number',
    file: IND,
    edit: inRecord(
      'plan13-unemployment-insurance-insured',
      "actual: { kind: 'number', text: '1047', value: 1047,",
      "actual: { kind: 'number', text: '1047', value: 'about 1047',",
    ),
    message:
      'src/data/indicators.ts, 专栏1 indicator "plan13-unemployment-insurance-insured" (row 5), field "actual.value": Invalid input: expected number, received string',
  },
  {
    name: 'a misspelt optional key parnet: (not dropped)',
    file: IND,
    edit: inRecord('plan14-migrant-worker-training', 'parent:', 'parnet:'),
    message:
      /^src\/data\/indicators\.ts, 专栏2 indicator "plan14-migrant-worker-training" \(row \d+\), field "parnet": unknown field \(did you mean "parent"\?\)$/,
  },
  {
    name: 'section: for sections: (not dropped)',
    file: IND,
    edit: inRecord('plan14-rural-labour-transferred', 'sections:', 'section:'),
    message:
      /^src\/data\/indicators\.ts, 专栏2 indicator "plan14-rural-labour-transferred" \(row \d+\), field "section": unknown field \(did you mean "sections"\?\)$/,
  },
  {
    name: 'a table row named as a section that deals with the indicator',
    file: IND,
    edit: inRecord('plan14-postdoc-annual-intake', "sections: ['column-8-2']", "sections: ['column-1-r5']"),
    message:
      /^src\/data\/indicators\.ts, 专栏2 indicator "plan14-postdoc-annual-intake" \(row \d+\), field "sections\.0": an anchor of a section, 专栏 or 专栏 item/,
  },
  {
    name: 'a misspelt key inside a value',
    file: IND,
    edit: inRecord('plan13-registered-unemployment-rate', "comparator: '≤'", "comparitor: '≤'"),
    message:
      'src/data/indicators.ts, 专栏1 indicator "plan13-registered-unemployment-rate" (row 2), field "target.comparitor": unknown field (did you mean "comparator"?)',
  },
  {
    name: 'a number that is not the printed text',
    file: IND,
    edit: inRecord(
      'plan14-unemployment-insurance-insured',
      "target: { kind: 'number', text: '1200', value: 1200,",
      "target: { kind: 'number', text: '1200', value: 1250,",
    ),
    message:
      'src/data/indicators.ts, 专栏2 indicator "plan14-unemployment-insurance-insured" (row 9), field "target": value does not match the printed text "1200" (reads as "1250")',
  },
  {
    name: 'an unknown category',
    file: IND,
    edit: inRecord('plan14-hr-services-revenue', "category: 'hr-services'", "category: 'pensions'"),
    message: /^src\/data\/indicators\.ts, 专栏2 indicator "plan14-hr-services-revenue" \(row 12\), field "category": Invalid option/,
  },
]);

describeRefusals('indicator records that do not fit together', [
  {
    name: 'a duplicate id',
    file: IND,
    edit: inRecord('plan13-work-injury-insurance-insured', "id: 'plan13-work-injury-insurance-insured'", "id: 'plan13-unemployment-insurance-insured'"),
    message: 'src/data/indicators.ts, 专栏1 indicator "plan13-unemployment-insurance-insured" (row 6), field "id": duplicate id',
  },
  {
    name: 'a row number out of place (not also every row after it)',
    file: IND,
    edit: inRecord('plan14-hr-services-revenue', 'n: 12,', 'n: 13,'),
    message: 'src/data/indicators.ts, 专栏2 indicator "plan14-hr-services-revenue" (row 13), field "n": rows must be numbered 1, 2, 3 … in order; expected 12',
  },
]);

describeRefusals('indicators that do not match the plan', [
  {
    name: 'a section that does not exist',
    file: IND,
    edit: inRecord('plan14-pension-fund-entrusted-investment', "sections: ['s3-4']", "sections: ['s3-9']"),
    message:
      /^src\/data\/indicators\.ts, 专栏2 indicator "plan14-pension-fund-entrusted-investment" \(row 11\), field "sections\.0": "s3-9" is not an anchor of the plan/,
  },
  {
    name: 'a printed value changed (the table row differs from the official text)',
    file: IND,
    edit: inRecord(
      'plan14-unemployment-insurance-insured',
      "base: { kind: 'number', text: '1047', value: 1047,",
      "base: { kind: 'number', text: '1048', value: 1048,",
    ),
    message:
      /^src\/data\/indicators\.ts, record "plan14-unemployment-insurance-insured": column-2-r9 differs from the official text .*official: ….*失业保险参保人数（万人）104【7/,
  },
]);

describeRefusals('targets that do not fit the schema', [
  {
    name: 'a misspelt key (not also: the deadline is missing)',
    file: TGT,
    edit: inRecord('t-s1-3-p3-a', 'deadline:', 'deadlin:'),
    message: 'src/data/targets.ts, target "t-s1-3-p3-a", field "deadlin": unknown field (did you mean "deadline"?)',
  },
  {
    name: 'a section anchor instead of a paragraph',
    file: TGT,
    edit: inRecord('t-s1-3-p3-b', "anchor: 's1-3-p3'", "anchor: 's1-3'"),
    message: 'src/data/targets.ts, target "t-s1-3-p3-b", field "anchor": a paragraph anchor such as s2-4-p1 or column-7-1-p1',
  },
  {
    name: 'a duplicate id',
    file: TGT,
    edit: inRecord('t-s1-3-p3-d', "id: 't-s1-3-p3-d'", "id: 't-s1-3-p4-a'"),
    message: 'src/data/targets.ts, target "t-s1-3-p4-a", field "id": duplicate id',
  },
]);

describeRefusals('targets that do not match the plan', [
  {
    name: 'an indicator that does not exist',
    file: TGT,
    edit: inRecord('t-s1-3-p3-c', "indicator: 'plan14-registered-unemployment-rate'", "indicator: 'plan14-nothing'"),
    message: 'src/data/targets.ts, target "t-s1-3-p3-c", field "indicator": "plan14-nothing" is not an indicator of 专栏2',
  },
  {
    name: 'a paragraph that does not exist',
    file: TGT,
    edit: inRecord('t-s2-4-p1-a', "anchor: 's2-4-p1'", "anchor: 's2-4-p9'"),
    message: 'src/data/targets.ts, target "t-s2-4-p1-a", field "anchor": "s2-4-p9" is not a paragraph of the plan',
  },
  {
    name: 'a number its paragraph does not print',
    file: TGT,
    edit: inRecord(
      't-s2-4-p1-b',
      "value: 30, unit: '万人次', qualifier: '', printed: '30万人次'",
      "value: 40, unit: '万人次', qualifier: '', printed: '40万人次'",
    ),
    message: /^src\/data\/targets\.ts, target "t-s2-4-p1-b", field "printed": "40万人次" is not in paragraph s2-4-p1 \(content\/plan\/02-jiuye\.mdx:\d+\)$/,
  },
]);

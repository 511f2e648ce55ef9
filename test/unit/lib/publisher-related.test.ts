/** The publisher's related documents (content/settings/publisher.json, "related"): shown only when set, checked like every setting. */
import { describe, expect, it } from 'vitest';
import { parsePublisher } from '../../../src/lib/publisher.ts';
import { PLAN_TITLE } from '../../support/plan-facts.ts';

const settings = (related: unknown) => JSON.stringify({ related });

describe('related documents in the publisher settings', () => {
  it('are none unless set', () => {
    expect(parsePublisher('{}').related).toEqual([]);
  });

  it('take a relation and a title, and optionally an issuer, a date and an address', () => {
    const doc = {
      relation: 'final-review',
      title: `${PLAN_TITLE}实施情况总结评估报告`,
      issuer: '四川省人力资源和社会保障厅',
      date: '2026-06-30',
      url: 'https://example.gov.cn/review.html',
    };
    expect(parsePublisher(settings([doc, { relation: 'next', title: '“十五五”规划' }])).related).toEqual([doc, { relation: 'next', title: '“十五五”规划' }]);
  });

  it('name the field of a bad entry', () => {
    expect(() => parsePublisher(settings([{ relation: 'sequel', title: 'x' }]))).toThrow(/field "related\.0\.relation"/u);
    expect(() => parsePublisher(settings([{ relation: 'next' }]))).toThrow(/field "related\.0\.title"/u);
    expect(() => parsePublisher(settings([{ relation: 'next', title: 'x', date: '2026-02-30' }]))).toThrow(
      /field "related\.0\.date": this date does not exist/u,
    );
    expect(() => parsePublisher(settings([{ relation: 'next', title: 'x', link: 'https://example.test' }]))).toThrow(/related\.0/u);
  });
});

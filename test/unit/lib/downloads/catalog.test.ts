/** The 下载 page's list items: what each file is, its size, and the lists the build fills in. */
import { describe, expect, it } from 'vitest';
import { dataEntry, downloadItemsHtml, fillList, formatBytes, planDownloadEntries } from '../../../../src/lib/downloads/catalog.ts';
import { fillOfflineSize } from '../../../../src/integrations/offline.ts';

describe('the downloads catalog', () => {
  it('writes sizes as the site does', () => {
    expect(formatBytes(512)).toBe('512 字节');
    expect(formatBytes(45_123)).toBe('44.1 KB');
    expect(formatBytes(1_468_006)).toBe('1.4 MB');
  });

  it('describes data files it knows by name and others by type', () => {
    expect(dataEntry('indicators.csv')).toMatchObject({ path: 'data/indicators.csv', saveAs: 'indicators.csv' });
    expect(dataEntry('indicators.csv').purpose).toContain('主要指标');
    expect(dataEntry('plan14-urban-new-jobs.json')).toMatchObject({ path: 'data/plan14-urban-new-jobs.json', format: '开放数据（JSON）', purpose: 'plan14-urban-new-jobs.json' });
  });

  it('links each file under the base, saves documents under the plan’s name, and shows the size once known', () => {
    const [docx] = planDownloadEntries();
    expect(downloadItemsHtml([docx!], '/plan/')).toBe(
      '<li><a href="/plan/downloads/plan.docx" download="四川省人力资源和社会保障事业发展“十四五”规划.docx">Word文档</a> <span class="file-meta">plan.docx，构建后显示</span><br>' +
        `${docx!.purpose}</li>`,
    );
    expect(downloadItemsHtml([{ ...docx!, bytes: 2048 }], '/')).toContain('<data value="2048">2.0 KB</data>');
  });

  it('fills the page’s lists and its offline size, and says so when the page lacks one', () => {
    const page = '<ul class="files x" data-files="plan"><li>old</li></ul><ul data-files="data"></ul><data data-offline-size value="0">构建后显示</data>';
    const filled = fillOfflineSize(fillList(fillList(page, 'plan', '<li>new</li>'), 'data', '<li>d</li>'), 1_468_006);
    expect(filled).toBe('<ul class="files x" data-files="plan"><li>new</li></ul><ul data-files="data"><li>d</li></ul><data data-offline-size value="1468006">1.4 MB</data>');
    expect(() => fillList('<p></p>', 'plan', '')).toThrow(/no list data-files="plan"/u);
    expect(() => fillOfflineSize('<p></p>', 1)).toThrow(/data-offline-size/u);
  });
});

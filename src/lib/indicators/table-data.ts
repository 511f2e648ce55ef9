/** The indicator tables of 专栏1 and 专栏2 as the plan prints them, for the plan model and <IndicatorTable>. */
import type { TableData } from '../plan/number-chapter.ts';
import { attributeLabel, rowLabel } from './describe.ts';
import type { Indicator, IndicatorTable } from './schema.ts';

/** The data module holding the tables, for messages. */
const INDICATORS_FILE = 'src/data/indicators.ts';

export function indicatorTableData(tables: readonly IndicatorTable[], indicators: readonly Indicator[]): Map<number, TableData> {
  return new Map(
    tables.map((table) => [
      table.column,
      {
        file: INDICATORS_FILE,
        header: table.header,
        groups: table.categories.map((category) => ({
          label: category.label,
          rows: indicators
            .filter((ind) => ind.column === table.column && ind.category === category.id)
            .map((ind) => ({
              n: ind.n,
              indicator: ind.id,
              cells: [rowLabel(ind), ind.base.text, ind.target.text, ind.column === 1 ? ind.actual!.text : attributeLabel(ind)],
              unit: ind.unit,
            })),
        })),
        note: table.note,
      },
    ]),
  );
}

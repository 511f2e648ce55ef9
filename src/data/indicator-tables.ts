/**
 * The indicator tables 专栏1 and 专栏2 as printed (cell text kept exactly, listed repairs applied).
 * Generated once by scripts/convert-source.ts; edited by hand since.
 */
export interface IndicatorTableRow {
  /** 'category' rows (一、就业) have one cell; 'indicator' rows one cell per column. */
  kind: 'category' | 'indicator';
  cells: string[];
}

export interface IndicatorTableData {
  column: number;
  title: string;
  header: string[];
  rows: IndicatorTableRow[];
  note: string;
}

export const indicatorTables: readonly IndicatorTableData[] = [
  {
    "column": 1,
    "title": "“十三五”时期主要指标完成情况",
    "header": [
      "指标",
      "2015 年 基数",
      "“十三五” 规划目标",
      "2020 年 完成数"
    ],
    "rows": [
      {
        "kind": "category",
        "cells": [
          "一、就业"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "1.城镇新增就业人数（万人）",
          "[457.27]",
          "[400]",
          "[522.04]"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "2.城镇登记失业率（%）",
          "4.12",
          "≤4.5",
          "3.63"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "3.转移就业农村劳动力人数（万人）",
          "2479",
          "2300",
          "2573"
        ]
      },
      {
        "kind": "category",
        "cells": [
          "二、社会保障"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "4.基本养老保险参保率（%）",
          "80.1",
          "90",
          "91.5"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "5.失业保险参保人数（万人）",
          "652.15",
          "700",
          "1047"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "6.工伤保险参保人数（万人）",
          "752.08",
          "770",
          "1320.09"
        ]
      },
      {
        "kind": "category",
        "cells": [
          "三、人才队伍建设"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "7.专业技术人才数量（万人）",
          "292.3",
          "367",
          "371"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "8.高、中、初级专业技术人才比例",
          "—",
          "13:39:48",
          "13:40:47"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "9.高技能人才数量（万人）",
          "102.4",
          "160",
          "211"
        ]
      },
      {
        "kind": "category",
        "cells": [
          "四、劳动关系"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "10.企业劳动合同签订率（%）",
          "90",
          "95",
          "—"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "11.劳动人事争议仲裁结案率（%）",
          "97.4",
          "90",
          "95.2"
        ]
      },
      {
        "kind": "category",
        "cells": [
          "五、公共服务"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "12.乡镇（街道）、社区（村）就业社保服务机构标准化率（%）",
          "79",
          "90",
          "96.5"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "13.社会保障卡持卡人口覆盖率（%）",
          "48.3",
          "90",
          "99.4"
        ]
      }
    ],
    "note": "注：[]内为五年累计数。"
  },
  {
    "column": 2,
    "title": "“十四五”时期主要指标",
    "header": [
      "指标",
      "2020年",
      "2025年",
      "属性"
    ],
    "rows": [
      {
        "kind": "category",
        "cells": [
          "一、就业"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "1.城镇新增就业人数（万人）",
          "[522.04]",
          "[>425]",
          "预期性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "2.城镇调查失业率（%）",
          "—",
          "<6",
          "预期性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "3.城镇登记失业率（%）",
          "3.63",
          "<4.5",
          "预期性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "4.开展补贴性职业技能培训人次（万人次）",
          "[415.7]",
          "[300]",
          "预期性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "5.其中：农民工参加职业培训人次（万人次）",
          "[55.4]",
          "[100]",
          "预期性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "6.转移就业农村劳动力人数（万人）",
          "2573",
          "2400",
          "预期性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "7.其中：省内转移人数（万人）",
          "1459",
          "1300",
          "预期性"
        ]
      },
      {
        "kind": "category",
        "cells": [
          "二、社会保障"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "8.基本养老保险参保率（%）",
          "91.5",
          "95",
          "预期性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "9.失业保险参保人数（万人）",
          "1047",
          "1200",
          "约束性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "10.工伤保险参保人数（万人）",
          "1320.09",
          "1470",
          "约束性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "11.新增城乡居民基本养老保险基金委托投资金额（亿元）",
          "—",
          "[≥100]",
          "预期性"
        ]
      },
      {
        "kind": "category",
        "cells": [
          "三、人力资源服务业"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "12.人力资源服务业总营业收入（亿元）",
          "—",
          "2500",
          "预期性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "13.省级人力资源服务产业园（个）",
          "3",
          "10",
          "预期性"
        ]
      },
      {
        "kind": "category",
        "cells": [
          "四、人才人事"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "14.专业技术人才数量（万人）",
          "371",
          "430",
          "预期性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "15.其中：高级职称人才数量（万人）",
          "48",
          "65",
          "预期性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "16.新增取得专业技术人员职业资格证书人数（万人）",
          "[47.42]",
          "[70]",
          "预期性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "17.博士后研究人员年招收人数（人）",
          "890",
          "1000",
          "预期性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "18.技能人才数量（万人）",
          "1012",
          "1300",
          "预期性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "19.其中：高技能人才数量（万人）",
          "211",
          "290",
          "预期性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "20.技工院校招生人数（万人）",
          "[25.2]",
          "[≥25]",
          "预期性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "21.新增取得职业资格证书或职业技能等级证书人数（万人）",
          "[277.32]",
          "[280]",
          "预期性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "22.其中：新增取得高级工以上职业资格证书或职业技能等级证书人数（万人）",
          "[71.77]",
          "[80]",
          "预期性"
        ]
      },
      {
        "kind": "category",
        "cells": [
          "五、劳动关系"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "23.劳动人事争议调解成功率（%）",
          "67",
          "60",
          "预期性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "24.劳动人事争议仲裁结案率（%）",
          "95.2",
          "90",
          "预期性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "25.劳动保障监察举报投诉案件结案率（%）",
          "100",
          "96",
          "预期性"
        ]
      },
      {
        "kind": "category",
        "cells": [
          "六、公共服务"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "26.社会保障卡持卡人数（万人）",
          "9043",
          "9090",
          "预期性"
        ]
      },
      {
        "kind": "indicator",
        "cells": [
          "27.其中：申领电子社保卡人口覆盖率（%）",
          "15",
          "67",
          "预期性"
        ]
      }
    ],
    "note": "注：[]内为五年累计数。"
  }
];

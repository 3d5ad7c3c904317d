/** What the notice reader finds: the framework lists a notice asks reports to follow. */

/** One item of a framework list, worded as in the notice. */
export interface NoticeItem {
  /** The item's wording, e.g. "带头增强党性、严守纪律、砥砺作风" or "理论学习" (from "在理论学习方面"). */
  title: string;
  /** Its sub-points as the notice words them ("看是否……", "……的情况"), lead-ins such as 重点对照检查 taken off. */
  subPoints: string[];
  /** 0-based index of the notice paragraph the item starts in. */
  paragraph: number;
}

export type ListForm = 'numbered' | 'series' | 'semicolon' | 'zai-fangmian' | 'enumeration';

export interface Framework {
  /** As the notice names it: "四个带头", "6个方面". */
  name: string;
  count: number;
}

export interface NoticeList {
  /** Who the list is for, as the notice says: 领导班子, 支部班子, 党员个人; null when it does not say. */
  for: string | null;
  framework: Framework | null;
  items: NoticeItem[];
  form: ListForm;
  /** Paragraph of the first item. */
  paragraph: number;
}

export interface NoticeReading {
  /** The notice's own title (its first line), when it looks like one. */
  title: string | null;
  lists: NoticeList[];
  /** What the notice asks the report to contain besides the problems. */
  asks: { prior: boolean; study: boolean };
  /** What could not be read, in zh-CN (count mismatches, a named framework without its items…). */
  unread: string[];
}

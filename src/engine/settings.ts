/**
 * Everything a province or a unit may do differently, as data with defaults.
 * The info sheet may override these (see evaluate/settings-from-info.ts); the task pane and
 * the command line may override them too. The rules that use them are in docs/rules.md §8; their
 * fixed constants are here too, so no number of a rule is hard-coded elsewhere.
 */
export type Lang = "zh" | "en";
export type Grade = "优" | "良" | "中" | "差";
/** The grades from best to worst: the order of grade words, bands and settings rows. */
export const GRADES: readonly Grade[] = ["优", "良", "中", "差"];

/**
 * The words a grade is shown by, per grade key. Provinces name the four grades differently
 * (优/良/中/差, 优秀/良好/中等/差, 优秀/良好/合格/不合格); the key (优 … 差) stays the engine's
 * for logic and JSON, the word is what every sheet, report and message prints (docs/rules.md §8).
 */
export type GradeWords = Readonly<Record<Grade, string>>;

export const DEFAULT_GRADE_WORDS: GradeWords = { 优: "优", 良: "良", 中: "中", 差: "差" };

export interface GradeBand {
  grade: Grade;
  /** Lowest total score (inclusive) for this grade. */
  min: number;
}

export interface QualitativeBand {
  /** Result keywords that select this band wherever they occur ("达成", "部分达成", "未达成"...). */
  keywords: string[];
  /** Words that select it only as the whole result ("是", "否", "差"): inside other words they mean nothing. */
  exact?: string[];
  /** Fractions of the weight: score must lie in [min, max] (max inclusive only when 1). */
  min: number;
  max: number;
}

export interface ConclusionPhrase {
  /** Lowest total score (inclusive) for the phrase. */
  min: number;
  zh: string;
  en: string;
}

/**
 * Which published rules a self-evaluation follows (docs/forms.md): 项目支出 (财预〔2020〕10号:
 * execution scores 10 points), 部门整体 (the form's own 分值 for execution, if any), or
 * 自定义 (every setting as given). "auto" decides by the form, as before rule sets existed.
 */
export type RuleSet = "auto" | "project" | "department" | "custom";

export interface Settings {
  /** Report and message language. */
  lang: Lang;
  ruleSet: RuleSet;
  /**
   * Points for budget execution (执行率得分 = min(rate, 1) × points); 0 means none.
   * "auto" (docs/rules.md §3.2): the 分值 the funds block states, whatever the weights; else 10
   * (AUTO_EXECUTION_WEIGHT) when the primary indicator table's weights add up to 90 and it has no
   * 预算执行率 indicator of its own; else none.
   */
  executionWeight: number | "auto";
  gradeBands: GradeBand[];
  /** What each grade is called wherever it is shown. */
  gradeWords: GradeWords;
  /**
   * Ordered from worst to best; the first whose keywords occur in the actual value's text wins,
   * so "未达成" is caught by the bottom band before "达成" can match the top one.
   */
  qualitativeBands: QualitativeBand[];
  conclusionPhrases: ConclusionPhrase[];
  /** 我镇 / 我局 / 我单位; null derives it from the unit's name. */
  selfReference: string | null;
  /** A 正向 result at or above this multiple of target needs a 偏差原因. */
  overshootRatio: number;
  /** Completion more than this far above budget execution is flagged (双监控). */
  executionLagThreshold: number;
  /** Unspent share of budget above which execution is flagged as low. */
  lowExecutionThreshold: number;
  /** Items may differ from their total by at most this many 万元. */
  sumTolerance: number;
  /** Write the summary as live formulas referencing the input cells (true) or plain values. */
  writeFormulas: boolean;
}

/** The three 定性 bands by position: reaching full marks, the one between, and from 0. */
export type QualitativeBandName = "top" | "middle" | "bottom";

/**
 * What a front end (the task pane, the command line) may override after the workbook's settings
 * rows: any setting whole, or only the parts the user changed of the grade lower bounds, the
 * grade words and the 定性 words, each merged over what the workbook's rows say (docs/rules.md §8).
 */
export interface SettingsOverrides extends Partial<Omit<Settings, "gradeWords">> {
  gradeWords?: Partial<Record<Grade, string>>;
  /** Lower bounds of the grades the user set (差 always starts at 0). */
  gradeMinima?: Partial<Record<Exclude<Grade, "差">, number>>;
  /** Whole-result words added to a 定性 band, as the 定性达成用语 rows add them. */
  qualitativeWords?: Partial<Record<QualitativeBandName, string[]>>;
}

/**
 * executionWeight "auto" (docs/rules.md §3.2): this many points of budget execution complete an
 * indicator table whose weights add up to `indicatorWeights` to 100.
 */
export const AUTO_EXECUTION_WEIGHT = { points: 10, indicatorWeights: 90 } as const;

export const DEFAULT_SETTINGS: Settings = {
  lang: "zh",
  ruleSet: "auto",
  executionWeight: "auto",
  gradeBands: [
    { grade: "优", min: 90 },
    { grade: "良", min: 80 },
    { grade: "中", min: 60 },
    { grade: "差", min: 0 },
  ],
  gradeWords: DEFAULT_GRADE_WORDS,
  qualitativeBands: [
    {
      keywords: ["未达成", "未完成", "未达到", "未实现", "效果较差", "较差", "效果差", "不合格", "不达标", "未达标", "无效"],
      exact: ["否", "差", "无"],
      min: 0,
      max: 0.6,
    },
    {
      keywords: ["部分达成", "部分完成", "部分实现", "部分达到", "基本达成", "基本完成", "基本实现", "基本达到", "基本满足", "一定效果", "较好"],
      // 好/较好/一般/差 forms: 一般 alone is a middling result.
      exact: ["一般"],
      min: 0.6,
      max: 0.8,
    },
    {
      keywords: [
        "达成", "完成", "实现", "达到", "达标", "合格", "优良", "优秀", "良好", "满意", "明显", "显著",
        "完善", "有效", "到位", "符合", "按期", "按时", "及时", "提升", "提高", "改善", "增强",
      ],
      exact: ["是", "好", "有", "已"],
      min: 0.8,
      max: 1,
    },
  ],
  conclusionPhrases: [
    { min: 100, zh: "全面完成", en: "fully achieved" },
    { min: 90, zh: "基本完成", en: "substantially achieved" },
    { min: 80, zh: "较好完成", en: "largely achieved" },
    { min: 60, zh: "部分完成", en: "partly achieved" },
    { min: 0, zh: "未完成", en: "not achieved" },
  ],
  selfReference: null,
  overshootRatio: 1.3,
  executionLagThreshold: 0.05,
  lowExecutionThreshold: 0.2,
  sumTolerance: 0.005,
  writeFormulas: true,
};

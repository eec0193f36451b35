/**
 * The shape of a report language pack. Like HyperFormula's language files, a pack is plain
 * data: headings, placeholders and sentence templates with {placeholders}. Where a sentence's
 * meaning depends on a sign (up/down/unchanged/new), the pack holds one whole sentence part per
 * case, so no code ever splices a word that could flip the meaning.
 */

export interface PhraseTable {
  headings: {
    basics: string; // 一、部门基本情况
    functions: string; // （一）部门职能
    annualWork: string; // （二）年度总体工作和重点工作任务
    goals: string; // （三）部门整体支出绩效目标
    finances: string; // （四）部门整体收支情况
    management: string; // （五）部门整体绩效管理情况
    selfEvaluation: string; // 二、绩效自评情况
    conclusion: string; // （一）自评结论
    indicators: string; // （二）绩效指标完成情况
    execution: string; // （三）预算执行情况
    problems: string; // 三、存在的主要问题
    measures: string; // 四、下一步改进措施
  };

  /** Bracketed notes standing in for text the officer has not supplied (kept visibly marked). */
  placeholders: {
    functions: string;
    annualWork: string;
    goals: string;
    management: string;
    problems: string;
    measures: string;
    noBudget: string;
    noIndicators: string;
    /** Follows a problems list the report derived from the checks. */
    derivedProblems: string;
    /** Stands in for a missing 偏差原因, in the sheet whose reason column is blank. */
    missingReason: string; // placeholders: {sheet}
    /** Stands in for a 偏差原因 the form has no column for (重庆, 岳阳 forms end at 得分). */
    noReasonColumn: string;
  };

  /**
   * Where the officer supplies a missing text, filling the placeholders' {where}: the info sheet
   * when the workbook has one of its own, else the report itself (a one-sheet form has no room).
   */
  where: { sheet: string; report: string }; // sheet: {sheet}

  punctuation: {
    /** Between clauses of one sentence. */
    clause: string;
    /** Between items of a list of clauses ("A…；B…"). */
    list: string;
    /** Between names in an enumeration ("A、B"). */
    enumeration: string;
    /** End of a sentence. */
    end: string;
    /** Between sentences of one paragraph ("" in Chinese, a space in English). */
    betweenSentences: string;
    /** Before the last item of a list ("" in Chinese; English "and "). */
    lastItem: string;
  };

  /** The form's 实际完成情况 of the 年度总体目标, after the goal (a paragraph of its own). */
  goalsAchieved: string; // placeholders: {text}

  /** "{year}年，" — used only when the year is known. */
  yearPrefix: string;
  /** The words for a budget section inside sentences: 收入 / 支出. */
  sectionWord: { revenue: string; expenditure: string };

  finance: {
    /**
     * The opening sentence on a total, one each for 收入 and 支出 (overviewBoth when the two read
     * the same).
     */
    overviewFull: string; // placeholders: {yearPrefix} {self} {kind} {budget} {actual}
    /**
     * Revenue and expenditure totals that read the same: both said, each by its name, never one
     * merged "收支" figure (review R11).
     */
    overviewBoth: string; // placeholders: {yearPrefix} {self} {budget} {actual}
    overviewActualOnly: string;
    overviewBudgetOnly: string;
    /** The numbered sub-heading paragraph of a section ("1. 年度收入总体情况"). */
    sectionHeading: string; // placeholders: {n} {kind}
    otherHeading: string; // placeholders: {n}
    totalActual: string; // placeholders: {self} {kind} {amount}
    totalBudgetOnly: string; // placeholders: {self} {kind} {amount}
    itemActual: string; // placeholders: {name} {amount}
    itemBudgetOnly: string; // placeholders: {name} {amount}
    /** Lines outside revenue/expenditure (三公经费, 政府采购): named with their execution figure. */
    otherActual: string; // placeholders: {name} {amount}
    otherFull: string; // placeholders: {name} {budget} {actual}
    /**
     * The first of those lines opening the part when no revenue/expenditure total does (年度资金总额
     * on top): the year and the unit lead, as in the seed's "2023年，我镇…".
     */
    otherLead: string; // placeholders: {yearPrefix} {self} {text}
    /** The items of a total, after the total's sentence. */
    childrenOfTotal: string; // placeholders: {items}
    /** The "其中：" sub-items of an item, after the sentence naming the item. */
    childrenOfItem: string; // placeholders: {parent} {items}
    /**
     * A total outside revenue/expenditure whose items are both (年度资金总额 split 按收入性质分 and
     * 按支出性质分): one sentence for each half.
     */
    byRevenue: string; // placeholders: {items}
    byExpenditure: string; // placeholders: {items}
    execution: string; // placeholders: {rate}
    /** After an item whose 小计 the sum checks found mistyped (SUBTOTAL_MISTYPED). */
    mistypedNote: string;
    /**
     * After the year's total, the 总计 that adds the balances carried over to it (收入总计 =
     * 本年收入合计 + 年初结转和结余): {items} are carryItem clauses.
     */
    grandTotal: string; // placeholders: {items} {name} {amount}
    carryItem: string; // placeholders: {name} {amount}
  };

  /** How a bare "合计"/"总计" line is named in text, by its section (a lone "合计" says nothing). */
  bareTotal: { revenue: string; expenditure: string; other: string };
  /** A bare "总计" over the year's total and the carry-overs: not the same figure as 收入合计. */
  bareGrandTotal: { revenue: string; expenditure: string; other: string };

  /** Change against last year: one whole variant per case. */
  change: {
    up: string; // placeholders: {amount} {rate}
    down: string; // placeholders: {amount} {rate}
    /** Rate not computable although the amount is (should not happen once last year is non-zero). */
    upAmountOnly: string;
    downAmountOnly: string;
    /** The amount shows (0.01万元) but its rate rounds to 0.00%: "增幅不足0.01%", never "增长0.00%". */
    upTiny: string; // placeholders: {amount}
    downTiny: string; // placeholders: {amount}
    /** The change rounds to 0.00. */
    flat: string;
    /** Last year was 0 and this year is not. */
    newItem: string;
  };

  conclusion: {
    /** The first (or only) indicator table: the unit's own self-evaluation. */
    first: string; // placeholders: {self} {phrase}
    /** Further indicator tables, named by sheet. */
    other: string; // placeholders: {sheet} {phrase}
    /** The score, after `first`/`other`, when full marks are 100. */
    score: string; // placeholders: {score}
    /**
     * The score when full marks are not 100 (weights 110, 90, 22.5…): the 百分制 figure leads and the
     * table's own sum stands in a clause, so no score above 100 opens the conclusion (the
     * WEIGHTS_TOTAL check says why the weights are off).
     */
    scaled: string; // placeholders: {scaled} {max} {score}
    grade: string; // placeholders: {grade}
    /**
     * Indicators whose scores could not be checked (no target or actual): said in the headline
     * sentence; `unverifiedDemoted` also says why the conclusion phrase is not the top one.
     */
    unverified: string; // placeholders: {unchecked}
    unverifiedDemoted: string; // placeholders: {unchecked} {top}
    /** The parts of the score, a sentence of their own: categories, then execution points. */
    parts: string; // placeholders: {parts}
    /** A category's points with its 得分率 (score ÷ 分值), never called a 完成率 (docs/rules.md §3). */
    category: string; // placeholders: {name} {score} {weight} {rate}
    /** A category none of whose scores could be checked. */
    categoryUnchecked: string; // placeholders: {name} {score} {weight}
    executionScore: string; // placeholders: {score} {weight}
  };
  /** A category without a 一级 name: the table's indicators as a whole. */
  allIndicators: string;
  /** Appended to a 一级指标 name that lacks the word (产出 → 产出指标). */
  indicatorSuffix: string;
  /** The word the "“{sheet}”表" templates put after a table's name: a name ending in it drops it ("“绩效指标表”表" → "“绩效指标”表"). */
  tableWord: string;

  indicators: {
    summary: string; // placeholders: {self} {count} {met}
    /** Every indicator met: "均达到", never "其中7项达到" of 7. */
    summaryAllMet: string; // placeholders: {self} {count}
    /** One indicator, met: no "均/各项" for a single item. */
    summaryOneMet: string; // placeholders: {self} {count}
    summaryForTableOneMet: string; // placeholders: {sheet} {count}
    /**
     * After the count, how many of the checked indicators lost points: the list below names them
     * all, met or not, so the count and the list agree.
     */
    lostPoints: string; // placeholders: {lost}
    summaryForTable: string; // placeholders: {sheet} {count} {met}
    summaryForTableAllMet: string; // placeholders: {sheet} {count}
    /** Some indicators could not be checked (no target or actual): say how many were. */
    summaryChecked: string; // placeholders: {self} {count} {checked} {met}
    summaryForTableChecked: string; // placeholders: {sheet} {count} {checked} {met}
    /** The unchecked ones, named: their stated scores stand. */
    uncheckedNote: string; // placeholders: {unchecked} {names}
    /** None could be checked: said once, without "已核验0项，其中0项". */
    summaryNoneChecked: string; // placeholders: {self} {count}
    summaryForTableNoneChecked: string; // placeholders: {sheet} {count}
    noneCheckedNote: string; // placeholders: {names}
    /** An indicator named in a list: with its 一级 category, or alone when the name is the category. */
    label: string; // placeholders: {name} {level1}
    labelAlone: string; // placeholders: {name}
    /** Its values; a blank target (a 预算执行率 row) is left out rather than shown empty. */
    values: string; // placeholders: {target} {actual}
    actualOnly: string; // placeholders: {actual}
    belowFull: string; // placeholders: {n} {label} {values} {score} {weight}
    /** Met its target yet scored below full marks: said so, as the unit's deduction. */
    belowFullMet: string; // placeholders: {n} {label} {values} {score} {weight}
    overshoot: string; // placeholders: {n} {label} {values} {ratio} {threshold} {score} {weight}
    reason: string; // placeholders: {reason}
    allMet: string;
    allMetOne: string;
    /** Stands in for an actual value the table leaves blank. */
    notFilled: string;
  };

  execution: {
    rate: string; // placeholders: {yearPrefix} {self} {name} {budget} {actual} {rate}
    score: string; // placeholders: {score} {weight}
  };

  problems: {
    item: string; // placeholders: {n} {text}
    notMet: string; // placeholders: {names}
    /** Indicators without a target or an actual value: their scores cannot be checked. */
    unchecked: string; // placeholders: {names}
    /** The year's execution below the low-execution line. */
    lowExecution: string; // placeholders: {rate} {unspent} {share}
    /** Indicator completion well above execution (双监控). */
    resultsAheadOfSpending: string; // placeholders: {completion} {execution} {gap}
    /** A later project's problem, in a workbook of one project per sheet. */
    ofProject: string; // placeholders: {name} {text}
    /** 一级 labels whose "(35分)" the weights under them do not make (LEVEL_POINTS_MISMATCH). */
    levelPoints: string; // placeholders: {items}
    levelPointsItem: string; // placeholders: {name} {stated} {sum}
    /** Weights (with the execution points) that do not make 100 (WEIGHTS_TOTAL). */
    weightsTotal: string; // placeholders: {total}
  };

  /**
   * The 项目支出绩效自评 report (财预〔2020〕10号): the project is the subject, not the unit, and the
   * sections follow the project form. Sections shared with the department report (indicator
   * details, problems derived from the checks) keep the templates above.
   */
  project: {
    headings: {
      basics: string; // 一、项目基本情况
      overview: string; // （一）项目概况
      funds: string; // （二）资金情况
      goals: string; // （三）绩效目标
      selfEvaluation: string; // 二、绩效自评情况
      conclusion: string; // （一）自评结论
      indicators: string; // （二）指标完成情况
      execution: string; // （三）预算执行情况
      problems: string; // 三、存在的问题
      measures: string; // 四、改进措施
    };
    placeholders: {
      overview: string;
      goals: string;
      problems: string;
      measures: string;
      derivedProblems: string;
    };
    /** The project by name, where the report first names it. */
    named: string; // placeholders: {name}
    /** The project once named, or when the workbook gives no name (本项目). */
    self: string;
    /** The funds paragraph's opening sentence, on the line that stands for all the project's funds. */
    fundsFull: string; // placeholders: {project} {budget} {actual} {rate}
    fundsNoRate: string; // placeholders: {project} {budget} {actual}
    fundsActualOnly: string; // placeholders: {project} {actual}
    fundsBudgetOnly: string; // placeholders: {project} {budget}
    /**
     * The total row contradicted by its parts (a SUM_MISMATCH on it): the parts, and a word that
     * the total row disagrees, instead of the total stated as fact.
     */
    fundsInconsistent: string; // placeholders: {project} {name} {items}
    /** The sources of funds (当年财政拨款, 上年结转资金…) after the opening sentence. */
    sources: string; // placeholders: {items}
    sourceFull: string; // placeholders: {name} {budget} {actual} {rate}
    sourceNoRate: string; // placeholders: {name} {budget} {actual}
    /** A source with a single figure (or budget and actual alike). */
    sourceAmount: string; // placeholders: {name} {amount}
    conclusion: string; // placeholders: {project} {phrase}
    indicatorsSummary: string; // placeholders: {project} {count} {met}
    indicatorsSummaryChecked: string; // placeholders: {project} {count} {checked} {met}
    indicatorsSummaryNoneChecked: string; // placeholders: {project} {count}
    indicatorsSummaryAllMet: string; // placeholders: {project} {count}
    indicatorsSummaryOneMet: string; // placeholders: {project} {count}
    executionRate: string; // placeholders: {yearPrefix} {project} {budget} {actual} {rate}
  };
}

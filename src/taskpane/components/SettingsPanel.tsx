import { Field, Input, Radio, RadioGroup, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { Lang, RuleSet } from "../../engine/light";
import { fill } from "../../engine/light";
import { useStrings } from "../context";
import type { PaneSettings } from "../../app/pane-settings";
import { GRADES, QUALITATIVE_BANDS } from "../../app/pane-settings";
import type { FieldRead, WorkbookPaneSettings } from "../view/settings";
import {
  overshootText,
  patchPart,
  readGradeMinField,
  readGradeWordField,
  readOvershootField,
  readQualitativeField,
  shownSettings,
} from "../view/settings";
import { Section } from "./Section";

const useStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, border: "none" },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  row: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalM },
});

const toLang = (value: string): Lang => (value === "en" ? "en" : "zh");
const toRuleSet = (value: string): RuleSet => (value === "project" || value === "department" || value === "custom" ? value : "auto");

export interface SettingsPanelProps {
  settings: PaneSettings;
  /** What the workbook's settings rows say, shown while the user has not chosen. */
  workbookSettings: WorkbookPaneSettings;
  disabled: boolean;
  onChange: (patch: PaneSettings) => void;
}

interface CommitFieldProps<T> {
  label: string;
  /** The value as shown (the user's, else the workbook's): the field returns to it after a commit. */
  shown: string;
  disabled: boolean;
  read: (text: string) => FieldRead<T>;
  onCommit: (value: T | "clear") => void;
  hintId?: string;
  inputMode?: "decimal" | "text";
}

/**
 * A text field that stores its value when the user leaves it or presses Enter, and only when
 * the value is valid: an invalid one stays in the field with the problem beside it (the field is
 * marked invalid for screen readers), and nothing is saved. A blank field drops the user's choice.
 */
function CommitField<T>({ label, shown, disabled, read, onCommit, hintId, inputMode = "text" }: CommitFieldProps<T>) {
  const s = useStrings();
  const [text, setText] = useState(shown);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setText(shown);
    setProblem(null);
  }, [shown]);
  const commit = (): void => {
    if (text === shown) return;
    const r = read(text);
    if (!r.ok) {
      setProblem(s[r.problem]);
      return;
    }
    setProblem(null);
    // Blank drops the user's choice: the field shows what then applies (the effect above updates
    // it when that differs from what was shown).
    if (r.value === "clear") setText(shown);
    onCommit(r.value);
  };
  return (
    <Field label={label} validationState={problem ? "error" : "none"} validationMessage={problem ?? undefined}>
      <Input
        value={text}
        disabled={disabled}
        inputMode={inputMode}
        aria-describedby={hintId}
        onChange={(_, data) => setText(data.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
          if (e.key === "Escape") {
            setText(shown);
            setProblem(null);
          }
        }}
      />
    </Field>
  );
}

/**
 * Report language, rule set, formulas or values, grade words and lowest scores, the overshoot
 * threshold and the 定性 words, saved in the workbook's document settings. Each choice overrides
 * only its own part of the workbook's settings rows (docs/rules.md §8).
 */
export function SettingsPanel({ settings, workbookSettings, disabled, onChange }: SettingsPanelProps) {
  const s = useStrings();
  const styles = useStyles();
  const shown = shownSettings(settings, workbookSettings);
  const hintId = useId();
  const blankId = useId();
  const overshootId = useId();
  const qualitativeId = useId();
  const qualitativeLabel = { top: s.qualitativeTop, middle: s.qualitativeMiddle, bottom: s.qualitativeBottom };
  return (
    <Section title={s.settingsTitle}>
      <Field label={s.reportLanguage}>
        <RadioGroup
          layout="horizontal"
          value={shown.lang}
          disabled={disabled}
          onChange={(_, data) => onChange({ lang: toLang(data.value) })}
        >
          <Radio value="zh" label={s.reportLanguageZh} />
          <Radio value="en" label={s.reportLanguageEn} />
        </RadioGroup>
      </Field>
      <Field label={s.ruleSet}>
        <RadioGroup layout="horizontal" value={shown.ruleSet} disabled={disabled} onChange={(_, data) => onChange({ ruleSet: toRuleSet(data.value) })}>
          <Radio value="auto" label={s.ruleSetAuto} />
          <Radio value="project" label={s.ruleSetProject} />
          <Radio value="department" label={s.ruleSetDepartment} />
          <Radio value="custom" label={s.ruleSetCustom} />
        </RadioGroup>
      </Field>
      <Switch
        checked={shown.writeFormulas}
        disabled={disabled}
        label={s.writeFormulas}
        aria-describedby={hintId}
        onChange={(_, data) => onChange({ writeFormulas: data.checked })}
      />
      <p id={hintId} className={styles.hint}>{s.writeFormulasHint}</p>
      <p id={blankId} className={styles.hint}>{s.settingsBlankKeeps}</p>

      <fieldset className={styles.group} aria-describedby={blankId}>
        <legend className={styles.legend}>{s.gradesTitle}</legend>
        {GRADES.map((grade) => (
          <div key={grade} className={styles.row}>
            <CommitField
              label={fill(s.gradeWordLabel, { grade })}
              shown={shown.gradeWords[grade]}
              disabled={disabled}
              read={(text) => readGradeWordField(text, grade, shown.gradeWords)}
              onCommit={(value) => onChange(patchPart(settings, "gradeWords", grade, value))}
            />
            {grade !== "差" && (
              <CommitField
                label={fill(s.gradeMinLabel, { grade })}
                shown={String(shown.gradeMinima[grade])}
                disabled={disabled}
                inputMode="decimal"
                read={(text) => readGradeMinField(text, grade, shown.gradeMinima)}
                onCommit={(value) => onChange(patchPart(settings, "gradeMinima", grade, value))}
              />
            )}
          </div>
        ))}
      </fieldset>

      <CommitField
        label={s.overshootLabel}
        shown={overshootText(shown.overshootRatio)}
        disabled={disabled}
        inputMode="decimal"
        hintId={overshootId}
        read={readOvershootField}
        onCommit={(value) => onChange({ overshootRatio: value === "clear" ? undefined : value })}
      />
      <p id={overshootId} className={styles.hint}>{s.overshootHint}</p>

      <fieldset className={styles.group} aria-describedby={qualitativeId}>
        <legend className={styles.legend}>{s.qualitativeTitle}</legend>
        {QUALITATIVE_BANDS.map((band) => (
          <CommitField
            key={band}
            label={qualitativeLabel[band]}
            shown={shown.qualitativeWords[band].join("、")}
            disabled={disabled}
            hintId={qualitativeId}
            read={readQualitativeField}
            onCommit={(value) => onChange(patchPart(settings, "qualitativeWords", band, value))}
          />
        ))}
        <p id={qualitativeId} className={styles.hint}>{s.qualitativeHint}</p>
      </fieldset>
    </Section>
  );
}

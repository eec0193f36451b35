import { Field, Radio, RadioGroup, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Lang, RuleSet } from "../../engine/light";
import { useStrings } from "../context";
import type { PaneSettings } from "../../app/pane-settings";
import { shownSettings } from "../view/settings";
import { Section } from "./Section";

const useStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const toLang = (value: string): Lang => (value === "en" ? "en" : "zh");
const toRuleSet = (value: string): RuleSet => (value === "project" || value === "department" || value === "custom" ? value : "auto");

export interface SettingsPanelProps {
  settings: PaneSettings;
  /** What the workbook's settings rows say, shown while the user has not chosen. */
  workbookSettings: Required<PaneSettings>;
  disabled: boolean;
  onChange: (patch: PaneSettings) => void;
}

/** Report language and formulas-or-values, saved in the workbook's document settings. */
export function SettingsPanel({ settings, workbookSettings, disabled, onChange }: SettingsPanelProps) {
  const s = useStrings();
  const styles = useStyles();
  const shown = shownSettings(settings, workbookSettings);
  const hintId = useId();
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
    </Section>
  );
}

/**
 * The pane's choices saved in the workbook for WPS: a custom document property (文件 → 属性 →
 * 自定义) holding the same JSON object the Excel add-in keeps in its document settings, so it
 * travels with the file. Text properties hold at most 255 characters; the settings are far
 * shorter. Read by the task pane and the ribbon's 评价 alike.
 */
import { SETTINGS_KEY, parseStoredSettings, type PaneSettings } from "../app/pane-settings";
import { XL } from "./constants";
import { globalWpsHost, type WpsHost } from "./host";

interface DocumentProperty {
  Name: string;
  Value: unknown;
  Delete(): void;
}
interface DocumentProperties {
  Count: number;
  Item(index: number | string): DocumentProperty;
  Add(name: string, linkToContent: boolean, type: number, value: unknown): unknown;
}

function properties(host: WpsHost): DocumentProperties {
  return host.application().ActiveWorkbook.CustomDocumentProperties as DocumentProperties;
}

function find(props: DocumentProperties, name: string): DocumentProperty | null {
  for (let i = 1; i <= props.Count; i++) {
    const p = props.Item(i);
    if (p.Name === name) return p;
  }
  return null;
}

export function loadWpsSettings(host: WpsHost = globalWpsHost()): Promise<PaneSettings> {
  return Promise.resolve().then(() => {
    const p = find(properties(host), SETTINGS_KEY);
    if (!p || typeof p.Value !== "string") return {};
    try {
      return parseStoredSettings(JSON.parse(p.Value));
    } catch {
      return {};
    }
  });
}

export function saveWpsSettings(settings: PaneSettings, host: WpsHost = globalWpsHost()): Promise<void> {
  return Promise.resolve().then(() => {
    const props = properties(host);
    const text = JSON.stringify(parseStoredSettings(settings));
    const p = find(props, SETTINGS_KEY);
    if (p) p.Value = text;
    else props.Add(SETTINGS_KEY, false, XL.msoPropertyTypeString, text);
  });
}

/**
 * Opening the task pane from the ribbon: CreateTaskPane the first time, and the same pane
 * (found by the ID kept in PluginStorage, which all pages of the add-in share) afterwards,
 * so a second click shows the pane again rather than opening a second one.
 */
import { wpsAddinRoot } from "../host";

export const PANE_TITLE = "绩效自评";
const PANE_ID_KEY = "zipin.taskpaneId";
/** msoCTPDockPositionRight. */
const DOCK_RIGHT = 2;

export function openTaskPane(pageUrl: string): void {
  const root = wpsAddinRoot();
  if (!root) throw new Error("WPS 加载项接口不可用");
  const storage = root.PluginStorage;
  const saved = Number(storage.getItem(PANE_ID_KEY));
  if (saved) {
    try {
      const pane = root.GetTaskPane(saved);
      pane.Visible = true;
      return;
    } catch {
      // The pane was closed for good (its document closed): create a new one.
    }
  }
  const pane = root.CreateTaskPane(new URL("taskpane.html", pageUrl).href, PANE_TITLE);
  storage.setItem(PANE_ID_KEY, pane.ID);
  pane.DockPosition = DOCK_RIGHT as Kso.MsoCTPDockPosition;
  pane.Visible = true;
}

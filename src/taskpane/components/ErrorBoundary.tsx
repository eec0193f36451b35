import { Component } from "react";
import type { ErrorInfo, ReactNode } from "react";
import type { Lang } from "../../engine/light";
import { crashReport } from "../crash-report";

interface Props {
  lang: Lang;
  children: ReactNode;
}

interface State {
  error: unknown;
  failed: boolean;
}

/**
 * Catches a crash while the pane renders (startup included) and shows what went wrong and how
 * to report it (crash-report.ts) instead of a blank pane. Plain elements, no Fluent UI: the
 * component library may be what crashed.
 */
export class PaneErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error("Zipin: the task pane crashed", error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <CrashNotice error={this.state.error} lang={this.props.lang} />;
  }
}

export function CrashNotice({ error, lang }: { error: unknown; lang: Lang }) {
  const report = crashReport(error, lang);
  return (
    <div role="alert" style={{ padding: 16, fontSize: 14, lineHeight: 1.5 }}>
      <h1 style={{ fontSize: 16, margin: "0 0 8px", color: "#b10e1c" }}>{report.title}</h1>
      <ol style={{ paddingLeft: 20 }}>
        {report.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <pre style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", background: "#f5f5f5", padding: 8, fontSize: 12 }}>{report.message}</pre>
      <button type="button" onClick={() => window.location.reload()}>
        {report.reload}
      </button>
    </div>
  );
}

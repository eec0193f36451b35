import { createContext, useContext } from "react";
import type { ReactNode } from "react";
import type { Lang } from "../engine/light";
import type { PaneStrings } from "./i18n";
import type { PaneServices } from "./services/types";

export interface PaneEnvironment {
  services: PaneServices;
  uiLang: Lang;
  strings: PaneStrings;
}

const PaneContext = createContext<PaneEnvironment | null>(null);

export function PaneProvider({ value, children }: { value: PaneEnvironment; children: ReactNode }) {
  return <PaneContext.Provider value={value}>{children}</PaneContext.Provider>;
}

export function usePaneEnvironment(): PaneEnvironment {
  const env = useContext(PaneContext);
  if (!env) throw new Error("usePaneEnvironment: no PaneProvider above this component");
  return env;
}

export function useStrings(): PaneStrings {
  return usePaneEnvironment().strings;
}

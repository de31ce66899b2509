/** Host themes for chart tests: Streamlit's light colours, and the same in dark mode. */
import type { HostTheme } from "../../ui/src/charts/host-theme";

export const LIGHT_THEME: HostTheme = {
  text: "#31333f",
  textMuted: "grey",
  bg: "#ffffff",
  bgSecondary: "#f0f2f6",
  border: "silver",
  borderLight: "gainsboro",
  primary: "#ff4b4b",
  font: "Inter",
  dark: false,
};

export const DARK_THEME: HostTheme = { ...LIGHT_THEME, bg: "#0e1117", text: "#fafafa", dark: true };

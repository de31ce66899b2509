/** st.snow: snowflakes drift down the page once (the shared Celebration of balloons.tsx). */
import { Celebration, type CelebrationKind } from "./balloons";
import type { ElementRenderer } from "./types";

const SNOW: CelebrationKind = { testId: "stSnow", cls: "snow", symbol: "❄", pieces: 40, ms: 5000 };

export const snow: ElementRenderer<"snow"> = () => <Celebration kind={SNOW} />;

/** st.graphviz_chart, st.mermaid_chart and st.echarts_chart. */
export const chartsOtherCss = `
.stGraphVizChart, .stMermaidChart { display: flex; justify-content: center; max-width: 100%; overflow: hidden; }
.stGraphVizChart svg, .stMermaidChart svg { display: block; max-width: 100%; height: auto; }
.stGraphVizChart.stretch svg { width: 100%; }
.stGraphVizChart.fixed-height svg { height: 100%; width: auto; }
.stEChartsChart { position: relative; max-width: 100%; }
.chart-error {
  display: block; padding: 0.75rem 1rem; border-radius: var(--st-radius); white-space: pre-wrap;
  background: var(--st-error-bg); color: var(--st-error-text); font-family: var(--st-font-mono); font-size: 0.875rem;
}
`;

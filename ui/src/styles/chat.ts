/** Chat messages, the chat input's microphone, metrics, st.code highlighting, st.html and iframes. */
export const chatCss = `
.stChatMessage { display: flex; align-items: flex-start; gap: 0.75rem; padding: 1rem; border-radius: var(--st-radius); }
.stChatMessage.from-user { background: var(--st-bg-secondary); }
.chat-avatar { flex: 0 0 2rem; width: 2rem; height: 2rem; border-radius: var(--st-radius); display: flex; align-items: center;
  justify-content: center; overflow: hidden; line-height: 1; }
.avatar-user { background: rgb(255, 75, 75); color: #fff; }
.avatar-assistant { background: rgb(255, 189, 69); color: #fff; }
.avatar-custom { background: var(--st-bg-secondary); color: var(--st-text); font-size: 1.1rem; }
.avatar-initial { font-size: 1rem; font-weight: 600; }
.avatar-image { background: transparent; }
.avatar-image img { width: 100%; height: 100%; object-fit: cover; }
.chat-avatar-spinner { width: 1.1rem; height: 1.1rem; border: 2px solid var(--st-border); border-top-color: var(--st-primary);
  border-radius: 50%; animation: st-spin 0.8s linear infinite; }
@keyframes st-spin { to { transform: rotate(360deg); } }
.stChatMessageContent { flex: 1; min-width: 0; padding-top: 0.2rem; }
.chat-input-mic { display: inline-flex; padding: 0.5rem; border: none; border-radius: var(--st-radius); background: transparent;
  color: var(--st-text); cursor: pointer; align-self: flex-end; }
.chat-input-mic:hover:not(:disabled) { color: var(--st-primary); }
.chat-input-mic:disabled { color: var(--st-border); cursor: not-allowed; }
.chat-recording { display: inline-flex; align-items: center; gap: 0.4rem; align-self: flex-end; padding: 0.25rem 0.25rem; }
.chat-recording-dot { width: 0.6rem; height: 0.6rem; border-radius: 50%; background: #d6001c; animation: st-blink 1s ease-in-out infinite; }
@keyframes st-blink { 50% { opacity: 0.3; } }
.chat-recording-time { font-family: var(--st-font-mono); font-size: 0.875rem; color: var(--st-text-muted); }
.chat-recording button { border: none; background: transparent; cursor: pointer; font-size: 1.1rem; padding: 0.2rem 0.4rem;
  border-radius: var(--st-radius); color: var(--st-text); }
.chat-recording-send { color: var(--st-primary) !important; }
.chat-audio-error { margin-top: 0.25rem; font-size: 0.875rem; color: #d6001c; }
.stMetric { display: flex; flex-direction: column; gap: 0.1rem; min-width: 0; }
.stMetric.bordered { border: 1px solid var(--st-border-light, var(--st-border)); border-radius: var(--st-radius); padding: 1rem; }
.metric-label { font-size: 0.875rem; display: flex; align-items: center; gap: 0.25rem; min-height: 1.5rem; }
.metric-label.label-hidden { visibility: hidden; }
.metric-value { font-size: 2.25rem; line-height: 1.3; display: flex; align-items: center; gap: 0.5rem; overflow-wrap: anywhere; }
.metric-delta-row { display: flex; align-items: center; flex-wrap: wrap; gap: 0.5rem; }
.metric-delta { display: inline-flex; align-items: center; gap: 0.2rem; font-size: 0.875rem; padding: 0.05rem 0.4rem; border-radius: 1rem; }
.metric-delta-description { font-size: 0.875rem; color: var(--st-text-muted); }
.metric-green { color: #177233; } .metric-delta.metric-green { background: rgba(33, 195, 84, 0.1); }
.metric-red { color: #bd4043; } .metric-delta.metric-red { background: rgba(255, 43, 43, 0.09); }
.metric-gray { color: #6b6f7b; } .metric-delta.metric-gray { background: rgba(151, 166, 195, 0.15); }
.metric-orange { color: #e2660c; } .metric-delta.metric-orange { background: rgba(255, 168, 0, 0.1); }
.metric-yellow { color: #926c05; } .metric-delta.metric-yellow { background: rgba(255, 255, 18, 0.1); }
.metric-blue { color: #0054a3; } .metric-delta.metric-blue { background: rgba(28, 131, 225, 0.1); }
.metric-violet { color: #583f84; } .metric-delta.metric-violet { background: rgba(128, 61, 245, 0.1); }
.metric-primary { color: var(--st-primary); }
.metric-chart { display: block; width: 100%; height: 2.5rem; margin-top: 0.25rem; }
.stCode.sized { overflow: auto; }
.stCode.sized pre { min-height: 100%; box-sizing: border-box; }
.hljs-comment, .hljs-quote { color: #6a737d; font-style: italic; }
.hljs-keyword, .hljs-selector-tag, .hljs-built_in, .hljs-type, .hljs-literal { color: #d73a49; }
.hljs-string, .hljs-regexp, .hljs-addition, .hljs-attribute { color: #22863a; }
.hljs-number, .hljs-symbol, .hljs-bullet, .hljs-variable, .hljs-template-variable { color: #005cc5; }
.hljs-title, .hljs-section, .hljs-name, .hljs-selector-id, .hljs-selector-class { color: #6f42c1; }
.hljs-meta, .hljs-params { color: #24292e; }
.hljs-deletion { color: #b31d28; }
.hljs-emphasis { font-style: italic; } .hljs-strong { font-weight: bold; }
.stHtml { min-width: 0; }
.stIFrame { max-width: 100%; }
`;

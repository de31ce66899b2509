/** st.image, st.pdf and st.logo. */
export const imageCss = `
.stImageContainer { display: flex; flex-direction: column; gap: 0.5rem; }
.stImageContainer.list { flex-direction: row; flex-wrap: wrap; align-items: flex-start; }
.stImage { display: flex; flex-direction: column; align-items: center; max-width: 100%; }
.stImage img { display: block; max-width: 100%; height: auto; }
.stImage img.fill { width: 100%; }
.stImage a { display: block; max-width: 100%; }
.stImageContainer:not(.list) .stImage, .stImageContainer:not(.list) .stImage a { width: 100%; }
.stImageContainer:not(.list) .stImage:has(img:not(.fill)) { align-items: flex-start; }
.stImageCaption { margin-top: 0.375rem; font-size: 0.875rem; color: var(--st-text-muted); text-align: center; overflow-wrap: anywhere; }
.stPdf { display: flex; flex-direction: column; gap: 0.25rem; width: 100%; }
.stPdf.stretch { height: 100%; }
.stPdfViewer { display: block; width: 100%; border: 1px solid var(--st-border); border-radius: var(--st-radius); background: var(--st-bg); }
.stPdf.stretch .stPdfViewer { flex: 1 1 auto; min-height: 500px; }
.stPdfLink { font-size: 0.875rem; color: var(--st-text-muted); align-self: flex-start; }
.stSidebarLogo { margin-right: auto; display: flex; align-items: center; min-width: 0; }
.stHeaderLogo { display: inline-flex; align-items: center; margin-right: 0.5rem; vertical-align: middle; }
.stLogo { display: block; max-width: 100%; width: auto; object-fit: contain; }
.stLogo.size-small { height: 20px; max-height: 20px; }
.stLogo.size-medium { height: 24px; max-height: 24px; }
.stLogo.size-large { height: 32px; max-height: 32px; }
.stLogoLink { display: inline-flex; }
`;

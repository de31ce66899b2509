/** st.audio and st.video: the players fill their element container's width. */
export const playbackCss = `
audio.stAudio, video.stVideo, iframe.stVideo { display: block; width: 100%; }
video.stVideo { height: auto; max-width: 100%; }
iframe.stVideoYoutube { aspect-ratio: 4 / 3; height: auto; border: 0; }
`;

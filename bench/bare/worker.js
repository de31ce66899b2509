// Boot Pyodide and run one statement, nothing else.
self.onmessage = async (event) => {
  const { indexURL } = event.data;
  const { loadPyodide } = await import(indexURL + "pyodide.mjs");
  const pyodide = await loadPyodide({ indexURL });
  self.postMessage(pyodide.runPython("1 + 1"));
};

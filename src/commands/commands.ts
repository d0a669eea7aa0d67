/**
 * The ribbon's function file (manifest FunctionFile → commands.html). The only ribbon button
 * opens the pane (ShowTaskpane), which Office does by itself; Office still loads this page for
 * the add-in's commands, and it must call Office.onReady so Office knows the page is ready.
 */
Office.onReady(() => {
  // No ExecuteFunction commands yet: nothing to register.
});

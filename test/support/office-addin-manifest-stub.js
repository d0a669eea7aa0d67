// office-addin-mock imports office-addin-manifest only for the OfficeApp enum; the real package
// does not load under jest on Node 20 (see README, "Tests").
module.exports = {
  OfficeApp: { Excel: 'excel', Word: 'word', PowerPoint: 'powerpoint', Outlook: 'outlook', OneNote: 'onenote', Project: 'project' },
};

/** How the site reads Markdown: the same features for the build's pipeline and for the content rules' parse. */
export const CONTENT_FEATURES = {
  // Smart quotes would turn straight quotes into English “…”; editors write Polish „…” themselves.
  smartPunctuation: false,
  // Lets an editor pin a section's id: `## Źródła finansowania { #finansowanie }` (checked by the content rules).
  headingAttributes: true,
};

// Which host pages may talk to the iframe build (frame.html), as exact origins:
//   export const allowedOrigins = ["https://myorg.lightning.force.com"];
// Edit this file where you deploy the frame (a Salesforce static resource, a CMS folder). With the
// list empty, only a host on the frame's own origin is answered. The list is not read from the
// frame's URL: any page could then put itself on it.
export const allowedOrigins = [];

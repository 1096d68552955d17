// The caseload page: <protection-pathways-caseload>, the date it assesses for, and the example
// export (fetched from this site, as a user's own file would be read: nothing else is fetched).
import "/pkg/caseload.js";

const caseload = document.getElementById("caseload");
const asOf = document.getElementById("as-of");

asOf.addEventListener("change", () => {
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf.value)) caseload.setAttribute("as-of", asOf.value);
});

document.getElementById("example").addEventListener("click", async () => {
  const response = await fetch("caseload-example.csv");
  const blob = await response.blob();
  await caseload.load(new File([blob], "caseload-example.csv", { type: "text/csv" }));
});

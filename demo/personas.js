// Personas for testers: realistic situations across the nine jurisdictions, as a case worker
// would record them a few weeks in. Each is the case without its jurisdiction (the page's
// switch sets it, so the same facts can be tried under another state's law). Invented people;
// the situations follow the patterns GRETA and the REST project describe.
export const PERSONAS = [
  {
    id: "it-social-path-caserta",
    name: "Rahim, 29, Bangladeshi, exploited on farms near Caserta, found by the social services, no complaint",
    jurisdiction: "IT",
    case: {
      person: { citizenships: ["BD"], gender: "male", dateOfBirth: "1997-03-11" },
      exploitation: { forms: ["forced-labour"] },
      identification: { stage: "referral", referralDate: "2026-10-12" },
      stay: { status: "irregular" },
      cooperation: { complaintFiled: false, proceedings: "none" },
      personalSituation: { riskOfReprisals: true },
    },
  },
  {
    id: "be-statement-liege",
    name: "Tatiana, 33, Ukrainian, forced labour in a Liège car wash, made statements to the police",
    jurisdiction: "BE",
    case: {
      person: { citizenships: ["UA"], gender: "female", dateOfBirth: "1993-07-19" },
      exploitation: { forms: ["forced-labour"] },
      identification: { stage: "referral", referralDate: "2026-11-03" },
      reflection: { startDate: "2026-11-04" },
      stay: { status: "irregular" },
      cooperation: { statementMade: true, tiesSevered: true, proceedings: "investigation" },
    },
  },
  {
    id: "de-testify-cologne",
    name: "Blessing, 27, Nigerian, sexual exploitation in Cologne, referred by a counselling centre, will testify",
    jurisdiction: "DE",
    case: {
      region: "DE-NW",
      person: { citizenships: ["NG"], gender: "female", dateOfBirth: "1999-04-02" },
      exploitation: { forms: ["sexual"] },
      identification: { stage: "referral", referralDate: "2026-10-28" },
      reflection: { startDate: "2026-11-02" },
      stay: { status: "irregular" },
      cooperation: { willing: true, tiesSevered: true, presenceNecessary: "unknown", proceedings: "investigation" },
    },
  },
  {
    id: "at-rejected-asylum",
    name: "Joy, 30, Nigerian, sexual exploitation in Vienna after a rejected asylum claim",
    jurisdiction: "AT",
    case: {
      person: { citizenships: ["NG"], gender: "female", dateOfBirth: "1996-02-14" },
      exploitation: { forms: ["sexual"] },
      identification: { stage: "reasonable-grounds", referralDate: "2026-10-20" },
      stay: { status: "rejected-asylum-applicant", asylum: { lodgedDate: "2025-05-10", procedure: "regular", decision: "rejected", decisionNotifiedDate: "2026-11-16" } },
      cooperation: { willing: true, complaintFiled: true, proceedings: "investigation" },
    },
  },
  {
    id: "nl-labour-reprisals",
    name: "Ion, 41, Moldovan, forced labour in Dutch greenhouses, fears reprisals",
    jurisdiction: "NL",
    case: {
      person: { citizenships: ["MD"], gender: "male", dateOfBirth: "1985-09-03" },
      exploitation: { forms: ["forced-labour"] },
      identification: { stage: "indicators" },
      stay: { status: "irregular" },
      cooperation: { willing: false },
      personalSituation: { riskOfReprisals: true, riskOfRetrafficking: "unknown" },
    },
  },
  {
    id: "fr-child-age-disputed",
    name: "Mamadou, says he is 16, unaccompanied in Paris, age disputed",
    jurisdiction: "FR",
    case: {
      person: { citizenships: ["GN"], gender: "male", claimedAge: 16, ageDisputed: true, unaccompanied: true },
      exploitation: { forms: ["criminal-activities"] },
      identification: { stage: "referral", referralDate: "2026-11-18" },
    },
  },
  {
    id: "es-romanian-citizen",
    name: "Elena, 24, Romanian, sexual exploitation in Madrid",
    jurisdiction: "ES",
    case: {
      person: { citizenships: ["RO"], gender: "female", dateOfBirth: "2002-01-30" },
      exploitation: { forms: ["sexual"] },
      identification: { stage: "conclusive", conclusiveDate: "2026-11-02" },
      cooperation: { willing: "unknown" },
    },
  },
  {
    id: "rs-internal-trafficking",
    name: "Milica, 19, Serbian, trafficked inside Serbia",
    jurisdiction: "RS",
    case: {
      person: { citizenships: ["RS"], gender: "female", dateOfBirth: "2007-06-12" },
      exploitation: { forms: ["sexual"] },
      identification: { stage: "conclusive" },
      personalSituation: { riskOfRetrafficking: true },
    },
  },
  {
    id: "nl-dublin-reflection",
    name: "Samuel, 27, Eritrean, Dublin transfer decided during the reflection period",
    jurisdiction: "NL",
    case: {
      person: { citizenships: ["ER"], gender: "male", dateOfBirth: "1999-03-21" },
      exploitation: { forms: ["forced-labour"] },
      identification: { stage: "reasonable-grounds" },
      reflection: { granted: true, startDate: "2026-11-02" },
      stay: { status: "asylum-applicant", asylum: { lodgedDate: "2026-10-01", registeredDate: "2026-10-01", procedure: "dublin" } },
      dublin: { otherStateResponsible: true, otherState: "IT", requestDate: "2026-10-20", acceptanceDate: "2026-11-10" },
      protectionNeeds: { fearOfPersecution: true, persecutionGrounds: ["political-opinion"] },
    },
  },
  {
    id: "md-accelerated-rejection",
    name: "Olena, 35, Ukrainian, asylum refused in Moldova's accelerated procedure",
    jurisdiction: "MD",
    case: {
      person: { citizenships: ["UA"], gender: "female", dateOfBirth: "1991-08-08" },
      exploitation: { forms: ["forced-labour"] },
      identification: { stage: "reasonable-grounds" },
      stay: { status: "asylum-applicant", asylum: { lodgedDate: "2026-10-05", procedure: "accelerated", decision: "rejected", decisionNotifiedDate: "2026-11-24" } },
    },
  },
  {
    id: "es-domestic-servitude",
    name: "Rosa, 38, Paraguayan, domestic servitude, cannot cooperate safely",
    jurisdiction: "ES",
    case: {
      person: { citizenships: ["PY"], gender: "female", dateOfBirth: "1988-04-17" },
      exploitation: { forms: ["servitude"] },
      identification: { stage: "reasonable-grounds" },
      cooperation: { willing: false },
      personalSituation: { cannotCooperate: true, healthNeeds: true, riskOfReprisals: true },
    },
  },
  {
    id: "at-permit-renewal",
    name: "Tran, 29, Vietnamese, forced criminality, § 57 permit ending, proceedings go on",
    jurisdiction: "AT",
    case: {
      person: { citizenships: ["VN"], gender: "male", dateOfBirth: "1997-12-01" },
      exploitation: { forms: ["criminal-activities"] },
      identification: { stage: "conclusive" },
      cooperation: { willing: true, complaintFiled: true, proceedings: "trial", presenceNecessary: true },
      permits: [{ scheme: "Aufenthaltsberechtigung besonderer Schutz", from: "2025-12-15", until: "2026-12-14" }],
    },
  },
];

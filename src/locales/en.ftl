# protection-pathways — English messages (the reference catalogue and the fallback).
# Every other locale must have exactly these ids and use no other variables (tests/i18n.rs).
# Questions speak to the person, in plain words; every one accepts "don't know" and "prefer not
# to say". Terms (-name) are names kept as they are in every language.

-engine = protection-pathways

## Answers every question accepts

answer-yes = Yes
answer-no = No
answer-dont-know = I don't know
answer-prefer-not-to-say = I prefer not to say

## Why a question is asked

question-why = Your answer can change { $pathways ->
    [0] no pathway
    [one] one pathway
   *[other] { $pathways } pathways
  } and { $deadlines ->
    [0] no date
    [one] one date
   *[other] { $deadlines } dates
  }.
question-intro = You do not have to answer. If you are not sure, or would rather not say, that is fine: we will work with what we know.

## Questions, one per fact of the case

q-person-citizenships = Which country or countries are you a citizen of?
q-person-stateless = Are you without any citizenship (stateless)?
q-person-dateOfBirth = What is your date of birth, if you know it?
q-person-claimedAge = How old are you?
q-person-ageAssessment = Has anyone assessed your age? If so, what range did they give?
q-person-unaccompanied = Are you in this country without a parent or another adult who is responsible for you?
q-identification-stage = Has anyone (police, an NGO, an authority) already looked at whether you were trafficked? How far did that go?
q-exploitation-forms = What were you made to do? You can choose more than one, or none.
q-cooperation-willing = Would you be willing to talk to the police or a prosecutor about what happened, if that were safe for you?
q-cooperation-complaintFiled = Have you reported what happened to the police or a prosecutor?
q-cooperation-statementMade = Have you given a statement to the police or a court?
q-cooperation-proceedings = Is there a criminal case about what happened to you? How far has it gone?
q-cooperation-presenceNecessary = Have the police or the prosecutor said they need you to stay in the country for the case?
q-cooperation-tiesSevered = Have you cut all contact with the people who exploited you?
q-cooperation-civilClaims = Are you claiming, or do you want to claim, money you are owed (wages or compensation) in a court?
q-cooperation-conviction = Has a court found anyone guilty of what was done to you?
q-cooperation-convictionDate = On what date did the conviction become final, with no appeal left?
q-personalSituation-healthNeeds = Do you need medical or psychological care here?
q-personalSituation-riskOfReprisals = Are you afraid that the people who exploited you, or people close to them, could harm you or your family?
q-personalSituation-riskOfRetrafficking = If you went back, do you fear being exploited again?
q-personalSituation-lackOfStateProtection = If you went back, do you think the authorities there could not or would not protect you?
q-personalSituation-familyHere = Do you have close family living here?
q-personalSituation-integrated = Have you built a life here (work, school, friends, language)?
q-personalSituation-cannotCooperate = Is there a reason you cannot talk to the police about what happened (for example fear, your health or your age)?
q-personalSituation-exitProstitutionPathway = Are you taking part in a programme to leave prostitution?
q-personalSituation-violenceProtectionOrder = Has a court or the police given you a protection order against someone who was violent to you?
q-personalSituation-returnRiskAssessed = Has anyone assessed whether it would be safe for you to go back to your country?
q-protectionNeeds-fearOfPersecution = Are you afraid of being harmed in your country because of who you are, what you believe, or a group you belong to?
q-protectionNeeds-persecutionGrounds = Why do you think you would be harmed? You can choose more than one.
q-protectionNeeds-seriousHarm = Are you afraid of serious harm in your country, such as violence, torture or death?
q-protectionNeeds-internalRelocationPossible = Is there a place in your country where you would be safe?
q-dublin-otherStateResponsible = Did you ask for protection, or were your fingerprints taken, in another European country before coming here?
q-stay-status = What is your situation in this country now (for example a visa, a permit, or an asylum claim)?
q-stay-asylum-decision = Have you received a decision on your asylum claim? What was it?
q-stay-asylum-procedure = Do you know which procedure your asylum claim is in?
q-stay-asylum-lodgedDate = On what date did you apply for asylum?
q-stay-asylum-registeredDate = On what date was your asylum application registered?
q-reflection-consent = Do you agree to a recovery and reflection period being asked for you (time to recover and decide, without having to cooperate)?
q-reflection-startDate = On what date did your time to recover and reflect begin?
q-stay-asylum-decisionNotifiedDate = On what date were you given the decision on your asylum claim?
q-identification-referralDate = On what date were you referred to a service that helps victims?
q-dublin-requestDate = On what date did this country ask another country to take over your claim?
q-dublin-acceptanceDate = On what date did the other country agree to take over your claim?
q-dublin-transferDecisionDate = On what date were you told you would be sent to the other country?
q-permits = Which residence permits have you had in this country, and from when to when?
q-region = In which part of the country are you (where you live or stay)?

## Choices offered for some questions

opt-identification-stage-none = Nobody has looked at it yet
opt-identification-stage-indicators = Someone noticed signs of trafficking
opt-identification-stage-referral = I was referred to a specialised service or the authorities
opt-identification-stage-reasonable-grounds = An authority found reasonable grounds that I was trafficked
opt-identification-stage-conclusive = An authority decided that I was trafficked
opt-exploitation-forms-sexual = Sex work or sexual exploitation
opt-exploitation-forms-forced-labour = Forced work
opt-exploitation-forms-slavery = Slavery
opt-exploitation-forms-servitude = Servitude, for example in a household
opt-exploitation-forms-criminal-activities = Being made to commit crimes
opt-exploitation-forms-organ-removal = Removal of organs
opt-exploitation-forms-forced-marriage = Forced marriage
opt-exploitation-forms-illegal-adoption = Illegal adoption
opt-exploitation-forms-surrogacy = Surrogacy
opt-exploitation-forms-other = Something else
opt-cooperation-proceedings-none = No case
opt-cooperation-proceedings-investigation = The police are investigating
opt-cooperation-proceedings-prosecution = A prosecutor has charged someone
opt-cooperation-proceedings-trial = There is a trial
opt-cooperation-proceedings-concluded = The case is over
opt-cooperation-proceedings-discontinued = The case was stopped
opt-protectionNeeds-persecutionGrounds-race = My race or ethnic group
opt-protectionNeeds-persecutionGrounds-religion = My religion or beliefs
opt-protectionNeeds-persecutionGrounds-nationality = My nationality
opt-protectionNeeds-persecutionGrounds-particular-social-group = A group I belong to (for example women who escaped trafficking, or LGBTI people)
opt-protectionNeeds-persecutionGrounds-political-opinion = My political opinions
opt-stay-status-irregular = No permit or visa
opt-stay-status-visa = A visa
opt-stay-status-residence-permit = A residence permit
opt-stay-status-asylum-applicant = I have applied for asylum
opt-stay-status-protection-beneficiary = I have international protection
opt-stay-status-rejected-asylum-applicant = My asylum claim was refused
opt-stay-status-eu-free-movement = I am an EU citizen or family member
opt-stay-status-national = I am a citizen of this country
opt-stay-asylum-decision-pending = No decision yet
opt-stay-asylum-decision-refugee-status = Refugee status granted
opt-stay-asylum-decision-subsidiary-protection = Subsidiary protection granted
opt-stay-asylum-decision-humanitarian-status = Another protection status granted
opt-stay-asylum-decision-rejected = Refused
opt-stay-asylum-decision-inadmissible = Declared inadmissible
opt-stay-asylum-procedure-regular = The regular procedure
opt-stay-asylum-procedure-accelerated = A fast (accelerated) procedure
opt-stay-asylum-procedure-border = A border procedure
opt-stay-asylum-procedure-admissibility = A check whether the claim can be examined
opt-stay-asylum-procedure-dublin = A procedure to send me to another European country

## Referral guidance: for the case worker, in plain words

rank-available = Open now: every condition the law sets is met.
rank-possible = Possible: nothing rules it out, but { $facts ->
    [0] it depends on a choice or assessment by the authorities
    [one] one fact still has to be established
   *[other] { $facts } facts still have to be established
  }.
guidance-disclaimer = This is guidance to help you find the way, not legal advice. Check every step and date with a lawyer or a specialised organisation.
guidance-inform-all-options-title = Tell the person about every option
guidance-inform-all-options-text = Explain all the routes open to them — time to recover and reflect, a permit because they help the authorities or because of their own situation, asylum, and a safe return — in a language they understand, before anything is decided.
guidance-assistance-unconditional-title = Help does not depend on cooperation
guidance-assistance-unconditional-text = Shelter, medical and psychological care and counselling must not depend on whether the person is willing to act as a witness. Arrange them now.
guidance-parallel-applications-title = Apply for asylum and a victim permit in parallel
guidance-parallel-applications-text = Both may be open at the same time: a victim permit does not take away the right to seek asylum. Unless national rules say otherwise, prepare both together, with a lawyer.
guidance-personal-situation-title = Seek a permit on the person's own situation
guidance-personal-situation-text = Where cooperating with the police is impossible, unsafe or not wanted, look at the permit the law grants because of the person's own situation, and apply from the start without pressure to cooperate.
guidance-children-first-title = A child first
guidance-children-first-text = Treat the person as a child while their age is uncertain. Ask for a guardian, put the child's best interests first, and do not agree to a return without an assessment of the risks.
guidance-dublin-risk-title = Watch for a transfer to another European country
guidance-dublin-risk-text = Another state may be made responsible for the asylum claim. During a reflection period a transfer may be prepared but not carried out: make sure the period is granted, and challenge a transfer decision in time.
guidance-eu-citizen-rights-title = Use the rights of an EU citizen
guidance-eu-citizen-rights-text = The person has free movement rights as an EU, EEA or Swiss citizen; permits for non-EU nationals do not apply, but national help for victims does.
guidance-new-exploitation-form-title = Check that the national offence covers this form of exploitation
guidance-new-exploitation-form-text = Forced marriage, illegal adoption and the exploitation of surrogacy have been forms of trafficking under EU law since Directive (EU) 2024/1712, which States had to transpose by 15 July 2026. A national permit or status that refers to the State's own trafficking offence may not reach these victims until that offence covers them: ask a lawyer whether it does, and meanwhile rely on the rights that do not depend on it.
guidance-return-with-risk-assessment-title = A return only after a risk assessment
guidance-return-with-risk-assessment-text = If the person wants to go back, the return must respect their rights, safety and dignity, be voluntary where possible, and follow an assessment of the risks, including of being trafficked again.

## Whom to contact

contact-role-referral-mechanism = National referral mechanism or coordinator
contact-role-ngo = Specialised organisation
contact-role-police = Police
contact-role-hotline = Helpline
contact-role-asylum-authority = Asylum authority
contact-role-child-protection = Child protection
contact-role-legal-aid = Legal aid
contact-role-shelter = Shelter
contact-role-coordinator = National coordinator or rapporteur (policy work, no individual cases)

## The printable summary

summary-title = Protection pathways: summary
summary-for = { $jurisdiction }, as of { $date }
summary-pathways = Pathways
summary-timeline = Dates
summary-steps = Next steps
summary-contacts = Whom to contact
summary-questions = Questions to ask next
summary-sources = Sources
summary-no-dates = No dates follow from the facts given.
summary-earliest = earliest possible date
summary-overdue = overdue
summary-generated = Made with { -engine } { $engine } (rules { $rules }). Nothing was sent anywhere: the summary was made on this device.
state-available = Available
state-possible = Possible
state-unavailable = Not available
state-not_applicable = Does not apply
kind-act-by = Act by
kind-protected-until = Protected until
kind-event = Date
status-verified = verified
status-secondary = secondary source
status-unverified = not verified

## How a pathway was decided: conditions and explanations (for the case worker)

reason-met = Met: { $condition }.
reason-not-met = Not met: { $condition }.
reason-unknown = Not known yet: { $condition }.
reason-state-choice = Depends on a choice or assessment the law leaves to the state or its authorities, which the case cannot show: check the state's law and practice.
condition-negated = not { $condition }
explanation-not-applicable = Does not concern this person: { $reasons }
explanation-unavailable = Not open: { $reasons }
explanation-available = Open: every condition is met.
discretion-text =
    { $grant ->
        [right] The law gives a right to it ({ $cite }): when the conditions are met, it is to be granted.
        [should] The law says it "should" be granted ({ $cite }): it is granted as the rule, but the authority decides.
        [consider] The law makes the authority consider it ({ $cite }): these conditions must be met, but meeting them does not oblige it to grant.
       *[may] The grant is at the authority's discretion ({ $cite }): it "may" be granted, and it may be refused.
    }
explanation-available-discretion =
    { $grant ->
        [right] Open: every condition is met, and the law gives a right to it ({ $cite }): it is to be granted.
        [should] Open: every condition is met. The law says it "should" be granted ({ $cite }): the rule, but the authority decides.
        [consider] Every condition is met, but the law only makes the authority consider the grant ({ $cite }): it may still be refused.
       *[may] Every condition is met, but the grant is at the authority's discretion ({ $cite }): it may still be refused.
    }
explanation-possible = Possible: nothing rules it out, but this is not known yet — { $reasons }
cond-third-country-national = not an EU/EEA/Swiss citizen
cond-eu-citizen = an EU/EEA/Swiss citizen
cond-foreign-national = not a citizen of this state
cond-child = a child (under 18, or presumed so)
cond-adult = an adult
cond-unaccompanied-child = an unaccompanied child
cond-trafficking-indicated = indications of trafficking
cond-reasonable-grounds = reasonable grounds to believe the person is a victim
cond-identified = identified as a victim
cond-willing-to-cooperate = willing to cooperate with the authorities
cond-complaint-or-statement = a complaint filed or a statement given
cond-proceedings-ongoing = criminal proceedings under way
cond-proceedings-or-civil-claims = criminal proceedings begun or civil claims brought
cond-presence-necessary = the authorities need the person's presence
cond-ties-severed = ties with the suspects broken off
cond-conviction = a suspect convicted
cond-final-conviction = a suspect convicted by a final judgment (no appeal left)
cond-reflection-consent = the person has not refused the period (its proposal needs their agreement)
cond-personal-situation = a personal situation that calls for a stay
cond-cannot-cooperate = unable to cooperate for weighty reasons
cond-sexual-exploitation = sexual exploitation
cond-exit-prostitution-pathway = engaged in an exit-from-prostitution pathway
cond-violence-protection-order = a protection order against violence
cond-fear-of-persecution = a well-founded fear of persecution
cond-convention-ground = a Convention ground for the fear
cond-serious-harm = a real risk of serious harm
cond-no-internal-relocation = no safe internal relocation
cond-risk-on-return = a risk on return
cond-return-risk-assessed = a risk and security assessment of return
cond-five-years-residence = five years of legal residence
cond-three-years-victim-permit = three years of uninterrupted holding of the trafficking permit
cond-other-state-responsible = another EU state may be responsible for the asylum claim
cond-asylum-applicant = an asylum applicant
cond-asylum-rejected = an asylum claim rejected
cond-state-choice = a choice or assessment the law leaves to the authorities
cond-in-region = in the part of the country where this provision applies

## Names of the channels (the legal name in the jurisdiction's language is shown beside them)

channel-reflection-period = Recovery and reflection period
channel-victim-permit = Residence permit for victims
channel-victim-permit-cooperation = Residence permit for victims who cooperate
channel-victim-permit-personal-situation = Residence permit for victims on their personal situation
channel-refugee-status = Refugee status
channel-subsidiary-protection = Subsidiary protection
channel-national-status = National protection status
channel-child-protection = Child protection
channel-eu-citizen = Rights as an EU/EEA/Swiss citizen
channel-long-term-residence = Long-term residence
channel-safe-return = Safe return

## Names of the languages, in themselves

locale-en = English
locale-de = Deutsch
locale-fr = Français
locale-es = Español
locale-nl = Nederlands
locale-sr-Latn = Srpski (latinica)
locale-ro = Română

## Dates and periods in words (the full date follows the locale's usual order)

date-long = { $weekday } { $day } { $month } { $year }
date-day-month-year = { $day } { $month } { $year }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
period-amount =
    { $unit ->
        [weeks]
            { $n ->
                [one] { $n } week
               *[other] { $n } weeks
            }
        [months]
            { $n ->
                [one] { $n } month
               *[other] { $n } months
            }
        [years]
            { $n ->
                [one] { $n } year
               *[other] { $n } years
            }
        [working-days]
            { $n ->
                [one] { $n } working day
               *[other] { $n } working days
            }
       *[days]
            { $n ->
                [one] { $n } day
               *[other] { $n } days
            }
    }
weeks-later =
    { $n ->
        [one] one week
       *[other] { $n } weeks
    }
weekend-days =
    { $days ->
        [sunday] Sundays
        [none] no day of the week
        [saturday-sunday] Saturdays and Sundays
       *[other] { $list }
    }
not-working-weekday = a { $weekday }
holiday-kind-public = a public holiday
holiday-kind-deadlines = a day the rule treats as a holiday
holiday-on-date = { $holiday } on { $date }
status-word-verified = verified
status-word-secondary = secondary source only
status-word-unverified = unverified

## How a deadline was counted: the steps (for the case worker; the rule's name is kept as it is)

step-days-are-working-days = Under { $rule }, a period in days counts working days only.
step-event-validity = The period starts on { $first } and counts that day.
step-event = The event is on { $event }. That day is not counted; the period runs from { $first }.
step-event-counted = The event is on { $event }. That this day is not counted rests on a provision not yet verified, so this reading counts it: the period runs from { $event }.
step-count-days = Counting { $period } from { $first }, the last day is { $end }.
step-count-weeks-validity = A period of { $period } counting its first day ends the day before the same weekday { $weeks } later: { $end }.
step-count-weeks = A period of { $period } ends on the same weekday as the event, { $weeks } later: { $end }.
step-count-months-validity = A period of { $period } ends on the day before the date { $period } after its first day: { $end }.
step-count-months = A period of { $period } ends on the same date as the event: { $end }.
step-month-end-validity = A period of { $period } ends on the day before the date { $period } after its first day. There is no { $missing }, so it ends on the last day of that month: { $end }.
step-month-end = A period of { $period } ends on the same date as the event. There is no { $missing }, so it ends on the last day of that month: { $end }.
step-count-working-days = Counting { $period } from { $first } (not counting { $weekend }), the last day is { $end }.
step-count-working-days-holidays = Counting { $period } from { $first } (not counting { $weekend }, nor the holidays { $holidays }), the last day is { $end }.
step-rule-not-applicable =
    { $years ->
        [0] { $rule } does not move the end of a period this long (more than { $days } days, { $weeks } weeks or { $months } months, or a year or more), so weekends and holidays do not extend it.
       *[other] { $rule } does not move the end of a period this long (more than { $days } days, { $weeks } weeks or { $months } months, or more than { $years } years), so weekends and holidays do not extend it.
    }
step-roll = { $end } is { $why }, not a working day, so the period ends on the next working day: { $next }.
step-roll-between = { $end } is { $why }, not a working day, so the period ends on the next working day (the days between are not working days either): { $next }.
step-minimum-extended =
    { $before ->
        [one] The period { $first } – { $unextended } holds only { $before } working day; it must include at least { $minimum }, so it is extended to { $end }.
       *[other] The period { $first } – { $unextended } holds only { $before } working days; it must include at least { $minimum }, so it is extended to { $end }.
    }
step-minimum-met = The period { $first } – { $end } includes at least { $minimum } working days, as required.
step-result-validity = Last day of the period: { $end }. Weekends and holidays do not move it.
step-result = Last day to act: { $end }, until the end of that day.
step-period-unknown = This decision's period is not counted here (none is encoded, or it runs in hours or depends on facts the case does not give), and it may be very short: it is shown on the day of notification, { $date }. Seek legal advice at once.
step-dated = { $label }: { $date }.

## What a deadline rests on, and other readings (for the case worker)

assume-public-holidays-not-applied = No holidays were applied: under { $rule } the holidays of { $country } are not working days, and no place was given. A holiday on or before the last day can make the period end later, so the date shown is the earliest possible one. Give 'region' (the Member State, such as AT, or a region, such as ES-MD) to apply its holidays.
assume-regional-holidays-not-applied = Only the national holidays of { $country } were applied. Its regions have holidays of their own, which can make the period end later, so the date shown is the earliest possible one. Give 'region' ({ $regions }) to apply them.
assume-doubtful-holiday = { $days } may also be a holiday for this rule; it was not applied. If it is one, the period ends later: the date shown is the earliest possible one.
assume-holidays-incomplete = { $reasons } A holiday missing from the calendar can make the period end later, so the date shown is the earliest possible one.
holidays-never-complete = The holidays of { $calendar } are not complete for any year.
holidays-known-for = The holidays of { $calendar } are known for { $years } only.
regional-holidays-known-for = The regional holidays of { $region } are known for { $years } only.
assume-provision-not-verified =
    { $count ->
        [one] { $articles } of { $rule } has not yet been read in the official text (status: { $status }); check { $url } before relying on this date.
       *[other] { $articles } of { $rule } have not yet been read in the official text (status: { $status }); check { $url } before relying on this date.
    }
assume-holiday-not-verified = The result counts holidays whose listing has not been read in the law itself: { $days }.
assume-baseline-profile = Only a baseline is encoded for { $name }: the Convention's minimum rights (and EU law's, in a Member State) and the national facts cited here. National law beyond these is not encoded: check it with a lawyer or a specialised organisation there.
assume-no-as-of = No date of assessment (asOf) was given: the law as last recorded is applied, and ages and dates are not compared with a day.
assume-presumed-child = The person is treated as a child: { $basis }.
warning-date-referral = the referral
warning-date-reasonable-grounds = the reasonable-grounds decision
warning-date-conclusive = the conclusive identification
warning-identification-dates-out-of-order = { $later } ({ $laterDate }) is dated before { $earlier } ({ $earlierDate }); check the dates
warning-identification-stage-behind-dates = the stage is '{ $stage }' but a date is given for a later stage ('{ $implied }'); the later stage is used
warning-stateless-with-citizenship = the person is recorded as stateless and as holding a citizenship
warning-age-and-birth-date-differ = the claimed age ({ $claimed }) differs from the age the date of birth gives ({ $age }); the date of birth is used
warning-conviction-without-proceedings = a conviction is recorded but the proceedings are recorded as none
warning-conviction-date-contradicted = a date on which the conviction became final is recorded, but the other answers say there is no final conviction: the proceedings as not concluded, or no conviction
warning-date-after-as-of = { $path } ({ $date }) is after the date of the assessment ({ $asOf })
assume-region-without-calendar = { $region } has no holiday calendar of its own here; only the national holidays were applied, so regional ones could make the date later.
assume-reading-not-certain = This reading is shown because { $why }.
assume-born-29-february = Born on 29 February: the 18th birthday is taken as 28 February, the earlier day on which protection as a child could end.
assume-renewal-period-not-encoded = Apply for renewal well before this date: a renewal must be applied for while the permit is valid, and national rules may require it a set time before expiry, which is not encoded.
assume-timeline-not-counted = Not in the timeline: { $entry } — it would fall after 31 December 2199, the last day the engine counts. Check the dates given.
assume-timeline-not-applied = Not in the timeline: { $entry } — the law data for it could not be applied ({ $field } = “{ $value }”). This is a defect of the engine: count this time limit by hand, and report it.
assume-national-figure-unknown = The law sets a range ({ $shortest } to { $longest }); the figure this state chose is not known, so the earliest end of the range is shown. { $reading }
assume-range = The earliest end is shown. { $reading }
unverified-event-day = { $article }: the event day not counted
unverified-working-days = { $article }: days are working days
unverified-roll = { $article }: the move to the next working day
unverified-minimum = { $article }: the minimum of working days
unverified-holiday = { $holiday } on { $date } as a holiday
reading-without-unverified = Without what is not yet verified ({ $parts }), the last day would be { $date }. Act by then to be safe.
reading-if-unverified-holds = If what is not yet verified holds (see the assumptions), the last day is { $date }.
reading-other = Under another reading — { $label } ({ $period }) — the date would be { $date }.
reading-longest = If this state chose the longest period the law allows ({ $period }), the date would be { $date }.
reading-range = { $range }: { $date }.
why-fact-unknown = { $what } is not known (this reading is for: { $values })
why-regime-date-unknown =
    { $date ->
        [lodged] the date the application was lodged is not known, and the rules changed on { $changed }
       *[registered] the date the application was registered is not known, and the rules changed on { $changed }
    }
why-condition-unknown = it is not known whether { $condition } ({ $facts })
why-contested-start = when the period starts is contested (CJEU C-66/21: a person who claims to be a victim is entitled to it; the Court's ruling on its start was not read): counted from the referral on { $date }
fact-procedure = the asylum procedure
fact-decision = the decision

## The timeline's own entries (entries from the law carry the law's words in `detail`)

timeline-reflection-end = End of the recovery and reflection period
timeline-asylum-appeal = Last day to appeal against the asylum decision
timeline-cnda-legal-aid = Last day to request legal aid for the appeal to the CNDA while keeping the appeal period open
timeline-challenge-at-once = Challenge the decision at once: no appeal period is encoded for it (shown on the day of notification)
timeline-take-charge-request = Last day for the request to another state to take charge (Dublin)
timeline-take-charge-reply = Reply to the take-charge request is due (Dublin)
timeline-transfer-decision = Last day for the transfer decision (Dublin)
timeline-transfer-remedy = Last day to challenge the transfer decision (Dublin)
timeline-transfer-time-limit = End of the time limit for the transfer (Dublin)
timeline-18th-birthday = 18th birthday: from this day the person is an adult, and the rules for children no longer apply
timeline-permit-expiry = Last day of validity of the residence permit
timeline-permit-expiry-scheme = Last day of validity of the residence permit ({ $scheme })
timeline-ltr-reachable = Long-term residence can be applied for: five years of continuous lawful residence are complete (if the permits held count towards it)
timeline-holding-reachable = Three years of uninterrupted holding of the trafficking permit are complete: the non-temporary permit can be applied for (if the permits listed are all the holding)

## Why the person is or is not treated as a child (for the case worker)

child-basis-age =
    { $age ->
        [one] { $age } year old on the date of the assessment (from the date of birth)
       *[other] { $age } years old on the date of the assessment (from the date of birth)
    }
child-basis-no-as-of = the date of birth is known but not the date of the assessment (asOf)
child-basis-assessed = an age assessment found { $min }–{ $max } years
child-basis-assessed-presumed = an age assessment found { $min }–{ $max } years, a range that goes below 18: the person is presumed a child
child-basis-claimed = the person says they are { $claimed }
child-basis-claimed-disputed = the person says they are { $claimed }; the age is disputed, and while it is uncertain the person is presumed a child
child-basis-unknown = no date of birth or age is given

## A pathway's result under another reading of the law (for the case worker)

pathway-alternative =
    { $count ->
        [one] This result rests on { $provisions }, whose text has not been verified. If it did not apply as encoded, this channel would be: { $state }.
       *[other] This result rests on { $provisions }, whose texts have not been verified. If they did not apply as encoded, this channel would be: { $state }.
    }

## The calendar file (.ics): its own words around the timeline's

ics-calendar-name = Protection pathways: dates ({ $jurisdiction })
ics-summary-protected-until = Protected until: { $label }
ics-reminder =
    { $days ->
        [one] In { $days } day: { $label }
       *[other] In { $days } days: { $label }
    }
ics-another-reading = Another reading: { $date } ({ $reading })
ics-note = Note: { $text }
ics-source = Source: { $instrument }, { $article } ({ $url })
ics-status = Status: { $status }.
ics-status-earliest = Status: { $status }. This is the earliest possible date.
ics-disclaimer = Guidance from protection-pathways, not legal advice: check the date with a lawyer.

## The widget's own words (for the case worker using the form)

widget-section-person = The person
widget-section-identification = Identification as a victim
widget-section-stay = Stay and residence
widget-section-cooperation = Cooperation with the authorities
widget-section-risks = Needs, risks and fears
widget-section-dates = Dates
widget-age-from = From (years)
widget-age-to = To (years)
widget-countries-hint = Country codes (ISO 3166-1, two letters), separated by commas: NG, RO.
widget-permits-hint = One entry per permit: its name as written on it, and the first and last day it was valid. Leave the list empty if you do not know.
widget-permits-record = These permits from the record cannot all be shown here, so they cannot be edited here: correct them in the record.
widget-permit-n = Permit { $n }
widget-permit-scheme = Kind of permit (as written on it)
widget-permit-from = Valid from
widget-permit-until = Valid until (last day)
widget-permit-add = Add a permit
widget-permit-remove = Remove permit { $n }
widget-reasons = Reasons and sources
widget-secondary = secondary source only
widget-unverified = not verified
widget-today = today
widget-days-left =
    { $days ->
        [one] { $days } day left
       *[other] { $days } days left
    }
widget-days-ago =
    { $days ->
        [one] { $days } day ago
       *[other] { $days } days ago
    }
widget-overdue =
    { $days ->
        [one] Overdue by { $days } day
       *[other] Overdue by { $days } days
    }
widget-no-act-by = no date to act by
widget-announce = Results updated: { $available } channels available, { $possible } possible; next date to act by: { $next }.
widget-actions = Actions
widget-print = Print
widget-download-ics = Download deadlines (.ics)
widget-copy-json = Copy as JSON
widget-copied = The assessment was copied as JSON.
widget-copy-failed = The browser did not allow copying.
widget-error = This could not be assessed: { $message } (field: { $field })

## The law's words in this language: where a text comes from
translation-unreviewed = translation not yet reviewed
translation-official = the law's own words
translation-note = The legal texts here were translated by this project and have not yet been reviewed by a native speaker; where they differ, the wording of the law governs.
holiday-substitute = { $name } (substitute day)

# protection-pathways — Nederlandse berichten (vertaling van de Engelse catalogus, die de referentie en de terugval is).
# Elke andere taal moet precies deze id's hebben en geen andere variabelen gebruiken (tests/i18n.rs).
# Vragen richten zich tot de persoon, in eenvoudige woorden; bij elke vraag kan men "weet ik niet" en "zeg ik
# liever niet" antwoorden. Termen (-naam) zijn namen die in elke taal hetzelfde blijven.

-engine = protection-pathways

## Antwoorden die bij elke vraag mogelijk zijn

answer-yes = Ja
answer-no = Nee
answer-dont-know = Dat weet ik niet
answer-prefer-not-to-say = Dat zeg ik liever niet

## Waarom een vraag gesteld wordt

question-why = Uw antwoord kan { $pathways ->
    [0] geen enkele mogelijkheid
    [one] één mogelijkheid
   *[other] { $pathways } mogelijkheden
  } en { $deadlines ->
    [0] geen enkele datum
    [one] één datum
   *[other] { $deadlines } datums
  } veranderen.
question-intro = U hoeft niet te antwoorden. Weet u het niet zeker, of zegt u het liever niet? Dat is goed. Wij werken met wat we weten.

## Vragen, één per feit van de zaak

q-person-citizenships = Van welk land of welke landen hebt u de nationaliteit?
q-person-stateless = Hebt u geen enkele nationaliteit (staatloos)?
q-person-dateOfBirth = Wat is uw geboortedatum, als u die weet?
q-person-claimedAge = Hoe oud bent u?
q-person-ageAssessment = Heeft iemand uw leeftijd onderzocht? Zo ja, welke leeftijd kwam daaruit?
q-person-unaccompanied = Bent u in dit land zonder ouder of andere volwassene die voor u verantwoordelijk is?
q-identification-stage = Heeft iemand (de politie, een hulporganisatie, een instantie) al bekeken of u slachtoffer bent van mensenhandel? Hoe ver is dat gekomen?
q-exploitation-forms = Wat werd u gedwongen te doen? U kunt meer dan één antwoord kiezen, of geen.
q-cooperation-willing = Zou u met de politie of een officier van justitie willen praten over wat er gebeurd is, als dat veilig voor u is?
q-cooperation-complaintFiled = Hebt u bij de politie of een officier van justitie melding of aangifte gedaan van wat er gebeurd is?
q-cooperation-statementMade = Hebt u een verklaring afgelegd bij de politie of een rechter?
q-cooperation-proceedings = Is er een strafzaak over wat u is overkomen? Hoe ver is die?
q-cooperation-presenceNecessary = Hebben de politie of de officier van justitie gezegd dat u voor de zaak in het land moet blijven?
q-cooperation-tiesSevered = Hebt u alle contact verbroken met de mensen die u hebben uitgebuit?
q-cooperation-civilClaims = Vraagt u bij een rechter geld terug dat u nog krijgt (loon of schadevergoeding), of wilt u dat doen?
q-cooperation-conviction = Heeft een rechter iemand schuldig verklaard aan wat u is aangedaan?
q-cooperation-convictionDate = Op welke datum werd de veroordeling onherroepelijk, zodat er geen hoger beroep meer mogelijk is?
q-personalSituation-healthNeeds = Hebt u hier medische of psychologische zorg nodig?
q-personalSituation-riskOfReprisals = Bent u bang dat de mensen die u hebben uitgebuit, of mensen om hen heen, u of uw familie iets kunnen aandoen?
q-personalSituation-riskOfRetrafficking = Als u terug zou gaan, bent u dan bang dat u opnieuw wordt uitgebuit?
q-personalSituation-lackOfStateProtection = Als u terug zou gaan, denkt u dan dat de overheid daar u niet kan of niet wil beschermen?
q-personalSituation-familyHere = Woont er hier naaste familie van u?
q-personalSituation-integrated = Hebt u hier een leven opgebouwd (werk, school, vrienden, de taal)?
q-personalSituation-cannotCooperate = Is er een reden waarom u niet met de politie kunt praten over wat er gebeurd is (bijvoorbeeld angst, uw gezondheid of uw leeftijd)?
q-personalSituation-exitProstitutionPathway = Doet u mee aan een programma om uit de prostitutie te stappen?
q-personalSituation-violenceProtectionOrder = Hebt u van een rechter of de politie een beschermingsbevel gekregen (bijvoorbeeld een contactverbod of straatverbod) tegen iemand die geweld tegen u heeft gebruikt?
q-personalSituation-returnRiskAssessed = Heeft iemand onderzocht of het veilig voor u zou zijn om terug te gaan naar uw land?
q-protectionNeeds-fearOfPersecution = Bent u bang dat u in uw land iets wordt aangedaan vanwege wie u bent, wat u gelooft of een groep waar u bij hoort?
q-protectionNeeds-persecutionGrounds = Waarom denkt u dat u iets zou worden aangedaan? U kunt meer dan één antwoord kiezen.
q-protectionNeeds-seriousHarm = Bent u bang voor ernstige schade in uw land, zoals geweld, marteling of de dood?
q-protectionNeeds-internalRelocationPossible = Is er een plek in uw land waar u veilig zou zijn?
q-dublin-otherStateResponsible = Hebt u in een ander Europees land om bescherming gevraagd, of zijn daar uw vingerafdrukken genomen, voordat u hierheen kwam?
q-stay-status = Wat is nu uw situatie in dit land (bijvoorbeeld een visum, een verblijfsvergunning of een asielaanvraag)?
q-stay-asylum-decision = Hebt u een beslissing gekregen op uw asielaanvraag? Wat was die beslissing?
q-stay-asylum-procedure = Weet u in welke procedure uw asielaanvraag zit?
q-stay-asylum-lodgedDate = Op welke datum hebt u asiel aangevraagd?
q-stay-asylum-registeredDate = Op welke datum is uw asielaanvraag geregistreerd?
q-reflection-consent = Gaat u ermee akkoord dat voor u een periode van herstel en bedenktijd wordt gevraagd (tijd om te herstellen en te beslissen, zonder dat u hoeft mee te werken)?
q-reflection-startDate = Op welke datum begon uw herstel- en bedenktijd (de tijd om tot rust te komen en na te denken)?
q-stay-asylum-decisionNotifiedDate = Op welke datum hebt u de beslissing op uw asielaanvraag gekregen?
q-identification-referralDate = Op welke datum bent u doorverwezen naar een organisatie die slachtoffers helpt?
q-dublin-requestDate = Op welke datum heeft dit land een ander land gevraagd uw asielaanvraag over te nemen?
q-dublin-acceptanceDate = Op welke datum heeft het andere land aanvaard dat het verantwoordelijk is voor uw asielaanvraag?
q-dublin-transferDecisionDate = Op welke datum hebt u te horen gekregen dat u naar het andere land zou worden gestuurd?
q-permits = Welke verblijfsvergunningen hebt u in dit land gehad, en van wanneer tot wanneer?
q-region = In welk deel van het land bent u (waar u woont of verblijft)?

## Keuzes die bij sommige vragen worden aangeboden

opt-identification-stage-none = Niemand heeft er nog naar gekeken
opt-identification-stage-indicators = Iemand zag signalen van mensenhandel
opt-identification-stage-referral = Ik ben doorverwezen naar een gespecialiseerde hulpverlener of naar de overheid
opt-identification-stage-reasonable-grounds = Een instantie vond dat er redelijke gronden zijn om aan te nemen dat ik slachtoffer ben van mensenhandel
opt-identification-stage-conclusive = Een instantie heeft besloten dat ik slachtoffer ben van mensenhandel
opt-exploitation-forms-sexual = Sekswerk of seksuele uitbuiting
opt-exploitation-forms-forced-labour = Gedwongen werk
opt-exploitation-forms-slavery = Slavernij
opt-exploitation-forms-servitude = Gedwongen dienstbaarheid, bijvoorbeeld in een huishouden
opt-exploitation-forms-criminal-activities = Gedwongen worden om misdrijven te plegen
opt-exploitation-forms-organ-removal = Verwijdering van organen
opt-exploitation-forms-forced-marriage = Gedwongen huwelijk
opt-exploitation-forms-illegal-adoption = Illegale adoptie
opt-exploitation-forms-surrogacy = Draagmoederschap
opt-exploitation-forms-other = Iets anders
opt-cooperation-proceedings-none = Geen zaak
opt-cooperation-proceedings-investigation = De politie doet onderzoek
opt-cooperation-proceedings-prosecution = Een officier van justitie heeft iemand aangeklaagd
opt-cooperation-proceedings-trial = Er is een rechtszaak
opt-cooperation-proceedings-concluded = De zaak is afgelopen
opt-cooperation-proceedings-discontinued = De zaak is gestopt
opt-protectionNeeds-persecutionGrounds-race = Mijn ras of etnische groep
opt-protectionNeeds-persecutionGrounds-religion = Mijn godsdienst of overtuiging
opt-protectionNeeds-persecutionGrounds-nationality = Mijn nationaliteit
opt-protectionNeeds-persecutionGrounds-particular-social-group = Een groep waar ik bij hoor (bijvoorbeeld vrouwen die aan mensenhandel zijn ontsnapt, of lhbti-personen)
opt-protectionNeeds-persecutionGrounds-political-opinion = Mijn politieke mening
opt-stay-status-irregular = Geen vergunning of visum
opt-stay-status-visa = Een visum
opt-stay-status-residence-permit = Een verblijfsvergunning
opt-stay-status-asylum-applicant = Ik heb asiel aangevraagd
opt-stay-status-protection-beneficiary = Ik heb internationale bescherming
opt-stay-status-rejected-asylum-applicant = Mijn asielaanvraag is afgewezen
opt-stay-status-eu-free-movement = Ik ben EU-burger of familielid van een EU-burger
opt-stay-status-national = Ik heb de nationaliteit van dit land
opt-stay-asylum-decision-pending = Nog geen beslissing
opt-stay-asylum-decision-refugee-status = Vluchtelingenstatus toegekend
opt-stay-asylum-decision-subsidiary-protection = Subsidiaire bescherming toegekend
opt-stay-asylum-decision-humanitarian-status = Een andere beschermingsstatus toegekend
opt-stay-asylum-decision-rejected = Afgewezen
opt-stay-asylum-decision-inadmissible = Niet-ontvankelijk verklaard
opt-stay-asylum-procedure-regular = De gewone procedure
opt-stay-asylum-procedure-accelerated = Een snelle (versnelde) procedure
opt-stay-asylum-procedure-border = Een grensprocedure
opt-stay-asylum-procedure-admissibility = Een controle of de aanvraag in behandeling kan worden genomen
opt-stay-asylum-procedure-dublin = Een procedure om mij naar een ander Europees land te sturen

## Advies voor doorverwijzing: voor de hulpverlener, in eenvoudige woorden

rank-available = Staat nu open: aan alle wettelijke voorwaarden is voldaan.
rank-possible = Mogelijk: niets sluit dit uit, maar { $facts ->
    [0] het hangt af van een keuze of beoordeling door de autoriteiten
    [one] er moet nog één feit worden vastgesteld
   *[other] er moeten nog { $facts } feiten worden vastgesteld
  }.
guidance-disclaimer = Dit is een hulpmiddel om u de weg te wijzen, geen juridisch advies. Controleer elke stap en elke datum bij een advocaat of een gespecialiseerde organisatie.
guidance-inform-all-options-title = Informeer de persoon over alle mogelijkheden
guidance-inform-all-options-text = Leg alle mogelijkheden uit die openstaan — bedenktijd, een verblijfsvergunning omdat de persoon met de autoriteiten meewerkt of vanwege de persoonlijke situatie, asiel, en een veilige terugkeer — in een taal die de persoon begrijpt, voordat er iets wordt besloten.
guidance-assistance-unconditional-title = Hulp hangt niet af van medewerking
guidance-assistance-unconditional-text = Opvang, medische en psychologische zorg en begeleiding mogen er niet van afhangen of de persoon bereid is als getuige op te treden. Regel deze hulp nu.
guidance-parallel-applications-title = Vraag asiel en een verblijfsvergunning als slachtoffer tegelijk aan
guidance-parallel-applications-text = Beide kunnen tegelijk openstaan: een verblijfsvergunning als slachtoffer neemt het recht om asiel aan te vragen niet weg. Bereid beide aanvragen tegelijk voor, met een advocaat, tenzij de nationale regels iets anders bepalen.
guidance-personal-situation-title = Vraag een verblijfsvergunning aan op grond van de persoonlijke situatie
guidance-personal-situation-text = Als meewerken met de politie onmogelijk, onveilig of niet gewenst is, kijk dan naar de verblijfsvergunning die de wet toekent vanwege de persoonlijke situatie van de persoon, en vraag die vanaf het begin aan, zonder druk om mee te werken.
guidance-children-first-title = In de eerste plaats een kind
guidance-children-first-text = Behandel de persoon als kind zolang de leeftijd onzeker is. Vraag om een voogd, stel het belang van het kind voorop, en stem niet in met een terugkeer zonder dat de risico's zijn beoordeeld.
guidance-dublin-risk-title = Let op een overdracht naar een ander Europees land
guidance-dublin-risk-text = Een andere staat kan verantwoordelijk worden gemaakt voor de asielaanvraag. Tijdens de bedenktijd mag een overdracht wel worden voorbereid, maar niet worden uitgevoerd: zorg dat de bedenktijd wordt toegekend, en vecht een overdrachtsbesluit tijdig aan.
guidance-eu-citizen-rights-title = Maak gebruik van de rechten van een EU-burger
guidance-eu-citizen-rights-text = De persoon heeft als EU-, EER- of Zwitserse burger recht op vrij verkeer; vergunningen voor onderdanen van landen buiten de EU zijn niet van toepassing, maar de nationale hulp aan slachtoffers wel.
guidance-new-exploitation-form-title = Ga na of het nationale strafbare feit deze vorm van uitbuiting dekt
guidance-new-exploitation-form-text = Gedwongen huwelijk, illegale adoptie en uitbuiting van draagmoederschap zijn naar Unierecht vormen van mensenhandel sinds Richtlijn (EU) 2024/1712, die de lidstaten uiterlijk 15 juli 2026 moesten omzetten. Een nationale verblijfsvergunning of status die naar het eigen strafbare feit mensenhandel verwijst, bereikt deze slachtoffers mogelijk pas als dat strafbare feit hen dekt: vraag een advocaat of dat zo is, en steun in de tussentijd op de rechten die daar niet van afhangen.
guidance-return-with-risk-assessment-title = Terugkeer alleen na een risicobeoordeling
guidance-return-with-risk-assessment-text = Als de persoon terug wil gaan, moet de terugkeer plaatsvinden met inachtneming van de rechten, de veiligheid en de waardigheid van de persoon, waar mogelijk vrijwillig zijn, en volgen op een beoordeling van de risico's, waaronder het risico opnieuw slachtoffer van mensenhandel te worden.

## Met wie u contact kunt opnemen

contact-role-referral-mechanism = Nationaal verwijzingsmechanisme of coördinator
contact-role-ngo = Gespecialiseerde organisatie
contact-role-police = Politie
contact-role-hotline = Hulplijn
contact-role-asylum-authority = Asielinstantie
contact-role-child-protection = Kinderbescherming
contact-role-legal-aid = Rechtsbijstand
contact-role-shelter = Opvang
contact-role-coordinator = Nationale coördinator of rapporteur (beleid, geen individuele zaken)

## Het afdrukbare overzicht

summary-title = Beschermingsmogelijkheden: overzicht
summary-for = { $jurisdiction }, stand op { $date }
summary-pathways = Mogelijkheden
summary-timeline = Datums
summary-steps = Volgende stappen
summary-contacts = Met wie u contact kunt opnemen
summary-questions = Volgende vragen
summary-sources = Bronnen
summary-no-dates = Uit de gegeven feiten volgen geen datums.
summary-earliest = vroegst mogelijke datum
summary-overdue = termijn verstreken
summary-generated = Gemaakt met { -engine } { $engine } (regels { $rules }). Er is niets verstuurd: het overzicht is op dit apparaat gemaakt.
state-available = Staat open
state-possible = Mogelijk
state-unavailable = Staat niet open
state-not_applicable = Niet van toepassing
kind-act-by = Uiterste datum
kind-protected-until = Beschermd tot
kind-event = Datum
status-verified = gecontroleerd
status-secondary = secundaire bron
status-unverified = niet gecontroleerd

## Hoe over een mogelijkheid is beslist: voorwaarden en toelichtingen (voor de hulpverlener)

reason-met = Voldaan: { $condition }.
reason-not-met = Niet voldaan: { $condition }.
reason-unknown = Nog niet bekend: { $condition }.
reason-state-choice = Hangt af van een keuze of beoordeling die de wet aan de staat of zijn autoriteiten overlaat en die niet uit de zaak kan blijken: controleer de wetgeving en de praktijk van de staat.
# De cond-* hieronder zijn naamwoordgroepen zonder lidwoord ("asielzoeker"), zodat de ontkenning met
# "geen" goed leest ("geen asielzoeker"); "niet" + naamwoordgroep is in het Nederlands geen goede zin.
condition-negated = geen { $condition }
explanation-not-applicable = Niet van toepassing op deze persoon: { $reasons }
explanation-unavailable = Staat niet open: { $reasons }
explanation-available = Staat open: aan alle voorwaarden is voldaan.
discretion-text =
    { $grant ->
        [right] De wet geeft er recht op ({ $cite }): als aan de voorwaarden is voldaan, moet het worden verleend.
        [should] Volgens de wet wordt deze in de regel verleend ({ $cite }): dat is de regel, maar de autoriteit beslist.
        [consider] De wet verplicht de autoriteit het verlenen te overwegen ({ $cite }): aan deze voorwaarden moet zijn voldaan, maar dat verplicht haar niet tot verlenen.
       *[may] Het verlenen staat ter beoordeling van de autoriteit ({ $cite }): zij „kan“ het verlenen, en kan het weigeren.
    }
explanation-available-discretion =
    { $grant ->
        [right] Staat open: aan alle voorwaarden is voldaan en de wet geeft er recht op ({ $cite }): het moet worden verleend.
        [should] Staat open: aan alle voorwaarden is voldaan. Volgens de wet wordt deze in de regel verleend ({ $cite }): dat is de regel, maar de autoriteit beslist.
        [consider] Aan alle voorwaarden is voldaan, maar de wet verplicht de autoriteit alleen het verlenen te overwegen ({ $cite }): het kan nog worden geweigerd.
       *[may] Aan alle voorwaarden is voldaan, maar het verlenen staat ter beoordeling van de autoriteit ({ $cite }): het kan nog worden geweigerd.
    }
explanation-possible = Mogelijk: niets sluit dit uit, maar het volgende is nog niet bekend — { $reasons }
cond-third-country-national = onderdaan van een derde land (buiten de EU, de EER en Zwitserland)
cond-eu-citizen = EU-, EER- of Zwitserse burger
cond-foreign-national = vreemdeling (iemand zonder de nationaliteit van deze staat)
cond-child = kind (jonger dan 18 jaar, of verondersteld minderjarig te zijn)
cond-adult = volwassene
cond-unaccompanied-child = niet-begeleide minderjarige
cond-trafficking-indicated = aanwijzingen van mensenhandel
cond-reasonable-grounds = redelijke gronden om aan te nemen dat de persoon slachtoffer is
cond-identified = identificatie als slachtoffer
cond-willing-to-cooperate = bereidheid om met de autoriteiten mee te werken
cond-complaint-or-statement = aangifte gedaan of verklaring afgelegd
cond-proceedings-ongoing = lopende strafprocedure
cond-proceedings-or-civil-claims = strafprocedure gestart of civiele vordering ingesteld
cond-presence-necessary = aanwezigheid van de persoon nodig voor de autoriteiten
cond-ties-severed = verbreking van de banden met de verdachten
cond-conviction = veroordeling van een verdachte
cond-final-conviction = onherroepelijke veroordeling van een verdachte (geen rechtsmiddel meer mogelijk)
cond-reflection-consent = de persoon heeft de bedenktijd niet geweigerd (het voorstel vereist haar instemming)
cond-personal-situation = persoonlijke situatie die verblijf rechtvaardigt
cond-cannot-cooperate = zwaarwegende redenen waarom de persoon niet kan meewerken
cond-sexual-exploitation = seksuele uitbuiting
cond-exit-prostitution-pathway = deelname aan een uitstapprogramma uit de prostitutie
cond-violence-protection-order = beschermingsbevel tegen geweld
cond-fear-of-persecution = gegronde vrees voor vervolging
cond-convention-ground = verdragsgrond voor de vrees (Vluchtelingenverdrag)
cond-serious-harm = reëel risico op ernstige schade
cond-no-internal-relocation = geen veilig binnenlands vestigingsalternatief (binnenlandse bescherming)
cond-risk-on-return = risico bij terugkeer
cond-return-risk-assessed = risico- en veiligheidsbeoordeling van de terugkeer
cond-five-years-residence = vijf jaar legaal verblijf
cond-three-years-victim-permit = drie jaar ononderbroken houderschap van de verblijfsvergunning voor slachtoffers van mensenhandel
cond-other-state-responsible = andere EU-lidstaat mogelijk verantwoordelijk voor de asielaanvraag
cond-asylum-applicant = asielzoeker
cond-asylum-rejected = afgewezen asielaanvraag
cond-state-choice = keuze of beoordeling die de wet aan de autoriteiten overlaat
cond-in-region = in het deel van het land waar deze bepaling geldt

## Namen van de mogelijkheden (de wettelijke naam in de taal van het rechtsgebied staat ernaast)

channel-reflection-period = Herstel- en bedenktijd
channel-victim-permit = Verblijfsvergunning voor slachtoffers
channel-victim-permit-cooperation = Verblijfsvergunning voor slachtoffers die meewerken
channel-victim-permit-personal-situation = Verblijfsvergunning voor slachtoffers vanwege hun persoonlijke situatie
channel-refugee-status = Vluchtelingenstatus
channel-subsidiary-protection = Subsidiaire bescherming
channel-national-status = Nationale beschermingsstatus
channel-child-protection = Kinderbescherming
channel-eu-citizen = Rechten als EU-, EER- of Zwitserse burger
channel-long-term-residence = Status van langdurig ingezetene
channel-safe-return = Veilige terugkeer

## Namen van de talen, in de taal zelf

locale-en = English
locale-de = Deutsch
locale-fr = Français
locale-es = Español
locale-nl = Nederlands
locale-sr-Latn = Srpski (latinica)
locale-ro = Română

## Datums en termijnen in woorden (de volledige datum volgt de gebruikelijke volgorde van de taal)

date-long = { $weekday } { $day } { $month } { $year }
date-day-month-year = { $day } { $month } { $year }
weekday-1 = maandag
weekday-2 = dinsdag
weekday-3 = woensdag
weekday-4 = donderdag
weekday-5 = vrijdag
weekday-6 = zaterdag
weekday-7 = zondag
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
period-amount =
    { $unit ->
        [weeks]
            { $n ->
                [one] { $n } week
               *[other] { $n } weken
            }
        [months]
            { $n ->
                [one] { $n } maand
               *[other] { $n } maanden
            }
        [years]
            { $n ->
                [one] { $n } jaar
               *[other] { $n } jaar
            }
        [working-days]
            { $n ->
                [one] { $n } werkdag
               *[other] { $n } werkdagen
            }
       *[days]
            { $n ->
                [one] { $n } dag
               *[other] { $n } dagen
            }
    }
weeks-later =
    { $n ->
        [one] één week
       *[other] { $n } weken
    }
weekend-days =
    { $days ->
        [sunday] zondagen
        [none] geen enkele dag van de week
        [saturday-sunday] zaterdagen en zondagen
       *[other] { $list }
    }
not-working-weekday = een { $weekday }
holiday-kind-public = een officiële feestdag
holiday-kind-deadlines = een dag die de regel als feestdag behandelt
holiday-on-date = { $holiday } op { $date }
status-word-verified = gecontroleerd
status-word-secondary = alleen secundaire bron
status-word-unverified = niet gecontroleerd

## Hoe een termijn is berekend: de stappen (voor de hulpverlener; de naam van de regel blijft zoals hij is)

step-days-are-working-days = Volgens { $rule } worden bij een termijn in dagen alleen werkdagen geteld.
step-event-validity = De termijn begint op { $first } en die dag telt mee.
step-event = De gebeurtenis vindt plaats op { $event }. Die dag wordt niet in de termijn meegerekend; de termijn loopt vanaf { $first }.
step-event-counted = De gebeurtenis vindt plaats op { $event }. Dat die dag niet wordt meegerekend, berust op een nog niet geverifieerde bepaling; deze lezing rekent hem mee: de termijn loopt vanaf { $event }.
step-count-days = Telt men { $period } vanaf { $first }, dan is de laatste dag { $end }.
step-count-weeks-validity = Een termijn van { $period } waarvan de eerste dag meetelt, eindigt op de dag vóór dezelfde dag van de week { $weeks } later: { $end }.
step-count-weeks = Een termijn van { $period } eindigt op dezelfde dag van de week als de dag van de gebeurtenis, { $weeks } later: { $end }.
step-count-months-validity = Een termijn van { $period } eindigt op de dag vóór de datum die { $period } na de eerste dag van de termijn valt: { $end }.
step-count-months = Een termijn van { $period } eindigt op dezelfde dag van de maand als de dag van de gebeurtenis: { $end }.
step-month-end-validity = Een termijn van { $period } eindigt op de dag vóór de datum die { $period } na de eerste dag van de termijn valt. Er bestaat geen { $missing }, dus eindigt de termijn op de laatste dag van die maand: { $end }.
step-month-end = Een termijn van { $period } eindigt op dezelfde dag van de maand als de dag van de gebeurtenis. Er bestaat geen { $missing }, dus eindigt de termijn op de laatste dag van die maand: { $end }.
step-count-working-days = Telt men { $period } vanaf { $first } (niet meegeteld: { $weekend }), dan is de laatste dag { $end }.
step-count-working-days-holidays = Telt men { $period } vanaf { $first } (niet meegeteld: { $weekend }, en evenmin de feestdagen { $holidays }), dan is de laatste dag { $end }.
step-rule-not-applicable =
    { $years ->
        [0] { $rule } verschuift het einde van een termijn van deze lengte niet (meer dan { $days } dagen, { $weeks } weken of { $months } maanden, of een jaar of langer); weekends en feestdagen verlengen de termijn dus niet.
       *[other] { $rule } verschuift het einde van een termijn van deze lengte niet (meer dan { $days } dagen, { $weeks } weken of { $months } maanden, of meer dan { $years } jaar); weekends en feestdagen verlengen de termijn dus niet.
    }
step-roll = De laatste dag, { $end }, is { $why } en dus geen werkdag; de termijn eindigt daarom op de eerstvolgende werkdag: { $next }.
step-roll-between = De laatste dag, { $end }, is { $why } en dus geen werkdag; de termijn eindigt daarom op de eerstvolgende werkdag (de tussenliggende dagen zijn evenmin werkdagen): { $next }.
step-minimum-extended =
    { $before ->
        [one] De termijn { $first } – { $unextended } omvat slechts { $before } werkdag; de termijn moet ten minste { $minimum } werkdagen omvatten en wordt daarom verlengd tot { $end }.
       *[other] De termijn { $first } – { $unextended } omvat slechts { $before } werkdagen; de termijn moet ten minste { $minimum } werkdagen omvatten en wordt daarom verlengd tot { $end }.
    }
step-minimum-met = De termijn { $first } – { $end } omvat, zoals vereist, ten minste { $minimum } werkdagen.
step-result-validity = Laatste dag van de termijn: { $end }. Weekends en feestdagen verschuiven deze dag niet.
step-result = Uiterste dag om te handelen: { $end }, tot het einde van die dag.
step-period-unknown = De termijn van deze beslissing wordt hier niet berekend (er is geen opgenomen, of hij loopt in uren of hangt af van gegevens die de zaak niet vermeldt), en hij kan zeer kort zijn: daarom wordt de dag van de kennisgeving getoond, { $date }. Win onmiddellijk juridisch advies in.
step-dated = { $label }: { $date }.

## Waarop een termijn berust, en andere lezingen (voor de hulpverlener)

assume-public-holidays-not-applied = Er zijn geen feestdagen toegepast: volgens { $rule } zijn de feestdagen van { $country } geen werkdagen, en er is geen plaats opgegeven. Een feestdag op of vóór de laatste dag kan de termijn later doen eindigen; de getoonde datum is dus de vroegst mogelijke. Geef 'region' op (de lidstaat, zoals AT, of een regio, zoals ES-MD) om de feestdagen daarvan toe te passen.
assume-regional-holidays-not-applied = Alleen de nationale feestdagen van { $country } zijn toegepast. De regio's hebben eigen feestdagen, die de termijn later kunnen doen eindigen; de getoonde datum is dus de vroegst mogelijke. Geef 'region' op ({ $regions }) om ze toe te passen.
assume-doubtful-holiday = Mogelijk geldt voor deze regel ook als feestdag: { $days }. Dit is niet toegepast. Als het een feestdag is, eindigt de termijn later: de getoonde datum is de vroegst mogelijke.
assume-holidays-incomplete = { $reasons } Een feestdag die in de kalender ontbreekt, kan de termijn later doen eindigen; de getoonde datum is dus de vroegst mogelijke.
holidays-never-complete = De feestdagen van { $calendar } zijn voor geen enkel jaar volledig.
holidays-known-for = De feestdagen van { $calendar } zijn alleen bekend voor { $years }.
regional-holidays-known-for = De regionale feestdagen van { $region } zijn alleen bekend voor { $years }.
assume-provision-not-verified =
    { $count ->
        [one] { $articles } van { $rule } is nog niet in de officiële tekst nagelezen (status: { $status }); raadpleeg { $url } voordat u op deze datum vertrouwt.
       *[other] { $articles } van { $rule } zijn nog niet in de officiële tekst nagelezen (status: { $status }); raadpleeg { $url } voordat u op deze datum vertrouwt.
    }
assume-holiday-not-verified = Bij het resultaat zijn feestdagen meegenomen waarvan de vermelding niet in de wet zelf is nagelezen: { $days }.
assume-baseline-profile = Voor { $name } is alleen een basis vastgelegd: de minimumrechten van het Verdrag (en van het EU-recht in een lidstaat) en de hier genoemde nationale gegevens, nog niet vertaald. Verder nationaal recht is niet vastgelegd: controleer het bij een advocaat of een gespecialiseerde organisatie ter plaatse.
assume-no-as-of = Er is geen datum van beoordeling (asOf) opgegeven: het recht wordt toegepast zoals het het laatst is vastgelegd, en leeftijden en data worden met geen enkele dag vergeleken.
assume-presumed-child = De persoon wordt als kind behandeld: { $basis }.
warning-date-referral = de doorverwijzing
warning-date-reasonable-grounds = de beslissing over redelijke gronden
warning-date-conclusive = de definitieve identificatie
warning-identification-dates-out-of-order = de datum van { $later } ({ $laterDate }) ligt vóór die van { $earlier } ({ $earlierDate }); controleer de data
warning-identification-stage-behind-dates = de fase is ‘{ $stage }’, maar er is een datum voor een latere fase (‘{ $implied }’); de latere fase wordt gebruikt
warning-stateless-with-citizenship = de persoon staat geregistreerd als staatloos en als houder van een nationaliteit
warning-age-and-birth-date-differ = de opgegeven leeftijd ({ $claimed }) wijkt af van de leeftijd volgens de geboortedatum ({ $age }); de geboortedatum wordt gebruikt
warning-conviction-without-proceedings = er is een veroordeling geregistreerd, maar de procedure staat geregistreerd als geen
warning-conviction-date-contradicted = er is een datum geregistreerd waarop de veroordeling onherroepelijk werd, maar de andere antwoorden zeggen dat er geen onherroepelijke veroordeling is: de procedure als niet afgerond, of geen veroordeling
warning-date-after-as-of = { $path } ({ $date }) ligt na de datum van de beoordeling ({ $asOf })
assume-region-without-calendar = Voor { $region } is hier geen eigen feestdagenkalender beschikbaar; alleen de nationale feestdagen zijn toegepast, zodat regionale feestdagen de datum later kunnen maken.
assume-reading-not-certain = Deze lezing wordt getoond omdat { $why }.
assume-born-29-february = Geboren op 29 februari: als 18e verjaardag wordt 28 februari aangehouden, de eerdere dag waarop de bescherming als kind kan eindigen.
assume-renewal-period-not-encoded = Vraag de verlenging ruim vóór deze datum aan: verlenging moet worden aangevraagd zolang de vergunning geldig is, en nationale regels kunnen vereisen dat dit een bepaalde tijd vóór het verstrijken gebeurt; die termijn is hier niet opgenomen.
assume-timeline-not-counted = Niet in de tijdlijn: { $entry } — de datum zou na 31 december 2199 vallen, de laatste dag die de engine telt. Controleer de opgegeven data.
assume-timeline-not-applied = Niet in de tijdlijn: { $entry } — de juridische gegevens ervoor konden niet worden toegepast ({ $field } = ‘{ $value }’). Dit is een fout van de engine: bereken deze termijn met de hand en meld de fout.
assume-national-figure-unknown = De wet stelt een bandbreedte vast ({ $shortest } tot { $longest }); welke termijn deze staat heeft gekozen, is niet bekend, dus wordt het vroegste einde van de bandbreedte getoond. { $reading }
assume-range = Het vroegste einde wordt getoond. { $reading }
unverified-event-day = { $article }: de dag van de gebeurtenis wordt niet meegerekend
unverified-working-days = { $article }: dagen zijn werkdagen
unverified-roll = { $article }: de verschuiving naar de eerstvolgende werkdag
unverified-minimum = { $article }: het minimumaantal werkdagen
unverified-holiday = { $holiday } op { $date } als feestdag
reading-without-unverified = Zonder wat nog niet is gecontroleerd ({ $parts }), zou de laatste dag { $date } zijn. Handel voor de zekerheid uiterlijk op die dag.
reading-if-unverified-holds = Als klopt wat nog niet is gecontroleerd (zie de aannames), is de laatste dag { $date }.
reading-other = Volgens een andere lezing — { $label } ({ $period }) — zou de datum { $date } zijn.
reading-longest = Als deze staat de langste termijn heeft gekozen die de wet toestaat ({ $period }), zou de datum { $date } zijn.
reading-range = { $range }: { $date }.
why-fact-unknown = { $what } niet bekend is (deze lezing geldt voor: { $values })
why-regime-date-unknown =
    { $date ->
        [lodged] de datum waarop de aanvraag is ingediend niet bekend is, en de regels op { $changed } zijn gewijzigd
       *[registered] de datum waarop de aanvraag is geregistreerd niet bekend is, en de regels op { $changed } zijn gewijzigd
    }
why-condition-unknown = niet bekend is of aan deze voorwaarde is voldaan: { $condition } ({ $facts })
why-contested-start = omstreden is wanneer de termijn begint (HvJ C-66/21: wie stelt slachtoffer te zijn, heeft er recht op; de uitspraak van het Hof over het begin ervan is niet nagelezen): geteld vanaf de doorverwijzing op { $date }
fact-procedure = de procedure
fact-decision = de beslissing

## De eigen vermeldingen van de tijdlijn (vermeldingen uit de wet bevatten de woorden van de wet in `detail`)

timeline-reflection-end = Einde van de herstel- en bedenktijd
timeline-asylum-appeal = Uiterste dag om beroep in te stellen tegen de asielbeslissing
timeline-cnda-legal-aid = Uiterste dag om rechtsbijstand aan te vragen voor het beroep bij de CNDA zodat de beroepstermijn open blijft
timeline-challenge-at-once = Vecht het besluit direct aan: er is geen beroepstermijn voor vastgelegd (getoond op de dag van de bekendmaking)
timeline-take-charge-request = Uiterste dag voor het overnameverzoek aan een andere staat (Dublin)
timeline-take-charge-reply = Uiterste dag voor het antwoord op het overnameverzoek (Dublin)
timeline-transfer-decision = Uiterste dag voor het overdrachtsbesluit (Dublin)
timeline-transfer-remedy = Uiterste dag voor beroep of bezwaar tegen het overdrachtsbesluit (Dublin)
timeline-transfer-time-limit = Einde van de termijn voor de overdracht (Dublin)
timeline-18th-birthday = 18e verjaardag: vanaf deze dag is de persoon meerderjarig en gelden de regels voor kinderen niet meer
timeline-permit-expiry = Laatste geldigheidsdag van de verblijfsvergunning
timeline-permit-expiry-scheme = Laatste geldigheidsdag van de verblijfsvergunning ({ $scheme })
timeline-ltr-reachable = De status van langdurig ingezetene kan worden aangevraagd: vijf jaar onafgebroken legaal verblijf is bereikt (als de verkregen vergunningen daarvoor meetellen)
timeline-holding-reachable = Drie jaar ononderbroken houderschap van de verblijfsvergunning voor slachtoffers van mensenhandel is bereikt: de vergunning voor onbepaalde tijd kan worden aangevraagd (als de opgegeven vergunningen het hele houderschap zijn)

## Waarom de persoon al dan niet als kind wordt behandeld (voor de hulpverlener)

child-basis-age =
    { $age ->
        [one] { $age } jaar oud op de datum van de beoordeling (berekend uit de geboortedatum)
       *[other] { $age } jaar oud op de datum van de beoordeling (berekend uit de geboortedatum)
    }
child-basis-no-as-of = de geboortedatum is bekend, maar de datum van de beoordeling (asOf) niet
child-basis-assessed = een leeftijdsonderzoek kwam uit op { $min }–{ $max } jaar
child-basis-assessed-presumed = een leeftijdsonderzoek kwam uit op { $min }–{ $max } jaar, een bandbreedte die tot onder de 18 reikt: de persoon wordt verondersteld minderjarig te zijn
child-basis-claimed = de persoon verklaart { $claimed } jaar oud te zijn
child-basis-claimed-disputed = de persoon verklaart { $claimed } jaar oud te zijn; de leeftijd wordt betwist, en zolang die onzeker is, wordt de persoon verondersteld minderjarig te zijn
child-basis-unknown = er is geen geboortedatum of leeftijd opgegeven

## De uitkomst van een mogelijkheid volgens een andere lezing van de wet (voor de hulpverlener)

pathway-alternative =
    { $count ->
        [one] Dit resultaat berust op { $provisions }, waarvan de tekst niet is gecontroleerd. Als die bepaling niet zou gelden zoals ze hier is verwerkt, zou de uitkomst voor deze mogelijkheid luiden: { $state }.
       *[other] Dit resultaat berust op { $provisions }, waarvan de teksten niet zijn gecontroleerd. Als die bepalingen niet zouden gelden zoals ze hier zijn verwerkt, zou de uitkomst voor deze mogelijkheid luiden: { $state }.
    }

## Het agendabestand (.ics): eigen teksten rond de datums van de tijdlijn

ics-calendar-name = Beschermingsmogelijkheden: datums ({ $jurisdiction })
ics-summary-protected-until = Beschermd tot: { $label }
ics-reminder =
    { $days ->
        [one] Over { $days } dag: { $label }
       *[other] Over { $days } dagen: { $label }
    }
ics-another-reading = Andere lezing: { $date } ({ $reading })
ics-note = Opmerking: { $text }
ics-source = Bron: { $instrument }, { $article } ({ $url })
ics-status = Status: { $status }.
ics-status-earliest = Status: { $status }. Dit is de vroegst mogelijke datum.
ics-disclaimer = Hulpmiddel van protection-pathways, geen juridisch advies: controleer de datum bij een advocaat.

## De eigen woorden van het formulier (voor de hulpverlener die het formulier gebruikt)

widget-section-person = De persoon
widget-section-identification = Identificatie als slachtoffer
widget-section-stay = Verblijf en verblijfsrecht
widget-section-cooperation = Samenwerking met de autoriteiten
widget-section-risks = Behoeften, risico's en angsten
widget-section-dates = Datums
widget-age-from = Van (jaar)
widget-age-to = Tot (jaar)
widget-countries-hint = Landcodes (ISO 3166-1, twee letters), gescheiden door komma's: NG, RO.
widget-permits-hint = Eén regel per verblijfsvergunning: de naam zoals die op de vergunning staat, en de eerste en de laatste dag van geldigheid. Laat de lijst leeg als u het niet weet.
widget-permits-record = Deze vergunningen uit het dossier kunnen hier niet volledig worden getoond en dus hier niet worden gewijzigd: corrigeer ze in het dossier.
widget-permit-n = Vergunning { $n }
widget-permit-scheme = Soort vergunning (zoals op het document)
widget-permit-from = Geldig vanaf
widget-permit-until = Geldig tot en met (laatste dag)
widget-permit-add = Vergunning toevoegen
widget-permit-remove = Vergunning { $n } verwijderen
widget-reasons = Redenen en bronnen
widget-secondary = alleen secundaire bron
widget-unverified = niet gecontroleerd
widget-today = vandaag
widget-days-left =
    { $days ->
        [one] nog { $days } dag
       *[other] nog { $days } dagen
    }
widget-days-ago =
    { $days ->
        [one] { $days } dag geleden
       *[other] { $days } dagen geleden
    }
widget-overdue =
    { $days ->
        [one] Termijn { $days } dag geleden verstreken
       *[other] Termijn { $days } dagen geleden verstreken
    }
widget-no-act-by = geen uiterste datum
widget-announce = Resultaten bijgewerkt. Mogelijkheden die openstaan: { $available }; mogelijk: { $possible }; volgende uiterste datum: { $next }.
widget-actions = Acties
widget-print = Afdrukken
widget-download-ics = Termijnen downloaden (.ics)
widget-copy-json = Kopiëren als JSON
widget-copied = De beoordeling is als JSON gekopieerd.
widget-copy-failed = De browser heeft het kopiëren niet toegestaan.
widget-error = Dit kon niet worden beoordeeld: { $message } (veld: { $field })

## The law's words in this language: where a text comes from
translation-unreviewed = vertaling nog niet nagekeken
translation-official = tekst van de wet zelf
translation-note = De juridische teksten zijn door dit project vertaald en nog niet door een moedertaalspreker nagekeken; bij verschil geldt de tekst van de wet.
holiday-substitute = { $name } (vervangende dag)

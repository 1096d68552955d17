# protection-pathways — mesajele în limba română (traducere a catalogului englez, care este referința și varianta de rezervă).
# Fiecare altă limbă trebuie să aibă exact aceste id-uri și să nu folosească alte variabile (tests/i18n.rs).
# Întrebările se adresează persoanei, în cuvinte simple; la fiecare se poate răspunde „nu știu” și „prefer să
# nu spun”. Termenii (-nume) sunt nume care rămân la fel în toate limbile.

-engine = protection-pathways

## Răspunsuri posibile la orice întrebare

answer-yes = Da
answer-no = Nu
answer-dont-know = Nu știu
answer-prefer-not-to-say = Prefer să nu spun

## De ce punem o întrebare

question-why = Răspunsul dumneavoastră poate schimba { $pathways ->
    [0] nicio cale
    [one] o cale
    [few] { $pathways } căi
   *[other] { $pathways } de căi
  } și { $deadlines ->
    [0] niciun termen
    [one] un termen
    [few] { $deadlines } termene
   *[other] { $deadlines } de termene
  }.
question-intro = Nu trebuie să răspundeți. Dacă nu știți sigur sau preferați să nu spuneți, nu este nicio problemă: vom lucra cu ce știm.

## Întrebări, câte una pentru fiecare fapt al cazului

q-person-citizenships = Ce cetățenie aveți? Pot fi una sau mai multe țări.
q-person-stateless = Sunteți o persoană fără nicio cetățenie (apatridă)?
q-person-dateOfBirth = Care este data dumneavoastră de naștere, dacă o știți?
q-person-claimedAge = Câți ani aveți?
q-person-ageAssessment = A evaluat cineva vârsta dumneavoastră? Dacă da, ce interval de vârstă a stabilit?
q-person-unaccompanied = Sunteți în această țară fără un părinte sau un alt adult care să răspundă de dumneavoastră?
q-identification-stage = A verificat deja cineva (poliția, un ONG, o autoritate) dacă ați fost victimă a traficului de persoane? Până unde s-a ajuns?
q-exploitation-forms = Ce v-au obligat să faceți? Puteți alege mai multe variante sau niciuna.
q-cooperation-willing = Ați vrea să vorbiți cu poliția sau cu un procuror despre ce s-a întâmplat, dacă acest lucru ar fi sigur pentru dumneavoastră?
q-cooperation-complaintFiled = Ați spus poliției sau unui procuror ce s-a întâmplat (ați făcut o plângere)?
q-cooperation-statementMade = Ați dat o declarație la poliție sau în fața unei instanțe?
q-cooperation-proceedings = Există un dosar penal despre ce vi s-a întâmplat? Până unde s-a ajuns cu el?
q-cooperation-presenceNecessary = V-au spus poliția sau procurorul că au nevoie să rămâneți în țară pentru dosar?
q-cooperation-tiesSevered = Ați întrerupt orice legătură cu persoanele care v-au exploatat?
q-cooperation-civilClaims = Cereți sau vreți să cereți în instanță banii care vi se cuvin (salariu sau despăgubiri)?
q-cooperation-conviction = A declarat vreo instanță pe cineva vinovat pentru ce vi s-a făcut?
q-cooperation-convictionDate = La ce dată a rămas definitivă condamnarea, fără nicio cale de atac posibilă?
q-personalSituation-healthNeeds = Aveți nevoie aici de îngrijire medicală sau psihologică?
q-personalSituation-riskOfReprisals = Vă temeți că persoanele care v-au exploatat sau oameni apropiați de ele v-ar putea face rău dumneavoastră sau familiei dumneavoastră?
q-personalSituation-riskOfRetrafficking = Dacă v-ați întoarce, vă temeți că cineva v-ar exploata din nou?
q-personalSituation-lackOfStateProtection = Dacă v-ați întoarce, credeți că autoritățile de acolo nu ar putea sau nu ar vrea să vă protejeze?
q-personalSituation-familyHere = Aveți familie apropiată care locuiește aici?
q-personalSituation-integrated = V-ați construit o viață aici (muncă, școală, prieteni, limbă)?
q-personalSituation-cannotCooperate = Există un motiv pentru care nu puteți vorbi cu poliția despre ce s-a întâmplat (de exemplu frica, sănătatea sau vârsta dumneavoastră)?
q-personalSituation-exitProstitutionPathway = Participați la un program pentru a ieși din prostituție?
q-personalSituation-violenceProtectionOrder = V-a dat o instanță sau poliția un ordin de protecție împotriva cuiva care a fost violent cu dumneavoastră?
q-personalSituation-returnRiskAssessed = A verificat cineva dacă ar fi sigur pentru dumneavoastră să vă întoarceți în țara dumneavoastră?
q-protectionNeeds-fearOfPersecution = Vă temeți că în țara dumneavoastră vi s-ar face rău din cauza a ceea ce sunteți, a ceea ce credeți sau a unui grup din care faceți parte?
q-protectionNeeds-persecutionGrounds = De ce credeți că vi s-ar face rău? Puteți alege mai multe variante.
q-protectionNeeds-seriousHarm = Vă temeți că în țara dumneavoastră vi s-ar putea întâmpla ceva grav, cum ar fi violență, tortură sau moartea?
q-protectionNeeds-internalRelocationPossible = Există un loc în țara dumneavoastră unde ați fi în siguranță?
q-dublin-otherStateResponsible = Înainte să veniți aici, ați cerut protecție sau vi s-au luat amprentele în altă țară europeană?
q-stay-status = Care este acum situația dumneavoastră în această țară (de exemplu o viză, un permis sau o cerere de azil)?
q-stay-asylum-decision = Ați primit o decizie la cererea dumneavoastră de azil? Care a fost decizia?
q-stay-asylum-procedure = Știți în ce procedură se află cererea dumneavoastră de azil?
q-stay-asylum-lodgedDate = La ce dată ați depus cererea de azil?
q-stay-asylum-registeredDate = La ce dată a fost înregistrată cererea dumneavoastră de azil?
q-reflection-consent = Sunteți de acord să se solicite pentru dumneavoastră o perioadă de recuperare și reflecție (timp să vă refaceți și să decideți, fără obligația de a coopera)?
q-reflection-startDate = La ce dată a început perioada în care vă puteți reface și gândi liniștit (perioada de recuperare și de reflecție)?
q-stay-asylum-decisionNotifiedDate = La ce dată ați primit decizia la cererea dumneavoastră de azil?
q-identification-referralDate = La ce dată v-a îndrumat cineva către un serviciu care ajută victimele?
q-dublin-requestDate = La ce dată a cerut această țară altei țări să preia cererea dumneavoastră de azil?
q-dublin-acceptanceDate = La ce dată a acceptat cealaltă țară să își asume responsabilitatea pentru cererea dumneavoastră de azil?
q-dublin-transferDecisionDate = La ce dată vi s-a spus că vă vor trimite în cealaltă țară?
q-permits = Ce permise de ședere ați avut în această țară și în ce perioadă?
q-region = În ce parte a țării vă aflați (unde locuiți sau stați)?

## Variante de răspuns la unele întrebări

opt-identification-stage-none = Nimeni nu a verificat încă
opt-identification-stage-indicators = Cineva a observat semne de trafic de persoane
opt-identification-stage-referral = Cineva m-a îndrumat către un serviciu specializat sau către autorități
opt-identification-stage-reasonable-grounds = O autoritate a constatat că există motive rezonabile să creadă că am fost victimă a traficului de persoane
opt-identification-stage-conclusive = O autoritate a decis că am fost victimă a traficului de persoane
opt-exploitation-forms-sexual = Muncă sexuală sau exploatare sexuală
opt-exploitation-forms-forced-labour = Muncă forțată
opt-exploitation-forms-slavery = Sclavie
opt-exploitation-forms-servitude = Servitute, de exemplu într-o gospodărie
opt-exploitation-forms-criminal-activities = Obligarea de a comite infracțiuni
opt-exploitation-forms-organ-removal = Prelevarea (scoaterea) de organe
opt-exploitation-forms-forced-marriage = Căsătorie forțată
opt-exploitation-forms-illegal-adoption = Adopție ilegală
opt-exploitation-forms-surrogacy = Maternitate surogat (purtarea unei sarcini pentru altcineva)
opt-exploitation-forms-other = Altceva
opt-cooperation-proceedings-none = Nu există niciun dosar
opt-cooperation-proceedings-investigation = Poliția face cercetări
opt-cooperation-proceedings-prosecution = Un procuror a acuzat oficial pe cineva
opt-cooperation-proceedings-trial = Are loc un proces
opt-cooperation-proceedings-concluded = Dosarul s-a încheiat
opt-cooperation-proceedings-discontinued = Dosarul a fost oprit
opt-protectionNeeds-persecutionGrounds-race = Rasa mea sau grupul meu etnic
opt-protectionNeeds-persecutionGrounds-religion = Religia sau credințele mele
opt-protectionNeeds-persecutionGrounds-nationality = Naționalitatea mea
opt-protectionNeeds-persecutionGrounds-particular-social-group = Un grup din care fac parte (de exemplu femei care au scăpat din trafic sau persoane LGBTI)
opt-protectionNeeds-persecutionGrounds-political-opinion = Opiniile mele politice
opt-stay-status-irregular = Nu am permis sau viză
opt-stay-status-visa = O viză
opt-stay-status-residence-permit = Un permis de ședere
opt-stay-status-asylum-applicant = Am cerut azil
opt-stay-status-protection-beneficiary = Am primit protecție internațională
opt-stay-status-rejected-asylum-applicant = Cererea mea de azil a fost respinsă
opt-stay-status-eu-free-movement = Am cetățenia unei țări din UE sau sunt membru de familie al unui cetățean UE
opt-stay-status-national = Am cetățenia acestei țări
opt-stay-asylum-decision-pending = Încă nu există o decizie
opt-stay-asylum-decision-refugee-status = Mi s-a acordat statutul de refugiat
opt-stay-asylum-decision-subsidiary-protection = Mi s-a acordat protecția subsidiară
opt-stay-asylum-decision-humanitarian-status = Mi s-a acordat un alt statut de protecție
opt-stay-asylum-decision-rejected = Cererea a fost respinsă
opt-stay-asylum-decision-inadmissible = Cererea a fost declarată inadmisibilă
opt-stay-asylum-procedure-regular = Procedura obișnuită
opt-stay-asylum-procedure-accelerated = O procedură rapidă (accelerată)
opt-stay-asylum-procedure-border = O procedură la frontieră
opt-stay-asylum-procedure-admissibility = O verificare dacă cererea poate fi examinată
opt-stay-asylum-procedure-dublin = O procedură pentru a mă trimite în altă țară europeană

## Îndrumări pentru referire: pentru managerul de caz, în cuvinte simple

rank-available = Disponibilă acum: sunt îndeplinite toate condițiile prevăzute de lege.
rank-possible = Posibilă: nimic nu o exclude, dar { $facts ->
    [0] depinde de o alegere sau de o evaluare a autorităților
    [one] mai trebuie stabilit un fapt
    [few] mai trebuie stabilite { $facts } fapte
   *[other] mai trebuie stabilite { $facts } de fapte
  }.
guidance-disclaimer = Acestea sunt îndrumări care vă ajută să vă orientați, nu consultanță juridică. Verificați fiecare pas și fiecare termen cu un avocat sau cu o organizație specializată.
guidance-inform-all-options-title = Informați persoana despre toate opțiunile
guidance-inform-all-options-text = Explicați-i toate căile pe care le are la dispoziție — perioada de recuperare și de reflecție, un permis de ședere acordat pentru că ajută autoritățile sau pe baza situației sale personale, azilul și o întoarcere în siguranță — într-o limbă pe care o înțelege, înainte de a se decide ceva.
guidance-assistance-unconditional-title = Ajutorul nu depinde de cooperare
guidance-assistance-unconditional-text = Adăpostul, îngrijirea medicală și psihologică și consilierea nu trebuie să depindă de disponibilitatea persoanei de a fi martor. Organizați-le chiar acum.
guidance-parallel-applications-title = Solicitați în paralel azil și permis de ședere pentru victime
guidance-parallel-applications-text = Ambele pot fi disponibile în același timp: un permis de ședere pentru victime nu înlătură dreptul de a solicita azil. Dacă normele naționale nu prevăd altfel, pregătiți ambele cereri împreună, cu un avocat.
guidance-personal-situation-title = Solicitați un permis de ședere pe baza situației personale
guidance-personal-situation-text = Atunci când cooperarea cu poliția este imposibilă, nesigură sau nedorită, verificați permisul de ședere pe care legea îl acordă pe baza situației personale a persoanei și depuneți cererea de la început, fără a pune presiune pe persoană să coopereze.
guidance-children-first-title = Înainte de toate, un copil
guidance-children-first-text = Tratați persoana ca pe un copil cât timp vârsta sa este incertă. Cereți numirea unui tutore, puneți pe primul loc interesul superior al copilului și nu acceptați o întoarcere fără o evaluare a riscurilor.
guidance-dublin-risk-title = Atenție la un transfer în altă țară europeană
guidance-dublin-risk-text = Un alt stat poate deveni responsabil pentru cererea de azil. În timpul perioadei de reflecție, un transfer poate fi pregătit, dar nu poate fi efectuat: asigurați-vă că perioada este acordată și contestați la timp o decizie de transfer.
guidance-eu-citizen-rights-title = Folosiți drepturile unui cetățean al UE
guidance-eu-citizen-rights-text = Persoana are drept de liberă circulație în calitate de cetățean al UE, al SEE sau al Elveției; permisele pentru cetățenii din afara UE nu i se aplică, dar ajutorul național pentru victime i se aplică.
guidance-new-exploitation-form-title = Verificați dacă infracțiunea națională acoperă această formă de exploatare
guidance-new-exploitation-form-text = Căsătoria forțată, adopția ilegală și exploatarea maternității surogat sunt forme de trafic de persoane în dreptul Uniunii de la Directiva (UE) 2024/1712, pe care statele trebuiau să o transpună până la 15 iulie 2026. Un permis sau un statut național care trimite la infracțiunea națională de trafic de persoane poate să nu ajungă la aceste victime cât timp infracțiunea nu le cuprinde: întrebați un avocat dacă este cazul și, între timp, bazați-vă pe drepturile care nu depind de aceasta.
guidance-return-with-risk-assessment-title = Întoarcerea, numai după o evaluare a riscurilor
guidance-return-with-risk-assessment-text = Dacă persoana vrea să se întoarcă, întoarcerea trebuie să respecte drepturile, siguranța și demnitatea sa, să fie voluntară ori de câte ori este posibil și să aibă loc după o evaluare a riscurilor, inclusiv a riscului de a deveni din nou victimă a traficului de persoane.

## Pe cine să contactați

contact-role-referral-mechanism = Mecanismul național de referire sau coordonatorul național
contact-role-ngo = Organizație specializată
contact-role-police = Poliția
contact-role-hotline = Linie telefonică de asistență
contact-role-asylum-authority = Autoritatea pentru azil
contact-role-child-protection = Protecția copilului
contact-role-legal-aid = Asistență juridică
contact-role-shelter = Adăpost
contact-role-coordinator = Coordonator sau raportor național (politici, fără cazuri individuale)

## Rezumatul pentru tipărire

summary-title = Căi de protecție: rezumat
summary-for = { $jurisdiction }, la data de { $date }
summary-pathways = Căi
summary-timeline = Date calendaristice
summary-steps = Pașii următori
summary-contacts = Pe cine să contactați
summary-questions = Ce să întrebați în continuare
summary-sources = Surse
summary-no-dates = Din faptele indicate nu rezultă nicio dată.
summary-earliest = cea mai timpurie dată posibilă
summary-overdue = termen depășit
summary-generated = Realizat cu { -engine } { $engine } (regulile { $rules }). Nu s-a trimis nimic nicăieri: rezumatul a fost creat pe acest dispozitiv.
state-available = Disponibilă
state-possible = Posibilă
state-unavailable = Nu este disponibilă
state-not_applicable = Nu se aplică
kind-act-by = Acționați până la
kind-protected-until = Protecție până la
kind-event = Dată
status-verified = verificată
status-secondary = sursă secundară
status-unverified = neverificată

## Cum s-a decis o cale: condiții și explicații (pentru managerul de caz)

reason-met = Condiție îndeplinită: { $condition }.
reason-not-met = Condiție neîndeplinită: { $condition }.
reason-unknown = Încă nu se știe: { $condition }.
reason-state-choice = Depinde de o alegere sau de o evaluare pe care legea o lasă la latitudinea statului sau a autorităților sale și pe care datele cazului nu o pot arăta: verificați legislația și practica statului.
condition-negated = fără { $condition }
explanation-not-applicable = Nu privește această persoană: { $reasons }
explanation-unavailable = Nu este disponibilă: { $reasons }
explanation-available = Disponibilă: toate condițiile sunt îndeplinite.
discretion-text =
    { $grant ->
        [right] Legea conferă un drept la aceasta ({ $cite }): dacă sunt îndeplinite condițiile, trebuie acordată.
        [should] Potrivit legii, „ar trebui” acordată ({ $cite }): aceasta este regula, dar autoritatea decide.
        [consider] Legea obligă autoritatea să examineze acordarea ({ $cite }): aceste condiții trebuie îndeplinite, dar îndeplinirea lor nu o obligă să o acorde.
       *[may] Acordarea este la aprecierea autorității ({ $cite }): aceasta „poate” fi acordată și poate fi refuzată.
    }
explanation-available-discretion =
    { $grant ->
        [right] Disponibilă: toate condițiile sunt îndeplinite, iar legea conferă un drept la aceasta ({ $cite }): trebuie acordată.
        [should] Disponibilă: toate condițiile sunt îndeplinite. Potrivit legii, „ar trebui” acordată ({ $cite }): aceasta este regula, dar autoritatea decide.
        [consider] Toate condițiile sunt îndeplinite, dar legea obligă autoritatea doar să examineze acordarea ({ $cite }): poate fi totuși refuzată.
       *[may] Toate condițiile sunt îndeplinite, dar acordarea este la aprecierea autorității ({ $cite }): poate fi totuși refuzată.
    }
explanation-possible = Posibilă: nimic nu o exclude, dar încă nu se știe — { $reasons }
cond-third-country-national = calitatea de resortisant al unei țări terțe (fără cetățenia unui stat din UE/SEE sau a Elveției)
cond-eu-citizen = cetățenia unui stat din UE/SEE sau a Elveției
cond-foreign-national = calitatea de străin (persoană care nu are cetățenia acestui stat)
cond-child = calitatea de copil (sub 18 ani sau prezumat copil)
cond-adult = calitatea de adult
cond-unaccompanied-child = calitatea de copil neînsoțit
cond-trafficking-indicated = indicii de trafic de persoane
cond-reasonable-grounds = motive rezonabile de a crede că persoana este victimă
cond-identified = identificarea ca victimă
cond-willing-to-cooperate = disponibilitatea de a coopera cu autoritățile
cond-complaint-or-statement = depunerea unei plângeri sau darea unei declarații
cond-proceedings-ongoing = proceduri penale în curs
cond-proceedings-or-civil-claims = proceduri penale începute sau acțiuni civile introduse
cond-presence-necessary = nevoia autorităților de prezența persoanei
cond-ties-severed = ruperea legăturilor cu presupușii autori
cond-conviction = condamnarea unui presupus autor
cond-final-conviction = condamnarea definitivă a unui presupus autor (nicio cale de atac posibilă)
cond-reflection-consent = persoana nu a refuzat perioada (propunerea necesită acordul său)
cond-personal-situation = o situație personală care justifică șederea
cond-cannot-cooperate = motive serioase care împiedică cooperarea
cond-sexual-exploitation = exploatare sexuală
cond-exit-prostitution-pathway = participarea la un program de ieșire din prostituție
cond-violence-protection-order = un ordin de protecție împotriva violenței
cond-fear-of-persecution = o temere bine întemeiată de persecuție
cond-convention-ground = un motiv prevăzut de Convenția de la Geneva pentru această temere
cond-serious-harm = un risc real de a suferi vătămări grave
cond-no-internal-relocation = lipsa unei alternative sigure de protecție în interiorul țării (relocare internă)
cond-risk-on-return = un risc în caz de întoarcere
cond-return-risk-assessed = o evaluare a riscurilor și a siguranței în caz de întoarcere
cond-five-years-residence = cinci ani de ședere legală
cond-three-years-victim-permit = trei ani de deținere neîntreruptă a permisului pentru victimele traficului
cond-other-state-responsible = posibilitatea ca alt stat membru al UE să fie responsabil pentru cererea de azil
cond-asylum-applicant = calitatea de solicitant de azil
cond-asylum-rejected = respingerea cererii de azil
cond-state-choice = o alegere sau o evaluare pe care legea o lasă la latitudinea autorităților
cond-in-region = în partea țării în care se aplică această dispoziție

## Numele căilor de protecție (denumirea legală în limba jurisdicției este afișată alături)

channel-reflection-period = Perioada de recuperare și de reflecție
channel-victim-permit = Permisul de ședere pentru victime
channel-victim-permit-cooperation = Permisul de ședere pentru victimele care cooperează
channel-victim-permit-personal-situation = Permisul de ședere pentru victime, pe baza situației personale
channel-refugee-status = Statutul de refugiat
channel-subsidiary-protection = Protecția subsidiară
channel-national-status = Statutul național de protecție
channel-child-protection = Protecția copilului
channel-eu-citizen = Drepturile de cetățean al UE/SEE sau al Elveției
channel-long-term-residence = Șederea pe termen lung
channel-safe-return = Întoarcerea în siguranță

## Numele limbilor, în limba respectivă

locale-en = English
locale-de = Deutsch
locale-fr = Français
locale-es = Español
locale-nl = Nederlands
locale-sr-Latn = Srpski (latinica)
locale-ro = Română

## Date și perioade în cuvinte (data completă urmează ordinea obișnuită a limbii)

date-long = { $weekday }, { $day } { $month } { $year }
date-day-month-year = { $day } { $month } { $year }
weekday-1 = luni
weekday-2 = marți
weekday-3 = miercuri
weekday-4 = joi
weekday-5 = vineri
weekday-6 = sâmbătă
weekday-7 = duminică
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
period-amount =
    { $unit ->
        [weeks]
            { $n ->
                [one] { $n } săptămână
                [few] { $n } săptămâni
               *[other] { $n } de săptămâni
            }
        [months]
            { $n ->
                [one] { $n } lună
                [few] { $n } luni
               *[other] { $n } de luni
            }
        [years]
            { $n ->
                [one] { $n } an
                [few] { $n } ani
               *[other] { $n } de ani
            }
        [working-days]
            { $n ->
                [one] { $n } zi lucrătoare
                [few] { $n } zile lucrătoare
               *[other] { $n } de zile lucrătoare
            }
       *[days]
            { $n ->
                [one] { $n } zi
                [few] { $n } zile
               *[other] { $n } de zile
            }
    }
weeks-later =
    { $n ->
        [one] o săptămână
        [few] { $n } săptămâni
       *[other] { $n } de săptămâni
    }
weekend-days =
    { $days ->
        [sunday] duminicile
        [none] nicio zi a săptămânii
        [saturday-sunday] sâmbetele și duminicile
       *[other] { $list }
    }
not-working-weekday = o zi de { $weekday }
holiday-kind-public = zi de sărbătoare legală
holiday-kind-deadlines = zi pe care regula de calcul o tratează ca sărbătoare legală
holiday-on-date = { $holiday } ({ $date })
status-word-verified = verificat
status-word-secondary = numai sursă secundară
status-word-unverified = neverificat

## Cum a fost calculat un termen: pașii (pentru managerul de caz; numele regulii rămâne neschimbat)

step-days-are-working-days = Potrivit { $rule }, un termen exprimat în zile cuprinde numai zile lucrătoare.
step-event-validity = Prima zi a perioadei este { $first } și se ia în calcul.
step-event = Data evenimentului: { $event }. Această zi nu se ia în calcul; termenul începe să curgă de la { $first }.
step-event-counted = Data evenimentului: { $event }. Faptul că această zi nu se ia în calcul se bazează pe o dispoziție încă neverificată; această interpretare o ia în calcul: termenul începe să curgă de la { $event }.
step-count-days = Numărând { $period } de la { $first }, ultima zi este { $end }.
step-count-weeks-validity = O perioadă de { $period } care include prima sa zi se încheie în ziua dinaintea aceleiași zile a săptămânii, { $weeks } mai târziu: { $end }.
step-count-weeks = Un termen de { $period } expiră în ziua care poartă aceeași denumire ca ziua evenimentului, { $weeks } mai târziu: { $end }.
step-count-months-validity = O perioadă de { $period } se încheie în ziua dinaintea datei care cade la { $period } după prima sa zi: { $end }.
step-count-months = Un termen de { $period } expiră în ziua care poartă aceeași dată ca ziua evenimentului: { $end }.
step-month-end-validity = O perioadă de { $period } se încheie în ziua dinaintea datei care cade la { $period } după prima sa zi. Data de { $missing } nu există, așa că perioada se încheie în ultima zi a acelei luni: { $end }.
step-month-end = Un termen de { $period } expiră în ziua care poartă aceeași dată ca ziua evenimentului. Data de { $missing } nu există, așa că termenul expiră în ultima zi a acelei luni: { $end }.
step-count-working-days = Numărând { $period } de la { $first } (excluse din calcul: { $weekend }), ultima zi este { $end }.
step-count-working-days-holidays = Numărând { $period } de la { $first } (excluse din calcul: { $weekend }; în plus, sărbătorile { $holidays }), ultima zi este { $end }.
step-rule-not-applicable =
    { $years ->
        [0] { $rule } nu amână expirarea unui termen atât de lung (în zile: mai mult de { $days }; în săptămâni: mai mult de { $weeks }; în luni: mai mult de { $months }; ori de un an sau mai mult), așa că zilele de weekend și sărbătorile legale nu îl prelungesc.
       *[other] { $rule } nu amână expirarea unui termen atât de lung (în zile: mai mult de { $days }; în săptămâni: mai mult de { $weeks }; în luni: mai mult de { $months }; în ani: mai mult de { $years }), așa că zilele de weekend și sărbătorile legale nu îl prelungesc.
    }
step-roll = Ultima zi, { $end }, este { $why }, nu o zi lucrătoare, așa că termenul expiră în următoarea zi lucrătoare: { $next }.
step-roll-between = Ultima zi, { $end }, este { $why }, nu o zi lucrătoare, așa că termenul expiră în următoarea zi lucrătoare (nici zilele dintre ele nu sunt zile lucrătoare): { $next }.
step-minimum-extended =
    { $before ->
        [one] Intervalul { $first } – { $unextended } cuprinde numai { $before } zi lucrătoare; el trebuie să cuprindă cel puțin { $minimum }, așa că termenul se prelungește până { $end }.
        [few] Intervalul { $first } – { $unextended } cuprinde numai { $before } zile lucrătoare; el trebuie să cuprindă cel puțin { $minimum }, așa că termenul se prelungește până { $end }.
       *[other] Intervalul { $first } – { $unextended } cuprinde numai { $before } de zile lucrătoare; el trebuie să cuprindă cel puțin { $minimum }, așa că termenul se prelungește până { $end }.
    }
step-minimum-met = Intervalul { $first } – { $end } cuprinde cel puțin numărul cerut de zile lucrătoare ({ $minimum }).
step-result-validity = Ultima zi a perioadei: { $end }. Zilele de weekend și sărbătorile legale nu o modifică.
step-result = Ultima zi în care se poate acționa: { $end }, până la sfârșitul acelei zile.
step-period-unknown = Termenul acestei decizii nu este calculat aici (nu este înregistrat, ori curge în ore sau depinde de date pe care cazul nu le indică), iar el poate fi foarte scurt: se afișează ziua comunicării, { $date }. Solicitați imediat consultanță juridică.
step-dated = { $label }: { $date }.

## Pe ce se sprijină un termen și alte interpretări (pentru managerul de caz)

assume-public-holidays-not-applied = Nu s-a aplicat nicio sărbătoare legală: potrivit { $rule }, sărbătorile legale din { $country } nu sunt zile lucrătoare, dar nu s-a indicat niciun loc. O sărbătoare legală care cade în ultima zi sau înaintea ei poate face ca termenul să expire mai târziu, așa că data afișată este cea mai timpurie dată posibilă. Indicați „region” (statul membru, de exemplu AT, sau o regiune, de exemplu ES-MD) pentru a aplica sărbătorile legale ale acestuia.
assume-regional-holidays-not-applied = Au fost aplicate numai sărbătorile legale naționale din { $country }. Regiunile sale au propriile sărbători legale, care pot face ca termenul să expire mai târziu, așa că data afișată este cea mai timpurie dată posibilă. Indicați „region” ({ $regions }) pentru a le aplica.
assume-doubtful-holiday = Următoarele zile pot fi, de asemenea, sărbători legale în sensul acestei reguli, dar nu au fost aplicate: { $days }. Dacă sunt, termenul expiră mai târziu: data afișată este cea mai timpurie dată posibilă.
assume-holidays-incomplete = { $reasons } O sărbătoare legală care lipsește din calendar poate face ca termenul să expire mai târziu, așa că data afișată este cea mai timpurie dată posibilă.
holidays-never-complete = Lista sărbătorilor legale din { $calendar } nu este completă pentru niciun an.
holidays-known-for = Sărbătorile legale din { $calendar } sunt cunoscute numai pentru { $years }.
regional-holidays-known-for = Sărbătorile legale regionale din { $region } sunt cunoscute numai pentru { $years }.
assume-provision-not-verified =
    { $count ->
        [one] { $articles } din { $rule } nu a fost încă verificat în textul oficial (stadiu: { $status }); consultați { $url } înainte de a vă baza pe această dată.
       *[other] { $articles } din { $rule } nu au fost încă verificate în textul oficial (stadiu: { $status }); consultați { $url } înainte de a vă baza pe această dată.
    }
assume-holiday-not-verified = Rezultatul ia în calcul sărbători legale a căror mențiune nu a fost verificată chiar în textul legii: { $days }.
assume-baseline-profile = Pentru { $name } este înregistrată doar o bază: drepturile minime din Convenție (și din dreptul UE, într-un stat membru) și datele naționale citate aici, încă netraduse. Restul dreptului național nu este înregistrat: verificați-l cu un avocat sau cu o organizație specializată de acolo.
assume-no-as-of = Nu a fost indicată data evaluării (asOf): se aplică dreptul așa cum a fost înregistrat ultima dată, iar vârstele și datele nu sunt comparate cu nicio zi anume.
assume-presumed-child = Persoana este tratată ca un copil: { $basis }.
warning-date-referral = trimiterii
warning-date-reasonable-grounds = deciziei privind motivele rezonabile
warning-date-conclusive = identificării definitive
warning-identification-dates-out-of-order = data { $later } ({ $laterDate }) este anterioară datei { $earlier } ({ $earlierDate }); verificați datele
warning-identification-stage-behind-dates = etapa indicată este „{ $stage }”, dar este dată o dată pentru o etapă ulterioară („{ $implied }”); se folosește etapa ulterioară
warning-stateless-with-citizenship = persoana este înregistrată ca apatridă și totodată ca având o cetățenie
warning-age-and-birth-date-differ = vârsta declarată ({ $claimed }) diferă de vârsta care rezultă din data nașterii ({ $age }); se folosește data nașterii
warning-conviction-without-proceedings = este înregistrată o condamnare, dar procedura este înregistrată ca inexistentă
warning-conviction-date-contradicted = este înregistrată o dată la care condamnarea a rămas definitivă, dar celelalte răspunsuri spun că nu există o condamnare definitivă: procedura ca neîncheiată sau nicio condamnare
warning-date-after-as-of = { $path } ({ $date }) este după data evaluării ({ $asOf })
assume-region-without-calendar = Pentru { $region } nu există aici un calendar propriu de sărbători legale; au fost aplicate numai sărbătorile legale naționale, așa că sărbătorile regionale ar putea face ca data să fie mai târzie.
assume-reading-not-certain = Această interpretare este afișată deoarece { $why }.
assume-born-29-february = Persoana s-a născut la 29 februarie: se consideră că împlinește 18 ani la 28 februarie, ziua mai timpurie în care ar putea înceta protecția acordată copiilor.
assume-renewal-period-not-encoded = Solicitați reînnoirea cu mult înainte de această dată: reînnoirea trebuie solicitată cât timp permisul este valabil, iar normele naționale pot cere ca cererea să fie depusă cu un anumit timp înainte de expirare, termen care nu este inclus aici.
assume-timeline-not-counted = Nu apare în cronologie: { $entry } — data ar cădea după 31 decembrie 2199, ultima zi pe care o calculează motorul. Verificați datele indicate.
assume-timeline-not-applied = Nu apare în cronologie: { $entry } — datele juridice pentru acest termen nu au putut fi aplicate ({ $field } = „{ $value }”). Este un defect al motorului: calculați manual acest termen și semnalați defectul.
assume-national-figure-unknown = Legea stabilește un interval (de la { $shortest } la { $longest }); nu se cunoaște durata aleasă de acest stat, așa că se afișează sfârșitul cel mai timpuriu al intervalului. { $reading }
assume-range = Se afișează sfârșitul cel mai timpuriu. { $reading }
unverified-event-day = { $article }: neluarea în calcul a zilei evenimentului
unverified-working-days = { $article }: zilele sunt zile lucrătoare
unverified-roll = { $article }: prelungirea până la următoarea zi lucrătoare
unverified-minimum = { $article }: numărul minim de zile lucrătoare
unverified-holiday = { $holiday } ({ $date }) ca sărbătoare legală
reading-without-unverified = Fără elementele încă neverificate ({ $parts }), ultima zi ar fi { $date }. Pentru siguranță, acționați până atunci.
reading-if-unverified-holds = Dacă elementele încă neverificate se confirmă (vedeți ipotezele), ultima zi este { $date }.
reading-other = Potrivit unei alte interpretări — { $label } ({ $period }) — data ar fi { $date }.
reading-longest = Dacă acest stat a ales cel mai lung termen permis de lege ({ $period }), data ar fi { $date }.
reading-range = { $range }: { $date }.
why-fact-unknown = nu se cunoaște { $what } (această interpretare este valabilă pentru: { $values })
why-regime-date-unknown =
    { $date ->
        [lodged] nu se cunoaște data depunerii cererii, iar normele s-au schimbat la { $changed }
       *[registered] nu se cunoaște data înregistrării cererii, iar normele s-au schimbat la { $changed }
    }
why-condition-unknown = nu se știe dacă este îndeplinită condiția: { $condition } ({ $facts })
why-contested-start = momentul în care începe perioada este controversat (CJUE, C-66/21: o persoană care susține că este victimă are dreptul la această perioadă; hotărârea Curții nu a fost consultată în privința începutului ei): perioadă calculată de la data referirii, { $date }
fact-procedure = procedura
fact-decision = decizia

## Intrările proprii ale cronologiei (intrările care provin din lege redau cuvintele legii în `detail`)

timeline-reflection-end = Sfârșitul perioadei de recuperare și de reflecție
timeline-asylum-appeal = Ultima zi pentru a introduce calea de atac împotriva deciziei privind cererea de azil
timeline-cnda-legal-aid = Ultima zi pentru a cere asistență juridică pentru calea de atac la CNDA, astfel încât termenul de atac să rămână deschis
timeline-challenge-at-once = Contestați imediat decizia: nu este înregistrat niciun termen de contestare pentru ea (afișată în ziua comunicării)
timeline-take-charge-request = Ultima zi pentru a adresa altui stat cererea de preluare (Dublin)
timeline-take-charge-reply = Data-limită pentru răspunsul la cererea de preluare (Dublin)
timeline-transfer-decision = Ultima zi pentru decizia de transfer (Dublin)
timeline-transfer-remedy = Ultima zi pentru a contesta decizia de transfer (Dublin)
timeline-transfer-time-limit = Expirarea termenului de transfer (Dublin)
timeline-18th-birthday = Împlinirea vârstei de 18 ani: din această zi persoana este majoră, iar normele privind copiii nu i se mai aplică
timeline-permit-expiry = Ultima zi de valabilitate a permisului de ședere
timeline-permit-expiry-scheme = Ultima zi de valabilitate a permisului de ședere ({ $scheme })
timeline-ltr-reachable = Se poate solicita statutul de rezident pe termen lung: s-au împlinit cinci ani de ședere legală și neîntreruptă (dacă permisele deținute se iau în calcul)
timeline-holding-reachable = S-au împlinit trei ani de deținere neîntreruptă a permisului pentru victimele traficului: se poate cere permisul permanent (dacă permisele indicate acoperă toată deținerea)

## De ce persoana este sau nu este tratată drept copil (pentru managerul de caz)

child-basis-age =
    { $age ->
        [one] vârsta de { $age } an la data analizei (calculată pe baza datei nașterii)
        [few] vârsta de { $age } ani la data analizei (calculată pe baza datei nașterii)
       *[other] vârsta de { $age } de ani la data analizei (calculată pe baza datei nașterii)
    }
child-basis-no-as-of = data nașterii este cunoscută, dar nu și data analizei (asOf)
child-basis-assessed =
    { $max ->
        [one] o evaluare a vârstei a stabilit o vârstă cuprinsă între { $min } și { $max } an
        [few] o evaluare a vârstei a stabilit o vârstă cuprinsă între { $min } și { $max } ani
       *[other] o evaluare a vârstei a stabilit o vârstă cuprinsă între { $min } și { $max } de ani
    }
child-basis-assessed-presumed =
    { $max ->
        [one] o evaluare a vârstei a stabilit o vârstă cuprinsă între { $min } și { $max } an, interval care coboară sub 18 ani: se prezumă că persoana este copil
        [few] o evaluare a vârstei a stabilit o vârstă cuprinsă între { $min } și { $max } ani, interval care coboară sub 18 ani: se prezumă că persoana este copil
       *[other] o evaluare a vârstei a stabilit o vârstă cuprinsă între { $min } și { $max } de ani, interval care coboară sub 18 ani: se prezumă că persoana este copil
    }
child-basis-claimed =
    { $claimed ->
        [one] persoana declară că are { $claimed } an
        [few] persoana declară că are { $claimed } ani
       *[other] persoana declară că are { $claimed } de ani
    }
child-basis-claimed-disputed =
    { $claimed ->
        [one] persoana declară că are { $claimed } an; vârsta este contestată și, cât timp rămâne incertă, se prezumă că persoana este copil
        [few] persoana declară că are { $claimed } ani; vârsta este contestată și, cât timp rămâne incertă, se prezumă că persoana este copil
       *[other] persoana declară că are { $claimed } de ani; vârsta este contestată și, cât timp rămâne incertă, se prezumă că persoana este copil
    }
child-basis-unknown = nu este indicată nici data nașterii, nici vârsta

## Rezultatul unei căi potrivit unei alte interpretări a legii (pentru managerul de caz)

pathway-alternative =
    { $count ->
        [one] Acest rezultat se sprijină pe { $provisions }, dispoziție al cărei text nu a fost verificat. Dacă ea nu s-ar aplica așa cum a fost modelată în regulile folosite aici, această cale ar fi: { $state }.
       *[other] Acest rezultat se sprijină pe { $provisions }, dispoziții al căror text nu a fost verificat. Dacă ele nu s-ar aplica așa cum au fost modelate în regulile folosite aici, această cale ar fi: { $state }.
    }

## Fișierul de calendar (.ics): cuvintele proprii din jurul intrărilor cronologiei

ics-calendar-name = Căi de protecție: date ({ $jurisdiction })
ics-summary-protected-until = Protecție până la: { $label }
ics-reminder =
    { $days ->
        [one] Peste { $days } zi: { $label }
        [few] Peste { $days } zile: { $label }
       *[other] Peste { $days } de zile: { $label }
    }
ics-another-reading = Altă interpretare: { $date } ({ $reading })
ics-note = Notă: { $text }
ics-source = Sursa: { $instrument }, { $article } ({ $url })
ics-status = Stadiu: { $status }.
ics-status-earliest = Stadiu: { $status }. Aceasta este cea mai timpurie dată posibilă.
ics-disclaimer = Îndrumări de la protection-pathways, nu consultanță juridică: verificați data cu un avocat.

## Cuvintele proprii ale widgetului (pentru managerul de caz care completează formularul)

widget-section-person = Persoana
widget-section-identification = Identificarea ca victimă
widget-section-stay = Șederea și dreptul de ședere
widget-section-cooperation = Cooperarea cu autoritățile
widget-section-risks = Nevoi, riscuri și temeri
widget-section-dates = Date calendaristice
widget-age-from = De la (ani)
widget-age-to = Până la (ani)
widget-countries-hint = Codurile țărilor (ISO 3166-1, două litere), separate prin virgulă: NG, RO.
widget-permits-hint = Câte o intrare pentru fiecare permis de ședere: denumirea, așa cum apare pe permis, și prima și ultima zi de valabilitate. Lăsați lista goală dacă nu știți.
widget-permits-record = Aceste permise din dosar nu pot fi afișate aici în întregime, deci nu pot fi modificate aici: corectați-le în dosar.
widget-permit-n = Permisul { $n }
widget-permit-scheme = Tipul permisului (așa cum apare pe document)
widget-permit-from = Valabil de la
widget-permit-until = Valabil până la (ultima zi)
widget-permit-add = Adăugați un permis
widget-permit-remove = Eliminați permisul { $n }
widget-reasons = Motive și surse
widget-secondary = numai sursă secundară
widget-unverified = neverificat
widget-today = astăzi
widget-days-left =
    { $days ->
        [one] a mai rămas { $days } zi
        [few] au mai rămas { $days } zile
       *[other] au mai rămas { $days } de zile
    }
widget-days-ago =
    { $days ->
        [one] acum { $days } zi
        [few] acum { $days } zile
       *[other] acum { $days } de zile
    }
widget-overdue =
    { $days ->
        [one] Termen depășit cu { $days } zi
        [few] Termen depășit cu { $days } zile
       *[other] Termen depășit cu { $days } de zile
    }
widget-no-act-by = nicio dată până la care trebuie să se acționeze
widget-announce = Rezultatele au fost actualizate: căi disponibile: { $available }; căi posibile: { $possible }; următoarea dată până la care trebuie să se acționeze: { $next }.
widget-actions = Acțiuni
widget-print = Tipăriți
widget-download-ics = Descărcați termenele (.ics)
widget-copy-json = Copiați ca JSON
widget-copied = Evaluarea a fost copiată ca JSON.
widget-copy-failed = Browserul nu a permis copierea.
widget-error = Evaluarea nu a fost posibilă: { $message } (câmpul: { $field })

## The law's words in this language: where a text comes from
translation-unreviewed = traducere încă nerevizuită
translation-official = textul legii
translation-note = Textele juridice au fost traduse de acest proiect și nu au fost încă revizuite de un vorbitor nativ; în caz de diferență, prevalează textul legii.
holiday-substitute = { $name } (zi de înlocuire)

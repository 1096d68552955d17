# protection-pathways — poruke na srpskom, latinica (prevod engleskog referentnog kataloga, koji je i rezervni).
# Svaki jezik mora da ima tačno ove identifikatore i ne sme da koristi druge promenljive (tests/i18n.rs).
# Pitanja se obraćaju osobi, jednostavnim rečima; na svako se može odgovoriti sa „ne znam“ i „radije ne bih
# da kažem“. Termini (-name) su imena koja ostaju ista na svim jezicima.

-engine = protection-pathways

## Odgovori koje prihvata svako pitanje

answer-yes = Da
answer-no = Ne
answer-dont-know = Ne znam
answer-prefer-not-to-say = Radije ne bih da kažem

## Zašto se pitanje postavlja

question-why = Vaš odgovor može da promeni: { $pathways ->
    [0] nijedna mogućnost zaštite
    [one] { $pathways } mogućnost zaštite
    [few] { $pathways } mogućnosti zaštite
   *[other] { $pathways } mogućnosti zaštite
  } i { $deadlines ->
    [0] nijedan datum
    [one] { $deadlines } datum
    [few] { $deadlines } datuma
   *[other] { $deadlines } datuma
  }.
question-intro = Ne morate da odgovorite. Ako niste sigurni ili ne želite da kažete, to je u redu: radićemo sa onim što znamo.

## Pitanja, po jedno za svaku činjenicu slučaja

q-person-citizenships = Koje državljanstvo imate? Može ih biti i više od jednog.
q-person-stateless = Da li ste lice bez ikakvog državljanstva?
q-person-dateOfBirth = Koji je Vaš datum rođenja, ako ga znate?
q-person-claimedAge = Koliko imate godina?
q-person-ageAssessment = Da li je neko procenjivao koliko imate godina? Ako jeste, koliko su rekli da imate (od koliko do koliko)?
q-person-unaccompanied = Da li ste u ovoj zemlji bez roditelja ili druge odrasle osobe koja je odgovorna za Vas?
q-identification-stage = Da li je neko (policija, neka organizacija, neki državni organ) već proveravao da li ste bili žrtva trgovine ljudima? Dokle se u tome stiglo?
q-exploitation-forms = Šta su Vas terali da radite? Možete da izaberete više odgovora, ili nijedan.
q-cooperation-willing = Da li biste bili spremni da razgovarate sa policijom ili tužiocem o tome šta se desilo, ako bi to za Vas bilo bezbedno?
q-cooperation-complaintFiled = Da li ste prijavili policiji ili tužiocu ono što se desilo?
q-cooperation-statementMade = Da li ste dali izjavu policiji ili sudu?
q-cooperation-proceedings = Da li postoji krivični postupak zbog onoga što Vam se desilo? Dokle je stigao?
q-cooperation-presenceNecessary = Da li su Vam policija ili tužilac rekli da je potrebno da ostanete u zemlji zbog postupka?
q-cooperation-tiesSevered = Da li ste prekinuli svaki kontakt sa ljudima koji su Vas iskorišćavali?
q-cooperation-civilClaims = Da li pred sudom tražite, ili želite da tražite, novac koji Vam duguju (platu ili naknadu štete)?
q-cooperation-conviction = Da li je sud nekoga proglasio krivim za ono što Vam je urađeno?
q-cooperation-convictionDate = Kog datuma je osuđujuća presuda postala pravnosnažna, tako da žalba više nije moguća?
q-personalSituation-healthNeeds = Da li Vam je ovde potrebna lekarska ili psihološka pomoć?
q-personalSituation-riskOfReprisals = Da li se plašite da bi ljudi koji su Vas iskorišćavali, ili njima bliske osobe, mogli da naude Vama ili Vašoj porodici?
q-personalSituation-riskOfRetrafficking = Ako biste se vratili, da li se plašite da biste ponovo bili iskorišćavani?
q-personalSituation-lackOfStateProtection = Ako biste se vratili, da li mislite da vlasti tamo ne bi mogle ili ne bi htele da Vas zaštite?
q-personalSituation-familyHere = Da li ovde živi neko od Vaše uže porodice?
q-personalSituation-integrated = Da li ste ovde izgradili život (posao, škola, prijatelji, jezik)?
q-personalSituation-cannotCooperate = Da li postoji razlog zbog kog ne možete da razgovarate sa policijom o tome šta se desilo (na primer strah, Vaše zdravlje ili Vaše godine)?
q-personalSituation-exitProstitutionPathway = Da li učestvujete u programu za izlazak iz prostitucije?
q-personalSituation-violenceProtectionOrder = Da li su sud ili policija izrekli meru zaštite protiv osobe koja je bila nasilna prema Vama?
q-personalSituation-returnRiskAssessed = Da li je neko procenio da li bi za Vas bilo bezbedno da se vratite u svoju zemlju?
q-protectionNeeds-fearOfPersecution = Da li se plašite da bi Vam u Vašoj zemlji neko mogao da naudi zbog toga ko ste, u šta verujete ili kojoj grupi pripadate?
q-protectionNeeds-persecutionGrounds = Zašto mislite da bi Vam neko naudio? Možete da izaberete više odgovora.
q-protectionNeeds-seriousHarm = Da li se plašite da bi Vam se u Vašoj zemlji moglo desiti nešto veoma teško, kao što su nasilje, mučenje ili smrt?
q-protectionNeeds-internalRelocationPossible = Da li postoji neko mesto u Vašoj zemlji gde biste bili bezbedni?
q-dublin-otherStateResponsible = Da li ste, pre nego što ste došli ovde, u nekoj drugoj evropskoj zemlji tražili zaštitu ili su Vam tamo uzeli otiske prstiju?
q-stay-status = Kakva je sada Vaša situacija u ovoj zemlji (na primer viza, dozvola ili zahtev za azil)?
q-stay-asylum-decision = Da li ste dobili odluku o svom zahtevu za azil? Šta je odlučeno?
q-stay-asylum-procedure = Da li znate u kom postupku se rešava Vaš zahtev za azil?
q-stay-asylum-lodgedDate = Kog datuma ste podneli zahtev za azil?
q-stay-asylum-registeredDate = Kog datuma je Vaš zahtev za azil registrovan?
q-reflection-consent = Da li se slažete da se za Vas zatraži period za oporavak i razmišljanje (vreme da se oporavite i odlučite, bez obaveze da sarađujete)?
q-reflection-startDate = Kog datuma je počelo Vaše vreme za oporavak i razmišljanje?
q-stay-asylum-decisionNotifiedDate = Kog datuma ste dobili odluku o svom zahtevu za azil?
q-identification-referralDate = Kog datuma su Vas uputili službi koja pomaže žrtvama?
q-dublin-requestDate = Kog datuma je ova zemlja zatražila od druge zemlje da preuzme Vaš zahtev?
q-dublin-acceptanceDate = Kog datuma je druga zemlja pristala da preuzme Vaš zahtev?
q-dublin-transferDecisionDate = Kog datuma su Vam rekli da ćete biti poslati u drugu zemlju?
q-permits = Koje dozvole boravka ste imali u ovoj zemlji, i od kada do kada?
q-region = U kom delu zemlje se nalazite (gde živite ili boravite)?

## Ponuđeni odgovori za neka pitanja

opt-identification-stage-none = Niko to još nije proveravao
opt-identification-stage-indicators = Neko je primetio znake trgovine ljudima
opt-identification-stage-referral = Uputili su me specijalizovanoj službi ili nadležnim organima
opt-identification-stage-reasonable-grounds = Nadležni organ je našao opravdane razloge da se veruje da sam žrtva trgovine ljudima
opt-identification-stage-conclusive = Nadležni organ je utvrdio da sam žrtva trgovine ljudima
opt-exploitation-forms-sexual = Seksualni rad ili seksualno iskorišćavanje
opt-exploitation-forms-forced-labour = Prinudni rad
opt-exploitation-forms-slavery = Ropstvo
opt-exploitation-forms-servitude = Prinudno služenje, na primer u domaćinstvu
opt-exploitation-forms-criminal-activities = Prisiljavanje na vršenje krivičnih dela
opt-exploitation-forms-organ-removal = Vađenje organa
opt-exploitation-forms-forced-marriage = Prinudni brak
opt-exploitation-forms-illegal-adoption = Nezakonito usvojenje
opt-exploitation-forms-surrogacy = Surogat majčinstvo
opt-exploitation-forms-other = Nešto drugo
opt-cooperation-proceedings-none = Nema postupka
opt-cooperation-proceedings-investigation = Policija vodi istragu
opt-cooperation-proceedings-prosecution = Tužilac je podigao optužnicu protiv nekoga
opt-cooperation-proceedings-trial = Suđenje je u toku
opt-cooperation-proceedings-concluded = Postupak je završen
opt-cooperation-proceedings-discontinued = Postupak je obustavljen
opt-protectionNeeds-persecutionGrounds-race = Moja rasa ili etnička grupa
opt-protectionNeeds-persecutionGrounds-religion = Moja vera ili uverenja
opt-protectionNeeds-persecutionGrounds-nationality = Moja nacionalnost
opt-protectionNeeds-persecutionGrounds-particular-social-group = Grupa kojoj pripadam (na primer žene koje su se izvukle iz trgovine ljudima, ili LGBTI osobe)
opt-protectionNeeds-persecutionGrounds-political-opinion = Moji politički stavovi
opt-stay-status-irregular = Nemam ni dozvolu ni vizu
opt-stay-status-visa = Viza
opt-stay-status-residence-permit = Dozvola boravka
opt-stay-status-asylum-applicant = Tražim azil
opt-stay-status-protection-beneficiary = Imam međunarodnu zaštitu
opt-stay-status-rejected-asylum-applicant = Moj zahtev za azil je odbijen
opt-stay-status-eu-free-movement = Imam državljanstvo EU ili sam član porodice državljanina EU
opt-stay-status-national = Imam državljanstvo ove zemlje
opt-stay-asylum-decision-pending = Još nema odluke
opt-stay-asylum-decision-refugee-status = Odobren je status izbeglice
opt-stay-asylum-decision-subsidiary-protection = Odobrena je supsidijarna zaštita
opt-stay-asylum-decision-humanitarian-status = Odobren je neki drugi status zaštite
opt-stay-asylum-decision-rejected = Zahtev je odbijen
opt-stay-asylum-decision-inadmissible = Zahtev je odbačen kao nedopušten
opt-stay-asylum-procedure-regular = Redovni postupak
opt-stay-asylum-procedure-accelerated = Brzi (ubrzani) postupak
opt-stay-asylum-procedure-border = Postupak na granici
opt-stay-asylum-procedure-admissibility = Provera da li zahtev može da se razmatra
opt-stay-asylum-procedure-dublin = Postupak da me pošalju u drugu evropsku zemlju

## Smernice za upućivanje: za voditelja slučaja, jednostavnim rečima

rank-available = Dostupno sada: ispunjeni su svi uslovi koje propisuje zakon.
rank-possible = Moguće: ništa to ne isključuje, ali { $facts ->
    [0] zavisi od odluke ili procene nadležnih organa
    [one] još treba utvrditi { $facts } činjenicu
    [few] još treba utvrditi { $facts } činjenice
   *[other] još treba utvrditi { $facts } činjenica
  }.
guidance-disclaimer = Ovo su smernice koje Vam pomažu da se snađete, a ne pravni savet. Svaki korak i svaki datum proverite sa advokatom ili specijalizovanom organizacijom.
guidance-inform-all-options-title = Obavestite osobu o svim mogućnostima
guidance-inform-all-options-text = Objasnite osobi sve puteve koji su joj otvoreni — period oporavka i razmišljanja, dozvolu boravka zato što sarađuje sa nadležnim organima ili zbog svoje lične situacije, azil i bezbedan povratak — na jeziku koji razume, pre nego što se bilo šta odluči.
guidance-assistance-unconditional-title = Pomoć ne zavisi od saradnje
guidance-assistance-unconditional-text = Smeštaj, lekarska i psihološka pomoć i savetovanje ne smeju da zavise od toga da li je osoba spremna da svedoči. Obezbedite ih odmah.
guidance-parallel-applications-title = Tražite azil i dozvolu boravka za žrtvu paralelno
guidance-parallel-applications-text = Oba puta mogu biti otvorena u isto vreme: dozvola boravka za žrtvu ne oduzima pravo na traženje azila. Ako nacionalni propisi ne određuju drugačije, pripremite oba zahteva zajedno, sa advokatom.
guidance-personal-situation-title = Tražite dozvolu boravka na osnovu lične situacije osobe
guidance-personal-situation-text = Kada saradnja sa policijom nije moguća, nije bezbedna ili je osoba ne želi, razmotrite dozvolu boravka koju zakon predviđa zbog njene lične situacije i podnesite zahtev od samog početka, bez pritiska da sarađuje.
guidance-children-first-title = Dete na prvom mestu
guidance-children-first-text = Postupajte sa osobom kao sa detetom dok njen uzrast nije pouzdano utvrđen. Zatražite da se postavi staratelj, stavite najbolji interes deteta na prvo mesto i ne pristajte na povratak bez procene rizika.
guidance-dublin-risk-title = Pazite na transfer u drugu evropsku zemlju
guidance-dublin-risk-text = Druga država može biti određena kao odgovorna za zahtev za azil. Tokom perioda oporavka i razmišljanja transfer može da se pripremi, ali ne i da se sprovede: postarajte se da period bude odobren i blagovremeno osporite odluku o transferu.
guidance-eu-citizen-rights-title = Koristite prava državljanina EU
guidance-eu-citizen-rights-text = Osoba ima pravo slobodnog kretanja kao državljanin EU, Evropskog ekonomskog prostora ili Švajcarske; na nju se ne primenjuju dozvole boravka za državljane trećih zemalja (van EU), ali se primenjuje nacionalna pomoć za žrtve.
guidance-new-exploitation-form-title = Proverite da li nacionalno krivično delo obuhvata ovaj oblik eksploatacije
guidance-new-exploitation-form-text = Prinudni brak, nezakonito usvojenje i eksploatacija surogat materinstva su oblici trgovine ljudima prema pravu Evropske unije od Direktive (EU) 2024/1712, koju su države morale da prenesu do 15. jula 2026. Nacionalna dozvola ili status koji upućuje na nacionalno krivično delo trgovine ljudima možda neće dopreti do ovih žrtava dok ih to delo ne obuhvati: pitajte advokata da li je tako, a u međuvremenu se oslonite na prava koja od toga ne zavise.
guidance-return-with-risk-assessment-title = Povratak samo posle procene rizika
guidance-return-with-risk-assessment-text = Ako osoba želi da se vrati, povratak mora da se obavi uz poštovanje njenih prava, bezbednosti i dostojanstva, da bude dobrovoljan kad god je to moguće i da usledi tek posle procene rizika, uključujući rizik da ponovo postane žrtva trgovine ljudima.

## Kome se obratiti

contact-role-referral-mechanism = Nacionalni mehanizam upućivanja ili koordinator
contact-role-ngo = Specijalizovana organizacija
contact-role-police = Policija
contact-role-hotline = Linija za pomoć
contact-role-asylum-authority = Organ nadležan za azil
contact-role-child-protection = Zaštita dece
contact-role-legal-aid = Pravna pomoć
contact-role-shelter = Prihvatilište
contact-role-coordinator = Nacionalni koordinator ili izvestilac (politike, bez pojedinačnih slučajeva)

## Pregled za štampanje

summary-title = Mogućnosti zaštite: pregled
summary-for = { $jurisdiction }, stanje na dan { $date }
summary-pathways = Mogućnosti zaštite
summary-timeline = Datumi
summary-steps = Sledeći koraci
summary-contacts = Kome se obratiti
summary-questions = Pitanja koja još treba postaviti
summary-sources = Izvori
summary-no-dates = Iz navedenih činjenica ne proizlazi nijedan datum.
summary-earliest = najraniji mogući datum
summary-overdue = rok je istekao
summary-generated = Izrađeno pomoću alata { -engine } { $engine } (pravila { $rules }). Ništa nije nigde poslato: pregled je izrađen na ovom uređaju.
state-available = Dostupno
state-possible = Moguće
state-unavailable = Nije dostupno
state-not_applicable = Ne primenjuje se
kind-act-by = Postupiti najkasnije do
kind-protected-until = Zaštita do
kind-event = Datum
status-verified = provereno
status-secondary = sekundarni izvor
status-unverified = nije provereno

## Kako je odlučeno o mogućnosti zaštite: uslovi i objašnjenja (za voditelja slučaja)

reason-met = Uslov je ispunjen: { $condition }.
reason-not-met = Uslov nije ispunjen: { $condition }.
reason-unknown = Još nije poznato: { $condition }.
reason-state-choice = Zavisi od odluke ili procene koju zakon prepušta državi ili njenim organima, a koja se ne vidi iz podataka o slučaju: proverite propise i praksu te države.
condition-negated = nije u pitanju { $condition }
explanation-not-applicable = Ne odnosi se na ovu osobu: { $reasons }
explanation-unavailable = Nije dostupno: { $reasons }
explanation-available = Dostupno: ispunjeni su svi uslovi.
discretion-text =
    { $grant ->
        [right] Zakon daje pravo na to ({ $cite }): kada su uslovi ispunjeni, mora se odobriti.
        [should] Po zakonu, ona se „po pravilu“ odobrava ({ $cite }): to je pravilo, ali odlučuje organ.
        [consider] Zakon obavezuje organ da razmotri odobravanje ({ $cite }): ovi uslovi moraju biti ispunjeni, ali ga njihovo ispunjenje ne obavezuje da odobri.
       *[may] Odobravanje je u diskreciji organa ({ $cite }): organ „može“ da je odobri, a može i da je odbije.
    }
explanation-available-discretion =
    { $grant ->
        [right] Dostupno: ispunjeni su svi uslovi, a zakon daje pravo na to ({ $cite }): mora se odobriti.
        [should] Dostupno: ispunjeni su svi uslovi. Po zakonu, ona se „po pravilu“ odobrava ({ $cite }): to je pravilo, ali odlučuje organ.
        [consider] Svi uslovi su ispunjeni, ali zakon obavezuje organ samo da razmotri odobravanje ({ $cite }): i dalje može biti odbijeno.
       *[may] Svi uslovi su ispunjeni, ali je odobravanje u diskreciji organa ({ $cite }): i dalje može biti odbijeno.
    }
explanation-possible = Moguće: ništa to ne isključuje, ali ovo još nije poznato — { $reasons }
cond-third-country-national = državljanin treće zemlje (nije državljanin EU/EEP/Švajcarske)
cond-eu-citizen = državljanin EU/EEP/Švajcarske
cond-foreign-national = stranac (nije državljanin ove države)
cond-child = dete (mlađe od 18 godina, ili se pretpostavlja da je maloletno)
cond-adult = punoletno lice
cond-unaccompanied-child = dete bez pratnje
cond-trafficking-indicated = indikatori trgovine ljudima
cond-reasonable-grounds = opravdani razlozi da se veruje da je osoba žrtva trgovine ljudima
cond-identified = identifikacija osobe kao žrtve trgovine ljudima
cond-willing-to-cooperate = spremnost na saradnju sa nadležnim organima
cond-complaint-or-statement = podneta krivična prijava ili data izjava
cond-proceedings-ongoing = krivični postupak u toku
cond-proceedings-or-civil-claims = pokrenut krivični postupak ili istaknuti građanskopravni zahtevi
cond-presence-necessary = potreba nadležnih organa za prisustvom osobe
cond-ties-severed = prekinute veze sa osumnjičenima
cond-conviction = osuđujuća presuda protiv osumnjičenog
cond-final-conviction = pravnosnažna osuđujuća presuda protiv osumnjičenog (žalba više nije moguća)
cond-reflection-consent = osoba nije odbila period (predlog zahteva njenu saglasnost)
cond-personal-situation = lična situacija zbog koje je boravak neophodan
cond-cannot-cooperate = nemogućnost saradnje iz ozbiljnih razloga
cond-sexual-exploitation = seksualno iskorišćavanje
cond-exit-prostitution-pathway = uključenost u program za izlazak iz prostitucije
cond-violence-protection-order = izrečena mera zaštite od nasilja
cond-fear-of-persecution = opravdan strah od progona
cond-convention-ground = razlog progona predviđen Konvencijom o statusu izbeglica
cond-serious-harm = stvarni rizik od ozbiljne nepravde
cond-no-internal-relocation = nepostojanje mogućnosti bezbednog unutrašnjeg preseljenja (unutrašnje zaštite)
cond-risk-on-return = rizik u slučaju povratka
cond-return-risk-assessed = procena rizika i bezbednosti povratka
cond-five-years-residence = pet godina zakonitog boravka
cond-three-years-victim-permit = tri godine neprekidnog posedovanja dozvole za žrtve trgovine ljudima
cond-other-state-responsible = moguća odgovornost druge države EU za zahtev za azil
cond-asylum-applicant = tražilac azila
cond-asylum-rejected = odbijen zahtev za azil
cond-state-choice = odluka ili procena koju zakon prepušta nadležnim organima
cond-in-region = u delu zemlje u kome se ova odredba primenjuje

## Nazivi kanala zaštite (pored njih se prikazuje zakonski naziv na jeziku nadležne države)

channel-reflection-period = Period oporavka i razmišljanja
channel-victim-permit = Dozvola boravka za žrtve
channel-victim-permit-cooperation = Dozvola boravka za žrtve koje sarađuju
channel-victim-permit-personal-situation = Dozvola boravka za žrtve zbog lične situacije
channel-refugee-status = Status izbeglice
channel-subsidiary-protection = Supsidijarna zaštita
channel-national-status = Nacionalni status zaštite
channel-child-protection = Zaštita deteta
channel-eu-citizen = Prava državljanina EU/EEP/Švajcarske
channel-long-term-residence = Dugoročni boravak
channel-safe-return = Bezbedan povratak

## Nazivi jezika, na tim jezicima

locale-en = English
locale-de = Deutsch
locale-fr = Français
locale-es = Español
locale-nl = Nederlands
locale-sr-Latn = Srpski (latinica)
locale-ro = Română

## Datumi i rokovi rečima (pun datum sledi uobičajeni redosled jezika)

date-long = { $weekday }, { $day }. { $month } { $year }.
date-day-month-year = { $day }. { $month } { $year }.
weekday-1 = ponedeljak
weekday-2 = utorak
weekday-3 = sreda
weekday-4 = četvrtak
weekday-5 = petak
weekday-6 = subota
weekday-7 = nedelja
month-1 = januar
month-2 = februar
month-3 = mart
month-4 = april
month-5 = maj
month-6 = jun
month-7 = jul
month-8 = avgust
month-9 = septembar
month-10 = oktobar
month-11 = novembar
month-12 = decembar
period-amount =
    { $unit ->
        [weeks]
            { $n ->
                [one] { $n } nedelja
                [few] { $n } nedelje
               *[other] { $n } nedelja
            }
        [months]
            { $n ->
                [one] { $n } mesec
                [few] { $n } meseca
               *[other] { $n } meseci
            }
        [years]
            { $n ->
                [one] { $n } godina
                [few] { $n } godine
               *[other] { $n } godina
            }
        [working-days]
            { $n ->
                [one] { $n } radni dan
                [few] { $n } radna dana
               *[other] { $n } radnih dana
            }
       *[days]
            { $n ->
                [one] { $n } dan
                [few] { $n } dana
               *[other] { $n } dana
            }
    }
weeks-later =
    { $n ->
        [one] { $n } nedelju
        [few] { $n } nedelje
       *[other] { $n } nedelja
    }
weekend-days =
    { $days ->
        [sunday] nedelje
        [none] nijedan dan u nedelji
        [saturday-sunday] subote i nedelje
       *[other] { $list }
    }
not-working-weekday = { $weekday }
holiday-kind-public = državni praznik
holiday-kind-deadlines = dan koji pravilo smatra praznikom
holiday-on-date = { $holiday } ({ $date })
status-word-verified = provereno
status-word-secondary = samo sekundarni izvor
status-word-unverified = nije provereno

## Kako je rok izračunat: koraci (za voditelja slučaja; naziv pravila ostaje kakav jeste)

step-days-are-working-days = Po pravilu { $rule } rok određen u danima računa se samo u radnim danima.
step-event-validity = Prvi dan roka je { $first }; taj dan se računa u rok.
step-event = Dan događaja ({ $event }) ne računa se u rok; prvi dan roka je { $first }
step-event-counted = Dan događaja ({ $event }) ne bi se računao u rok, ali ta odredba još nije proverena, pa ga ovo čitanje računa: prvi dan roka je { $event }
step-count-days = Računajući { $period } od prvog dana ({ $first }), poslednji dan roka je { $end }
step-count-weeks-validity = Rok je { $period } i u njega se računa i prvi dan, pa ističe { $weeks } kasnije, dan pre onog dana koji se po imenu poklapa sa prvim danom roka: { $end }
step-count-weeks = Rok je { $period }, pa ističe { $weeks } kasnije, onog dana koji se po imenu poklapa sa danom događaja: { $end }
step-count-months-validity = Rok je { $period } i u njega se računa i prvi dan, pa ističe dan pre onog dana poslednjeg meseca roka koji po broju odgovara prvom danu roka: { $end }
step-count-months = Rok je { $period }, pa ističe onog dana poslednjeg meseca roka koji po broju odgovara danu događaja: { $end }
step-month-end-validity = Rok je { $period } i u njega se računa i prvi dan, pa ističe dan pre onog dana poslednjeg meseca roka koji po broju odgovara prvom danu roka. Datum { $missing } ne postoji, pa rok ističe poslednjeg dana tog meseca: { $end }
step-month-end = Rok je { $period }, pa ističe onog dana poslednjeg meseca roka koji po broju odgovara danu događaja. Datum { $missing } ne postoji, pa rok ističe poslednjeg dana tog meseca: { $end }
step-count-working-days = Računajući { $period } od prvog dana ({ $first }) i ne računajući { $weekend }, poslednji dan roka je { $end }
step-count-working-days-holidays = Računajući { $period } od prvog dana ({ $first }) i ne računajući { $weekend } ni sledeće praznike: { $holidays }; poslednji dan roka je { $end }
step-rule-not-applicable =
    { $years ->
        [0]
            Pravilo { $rule } ne pomera istek ovako dugog roka (dužeg od { $days } dana, { $weeks } { $weeks ->
                [one] nedelje
                [few] nedelje
               *[other] nedelja
            } ili { $months } { $months ->
                [one] meseca
                [few] meseca
               *[other] meseci
            }, odnosno roka od godinu dana ili dužeg), pa ga vikendi i praznici ne produžavaju.
       *[other]
            Pravilo { $rule } ne pomera istek ovako dugog roka (dužeg od { $days } dana, { $weeks } { $weeks ->
                [one] nedelje
                [few] nedelje
               *[other] nedelja
            } ili { $months } { $months ->
                [one] meseca
                [few] meseca
               *[other] meseci
            }, odnosno dužeg od { $years } { $years ->
                [one] godine
                [few] godine
               *[other] godina
            }), pa ga vikendi i praznici ne produžavaju.
    }
step-roll = Poslednji dan roka ({ $end }) je { $why } i nije radni dan, pa rok ističe prvog narednog radnog dana: { $next }
step-roll-between = Poslednji dan roka ({ $end }) je { $why } i nije radni dan, pa rok ističe prvog narednog radnog dana (ni dani između nisu radni dani): { $next }
step-minimum-extended =
    { $before ->
        [one] U periodu { $first } – { $unextended } ima samo { $before } radni dan; mora ih biti najmanje { $minimum }, pa se rok produžava, a poslednji dan roka je { $end }
        [few] U periodu { $first } – { $unextended } ima samo { $before } radna dana; mora ih biti najmanje { $minimum }, pa se rok produžava, a poslednji dan roka je { $end }
       *[other] U periodu { $first } – { $unextended } ima samo { $before } radnih dana; mora ih biti najmanje { $minimum }, pa se rok produžava, a poslednji dan roka je { $end }
    }
step-minimum-met =
    U periodu { $first } – { $end } ima najmanje { $minimum } { $minimum ->
        [one] radni dan
        [few] radna dana
       *[other] radnih dana
    }, kako se i zahteva.
step-result-validity = Vikendi i praznici ne pomeraju poslednji dan roka: { $end }
step-result = Poslednji dan za preduzimanje radnje (do isteka tog dana): { $end }
step-period-unknown = Rok za ovu odluku se ovde ne računa (nije unet, ili teče u satima ili zavisi od podataka koje slučaj ne navodi), a može biti veoma kratak: zato je prikazan dan dostavljanja odluke ({ $date }). Odmah potražite pravni savet.
step-dated = { $label }: { $date }

## Na čemu se rok zasniva i druga tumačenja (za voditelja slučaja)

assume-public-holidays-not-applied = Praznici nisu uzeti u obzir: po pravilu { $rule } praznici ({ $country }) nisu radni dani, a mesto nije navedeno. Praznik koji pada poslednjeg dana roka ili pre njega može da pomeri istek roka na kasniji dan, pa je prikazan najraniji mogući datum. Navedite „region“ (državu članicu, kao što je AT, ili region, kao što je ES-MD) da bi se primenili njeni praznici.
assume-regional-holidays-not-applied = Primenjeni su samo nacionalni praznici ({ $country }). Regioni imaju i sopstvene praznike, koji mogu da pomere istek roka na kasniji dan, pa je prikazan najraniji mogući datum. Navedite „region“ ({ $regions }) da bi se i oni primenili.
assume-doubtful-holiday = Po ovom pravilu praznik može biti i: { $days }; to nije uzeto u obzir. Ako jeste praznik, rok ističe kasnije: prikazan je najraniji mogući datum.
assume-holidays-incomplete = { $reasons } Praznik koji nedostaje u kalendaru može da pomeri istek roka na kasniji dan, pa je prikazan najraniji mogući datum.
holidays-never-complete = Kalendar praznika ({ $calendar }) nije potpun ni za jednu godinu.
holidays-known-for = Kalendar praznika ({ $calendar }) poznat je samo za godine { $years }.
regional-holidays-known-for = Kalendar regionalnih praznika ({ $region }) poznat je samo za godine { $years }.
assume-provision-not-verified =
    { $count ->
        [one] Odredba { $articles } ({ $rule }) još nije pročitana u službenom tekstu (status: { $status }); proverite { $url } pre nego što se oslonite na ovaj datum.
       *[other] Odredbe { $articles } ({ $rule }) još nisu pročitane u službenom tekstu (status: { $status }); proverite { $url } pre nego što se oslonite na ovaj datum.
    }
assume-holiday-not-verified = U rezultatu su uzeti u obzir praznici čije navođenje nije provereno u samom zakonu: { $days }.
assume-baseline-profile = Za { $name } je uneta samo osnova: minimalna prava iz Konvencije (u državi članici EU i iz prava EU) i ovde navedeni nacionalni podaci, još neprevedeni. Ostalo nacionalno pravo nije uneto: proverite ga sa advokatom ili specijalizovanom organizacijom u toj zemlji.
assume-no-as-of = Nije naveden datum procene (asOf): primenjuje se pravo kako je poslednji put zabeleženo, a uzrast i datumi se ne porede ni sa jednim određenim danom.
assume-presumed-child = Osoba se tretira kao dete: { $basis }.
warning-date-referral = upućivanja
warning-date-reasonable-grounds = odluke o osnovanim razlozima
warning-date-conclusive = konačne identifikacije
warning-identification-dates-out-of-order = datum { $later } ({ $laterDate }) je pre datuma { $earlier } ({ $earlierDate }); proverite datume
warning-identification-stage-behind-dates = navedena faza je „{ $stage }“, ali je dat datum za kasniju fazu („{ $implied }“); koristi se kasnija faza
warning-stateless-with-citizenship = osoba je zabeležena kao lice bez državljanstva i istovremeno kao državljanin neke države
warning-age-and-birth-date-differ = navedeni uzrast ({ $claimed }) razlikuje se od uzrasta prema datumu rođenja ({ $age }); koristi se datum rođenja
warning-conviction-without-proceedings = zabeležena je osuđujuća presuda, ali je postupak zabeležen kao nepostojeći
warning-conviction-date-contradicted = zabeležen je datum kada je osuđujuća presuda postala pravnosnažna, ali ostali odgovori kažu da pravnosnažne presude nema: postupak kao nezavršen ili bez osuđujuće presude
warning-date-after-as-of = { $path } ({ $date }) je posle datuma procene ({ $asOf })
assume-region-without-calendar = Za { $region } ovde ne postoji poseban kalendar praznika; primenjeni su samo nacionalni praznici, pa bi regionalni praznici mogli da pomere datum na kasniji dan.
assume-reading-not-certain = Ovo tumačenje je prikazano zato što { $why }.
assume-born-29-february = Datum rođenja je 29. februar: kao 18. rođendan uzima se 28. februar, raniji od dva dana kada bi mogla da prestane zaštita koja pripada detetu.
assume-renewal-period-not-encoded = Zahtev za produženje podnesite znatno pre ovog datuma: zahtev za produženje mora da se podnese dok dozvola važi, a nacionalni propisi mogu da zahtevaju da se podnese određeno vreme pre isteka, što ovde nije uneto.
assume-timeline-not-counted = Nije u vremenskoj liniji: { $entry } — datum bi pao posle 31. decembra 2199, poslednjeg dana koji mehanizam računa. Proverite unete datume.
assume-timeline-not-applied = Nije na vremenskoj liniji: { $entry } — pravni podaci za ovaj rok nisu mogli da se primene ({ $field } = „{ $value }“). To je greška mehanizma: izračunajte ovaj rok ručno i prijavite grešku.
assume-national-figure-unknown = Zakon propisuje raspon ({ $shortest } – { $longest }); nije poznato koju je dužinu izabrala ova država, pa je prikazan datum prema najkraćem roku iz raspona. { $reading }
assume-range = Prikazan je najraniji mogući datum. { $reading }
unverified-event-day = { $article }: dan događaja se ne računa
unverified-working-days = { $article }: računaju se samo radni dani
unverified-roll = { $article }: pomeranje na prvi naredni radni dan
unverified-minimum = { $article }: najmanji broj radnih dana
unverified-holiday = { $holiday } ({ $date }) kao praznik
reading-without-unverified = Ako se ne uzme u obzir ono što još nije provereno ({ $parts }), poslednji dan je raniji; radi sigurnosti, postupite najkasnije tog dana: { $date }
reading-if-unverified-holds = Ako se potvrdi ono što još nije provereno (videti pretpostavke), poslednji dan je { $date }
reading-other = Po drugom tumačenju — { $label } ({ $period }) — datum bi bio { $date }
reading-longest = Ako je ova država izabrala najduži rok koji zakon dopušta ({ $period }), datum bi bio { $date }
reading-range = { $range }: { $date }
why-fact-unknown = nije poznata { $what } (ovo tumačenje se odnosi na: { $values })
why-regime-date-unknown =
    { $date ->
        [lodged] nije poznat datum podnošenja zahteva, a pravila su se promenila na dan { $changed }
       *[registered] nije poznat datum registrovanja zahteva, a pravila su se promenila na dan { $changed }
    }
why-condition-unknown = nije poznato da li je ispunjen uslov: { $condition } ({ $facts })
why-contested-start = je sporno kada period počinje (Sud pravde EU, C-66/21: osoba koja tvrdi da je žrtva ima pravo na taj period; stav Suda o tome kada on počinje nije pročitan): računato je od dana upućivanja ({ $date })
fact-procedure = vrsta postupka
fact-decision = vrsta odluke

## Sopstveni unosi vremenske linije (unosi iz zakona nose reči zakona u polju `detail`)

timeline-reflection-end = Istek perioda oporavka i razmišljanja
timeline-asylum-appeal = Poslednji dan za izjavljivanje žalbe protiv odluke o azilu
timeline-cnda-legal-aid = Poslednji dan za podnošenje zahteva za besplatnu pravnu pomoć za žalbu CNDA, tako da rok za žalbu ostane otvoren
timeline-challenge-at-once = Odmah osporite odluku: za nju nije unet rok za žalbu (prikazano na dan dostavljanja)
timeline-take-charge-request = Poslednji dan za upućivanje zahteva drugoj državi za prihvat (Dablin)
timeline-take-charge-reply = Rok za odgovor na zahtev za prihvat (Dablin)
timeline-transfer-decision = Poslednji dan za odluku o transferu (Dablin)
timeline-transfer-remedy = Poslednji dan za osporavanje odluke o transferu (Dablin)
timeline-transfer-time-limit = Istek roka za transfer (Dablin)
timeline-18th-birthday = 18. rođendan: od tog dana osoba je punoletna i pravila koja važe za decu više se ne primenjuju
timeline-permit-expiry = Poslednji dan važenja dozvole boravka
timeline-permit-expiry-scheme = Poslednji dan važenja dozvole boravka ({ $scheme })
timeline-ltr-reachable = Može da se podnese zahtev za dugoročni boravak: navršeno je pet godina neprekidnog zakonitog boravka (ako se dozvole koje je osoba imala uračunavaju u taj period)
timeline-holding-reachable = Navršene su tri godine neprekidnog posedovanja dozvole za žrtve trgovine ljudima: može se podneti zahtev za trajnu dozvolu (ako navedene dozvole čine celo posedovanje)

## Zašto se osoba smatra ili ne smatra detetom (za voditelja slučaja)

child-basis-age =
    { $age ->
        [one] na dan procene slučaja osoba ima { $age } godinu (prema datumu rođenja)
        [few] na dan procene slučaja osoba ima { $age } godine (prema datumu rođenja)
       *[other] na dan procene slučaja osoba ima { $age } godina (prema datumu rođenja)
    }
child-basis-no-as-of = datum rođenja je poznat, ali nije poznat datum procene slučaja (asOf)
child-basis-assessed = procenom starosti utvrđen je uzrast { $min }–{ $max } godina
child-basis-assessed-presumed = procenom starosti utvrđen je uzrast { $min }–{ $max } godina, a taj raspon seže ispod 18 godina: pretpostavlja se da je osoba dete
child-basis-claimed =
    osoba navodi da ima { $claimed } { $claimed ->
        [one] godinu
        [few] godine
       *[other] godina
    }
child-basis-claimed-disputed =
    osoba navodi da ima { $claimed } { $claimed ->
        [one] godinu
        [few] godine
       *[other] godina
    }; uzrast je sporan, a dok nije pouzdano utvrđen, pretpostavlja se da je osoba dete
child-basis-unknown = nisu navedeni ni datum rođenja ni uzrast

## Rezultat za kanal zaštite po drugom tumačenju prava (za voditelja slučaja)

pathway-alternative =
    { $count ->
        [one] Ovaj rezultat se zasniva na odredbi čiji tekst nije proveren ({ $provisions }). Ako se ta odredba ne bi primenjivala onako kako je ovde uneta, ovaj kanal bi imao status: { $state }.
       *[other] Ovaj rezultat se zasniva na odredbama čiji tekstovi nisu provereni ({ $provisions }). Ako se te odredbe ne bi primenjivale onako kako su ovde unete, ovaj kanal bi imao status: { $state }.
    }

## Kalendarska datoteka (.ics): tekst koji ona sama dodaje uz datume

ics-calendar-name = Mogućnosti zaštite: datumi ({ $jurisdiction })
ics-summary-protected-until = Zaštita do: { $label }
ics-reminder =
    { $days ->
        [one] Za { $days } dan: { $label }
        [few] Za { $days } dana: { $label }
       *[other] Za { $days } dana: { $label }
    }
ics-another-reading = Drugo tumačenje: { $date } ({ $reading })
ics-note = Napomena: { $text }
ics-source = Izvor: { $instrument }, { $article } ({ $url })
ics-status = Status: { $status }.
ics-status-earliest = Status: { $status }. Ovo je najraniji mogući datum.
ics-disclaimer = Smernice alata { -engine }, a ne pravni savet: datum proverite sa advokatom.

## Reči samog obrasca (za voditelja slučaja koji koristi obrazac)

widget-section-person = Osoba
widget-section-identification = Identifikacija osobe kao žrtve
widget-section-stay = Boravak i boravišni status
widget-section-cooperation = Saradnja sa nadležnim organima
widget-section-risks = Potrebe, rizici i strahovi
widget-section-dates = Datumi
widget-age-from = Od (godina)
widget-age-to = Do (godina)
widget-countries-hint = Kodovi država (ISO 3166-1, dva slova), razdvojeni zarezima: NG, RO.
widget-permits-hint = Jedan unos po dozvoli boravka: naziv kako je napisan na dozvoli, i prvi i poslednji dan važenja. Ostavite listu praznu ako ne znate.
widget-permits-record = Ove dozvole iz evidencije ne mogu se ovde u potpunosti prikazati, pa se ovde ne mogu ni menjati: ispravite ih u evidenciji.
widget-permit-n = Dozvola { $n }
widget-permit-scheme = Vrsta dozvole (kako piše na dokumentu)
widget-permit-from = Važi od
widget-permit-until = Važi do (poslednji dan)
widget-permit-add = Dodaj dozvolu
widget-permit-remove = Ukloni dozvolu { $n }
widget-reasons = Razlozi i izvori
widget-secondary = samo sekundarni izvor
widget-unverified = nije provereno
widget-today = danas
widget-days-left =
    { $days ->
        [one] još { $days } dan
        [few] još { $days } dana
       *[other] još { $days } dana
    }
widget-days-ago =
    { $days ->
        [one] pre { $days } dana
        [few] pre { $days } dana
       *[other] pre { $days } dana
    }
widget-overdue =
    { $days ->
        [one] Rok je istekao pre { $days } dana
        [few] Rok je istekao pre { $days } dana
       *[other] Rok je istekao pre { $days } dana
    }
widget-no-act-by = nema roka za postupanje
widget-announce = Rezultati su ažurirani. Mogućnosti zaštite – dostupne: { $available }, moguće: { $possible }; sledeći rok za postupanje: { $next }.
widget-actions = Radnje
widget-print = Odštampaj
widget-download-ics = Preuzmi rokove (.ics)
widget-copy-json = Kopiraj kao JSON
widget-copied = Procena je kopirana kao JSON.
widget-copy-failed = Pregledač nije dozvolio kopiranje.
widget-error = Procena nije bila moguća: { $message } (polje: { $field })

## The law's words in this language: where a text comes from
translation-unreviewed = prevod još nije proveren
translation-official = izvorni tekst zakona
translation-note = Pravne tekstove je preveo ovaj projekat i izvorni govornik ih još nije proverio; u slučaju razlike važi tekst zakona.
holiday-substitute = { $name } (zamenski dan)

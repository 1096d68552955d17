# protection-pathways — deutsche Texte (Übersetzung des englischen Referenzkatalogs, der auch als Rückfall dient).
# Jede Sprache außer Englisch muss genau diese IDs haben und darf keine anderen Variablen verwenden (tests/i18n.rs).
# Die Fragen sprechen die Person an, in einfachen Worten; jede lässt „Ich weiß es nicht“ und „Ich möchte das
# lieber nicht sagen“ als Antwort zu. Terms (-name) sind Namen, die in jeder Sprache unverändert bleiben.

-engine = protection-pathways

## Antworten, die bei jeder Frage möglich sind

answer-yes = Ja
answer-no = Nein
answer-dont-know = Ich weiß es nicht
answer-prefer-not-to-say = Ich möchte das lieber nicht sagen

## Warum eine Frage gestellt wird

question-why = Ihre Antwort kann { $pathways ->
    [0] keinen Weg
    [one] einen Weg
   *[other] { $pathways } Wege
  } und { $deadlines ->
    [0] keine Frist
    [one] eine Frist
   *[other] { $deadlines } Fristen
  } verändern.
question-intro = Sie müssen nicht antworten. Wenn Sie nicht sicher sind oder lieber nichts sagen möchten, ist das in Ordnung: Wir arbeiten mit dem, was wir wissen.

## Fragen, eine zu jedem Sachverhalt des Falls

q-person-citizenships = Welche Staatsangehörigkeit haben Sie? Es können auch mehrere sein.
q-person-stateless = Haben Sie gar keine Staatsangehörigkeit (staatenlos)?
q-person-dateOfBirth = Wann sind Sie geboren, falls Sie es wissen?
q-person-claimedAge = Wie alt sind Sie?
q-person-ageAssessment = Hat jemand Ihr Alter eingeschätzt? Wenn ja, welches Alter (von – bis) wurde genannt?
q-person-unaccompanied = Sind Sie in diesem Land ohne Mutter, Vater oder eine andere erwachsene Person, die für Sie verantwortlich ist?
q-identification-stage = Hat schon jemand (die Polizei, eine Hilfsorganisation, eine Behörde) geprüft, ob Sie Opfer von Menschenhandel geworden sind? Wie weit ist man dabei gekommen?
q-exploitation-forms = Was mussten Sie tun? Sie können mehr als eine Antwort wählen oder keine.
q-cooperation-willing = Wären Sie bereit, mit der Polizei oder der Staatsanwaltschaft über das zu sprechen, was passiert ist, wenn das für Sie sicher wäre?
q-cooperation-complaintFiled = Haben Sie das, was passiert ist, bei der Polizei oder der Staatsanwaltschaft angezeigt?
q-cooperation-statementMade = Haben Sie bei der Polizei oder vor Gericht eine Aussage gemacht?
q-cooperation-proceedings = Gibt es ein Strafverfahren zu dem, was Ihnen passiert ist? Wie weit ist es schon?
q-cooperation-presenceNecessary = Hat die Polizei oder die Staatsanwaltschaft gesagt, dass Sie für das Verfahren im Land bleiben müssen?
q-cooperation-tiesSevered = Haben Sie jeden Kontakt zu den Personen abgebrochen, die Sie ausgebeutet haben?
q-cooperation-civilClaims = Fordern Sie vor Gericht Geld, das Ihnen zusteht (Lohn oder Entschädigung), oder möchten Sie das tun?
q-cooperation-conviction = Hat ein Gericht jemanden für das, was Ihnen angetan wurde, schuldig gesprochen?
q-cooperation-convictionDate = An welchem Tag wurde die Verurteilung rechtskräftig, sodass kein Rechtsmittel mehr möglich ist?
q-personalSituation-healthNeeds = Brauchen Sie hier medizinische oder psychologische Hilfe?
q-personalSituation-riskOfReprisals = Haben Sie Angst, dass die Personen, die Sie ausgebeutet haben, oder Menschen aus deren Umfeld Ihnen oder Ihrer Familie schaden könnten?
q-personalSituation-riskOfRetrafficking = Wenn Sie zurückgehen würden: Haben Sie Angst, wieder ausgebeutet zu werden?
q-personalSituation-lackOfStateProtection = Wenn Sie zurückgehen würden: Glauben Sie, dass die Behörden dort Sie nicht schützen könnten oder nicht schützen würden?
q-personalSituation-familyHere = Leben nahe Familienangehörige von Ihnen hier?
q-personalSituation-integrated = Haben Sie sich hier ein Leben aufgebaut (Arbeit, Schule, Freunde, Sprache)?
q-personalSituation-cannotCooperate = Gibt es einen Grund, warum Sie mit der Polizei nicht über das sprechen können, was passiert ist (zum Beispiel Angst, Ihre Gesundheit oder Ihr Alter)?
q-personalSituation-exitProstitutionPathway = Nehmen Sie an einem Programm teil, das beim Ausstieg aus der Prostitution hilft?
q-personalSituation-violenceProtectionOrder = Hat ein Gericht oder die Polizei angeordnet, dass eine Person, die Ihnen Gewalt angetan hat, sich von Ihnen fernhalten muss?
q-personalSituation-returnRiskAssessed = Hat jemand geprüft, ob es für Sie sicher wäre, in Ihr Land zurückzugehen?
q-protectionNeeds-fearOfPersecution = Haben Sie Angst, dass Ihnen in Ihrem Land etwas angetan wird, weil Sie sind, wer Sie sind, wegen Ihres Glaubens oder Ihrer Überzeugungen oder weil Sie zu einer bestimmten Gruppe gehören?
q-protectionNeeds-persecutionGrounds = Warum glauben Sie, dass Ihnen etwas angetan würde? Sie können mehr als eine Antwort wählen.
q-protectionNeeds-seriousHarm = Haben Sie Angst, dass Ihnen in Ihrem Land ein ernsthafter Schaden droht, zum Beispiel Gewalt, Folter oder der Tod?
q-protectionNeeds-internalRelocationPossible = Gibt es in Ihrem Land einen Ort, an dem Sie sicher wären?
q-dublin-otherStateResponsible = Haben Sie, bevor Sie hierhergekommen sind, in einem anderen europäischen Land um Schutz gebeten, oder wurden dort Ihre Fingerabdrücke genommen?
q-stay-status = Wie ist Ihre Situation in diesem Land jetzt (zum Beispiel ein Visum, ein Aufenthaltstitel oder ein Asylantrag)?
q-stay-asylum-decision = Haben Sie eine Entscheidung über Ihren Asylantrag bekommen? Wie wurde entschieden?
q-stay-asylum-procedure = Wissen Sie, in welchem Verfahren Ihr Asylantrag bearbeitet wird?
q-stay-asylum-lodgedDate = An welchem Tag haben Sie Asyl beantragt?
q-stay-asylum-registeredDate = An welchem Tag wurde Ihr Asylantrag registriert?
q-reflection-consent = Sind Sie einverstanden, dass für Sie eine Erholungs- und Bedenkzeit beantragt wird (Zeit, sich zu erholen und zu entscheiden, ohne kooperieren zu müssen)?
q-reflection-startDate = An welchem Tag hat Ihre Zeit zum Erholen und Nachdenken (Erholungs- und Bedenkzeit) begonnen?
q-stay-asylum-decisionNotifiedDate = An welchem Tag haben Sie die Entscheidung über Ihren Asylantrag bekommen?
q-identification-referralDate = An welchem Tag wurden Sie an eine Stelle vermittelt, die Opfern hilft?
q-dublin-requestDate = An welchem Tag hat dieses Land ein anderes Land gebeten, Ihren Asylantrag zu übernehmen?
q-dublin-acceptanceDate = An welchem Tag hat das andere Land zugestimmt, Ihren Asylantrag zu übernehmen?
q-dublin-transferDecisionDate = An welchem Tag wurde Ihnen gesagt, dass Sie in das andere Land geschickt werden sollen?
q-permits = Welche Aufenthaltstitel hatten Sie in diesem Land, und von wann bis wann?
q-region = In welchem Teil des Landes sind Sie (wo Sie wohnen oder sich aufhalten)?

## Auswahlmöglichkeiten bei einigen Fragen

opt-identification-stage-none = Noch niemand hat das geprüft
opt-identification-stage-indicators = Jemandem sind Anzeichen von Menschenhandel aufgefallen
opt-identification-stage-referral = Ich wurde an eine spezialisierte Beratungsstelle oder an die Behörden vermittelt
opt-identification-stage-reasonable-grounds = Eine Behörde hat berechtigte Gründe für die Annahme gesehen, dass ich Opfer von Menschenhandel wurde
opt-identification-stage-conclusive = Eine Behörde hat entschieden, dass ich Opfer von Menschenhandel wurde
opt-exploitation-forms-sexual = Sexarbeit oder sexuelle Ausbeutung
opt-exploitation-forms-forced-labour = Zwangsarbeit
opt-exploitation-forms-slavery = Sklaverei
opt-exploitation-forms-servitude = Leibeigenschaft, zum Beispiel in einem Haushalt
opt-exploitation-forms-criminal-activities = Straftaten begehen müssen
opt-exploitation-forms-organ-removal = Entnahme von Organen
opt-exploitation-forms-forced-marriage = Zwangsheirat
opt-exploitation-forms-illegal-adoption = Illegale Adoption
opt-exploitation-forms-surrogacy = Leihmutterschaft
opt-exploitation-forms-other = Etwas anderes
opt-cooperation-proceedings-none = Kein Verfahren
opt-cooperation-proceedings-investigation = Die Polizei ermittelt
opt-cooperation-proceedings-prosecution = Die Staatsanwaltschaft hat jemanden angeklagt
opt-cooperation-proceedings-trial = Es gibt eine Gerichtsverhandlung
opt-cooperation-proceedings-concluded = Das Verfahren ist abgeschlossen
opt-cooperation-proceedings-discontinued = Das Verfahren wurde eingestellt
opt-protectionNeeds-persecutionGrounds-race = Meine Herkunft, Hautfarbe oder ethnische Gruppe
opt-protectionNeeds-persecutionGrounds-religion = Meine Religion oder meine Überzeugungen
opt-protectionNeeds-persecutionGrounds-nationality = Meine Nationalität
opt-protectionNeeds-persecutionGrounds-particular-social-group = Eine Gruppe, zu der ich gehöre (zum Beispiel Frauen, die dem Menschenhandel entkommen sind, oder LGBTI-Personen)
opt-protectionNeeds-persecutionGrounds-political-opinion = Meine politische Meinung
opt-stay-status-irregular = Kein Aufenthaltstitel und kein Visum
opt-stay-status-visa = Ein Visum
opt-stay-status-residence-permit = Ein Aufenthaltstitel
opt-stay-status-asylum-applicant = Ich habe Asyl beantragt
opt-stay-status-protection-beneficiary = Ich habe internationalen Schutz
opt-stay-status-rejected-asylum-applicant = Mein Asylantrag wurde abgelehnt
opt-stay-status-eu-free-movement = Ich habe die Staatsangehörigkeit eines EU-Landes oder bin ein Familienmitglied einer solchen Person
opt-stay-status-national = Ich habe die Staatsangehörigkeit dieses Landes
opt-stay-asylum-decision-pending = Noch keine Entscheidung
opt-stay-asylum-decision-refugee-status = Flüchtlingseigenschaft zuerkannt (als Flüchtling anerkannt)
opt-stay-asylum-decision-subsidiary-protection = Subsidiärer Schutz zuerkannt
opt-stay-asylum-decision-humanitarian-status = Ein anderer Schutzstatus zuerkannt
opt-stay-asylum-decision-rejected = Abgelehnt
opt-stay-asylum-decision-inadmissible = Für unzulässig erklärt
opt-stay-asylum-procedure-regular = Das normale Verfahren
opt-stay-asylum-procedure-accelerated = Ein schnelles (beschleunigtes) Verfahren
opt-stay-asylum-procedure-border = Ein Grenzverfahren
opt-stay-asylum-procedure-admissibility = Eine Prüfung, ob der Antrag überhaupt bearbeitet werden kann
opt-stay-asylum-procedure-dublin = Ein Verfahren, um mich in ein anderes europäisches Land zu schicken

## Hinweise zum Vorgehen: für die Fachkraft, die den Fall begleitet, in einfachen Worten

rank-available = Jetzt offen: Alle Voraussetzungen, die das Gesetz vorsieht, sind erfüllt.
rank-possible = Möglich: Nichts schließt diesen Weg aus, aber { $facts ->
    [0] es hängt von einer Entscheidung oder Einschätzung der Behörden ab
    [one] ein Sachverhalt muss noch geklärt werden
   *[other] { $facts } Sachverhalte müssen noch geklärt werden
  }.
guidance-disclaimer = Diese Hinweise sollen Ihnen helfen, den Weg zu finden; sie sind keine Rechtsberatung. Lassen Sie jeden Schritt und jede Frist von einer Anwältin oder einem Anwalt oder einer Fachberatungsstelle prüfen.
guidance-inform-all-options-title = Die Person über alle Möglichkeiten informieren
guidance-inform-all-options-text = Erklären Sie der Person alle Wege, die ihr offenstehen – die Erholungs- und Bedenkzeit, einen Aufenthaltstitel, weil sie mit den Behörden zusammenarbeitet oder wegen ihrer persönlichen Situation, Asyl und eine sichere Rückkehr –, und zwar in einer Sprache, die sie versteht, bevor irgendetwas entschieden wird.
guidance-assistance-unconditional-title = Unterstützung hängt nicht von einer Zusammenarbeit ab
guidance-assistance-unconditional-text = Eine sichere Unterkunft, medizinische und psychologische Versorgung sowie Beratung dürfen nicht davon abhängig gemacht werden, ob die Person bereit ist, als Zeugin oder Zeuge auszusagen. Veranlassen Sie diese Hilfen jetzt.
guidance-parallel-applications-title = Asyl und einen Aufenthaltstitel für Opfer parallel beantragen
guidance-parallel-applications-text = Beides kann gleichzeitig offenstehen: Ein Aufenthaltstitel für Opfer nimmt der Person nicht das Recht, Asyl zu beantragen. Sofern nationale Vorschriften nichts anderes bestimmen, bereiten Sie beide Anträge zusammen vor, mit anwaltlicher Unterstützung.
guidance-personal-situation-title = Einen Aufenthaltstitel wegen der persönlichen Situation der Person beantragen
guidance-personal-situation-text = Wenn eine Zusammenarbeit mit der Polizei unmöglich, nicht sicher oder nicht gewollt ist, prüfen Sie den Aufenthaltstitel, den das Gesetz wegen der persönlichen Situation der Person vorsieht, und beantragen Sie ihn von Anfang an, ohne die Person zur Zusammenarbeit zu drängen.
guidance-children-first-title = Vor allem ein Kind
guidance-children-first-text = Behandeln Sie die Person als Kind, solange ihr Alter ungewiss ist. Beantragen Sie die Bestellung eines Vormunds, berücksichtigen Sie vorrangig das Wohl des Kindes und stimmen Sie einer Rückkehr nicht ohne vorherige Risikobewertung zu.
guidance-dublin-risk-title = Auf eine Überstellung in ein anderes europäisches Land achten
guidance-dublin-risk-text = Möglicherweise wird ein anderer Staat für den Asylantrag zuständig. Während einer Erholungs- und Bedenkzeit darf eine Überstellung vorbereitet, aber nicht durchgeführt werden: Sorgen Sie dafür, dass die Erholungs- und Bedenkzeit gewährt wird, und fechten Sie eine Überstellungsentscheidung rechtzeitig an.
guidance-eu-citizen-rights-title = Die Rechte als Unionsbürgerin oder Unionsbürger nutzen
guidance-eu-citizen-rights-text = Die Person hat als Staatsangehörige eines EU- oder EWR-Staates oder der Schweiz das Recht auf Freizügigkeit; Aufenthaltstitel für Drittstaatsangehörige kommen nicht in Betracht, die nationale Unterstützung für Opfer aber schon.
guidance-new-exploitation-form-title = Prüfen, ob der nationale Straftatbestand diese Form der Ausbeutung erfasst
guidance-new-exploitation-form-text = Zwangsheirat, illegale Adoption und die Ausbeutung von Leihmutterschaft sind seit der Richtlinie (EU) 2024/1712, die bis 15. Juli 2026 umzusetzen war, nach EU-Recht Formen des Menschenhandels. Ein nationaler Aufenthaltstitel oder Status, der auf den eigenen Straftatbestand des Menschenhandels verweist, erreicht diese Betroffenen womöglich erst, wenn dieser Tatbestand sie erfasst: Klären Sie das mit einer Anwältin oder einem Anwalt, und stützen Sie sich bis dahin auf die Rechte, die nicht davon abhängen.
guidance-return-with-risk-assessment-title = Rückkehr nur nach einer Risikobewertung
guidance-return-with-risk-assessment-text = Wenn die Person zurückkehren möchte, muss die Rückkehr ihre Rechte, ihre Sicherheit und ihre Würde achten, nach Möglichkeit freiwillig sein und erst nach einer Bewertung der Risiken erfolgen, auch des Risikos, erneut Opfer von Menschenhandel zu werden.

## An wen Sie sich wenden können

contact-role-referral-mechanism = Nationaler Verweismechanismus oder nationale Koordinierungsstelle
contact-role-ngo = Fachberatungsstelle
contact-role-police = Polizei
contact-role-hotline = Hilfetelefon
contact-role-asylum-authority = Asylbehörde
contact-role-child-protection = Kinder- und Jugendhilfe
contact-role-legal-aid = Rechtsberatung
contact-role-shelter = Schutzunterkunft
contact-role-coordinator = Nationale Koordinierung oder Berichterstattung (Politik, keine Einzelfälle)

## Die druckbare Zusammenfassung

summary-title = Wege zum Schutz: Zusammenfassung
summary-for = { $jurisdiction }, Stand: { $date }
summary-pathways = Wege
summary-timeline = Fristen und Termine
summary-steps = Nächste Schritte
summary-contacts = An wen Sie sich wenden können
summary-questions = Fragen, die als Nächstes zu stellen sind
summary-sources = Quellen
summary-no-dates = Aus den gemachten Angaben ergeben sich keine Fristen oder Termine.
summary-earliest = frühestmögliches Datum
summary-overdue = überfällig
summary-generated = Erstellt mit { -engine } { $engine } (Regeln { $rules }). Es wurde nichts übermittelt: Die Zusammenfassung wurde auf diesem Gerät erstellt.
state-available = Offen
state-possible = Möglich
state-unavailable = Nicht offen
state-not_applicable = Trifft nicht zu
kind-act-by = Handeln bis
kind-protected-until = Geschützt bis
kind-event = Datum
status-verified = geprüft
status-secondary = Sekundärquelle
status-unverified = nicht geprüft

## Wie über einen Weg entschieden wurde: Voraussetzungen und Erklärungen (für die Fachkraft, die den Fall begleitet)

reason-met = Erfüllt: { $condition }.
reason-not-met = Nicht erfüllt: { $condition }.
reason-unknown = Noch nicht bekannt: { $condition }.
reason-state-choice = Hängt von einer Entscheidung oder Einschätzung ab, die das Gesetz dem Staat oder seinen Behörden überlässt und die sich aus dem Fall nicht ablesen lässt: Prüfen Sie das Recht und die Praxis des Staates.
condition-negated = nicht „{ $condition }“
explanation-not-applicable = Betrifft diese Person nicht: { $reasons }
explanation-unavailable = Nicht offen: { $reasons }
explanation-available = Offen: Alle Voraussetzungen sind erfüllt.
discretion-text =
    { $grant ->
        [right] Das Gesetz gibt einen Anspruch darauf ({ $cite }): Sind die Voraussetzungen erfüllt, ist sie zu erteilen.
        [should] Nach dem Gesetz „soll“ sie erteilt werden ({ $cite }): Das ist die Regel, aber die Behörde entscheidet.
        [consider] Das Gesetz verpflichtet die Behörde, die Erteilung zu prüfen ({ $cite }): Die Voraussetzungen müssen erfüllt sein, verpflichten sie aber nicht zur Erteilung.
       *[may] Die Erteilung liegt im Ermessen der Behörde ({ $cite }): Sie „kann“ erteilt und auch abgelehnt werden.
    }
explanation-available-discretion =
    { $grant ->
        [right] Offen: Alle Voraussetzungen sind erfüllt, und das Gesetz gibt einen Anspruch darauf ({ $cite }): Sie ist zu erteilen.
        [should] Offen: Alle Voraussetzungen sind erfüllt. Nach dem Gesetz „soll“ sie erteilt werden ({ $cite }): die Regel, aber die Behörde entscheidet.
        [consider] Alle Voraussetzungen sind erfüllt, aber das Gesetz verpflichtet die Behörde nur, die Erteilung zu prüfen ({ $cite }): Sie kann trotzdem abgelehnt werden.
       *[may] Alle Voraussetzungen sind erfüllt, aber die Erteilung liegt im Ermessen der Behörde ({ $cite }): Sie kann trotzdem abgelehnt werden.
    }
explanation-possible = Möglich: Nichts schließt diesen Weg aus, aber Folgendes ist noch nicht bekannt – { $reasons }
cond-third-country-national = keine Staatsangehörigkeit eines EU- oder EWR-Staates oder der Schweiz (Drittstaatsangehörigkeit)
cond-eu-citizen = Staatsangehörigkeit eines EU- oder EWR-Staates oder der Schweiz
cond-foreign-national = keine Staatsangehörigkeit dieses Staates
cond-child = Kind (unter 18 Jahren oder als minderjährig vermutet)
cond-adult = erwachsene Person
cond-unaccompanied-child = unbegleitetes Kind
cond-trafficking-indicated = Anzeichen von Menschenhandel
cond-reasonable-grounds = berechtigte Gründe für die Annahme, dass die Person Opfer von Menschenhandel ist
cond-identified = Identifizierung als Opfer
cond-willing-to-cooperate = Bereitschaft zur Zusammenarbeit mit den Behörden
cond-complaint-or-statement = Strafanzeige erstattet oder Aussage gemacht
cond-proceedings-ongoing = laufendes Strafverfahren
cond-proceedings-or-civil-claims = Strafverfahren eingeleitet oder zivilrechtliche Ansprüche geltend gemacht
cond-presence-necessary = Anwesenheit der Person für die Behörden erforderlich
cond-ties-severed = Verbindungen zu den Tatverdächtigen abgebrochen
cond-conviction = Verurteilung einer tatverdächtigen Person
cond-final-conviction = rechtskräftige Verurteilung einer tatverdächtigen Person (kein Rechtsmittel mehr möglich)
cond-reflection-consent = die Person hat die Bedenkzeit nicht abgelehnt (ihr Vorschlag setzt ihr Einverständnis voraus)
cond-personal-situation = persönliche Situation, die einen Aufenthalt erfordert
cond-cannot-cooperate = Zusammenarbeit aus gewichtigen Gründen nicht möglich
cond-sexual-exploitation = sexuelle Ausbeutung
cond-exit-prostitution-pathway = Teilnahme an einem Programm zum Ausstieg aus der Prostitution
cond-violence-protection-order = Schutzanordnung gegen Gewalt
cond-fear-of-persecution = begründete Furcht vor Verfolgung
cond-convention-ground = Verfolgungsgrund im Sinne der Genfer Flüchtlingskonvention als Ursache der Furcht
cond-serious-harm = tatsächliche Gefahr eines ernsthaften Schadens
cond-no-internal-relocation = kein interner Schutz (keine sichere inländische Fluchtalternative)
cond-risk-on-return = Gefahr bei einer Rückkehr
cond-return-risk-assessed = Risiko- und Sicherheitsbewertung der Rückkehr
cond-five-years-residence = fünf Jahre rechtmäßiger Aufenthalt
cond-three-years-victim-permit = drei Jahre ununterbrochener Besitz der Aufenthaltserlaubnis für Opfer von Menschenhandel
cond-other-state-responsible = mögliche Zuständigkeit eines anderen EU-Staates für den Asylantrag
cond-asylum-applicant = Asylantragstellerin oder Asylantragsteller
cond-asylum-rejected = abgelehnter Asylantrag
cond-state-choice = Entscheidung oder Einschätzung, die das Gesetz den Behörden überlässt
cond-in-region = im Teil des Landes, in dem diese Vorschrift gilt

## Namen der Wege (daneben wird die gesetzliche Bezeichnung in der Sprache der jeweiligen Rechtsordnung angezeigt)

channel-reflection-period = Erholungs- und Bedenkzeit
channel-victim-permit = Aufenthaltstitel für Opfer
channel-victim-permit-cooperation = Aufenthaltstitel für Opfer, die mit den Behörden zusammenarbeiten
channel-victim-permit-personal-situation = Aufenthaltstitel für Opfer aufgrund ihrer persönlichen Situation
channel-refugee-status = Flüchtlingseigenschaft
channel-subsidiary-protection = Subsidiärer Schutz
channel-national-status = Nationaler Schutzstatus
channel-child-protection = Kinderschutz
channel-eu-citizen = Rechte als EU-, EWR- oder Schweizer Staatsangehörige
channel-long-term-residence = Langfristige Aufenthaltsberechtigung
channel-safe-return = Sichere Rückkehr

## Namen der Sprachen, jeweils in der Sprache selbst

locale-en = English
locale-de = Deutsch
locale-fr = Français
locale-es = Español
locale-nl = Nederlands
locale-sr-Latn = Srpski (latinica)
locale-ro = Română

## Daten und Zeiträume in Worten (das vollständige Datum folgt der in der Sprache üblichen Reihenfolge)

date-long = { $weekday }, { $day }. { $month } { $year }
date-day-month-year = { $day }. { $month } { $year }
weekday-1 = Montag
weekday-2 = Dienstag
weekday-3 = Mittwoch
weekday-4 = Donnerstag
weekday-5 = Freitag
weekday-6 = Samstag
weekday-7 = Sonntag
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
period-amount =
    { $unit ->
        [weeks]
            { $n ->
                [one] { $n } Woche
               *[other] { $n } Wochen
            }
        [months]
            { $n ->
                [one] { $n } Monat
               *[other] { $n } Monate
            }
        [years]
            { $n ->
                [one] { $n } Jahr
               *[other] { $n } Jahre
            }
        [working-days]
            { $n ->
                [one] { $n } Arbeitstag
               *[other] { $n } Arbeitstage
            }
       *[days]
            { $n ->
                [one] { $n } Tag
               *[other] { $n } Tage
            }
    }
weeks-later =
    { $n ->
        [one] eine Woche
       *[other] { $n } Wochen
    }
weekend-days =
    { $days ->
        [sunday] Sonntage
        [none] kein Wochentag
        [saturday-sunday] Samstage und Sonntage
       *[other] { $list }
    }
not-working-weekday = ein { $weekday }
holiday-kind-public = ein gesetzlicher Feiertag
holiday-kind-deadlines = ein Tag, den die Vorschrift als Feiertag behandelt
holiday-on-date = { $holiday } am { $date }
status-word-verified = geprüft
status-word-secondary = nur Sekundärquelle
status-word-unverified = nicht geprüft

## Wie eine Frist berechnet wurde: die Schritte (für die Fachkraft, die den Fall begleitet; der Name der Vorschrift bleibt unverändert)

step-days-are-working-days = Nach { $rule } werden bei einer nach Tagen bemessenen Frist nur Arbeitstage gezählt.
step-event-validity = Der Zeitraum beginnt am { $first }; dieser Tag wird mitgezählt.
step-event = Das Ereignis fällt auf { $event }. Dieser Tag wird nicht mitgerechnet; die Frist läuft ab { $first }.
step-event-counted = Das Ereignis fällt auf { $event }. Dass dieser Tag nicht mitgerechnet wird, beruht auf einer noch nicht geprüften Bestimmung; diese Lesart rechnet ihn mit: Die Frist läuft ab { $event }.
step-count-days = Zählt man { $period } ab { $first }, ist der letzte Tag { $end }.
step-count-weeks-validity = Der Zeitraum beträgt { $period } und zählt seinen ersten Tag mit; er endet daher am Tag vor demselben Wochentag { $weeks } später: { $end }.
step-count-weeks = Die Frist beträgt { $period } und endet am selben Wochentag wie das Ereignis, { $weeks } später: { $end }.
step-count-months-validity = Der Zeitraum beträgt { $period } und endet am Tag vor dem Datum, das { $period } nach seinem ersten Tag liegt: { $end }.
step-count-months = Die Frist beträgt { $period } und endet an dem Tag, der dieselbe Zahl trägt wie der Tag des Ereignisses: { $end }.
step-month-end-validity = Der Zeitraum beträgt { $period } und endet am Tag vor dem Datum, das { $period } nach seinem ersten Tag liegt. Einen { $missing } gibt es nicht; daher endet er am letzten Tag dieses Monats: { $end }.
step-month-end = Die Frist beträgt { $period } und endet an dem Tag, der dieselbe Zahl trägt wie der Tag des Ereignisses. Einen { $missing } gibt es nicht; daher endet sie am letzten Tag dieses Monats: { $end }.
step-count-working-days = Zählt man { $period } ab { $first } (nicht mitgezählt: { $weekend }), ist der letzte Tag { $end }.
step-count-working-days-holidays = Zählt man { $period } ab { $first } (nicht mitgezählt: { $weekend }, außerdem die Feiertage { $holidays }), ist der letzte Tag { $end }.
step-rule-not-applicable =
    { $years ->
        [0] { $rule } verschiebt das Ende einer so langen Frist nicht (mehr als { $days } Tage, { $weeks } Wochen oder { $months } Monate oder ein Jahr und länger); Wochenenden und Feiertage verlängern sie daher nicht.
       *[other] { $rule } verschiebt das Ende einer so langen Frist nicht (mehr als { $days } Tage, { $weeks } Wochen oder { $months } Monate oder mehr als { $years } Jahre); Wochenenden und Feiertage verlängern sie daher nicht.
    }
step-roll = { $end } ist { $why } und damit kein Arbeitstag; die Frist endet daher am folgenden Arbeitstag: { $next }.
step-roll-between = { $end } ist { $why } und damit kein Arbeitstag; die Frist endet daher am folgenden Arbeitstag (auch die Tage dazwischen sind keine Arbeitstage): { $next }.
step-minimum-extended =
    { $before ->
        [one] Die Frist { $first } – { $unextended } umfasst nur { $before } Arbeitstag; sie muss mindestens { $minimum } Arbeitstage umfassen und wird daher bis { $end } verlängert.
       *[other] Die Frist { $first } – { $unextended } umfasst nur { $before } Arbeitstage; sie muss mindestens { $minimum } Arbeitstage umfassen und wird daher bis { $end } verlängert.
    }
step-minimum-met = Die Frist { $first } – { $end } umfasst wie vorgeschrieben mindestens { $minimum } Arbeitstage.
step-result-validity = Letzter Tag des Zeitraums: { $end }. Wochenenden und Feiertage verschieben ihn nicht.
step-result = Letzter Tag zum Handeln: { $end }, bis zum Ablauf dieses Tages.
step-period-unknown = Die Frist für diese Entscheidung wird hier nicht berechnet (keine ist hinterlegt, oder sie läuft in Stunden oder hängt von Angaben ab, die der Fall nicht enthält), und sie kann sehr kurz sein: Angezeigt wird der Tag der Zustellung, { $date }. Lassen Sie sich umgehend rechtlich beraten.
step-dated = { $label }: { $date }.

## Worauf eine Frist beruht, und andere Lesarten (für die Fachkraft, die den Fall begleitet)

assume-public-holidays-not-applied = Es wurden keine Feiertage berücksichtigt: Nach { $rule } sind Feiertage (maßgeblich: { $country }) keine Arbeitstage, es wurde aber kein Ort angegeben. Ein Feiertag am letzten Tag oder davor kann das Fristende hinausschieben; das angezeigte Datum ist daher das frühestmögliche. Geben Sie „region“ an (den Mitgliedstaat, etwa AT, oder eine Region, etwa ES-MD), damit die dortigen Feiertage berücksichtigt werden.
assume-regional-holidays-not-applied = Es wurden nur die landesweiten Feiertage für { $country } berücksichtigt. Die Regionen haben eigene Feiertage, die das Fristende hinausschieben können; das angezeigte Datum ist daher das frühestmögliche. Geben Sie „region“ an ({ $regions }), damit sie berücksichtigt werden.
assume-doubtful-holiday = { $days }: Dieser Tag könnte nach dieser Vorschrift ebenfalls ein Feiertag sein; er wurde nicht berücksichtigt. Ist er einer, endet die Frist später: Das angezeigte Datum ist das frühestmögliche.
assume-holidays-incomplete = { $reasons } Fehlt ein Feiertag im Kalender, kann die Frist später enden; das angezeigte Datum ist daher das frühestmögliche.
holidays-never-complete = Die Feiertage für { $calendar } sind für kein Jahr vollständig erfasst.
holidays-known-for = Die Feiertage für { $calendar } sind nur für { $years } bekannt.
regional-holidays-known-for = Die regionalen Feiertage für { $region } sind nur für { $years } bekannt.
assume-provision-not-verified =
    { $count ->
        [one] { $articles } von { $rule } wurde noch nicht im amtlichen Text nachgelesen (Status: { $status }); prüfen Sie { $url }, bevor Sie sich auf dieses Datum verlassen.
       *[other] { $articles } von { $rule } wurden noch nicht im amtlichen Text nachgelesen (Status: { $status }); prüfen Sie { $url }, bevor Sie sich auf dieses Datum verlassen.
    }
assume-holiday-not-verified = Das Ergebnis berücksichtigt Feiertage, deren Festlegung noch nicht im Gesetz selbst nachgelesen wurde: { $days }.
assume-baseline-profile = Für { $name } ist nur eine Grundlage erfasst: Mindestrechte aus dem Übereinkommen (in der EU auch aus dem Unionsrecht) und die zitierten, noch nicht übersetzten nationalen Angaben. Weiteres nationales Recht ist nicht erfasst.
assume-no-as-of = Es wurde kein Datum der Beurteilung (asOf) angegeben: Das Recht wird so angewandt, wie es zuletzt erfasst wurde, und Alter und Daten werden mit keinem bestimmten Tag verglichen.
assume-presumed-child = Die Person wird als Kind behandelt: { $basis }.
warning-date-referral = die Vermittlung
warning-date-reasonable-grounds = die Entscheidung über berechtigte Gründe
warning-date-conclusive = die abschließende Identifizierung
warning-identification-dates-out-of-order = das Datum für { $later } ({ $laterDate }) liegt vor dem Datum für { $earlier } ({ $earlierDate }); bitte die Daten prüfen
warning-identification-stage-behind-dates = der Stand ist „{ $stage }“, aber es ist ein Datum für einen späteren Stand („{ $implied }“) angegeben; der spätere Stand wird verwendet
warning-stateless-with-citizenship = die Person ist als staatenlos und zugleich mit einer Staatsangehörigkeit erfasst
warning-age-and-birth-date-differ = das angegebene Alter ({ $claimed }) weicht vom Alter nach dem Geburtsdatum ({ $age }) ab; das Geburtsdatum wird verwendet
warning-conviction-without-proceedings = eine Verurteilung ist erfasst, das Verfahren aber als „keines“
warning-conviction-date-contradicted = ein Tag der Rechtskraft der Verurteilung ist erfasst, die übrigen Angaben sagen aber, dass es keine rechtskräftige Verurteilung gibt: das Verfahren als nicht abgeschlossen oder keine Verurteilung
warning-date-after-as-of = { $path } ({ $date }) liegt nach dem Datum der Beurteilung ({ $asOf })
assume-region-without-calendar = Für { $region } ist hier kein eigener Feiertagskalender hinterlegt; es wurden nur die landesweiten Feiertage berücksichtigt, regionale Feiertage könnten das Datum also hinausschieben.
assume-reading-not-certain = Diese Lesart wird angezeigt, denn { $why }.
assume-born-29-february = Geboren am 29. Februar: Als 18. Geburtstag wird der 28. Februar angenommen, der frühere Tag, an dem der Schutz als Kind enden könnte.
assume-renewal-period-not-encoded = Beantragen Sie die Verlängerung rechtzeitig vor diesem Datum: Sie muss beantragt werden, solange der Aufenthaltstitel gültig ist, und nationale Vorschriften können verlangen, dass dies eine bestimmte Zeit vor Ablauf geschieht; diese Zeit ist hier nicht hinterlegt.
assume-timeline-not-counted = Nicht in der Zeitleiste: { $entry } – das Datum läge nach dem 31. Dezember 2199, dem letzten Tag, den die Engine zählt. Prüfen Sie die angegebenen Daten.
assume-timeline-not-applied = Nicht in der Zeitleiste: { $entry } — die Rechtsdaten dafür konnten nicht angewandt werden ({ $field } = „{ $value }“). Das ist ein Fehler der Engine: Berechnen Sie diese Frist von Hand und melden Sie den Fehler.
assume-national-figure-unknown = Das Gesetz legt eine Spanne fest ({ $shortest } bis { $longest }); welchen Wert dieser Staat gewählt hat, ist nicht bekannt, daher wird das früheste Ende der Spanne angezeigt. { $reading }
assume-range = Angezeigt wird das früheste Ende. { $reading }
unverified-event-day = { $article }: Nichtmitrechnen des Tages des Ereignisses
unverified-working-days = { $article }: Tage sind Arbeitstage
unverified-roll = { $article }: Verschiebung auf den folgenden Arbeitstag
unverified-minimum = { $article }: Mindestzahl an Arbeitstagen
unverified-holiday = { $holiday } am { $date } als Feiertag
reading-without-unverified = Ohne das noch nicht Geprüfte ({ $parts }) wäre der letzte Tag { $date }. Handeln Sie sicherheitshalber bis dahin.
reading-if-unverified-holds = Trifft das noch nicht Geprüfte zu (siehe die Annahmen), ist der letzte Tag { $date }.
reading-other = Nach einer anderen Lesart – { $label } ({ $period }) – wäre das Datum { $date }.
reading-longest = Hätte dieser Staat die längste gesetzlich zulässige Frist gewählt ({ $period }), wäre das Datum { $date }.
reading-range = { $range }: { $date }.
why-fact-unknown = { $what } ist nicht bekannt (diese Lesart gilt für: { $values })
why-regime-date-unknown =
    { $date ->
        [lodged] das Datum der förmlichen Antragstellung ist nicht bekannt, und die Vorschriften haben sich am { $changed } geändert
       *[registered] das Datum der Registrierung des Antrags ist nicht bekannt, und die Vorschriften haben sich am { $changed } geändert
    }
why-condition-unknown = es ist nicht bekannt, ob folgende Voraussetzung vorliegt: { $condition } ({ $facts })
why-contested-start = der Beginn des Zeitraums ist strittig (EuGH, C-66/21: Wer angibt, Opfer zu sein, hat Anspruch auf diesen Zeitraum; was der Gerichtshof zu seinem Beginn entschieden hat, wurde nicht nachgelesen): gezählt ab der Vermittlung am { $date }
fact-procedure = das Verfahren
fact-decision = die Entscheidung

## Die eigenen Einträge der Zeitleiste (Einträge aus dem Gesetz geben in `detail` dessen Wortlaut wieder)

timeline-reflection-end = Ende der Erholungs- und Bedenkzeit
timeline-asylum-appeal = Letzter Tag für die Einlegung eines Rechtsbehelfs gegen die Asylentscheidung
timeline-cnda-legal-aid = Letzter Tag, um Verfahrenshilfe (aide juridictionnelle) für die Beschwerde an den CNDA zu beantragen, ohne dass die Beschwerdefrist weiterläuft
timeline-challenge-at-once = Die Entscheidung sofort anfechten: Für sie ist keine Rechtsmittelfrist hinterlegt (am Tag der Zustellung angezeigt)
timeline-take-charge-request = Letzter Tag für das Aufnahmegesuch an einen anderen Staat (Dublin)
timeline-take-charge-reply = Antwort auf das Aufnahmegesuch fällig (Dublin)
timeline-transfer-decision = Letzter Tag für die Überstellungsentscheidung (Dublin)
timeline-transfer-remedy = Letzter Tag für einen Rechtsbehelf gegen die Überstellungsentscheidung (Dublin)
timeline-transfer-time-limit = Ende der Überstellungsfrist (Dublin)
timeline-18th-birthday = 18. Geburtstag: Ab diesem Tag ist die Person volljährig, und die Vorschriften für Kinder gelten nicht mehr
timeline-permit-expiry = Letzter Gültigkeitstag des Aufenthaltstitels
timeline-permit-expiry-scheme = Letzter Gültigkeitstag des Aufenthaltstitels ({ $scheme })
timeline-ltr-reachable = Die langfristige Aufenthaltsberechtigung kann beantragt werden: Die fünf Jahre ununterbrochenen rechtmäßigen Aufenthalts sind erfüllt (sofern die bisherigen Aufenthaltstitel darauf angerechnet werden)
timeline-holding-reachable = Drei Jahre ununterbrochener Besitz der Aufenthaltserlaubnis für Opfer von Menschenhandel sind erreicht: Der unbefristete Aufenthaltstitel kann beantragt werden (wenn die angegebenen Aufenthaltstitel den ganzen Besitz zeigen)

## Warum die Person als Kind behandelt wird oder nicht (für die Fachkraft, die den Fall begleitet)

child-basis-age =
    { $age ->
        [one] { $age } Jahr alt am Stichtag der Bewertung (berechnet aus dem Geburtsdatum)
       *[other] { $age } Jahre alt am Stichtag der Bewertung (berechnet aus dem Geburtsdatum)
    }
child-basis-no-as-of = das Geburtsdatum ist bekannt, nicht aber der Stichtag der Bewertung (asOf)
child-basis-assessed = eine Alterseinschätzung hat ein Alter von { $min } bis { $max } Jahren ergeben
child-basis-assessed-presumed = eine Alterseinschätzung hat ein Alter von { $min } bis { $max } Jahren ergeben; da diese Spanne unter 18 Jahre reicht, wird vermutet, dass die Person ein Kind ist
child-basis-claimed = die Person gibt an, { $claimed } Jahre alt zu sein
child-basis-claimed-disputed = die Person gibt an, { $claimed } Jahre alt zu sein; ihr Alter ist strittig, und solange es ungewiss ist, wird vermutet, dass sie ein Kind ist
child-basis-unknown = weder ein Geburtsdatum noch ein Alter ist angegeben

## Das Ergebnis eines Weges nach einer anderen Lesart des Gesetzes (für die Fachkraft, die den Fall begleitet)

pathway-alternative =
    { $count ->
        [one] Dieses Ergebnis beruht auf { $provisions }; der Wortlaut dieser Vorschrift wurde nicht geprüft. Sollte sie nicht so gelten, wie sie hier hinterlegt ist, wäre das Ergebnis für diesen Weg: { $state }.
       *[other] Dieses Ergebnis beruht auf { $provisions }; der Wortlaut dieser Vorschriften wurde nicht geprüft. Sollten sie nicht so gelten, wie sie hier hinterlegt sind, wäre das Ergebnis für diesen Weg: { $state }.
    }

## Die Kalenderdatei (.ics): ihre eigenen Worte rund um die Einträge der Zeitleiste

ics-calendar-name = Wege zum Schutz: Fristen und Termine ({ $jurisdiction })
ics-summary-protected-until = Geschützt bis: { $label }
ics-reminder =
    { $days ->
        [one] In { $days } Tag: { $label }
       *[other] In { $days } Tagen: { $label }
    }
ics-another-reading = Andere Lesart: { $date } ({ $reading })
ics-note = Hinweis: { $text }
ics-source = Quelle: { $instrument }, { $article } ({ $url })
ics-status = Status: { $status }.
ics-status-earliest = Status: { $status }. Dies ist das frühestmögliche Datum.
ics-disclaimer = Hinweis von protection-pathways, keine Rechtsberatung: Lassen Sie das Datum von einer Anwältin oder einem Anwalt prüfen.

## Die eigenen Worte des Widgets (für die Fachkraft, die das Formular nutzt)

widget-section-person = Die Person
widget-section-identification = Identifizierung als Opfer
widget-section-stay = Aufenthalt und Aufenthaltsstatus
widget-section-cooperation = Zusammenarbeit mit den Behörden
widget-section-risks = Bedürfnisse, Risiken und Ängste
widget-section-dates = Datumsangaben
widget-age-from = Von (in Jahren)
widget-age-to = Bis (in Jahren)
widget-countries-hint = Ländercodes (ISO 3166-1, zwei Buchstaben), durch Kommas getrennt: NG, RO.
widget-permits-hint = Ein Eintrag je Aufenthaltstitel: die Bezeichnung, wie sie auf dem Titel steht, und der erste und letzte Tag der Gültigkeit. Lassen Sie die Liste leer, wenn Sie es nicht wissen.
widget-permits-record = Diese Aufenthaltstitel aus dem Datensatz können hier nicht vollständig angezeigt und deshalb hier nicht bearbeitet werden: Bitte korrigieren Sie sie im Datensatz.
widget-permit-n = Aufenthaltstitel { $n }
widget-permit-scheme = Art des Titels (wie auf dem Dokument)
widget-permit-from = Gültig ab
widget-permit-until = Gültig bis (letzter Tag)
widget-permit-add = Aufenthaltstitel hinzufügen
widget-permit-remove = Aufenthaltstitel { $n } entfernen
widget-reasons = Gründe und Quellen
widget-secondary = nur Sekundärquelle
widget-unverified = nicht geprüft
widget-today = heute
widget-days-left =
    { $days ->
        [one] noch { $days } Tag
       *[other] noch { $days } Tage
    }
widget-days-ago =
    { $days ->
        [one] vor { $days } Tag
       *[other] vor { $days } Tagen
    }
widget-overdue =
    { $days ->
        [one] Seit { $days } Tag überfällig
       *[other] Seit { $days } Tagen überfällig
    }
widget-no-act-by = keine Frist zum Handeln
widget-announce = Ergebnisse aktualisiert: { $available } Wege offen, { $possible } möglich; nächste Frist zum Handeln: { $next }.
widget-actions = Aktionen
widget-print = Drucken
widget-download-ics = Fristen herunterladen (.ics)
widget-copy-json = Als JSON kopieren
widget-copied = Die Bewertung wurde als JSON kopiert.
widget-copy-failed = Der Browser hat das Kopieren nicht zugelassen.
widget-error = Das konnte nicht bewertet werden: { $message } (Feld: { $field })

## The law's words in this language: where a text comes from
translation-unreviewed = Übersetzung noch nicht geprüft
translation-official = Wortlaut des Gesetzes
translation-note = Die Rechtstexte hier wurden von diesem Projekt übersetzt und noch nicht von Muttersprachlern geprüft; bei Abweichungen gilt der Wortlaut des Gesetzes.
holiday-substitute = { $name } (Ersatztag)

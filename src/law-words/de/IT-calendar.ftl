# Law words, de: translated from the English data by the project, not yet reviewed by a native speaker.
# translation: unreviewed
calendar-provision = Gesetzliche Feiertage neben den Sonntagen: 1. Januar, 6. Januar, Ostermontag, 25. April, 1. Mai, 2. Juni (Festa della Repubblica, ab 2001 wieder an seinem Datum), 15. August, 4. Oktober (ab 2026), 1. November, 8. Dezember, 25. und 26. Dezember. Hl. Josef, Christi Himmelfahrt, Fronleichnam, Hl. Peter und Paul und der 4. November stehen weiterhin in der gedruckten Liste des Art. 2, verloren aber 1977 ihre zivilrechtliche Wirkung; der 4. November und (1977–2000) der 2. Juni wurden auf einen Sonntag verlegt.
calendar-incomplete = Der Tag des Schutzpatrons jeder Gemeinde (Rom 29. Juni, Mailand 7. Dezember …) ist ein örtlicher Feiertag, und keiner ist erfasst.
holiday-new-year-name = Neujahr
holiday-epiphany-name = Heilige Drei Könige
holiday-easter-monday-name = Ostermontag
holiday-liberation-day-name = Tag der Befreiung
holiday-labour-day-name = Tag der Arbeit
holiday-republic-day-name = Tag der Republik
holiday-assumption-name = Mariä Himmelfahrt
holiday-st-francis-name = Hl. Franz von Assisi, Schutzpatron Italiens
holiday-st-francis-provision = Führt das nationale Fest des Hl. Franz von Assisi am 4. Oktober jedes Jahres ein und fügt es in die Liste der Feiertage in Art. 2 L. 260/1949 ein; in Kraft ab dem 1. Januar 2026.
holiday-all-saints-name = Allerheiligen
holiday-immaculate-conception-name = Mariä Empfängnis
holiday-christmas-name = Erster Weihnachtsfeiertag
holiday-st-stephen-name = Stephanstag
holiday-unification-150-name = 150. Jahrestag der Einigung Italiens
holiday-unification-150-provision = Nur für 2011 ist der 17. März ein gesetzlicher Feiertag (giorno festivo) nach Art. 2 und 4 L. 260/1949.
